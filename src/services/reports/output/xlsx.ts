import ExcelJS from "exceljs";
import type { Locale } from "../../../i18n/index.js";
import type { Cell, ColumnType, Report, ReportColumn, ReportTable } from "../report-table.js";
import { localDateAsUtcMidnight } from "./local-date.js";
import { uniqueSheetNames } from "./sheet-names.js";

/**
 * A report as an XLSX workbook: one sheet per table, the header in row 1 (bold, frozen, with an
 * autofilter and repeated on printed pages), numbers and dates stored as real values with a number
 * format per column type, and column widths fitted to the content. The report's title and scope go
 * into the document properties and the printed footer, so row 1 stays the header.
 */

export interface XlsxOptions {
  /** IANA time zone whose calendar dates are written, e.g. "Asia/Jakarta". */
  timezone: string;
  locale: Locale;
  /** Stored as the document's creation time; the library's own clock otherwise. */
  generatedAt?: Date;
}

/** Excel number formats; the decimal and thousands marks follow the reader's regional settings. */
export const NUMBER_FORMATS: Record<Exclude<ColumnType, "text">, string> = {
  integer: "0",
  decimal: "0.00",
  percent: "0.0%",
  date: "dd/mm/yyyy",
};

const MIN_WIDTH = 8;
const MAX_WIDTH = 60;
/** Room for the autofilter button beside a header. */
const FILTER_BUTTON = 3;
const HEADER_FILL = "FFE8EEF4";

const LANGUAGE: Record<Locale, string> = { id: "id-ID", en: "en-GB" };

export async function reportToXlsx(report: Report, options: XlsxOptions): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Pembinaan ASN";
  workbook.title = report.title;
  workbook.subject = report.scope;
  workbook.description = `${report.title}\n${report.scope}`;
  workbook.category = report.kind;
  // Written to the core properties by the library, though missing from its type declarations.
  Object.assign(workbook, { language: LANGUAGE[options.locale] });
  if (options.generatedAt) {
    workbook.created = options.generatedAt;
    workbook.modified = options.generatedAt;
  }

  const names = uniqueSheetNames(
    report.tables.map((table) => table.title),
    report.tables.map((table) => table.name),
  );
  report.tables.forEach((table, index) => addSheet(workbook, names[index] ?? table.name, table, report, options));

  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function addSheet(workbook: ExcelJS.Workbook, name: string, table: ReportTable, report: Report, options: XlsxOptions): void {
  const sheet = workbook.addWorksheet(name, {
    views: [{ state: "frozen", xSplit: 0, ySplit: 1, topLeftCell: "A2", activeCell: "A2" }],
    pageSetup: {
      orientation: table.columns.length > 5 ? "landscape" : "portrait",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: "1:1",
    },
    headerFooter: { oddFooter: `&L${footerText(report.title)} · ${footerText(report.scope)}&R&P/&N` },
  });

  const header = sheet.addRow(table.columns.map((column) => column.header));
  header.font = { bold: true };
  header.alignment = { vertical: "middle", wrapText: true };
  header.eachCell((cell) => {
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: HEADER_FILL } };
    cell.border = { bottom: { style: "thin" } };
  });

  for (const row of table.rows) {
    const added = sheet.addRow(table.columns.map((column) => cellValue(row[column.key] ?? null, column, options)));
    table.columns.forEach((column, index) => {
      if (column.type !== "text") added.getCell(index + 1).numFmt = NUMBER_FORMATS[column.type];
    });
  }

  table.columns.forEach((column, index) => {
    const width = fittedWidth(column, table.rows.map((row) => row[column.key] ?? null));
    const sheetColumn = sheet.getColumn(index + 1);
    sheetColumn.width = width.width;
    if (width.wrap) {
      sheetColumn.eachCell({ includeEmpty: false }, (cell, rowNumber) => {
        if (rowNumber > 1) cell.alignment = { vertical: "top", wrapText: true };
      });
    }
  });

  if (table.columns.length > 0) {
    sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: table.rows.length + 1, column: table.columns.length } };
  }
}

function cellValue(cell: Cell, column: ReportColumn, options: XlsxOptions): ExcelJS.CellValue {
  if (cell === null) return null;
  if (cell instanceof Date) return localDateAsUtcMidnight(cell, options.timezone);
  if (typeof cell === "number" && !Number.isFinite(cell)) return null;
  if (typeof cell === "number" && column.type === "integer") return Math.round(cell);
  return cell;
}

/** Width in characters of the default font: the longest shown value, within bounds; wrap beyond. */
function fittedWidth(column: ReportColumn, cells: Cell[]): { width: number; wrap: boolean } {
  const headerLength = Math.max(...column.header.split("\n").map((line) => line.length)) * 1.1 + FILTER_BUTTON;
  const longest = cells.reduce<number>((max, cell) => Math.max(max, shownLength(cell, column.type)), 0);
  const wanted = Math.ceil(Math.max(headerLength, longest) + 2);
  return { width: Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, wanted)), wrap: longest + 2 > MAX_WIDTH };
}

function shownLength(cell: Cell, type: ColumnType): number {
  if (cell === null) return 0;
  if (cell instanceof Date) return "dd/mm/yyyy".length;
  if (typeof cell === "string") return Math.max(...cell.split("\n").map((line) => line.length));
  switch (type) {
    case "percent":
      return (cell * 100).toFixed(1).length + 1;
    case "decimal":
      return cell.toFixed(2).length;
    default:
      return Math.round(cell).toFixed(0).length;
  }
}

/** Header and footer codes start with "&"; a literal one is doubled. */
function footerText(text: string): string {
  return text.replace(/&/g, "&&");
}
