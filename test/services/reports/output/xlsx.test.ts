import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { reportToXlsx } from "../../../../src/services/reports/output/xlsx.js";
import { report, TIMEZONE } from "./report-fixture.js";

let workbook: ExcelJS.Workbook;

beforeAll(async () => {
  const buffer = await reportToXlsx(report, { timezone: TIMEZONE, locale: "id", generatedAt: new Date("2027-01-05T02:00:00Z") });
  expect(buffer.subarray(0, 2).toString("latin1")).toBe("PK");
  workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ExcelJS.Buffer);
});

const sheet = (index: number): ExcelJS.Worksheet => {
  const found = workbook.worksheets[index];
  if (!found) throw new Error(`no sheet ${index}`);
  return found;
};

describe("a report as an XLSX workbook", () => {
  it("has one sheet per table, named after its title within Excel's rules and unique", () => {
    expect(workbook.worksheets.map((worksheet) => worksheet.name)).toEqual([
      "Kepatuhan JP per unit kerja",
      "Kepatuhan JP per unit kerja (2)",
      "History 1",
    ]);
  });

  it("keeps the report's title and scope in the document properties", () => {
    expect(workbook.title).toBe("Kepatuhan JP & pelatihan 2026");
    expect(workbook.subject).toBe("Tahun 2026 · Seluruh kabupaten");
    expect(workbook.created).toEqual(new Date("2027-01-05T02:00:00Z"));
    expect(sheet(0).headerFooter.oddFooter).toContain("Kepatuhan JP && pelatihan 2026 · Tahun 2026");
  });

  it("puts a bold header in row 1, frozen, with an autofilter over the data", () => {
    const units = sheet(0);
    expect(units.getRow(1).values).toEqual([undefined, "Unit kerja", "Jumlah ASN", "Rata-rata JP", "Mencapai 20 JP", "Kegiatan terakhir"]);
    expect(units.getCell("A1").font?.bold).toBe(true);
    expect(units.getCell("E1").font?.bold).toBe(true);
    expect(units.views[0]).toMatchObject({ state: "frozen", xSplit: 0, ySplit: 1, topLeftCell: "A2" });
    expect(units.autoFilter).toBe("A1:E3");
    expect(units.pageSetup.printTitlesRow).toBe("1:1");
  });

  it("stores numbers as numbers with a format per column type", () => {
    const row = sheet(0).getRow(2);
    expect(row.getCell(2).value).toBe(120);
    expect(row.getCell(2).numFmt).toBe("0");
    expect(row.getCell(3).value).toBe(18.456);
    expect(row.getCell(3).numFmt).toBe("0.00");
    expect(row.getCell(4).value).toBe(0.645);
    expect(row.getCell(4).numFmt).toBe("0.0%");
    expect(row.getCell(1).numFmt).toBeUndefined();
  });

  it("stores dates as real dates showing the district's calendar day", () => {
    const cell = sheet(0).getCell("E2");
    expect(cell.type).toBe(ExcelJS.ValueType.Date);
    expect(cell.value).toEqual(new Date("2026-12-15T00:00:00Z"));
    expect(cell.numFmt).toBe("dd/mm/yyyy");
  });

  it("leaves unknown values empty and keeps text, formulas included, as plain text", () => {
    const units = sheet(0);
    expect(units.getCell("A3").value).toBe("Kecamatan Rimbo Ulu – Seksi Pemberdayaan Ñ");
    expect(units.getCell("C3").value).toBeNull();
    expect(units.getCell("E3").value).toBeNull();
    const people = sheet(1).getCell("A2");
    expect(people.type).toBe(ExcelJS.ValueType.String);
    expect(people.value).toBe('=HYPERLINK("http://contoh.invalid")');
  });

  it("fits column widths to the content, within bounds, and wraps text that does not fit", () => {
    const widths = sheet(0).columns.map((column) => column.width ?? 0);
    expect(widths[0]).toBe(60);
    expect(sheet(0).getCell("A2").alignment?.wrapText).toBe(true);
    expect(widths.slice(1).every((width) => width >= 8 && width < 30)).toBe(true);
    // The header decides a short column: "Kegiatan terakhir" is wider than "Jumlah ASN".
    expect(widths[4]).toBeGreaterThan(widths[1] ?? 0);
    expect(sheet(1).getColumn(1).width).toBeGreaterThan(sheet(1).getColumn(2).width ?? 0);
  });

  it("writes a table without rows as its header alone", () => {
    const empty = sheet(2);
    expect(empty.rowCount).toBe(1);
    expect(empty.getRow(1).values).toEqual([undefined, "Kegiatan", "Skor L1"]);
    expect(empty.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
  });
});
