import { readCsvTable, renderCsvTable, type CsvRow, type CsvTable } from "../csv/table.js";

/** Columns of a roster file, in the order the example file and the demo export use. */
export const ROSTER_COLUMNS = [
  "nip",
  "name",
  "unit_code",
  "unit_name",
  "parent_unit_code",
  "position",
  "position_type",
  "grade",
  "employment_type",
  "supervisor_nip",
  "phone",
  "email",
] as const;

export type RosterColumn = (typeof ROSTER_COLUMNS)[number];

/** Columns that may be left out of the header altogether (their cells are then empty). */
export const OPTIONAL_COLUMNS: ReadonlySet<RosterColumn> = new Set([
  "parent_unit_code",
  "supervisor_nip",
  "phone",
  "email",
]);

const REQUIRED_COLUMNS: ReadonlySet<RosterColumn> = new Set(
  ROSTER_COLUMNS.filter((column) => !OPTIONAL_COLUMNS.has(column)),
);

export type RawRow = CsvRow<RosterColumn>;

export type RosterCsv = CsvTable<RosterColumn>;

/**
 * Splits roster CSV text into rows. UTF-8 with or without BOM, comma or semicolon (taken from the
 * header line), any line ending. Blank lines are skipped but still counted for line numbers.
 */
export function readRosterCsv(text: string): RosterCsv {
  return readCsvTable(text, ROSTER_COLUMNS, REQUIRED_COLUMNS);
}

/** Renders rows as roster CSV (comma, CRLF-free, quoted where needed), header first. */
export function renderRosterCsv(rows: ReadonlyArray<Record<RosterColumn, string>>): string {
  return renderCsvTable(ROSTER_COLUMNS, rows);
}
