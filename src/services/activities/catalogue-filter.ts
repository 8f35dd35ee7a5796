import { ActivityKind, CompetencyType } from "../../generated/prisma/enums.js";

/**
 * The catalogue's filters as both chat adapters carry them in their button values: a kind and a
 * competency type, each written as its enum name or "-" for any.
 */

export interface CatalogueFilter {
  kind: ActivityKind | null;
  competencyType: CompetencyType | null;
}

export const NO_FILTER: CatalogueFilter = { kind: null, competencyType: null };
export const KINDS = Object.values(ActivityKind);
export const COMPETENCIES = Object.values(CompetencyType);

export const isFiltered = (filter: CatalogueFilter): boolean => filter.kind !== null || filter.competencyType !== null;

/** The filter from its two written parts; null when either is not a known value or "-". */
export function parseFilter(kind: string | undefined, competency: string | undefined): CatalogueFilter | null {
  const k = kind === "-" ? null : KINDS.find((value) => value === kind);
  const c = competency === "-" ? null : COMPETENCIES.find((value) => value === competency);
  if (k === undefined || c === undefined) return null;
  return { kind: k, competencyType: c };
}

/** A catalogue page (from 1) and its filter from their written parts; null when any is malformed. */
export function parseCataloguePosition(
  page: string | undefined,
  kind: string | undefined,
  competency: string | undefined,
): { page: number; filter: CatalogueFilter } | null {
  const filter = parseFilter(kind, competency);
  const number = Number(page);
  return filter && number >= 1 ? { page: number, filter } : null;
}
