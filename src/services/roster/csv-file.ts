import { parse } from "csv-parse/sync";
import type { RowIssue } from "./issues.js";

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

export interface RawRow {
  /** Line where the record starts; the header is line 1. */
  line: number;
  /** Cell text by column; a column missing from the header reads as "". */
  cells: Record<RosterColumn, string>;
}

export interface RosterCsv {
  rows: RawRow[];
  /** Columns the header named. */
  columns: ReadonlySet<RosterColumn>;
  issues: RowIssue[];
}

interface ParsedRecord {
  record: string[];
  info: { lines: number };
}

/**
 * Splits roster CSV text into rows. UTF-8 with or without BOM, comma or semicolon (taken from the
 * header line), any line ending. Blank lines are skipped but still counted for line numbers.
 */
export function readRosterCsv(text: string): RosterCsv {
  const body = text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  const empty: RosterCsv = { rows: [], columns: new Set(), issues: [] };
  if (body.trim() === "") return { ...empty, issues: [{ line: 1, code: "file-empty", params: {} }] };

  let records: ParsedRecord[];
  try {
    records = parse(body, {
      delimiter: detectDelimiter(body),
      relax_column_count: true,
      skip_empty_lines: true,
      info: true,
    }) as unknown as ParsedRecord[];
  } catch (error) {
    const failure = error as { lines?: number; bytes?: number; code?: string };
    return {
      ...empty,
      issues: [{ line: failedRecordLine(body, failure), code: "csv-syntax", params: { detail: failure.code ?? "CSV" } }],
    };
  }

  const withLines = records
    .map(({ record, info }) => ({ record, line: startLine(record, info.lines) }))
    .filter(({ record }) => record.some((cell) => cell.trim() !== ""));
  const [header, ...data] = withLines;
  if (!header) return { ...empty, issues: [{ line: 1, code: "file-empty", params: {} }] };

  const issues: RowIssue[] = [];
  const positions = new Map<RosterColumn, number>();
  header.record.forEach((raw, index) => {
    const name = raw.trim().toLowerCase();
    if (!isRosterColumn(name)) return; // Extra columns (notes, numbering) are ignored.
    if (positions.has(name)) {
      issues.push({ line: header.line, code: "duplicate-column", params: { column: name } });
      return;
    }
    positions.set(name, index);
  });
  for (const column of ROSTER_COLUMNS) {
    if (!positions.has(column) && !OPTIONAL_COLUMNS.has(column)) {
      issues.push({ line: header.line, code: "missing-column", params: { column } });
    }
  }
  if (issues.length > 0) return { rows: [], columns: new Set(positions.keys()), issues };

  const rows: RawRow[] = [];
  for (const { record, line } of data) {
    // Spreadsheet exports sometimes end rows with extra empty cells; only real content counts.
    const extraCellsEmpty = record.slice(header.record.length).every((cell) => cell.trim() === "");
    if (record.length < header.record.length || !extraCellsEmpty) {
      issues.push({
        line,
        code: "column-count",
        params: { expected: header.record.length, actual: record.length },
      });
      continue;
    }
    const cells = Object.fromEntries(
      ROSTER_COLUMNS.map((column) => {
        const index = positions.get(column);
        return [column, index === undefined ? "" : (record[index] ?? "")];
      }),
    ) as Record<RosterColumn, string>;
    rows.push({ line, cells });
  }
  return { rows, columns: new Set(positions.keys()), issues };
}

/**
 * The parser reports the line where it gave up (for an unclosed quote, the end of the file); the
 * byte offset it reached inside the broken record points at the line where that record starts.
 */
function failedRecordLine(body: string, failure: { lines?: number; bytes?: number }): number {
  const reported = failure.lines ?? 1;
  if (failure.bytes === undefined) return reported;
  const before = Buffer.from(body, "utf8").subarray(0, failure.bytes).toString("utf8");
  return Math.min(reported, (before.match(/\n/g)?.length ?? 0) + 1);
}

function isRosterColumn(name: string): name is RosterColumn {
  return (ROSTER_COLUMNS as readonly string[]).includes(name);
}

/** The parser reports the line a record ends on; quoted cells may span several lines. */
function startLine(record: string[], endLine: number): number {
  const innerBreaks = record.reduce((count, cell) => count + (cell.match(/\n/g)?.length ?? 0), 0);
  return endLine - innerBreaks;
}

/** Semicolon when the header line has more semicolons than commas outside quotes, else comma. */
export function detectDelimiter(body: string): "," | ";" {
  const firstLine = body.split("\n").find((line) => line.trim() !== "") ?? "";
  let commas = 0;
  let semicolons = 0;
  let quoted = false;
  for (const ch of firstLine) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && ch === ",") commas += 1;
    else if (!quoted && ch === ";") semicolons += 1;
  }
  return semicolons > commas ? ";" : ",";
}

/** Renders rows as roster CSV (comma, CRLF-free, quoted where needed), header first. */
export function renderRosterCsv(rows: ReadonlyArray<Record<RosterColumn, string>>): string {
  const lines = [ROSTER_COLUMNS.join(",")];
  for (const row of rows) lines.push(ROSTER_COLUMNS.map((column) => quoteCell(row[column])).join(","));
  return `${lines.join("\n")}\n`;
}

function quoteCell(value: string): string {
  return /[",;\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}
