import {
  NO_FILTER,
  parseCataloguePosition,
  parseFilter,
  type CatalogueFilter,
} from "../../../services/activities/catalogue-filter.js";

/**
 * The button values of the Slack catalogue (ids only, like Telegram's callback data):
 * `scat:<page>:<kind|->:<comp|->` a page, `scatf:<kind|->:<comp|->` the filter picker, `sact:<id>` an
 * activity's detail, `sreg:<id>` register, `sregc:<id>` register despite a clash and
 * `sunr:<registrationId>` cancel (Slack asks to confirm before the press is sent).
 * Queue messages carry the services' own `act:<id>` (a detail) and `apr:<id>:y|n` (a decision).
 */

export { COMPETENCIES, KINDS, NO_FILTER, type CatalogueFilter } from "../../../services/activities/catalogue-filter.js";

const ID = "([1-9]\\d{0,8})";

export const PATTERNS = {
  page: /^scat:(\d{1,4}):([A-Z_]+|-):([A-Z_]+|-)$/,
  filter: /^scatf:([A-Z_]+|-):([A-Z_]+|-)$/,
  detail: new RegExp(`^s?act:${ID}$`),
  register: new RegExp(`^sreg:${ID}$`),
  registerDespiteClash: new RegExp(`^sregc:${ID}$`),
  cancel: new RegExp(`^sunr:${ID}$`),
  decide: new RegExp(`^apr:${ID}:(y|n)$`),
} as const;

export const catalogueData = (page: number, filter: CatalogueFilter = NO_FILTER): string =>
  `scat:${page}:${filter.kind ?? "-"}:${filter.competencyType ?? "-"}`;
export const filterData = (filter: CatalogueFilter): string => `scatf:${filter.kind ?? "-"}:${filter.competencyType ?? "-"}`;
export const detailData = (activityId: number): string => `sact:${activityId}`;
export const registerData = (activityId: number): string => `sreg:${activityId}`;
export const registerDespiteClashData = (activityId: number): string => `sregc:${activityId}`;
export const cancelData = (registrationId: number): string => `sunr:${registrationId}`;

export function parseCatalogueData(data: string): { page: number; filter: CatalogueFilter } | null {
  const match = PATTERNS.page.exec(data);
  return match ? parseCataloguePosition(match[1], match[2], match[3]) : null;
}

export function parseFilterData(data: string): CatalogueFilter | null {
  const match = PATTERNS.filter.exec(data);
  return match ? parseFilter(match[1], match[2]) : null;
}

/** The id in `sact:`, `act:`, `sreg:`, `sregc:` or `sunr:` data. */
export function idOf(data: string, pattern: RegExp): number | null {
  const match = pattern.exec(data);
  return match ? Number(match[1]) : null;
}
