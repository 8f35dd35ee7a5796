/**
 * Which part of the data a report covers: a period (a calendar year or a date range, in the district's
 * time zone) and optionally a unit with its whole subtree.
 */
export interface ReportFilter {
  /** Inclusive start of the period. */
  from: Date;
  /** Exclusive end of the period. */
  to: Date;
  /** The calendar year when the period is exactly one year (JP targets are yearly); null for other ranges. */
  year: number | null;
  /** The unit whose subtree is covered; null for the whole district. */
  unitId: number | null;
}
