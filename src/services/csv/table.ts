import { parse } from "csv-parse/sync";

/**
 * The CSV files people upload (roster, activities, partners, attendance lists): a header row, then
 * one record a row, cells read by column name. UTF-8 with or without BOM, comma or semicolon (taken
 * from the header line), any line ending, blank lines skipped but counted, extra columns ignored.
 */

/** What can be wrong with a CSV file as a whole; each import has a message for every one of these. */
export type CsvIssueCode = "file-empty" | "csv-syntax" | "missing-column" | "duplicate-column" | "column-count";

export interface CsvIssue {
  /** Line where the problem is; the header is line 1. */
  line: number;
  code: CsvIssueCode;
  params: Record<string, string | number>;
}

export interface CsvTable<C extends string> {
  rows: CsvRow<C>[];
  /** Columns the header named. */
  columns: ReadonlySet<C>;
  issues: CsvIssue[];
}

export interface CsvRow<C extends string> {
  /** Line where the record starts; the header is line 1. */
  line: number;
  /** Cell text by column; a column missing from the header reads as "". */
  cells: Record<C, string>;
}

interface ParsedRecord {
  record: string[];
  info: { lines: number };
}

export function readCsvTable<C extends string>(
  text: string,
  columns: readonly C[],
  required: ReadonlySet<C>,
): CsvTable<C> {
  const body = text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  const empty: CsvTable<C> = { rows: [], columns: new Set(), issues: [] };
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

  const issues: CsvIssue[] = [];
  const positions = new Map<C, number>();
  const known = new Set<string>(columns);
  header.record.forEach((raw, index) => {
    const name = raw.trim().toLowerCase();
    if (!known.has(name)) return; // Extra columns (notes, numbering) are ignored.
    const column = name as C;
    if (positions.has(column)) {
      issues.push({ line: header.line, code: "duplicate-column", params: { column } });
      return;
    }
    positions.set(column, index);
  });
  for (const column of columns) {
    if (!positions.has(column) && required.has(column)) {
      issues.push({ line: header.line, code: "missing-column", params: { column } });
    }
  }
  if (issues.length > 0) return { rows: [], columns: new Set(positions.keys()), issues };

  const rows: CsvRow<C>[] = [];
  for (const { record, line } of data) {
    // Spreadsheet exports sometimes end rows with extra empty cells; only real content counts.
    const extraCellsEmpty = record.slice(header.record.length).every((cell) => cell.trim() === "");
    if (record.length < header.record.length || !extraCellsEmpty) {
      issues.push({ line, code: "column-count", params: { expected: header.record.length, actual: record.length } });
      continue;
    }
    const cells = Object.fromEntries(
      columns.map((column) => {
        const index = positions.get(column);
        return [column, index === undefined ? "" : (record[index] ?? "")];
      }),
    ) as Record<C, string>;
    rows.push({ line, cells });
  }
  return { rows, columns: new Set(positions.keys()), issues };
}

/** Data rows the file holds, counting the ones rejected for their column count. */
export function countCsvRows(table: CsvTable<string>): number {
  return table.rows.length + table.issues.filter((issue) => issue.code === "column-count").length;
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

/** The parser reports the line a record ends on; quoted cells may span several lines. */
function startLine(record: string[], endLine: number): number {
  const innerBreaks = record.reduce((count, cell) => count + (cell.match(/\n/g)?.length ?? 0), 0);
  return endLine - innerBreaks;
}

/** Semicolon when the header line has more semicolons than commas outside quotes, else comma. */
function detectDelimiter(body: string): "," | ";" {
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

/** Renders rows as CSV (comma, "\n" line ends, quoted where needed), header first. */
export function renderCsvTable<C extends string>(columns: readonly C[], rows: ReadonlyArray<Record<C, string>>): string {
  const lines = [columns.join(",")];
  for (const row of rows) lines.push(columns.map((column) => quoteCell(row[column])).join(","));
  return `${lines.join("\n")}\n`;
}

function quoteCell(value: string): string {
  return /[",;\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}
