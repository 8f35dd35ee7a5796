/**
 * What every report produces, independent of how it is shown: named tables of typed columns. The same
 * tables become chat text, CSV files, XLSX sheets and chart data, so a number is computed once.
 */

export type ColumnType = "text" | "integer" | "decimal" | "percent" | "date";

export interface ReportColumn<K extends string = string> {
  key: K;
  /** Header text, already in the reader's language. */
  header: string;
  type: ColumnType;
}

/** A cell: numbers for integer/decimal, a 0..1 share for percent, a Date for date; null when unknown or hidden. */
export type Cell = string | number | Date | null;

export interface ReportTable<K extends string = string> {
  /** Sheet and file name, e.g. "kepatuhan-jp-unit" (ASCII, short). */
  name: string;
  /** Sheet title in the reader's language. */
  title: string;
  columns: ReportColumn<K>[];
  rows: Array<Record<K, Cell>>;
}

export interface Report {
  /** Kind of report, e.g. "jp-compliance". */
  kind: string;
  title: string;
  /** One-line description of the filter, e.g. "Tahun 2026 · Dinas Kesehatan (dan subunit)". */
  scope: string;
  tables: ReportTable[];
}

/** A report as a report service returns it, with the unit it is about after access scoping. */
export interface ScopedReport extends Report {
  /** A leader asking for "everything" gets their own unit here; null is the whole district. */
  unitId: number | null;
}
