import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { reportToCsvFiles, tableToCsv } from "../../../../src/services/reports/output/csv.js";
import { personTable, report, TIMEZONE, unitTable } from "./report-fixture.js";

const records = (csv: string): string[][] => parse(csv.replace(/^\uFEFF/, ""), { relax_column_count: false }) as string[][];

describe("report tables as CSV", () => {
  it("starts with a UTF-8 byte order mark so Excel shows Indonesian text, then the header row", () => {
    const csv = tableToCsv(unitTable, { timezone: TIMEZONE });
    expect(csv.startsWith("\uFEFFUnit kerja,Jumlah ASN,Rata-rata JP,Mencapai 20 JP (%),Kegiatan terakhir\r\n")).toBe(true);
    expect(Buffer.from(csv, "utf8").toString("utf8")).toContain("Rimbo Ulu – Seksi Pemberdayaan Ñ");
    expect(csv.endsWith("\r\n")).toBe(true);
  });

  it("quotes a cell with a comma or a quote, and reads back to the same text", () => {
    const [, first] = records(tableToCsv(unitTable, { timezone: TIMEZONE }));
    expect(first?.[0]).toBe(unitTable.rows[0]?.unit);
    expect(tableToCsv(unitTable, { timezone: TIMEZONE })).toContain('"Dinas Kesehatan, Bidang ""Pelayanan"" Pengendalian');
  });

  it("writes plain numbers with a dot, percentages as 0..100, dates as the district's calendar date", () => {
    const [, first, second] = records(tableToCsv(unitTable, { timezone: TIMEZONE }));
    expect(first?.slice(1)).toEqual(["120", "18.46", "64.5", "2026-12-15"]);
    expect(second?.slice(1)).toEqual(["7", "", "", ""]);
  });

  it("keeps the calendar date of another time zone when asked", () => {
    const [, first] = records(tableToCsv(unitTable, { timezone: "UTC" }));
    expect(first?.[4]).toBe("2026-12-14");
  });

  it("defuses text that a spreadsheet would run as a formula", () => {
    const [, formula, name] = records(tableToCsv(personTable, { timezone: TIMEZONE }));
    expect(formula?.[0]).toBe(`'=HYPERLINK("http://contoh.invalid")`);
    expect(name).toEqual(["Siti Rahmawati, S.Sos.", "24"]);
  });

  it("gives every table of a report its own file with a unique name", () => {
    const files = reportToCsvFiles(report, { timezone: TIMEZONE });
    expect(files.map((file) => file.filename)).toEqual(["kepatuhan-jp-unit.csv", "kepatuhan-jp-asn.csv", "kepatuhan-jp-unit-2.csv"]);
    expect(files[2]?.content).toBe("\uFEFFKegiatan,Skor L1\r\n");
  });
});
