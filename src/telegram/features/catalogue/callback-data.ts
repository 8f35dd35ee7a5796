import {
  NO_FILTER,
  parseCataloguePosition,
  parseFilter,
  type CatalogueFilter,
} from "../../../services/activities/catalogue-filter.js";

/**
 * The catalogue's callback data (ids only), built and read here only:
 * `cat:<page>:<kind|->:<comp|->` a page, `catf:<kind|->:<comp|->` the filter picker, `act:<id>` a
 * detail, `reg:<id>` register, `regc:<id>` register despite a clash, `unreg:<registrationId>` ask
 * to cancel, `unregy:<registrationId>` cancel. `ics:<registrationId>` is the schedule's calendar file.
 */

export { COMPETENCIES, KINDS, NO_FILTER, type CatalogueFilter } from "../../../services/activities/catalogue-filter.js";

/** What each button press starts with, for the handlers. */
export const CALLBACK_PATTERNS = {
  page: /^cat:/,
  filter: /^catf:/,
  detail: /^act:/,
  register: /^reg:/,
  registerDespiteClash: /^regc:/,
  askCancel: /^unreg:/,
  confirmCancel: /^unregy:/,
} as const;

export const catalogueData = (page: number, filter: CatalogueFilter = NO_FILTER): string =>
  `cat:${page}:${filter.kind ?? "-"}:${filter.competencyType ?? "-"}`;
export const filterData = (filter: CatalogueFilter): string => `catf:${filter.kind ?? "-"}:${filter.competencyType ?? "-"}`;
export const detailData = (activityId: number): string => `act:${activityId}`;
export const registerData = (activityId: number): string => `reg:${activityId}`;
export const registerDespiteClashData = (activityId: number): string => `regc:${activityId}`;
export const cancelData = (registrationId: number): string => `unreg:${registrationId}`;
export const confirmCancelData = (registrationId: number): string => `unregy:${registrationId}`;
export const calendarData = (registrationId: number): string => `ics:${registrationId}`;

/** A database id from callback data, or null for anything malformed. */
export function parseId(text: string | undefined): number | null {
  if (!text || !/^[1-9]\d{0,9}$/.test(text)) return null;
  const id = Number(text);
  return Number.isSafeInteger(id) && id <= 2_147_483_647 ? id : null;
}

/** The id after the prefix of `act:`, `reg:`, `regc:`, `unreg:` or `unregy:` data; null when malformed. */
export const parseIdData = (data: string): number | null => parseId(data.slice(data.indexOf(":") + 1));

export function parseCatalogueData(data: string): { page: number; filter: CatalogueFilter } | null {
  const match = /^cat:(\d{1,4}):([A-Z_]+|-):([A-Z_]+|-)$/.exec(data);
  return match ? parseCataloguePosition(match[1], match[2], match[3]) : null;
}

export function parseFilterData(data: string): CatalogueFilter | null {
  const [, kind, competency, ...rest] = data.split(":");
  return rest.length === 0 ? parseFilter(kind, competency) : null;
}

/**
 * Whether a message with these buttons is one of the catalogue's own screens (a page, a filter
 * picker, a detail, a clash warning or a cancel confirmation) rather than, say, the schedule.
 */
export function isCatalogueScreen(buttonData: string[]): boolean {
  return !buttonData.some((d) => d.startsWith("sch:")) && buttonData.some((d) => /^(cat|catf|regc|unregy):/.test(d));
}

/**
 * The catalogue page and filters a screen with these buttons came from, to return to them: a
 * detail's own back button, or on a catalogue page the filter button and its neighbours, laid
 * out as [◀️ previous] [🔎 filter] [next ▶️].
 */
export function returnTargetOf(buttonData: string[]): string {
  const filterIndex = buttonData.findIndex((d) => d.startsWith("catf:"));
  if (filterIndex < 0) return buttonData.find((d) => parseCatalogueData(d) !== null) ?? catalogueData(1);
  const [, kind, competency] = buttonData[filterIndex]!.split(":");
  const filter = parseFilter(kind, competency) ?? NO_FILTER;
  const previous = parseCatalogueData(buttonData[filterIndex - 1] ?? "");
  const next = parseCatalogueData(buttonData[filterIndex + 1] ?? "");
  const page = previous ? previous.page + 1 : next ? next.page - 1 : 1;
  return catalogueData(Math.max(1, page), filter);
}
