import type { Cell, Report, ReportColumn, ReportTable } from "../report-table.js";
import { localDateIso } from "./local-date.js";
import { uniqueFileNames } from "./file-names.js";

/**
 * Report tables as CSV files for data tools and re-use (the formatted copy for reading is the XLSX).
 *
 * - UTF-8 with a byte order mark: without it Excel reads Indonesian names as Latin-1 mojibake.
 * - Comma separator, "\r\n" line ends (RFC 4180), the header row first.
 * - Numbers plain with a dot decimal (integers whole, decimals to two places).
 * - Percent columns as 0..100 with one decimal ("85.5"), and " (%)" added to their header unless it
 *   already names the unit: that is how the officers write percentages in their own sheets, and a
 *   bare 0.855 next to a "Persentase" header reads as under one percent.
 * - Dates as YYYY-MM-DD, the calendar date in the district's time zone.
 * - Empty cell for unknown or hidden values.
 * - Text that a spreadsheet would run as a formula (starting with =, +, -, @) gets a leading
 *   apostrophe, so an exported name can never execute when the file is opened.
 */

export interface CsvOptions {
  /** IANA time zone whose calendar dates are written, e.g. "Asia/Jakarta". */
  timezone: string;
}

export interface CsvFile {
  filename: string;
  content: string;
}

const BOM = "\uFEFF";

export function tableToCsv(table: ReportTable, options: CsvOptions): string {
  const header = table.columns.map((column) => quote(headerText(column)));
  const lines = [header.join(",")];
  for (const row of table.rows) {
    lines.push(table.columns.map((column) => quote(cellText(row[column.key] ?? null, column, options))).join(","));
  }
  return `${BOM}${lines.join("\r\n")}\r\n`;
}

/** One file per table, named after the table (`kepatuhan-jp-unit.csv`), names unique within the report. */
export function reportToCsvFiles(report: Report, options: CsvOptions): CsvFile[] {
  const names = uniqueFileNames(report.tables.map((table) => table.name));
  return report.tables.map((table, index) => ({ filename: `${names[index]}.csv`, content: tableToCsv(table, options) }));
}

function headerText(column: ReportColumn): string {
  return column.type === "percent" && !column.header.includes("%") ? `${column.header} (%)` : column.header;
}

function cellText(cell: Cell, column: ReportColumn, options: CsvOptions): string {
  if (cell === null) return "";
  if (cell instanceof Date) return localDateIso(cell, options.timezone);
  if (typeof cell === "string") return defuseFormula(cell);
  if (!Number.isFinite(cell)) return "";
  switch (column.type) {
    case "integer":
      return String(Math.round(cell));
    case "decimal":
      return plainNumber(cell, 2);
    case "percent":
      return plainNumber(cell * 100, 1);
    default:
      return plainNumber(cell, 2);
  }
}

/** Rounded, without trailing zeros or exponent notation: 12.5, 12.33, 100. */
function plainNumber(value: number, digits: number): string {
  const rounded = Number(value.toFixed(digits));
  return String(Object.is(rounded, -0) ? 0 : rounded);
}

function defuseFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) && !/^[+-]?\d+(?:[.,]\d+)?$/.test(text) ? `'${text}` : text;
}

function quote(value: string): string {
  return /[",;\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}
