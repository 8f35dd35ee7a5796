import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { LOCALES, LOCALES_DIR } from "../../src/i18n/index.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../kit/cli.js";
import { createTestDb, type TestDb } from "../kit/db.js";
import { pngSize } from "../services/reports/output/png.js";
import { seedReportsFixture } from "../services/reports/reports-fixture.js";

let testDb: TestDb;
let out: string;

beforeAll(async () => {
  testDb = await createTestDb();
  await seedReportsFixture(testDb.db);
  out = mkdtempSync(join(tmpdir(), "reports-cli-"));
});
afterAll(async () => {
  rmSync(out, { recursive: true, force: true });
  await testDb.dispose();
});

const cli = (...args: string[]) => runCli(testDb.url, ...args);
const lines = (text: string) => text.trim().split("\n");

describe("cli report", () => {
  it("writes the JP compliance workbook for a year, with every table", async () => {
    const path = join(out, "jp.xlsx");
    const run = await cli("report", "jp", "--year", "2026", "--out", path);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(lines(run.stdout)).toEqual(["Kepatuhan 20 JP · Tahun 2026 · Seluruh kabupaten", `Ditulis: ${path} (3 lembar)`]);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(readFileSync(path) as unknown as ArrayBuffer);
    expect(book.worksheets.map((sheet) => sheet.name)).toEqual(["Per unit", "Per pegawai", "7 pegawai paling tertinggal"]);
    expect(book.getWorksheet("Per pegawai")!.rowCount).toBe(12);
  });

  it("writes one CSV file per table for a date range and a unit subtree", async () => {
    const path = join(out, "csv", "dinkes.csv");
    const run = await cli("report", "jp", "--from", "2026-01-01", "--to", "2026-06-30", "--unit", "dinkes", "--out", path);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(lines(run.stdout)[0]).toBe("Kepatuhan 10 JP · 1 Januari 2026 – 30 Juni 2026 · Dinas Kesehatan (dan subunit)");
    expect(readdirSync(join(out, "csv")).sort()).toEqual([
      "dinkes-kepatuhan-jp-pegawai.csv",
      "dinkes-kepatuhan-jp-tertinggal.csv",
      "dinkes-kepatuhan-jp-unit.csv",
    ]);
    expect(lines(run.stdout)).toContain(`Ditulis: ${join(out, "csv", "dinkes-kepatuhan-jp-pegawai.csv")} (7 baris)`);
    const people = readFileSync(join(out, "csv", "dinkes-kepatuhan-jp-pegawai.csv"), "utf8");
    expect(people.startsWith("\uFEFFNIP,Nama,Unit,")).toBe(true);
    expect(people).toContain("Rosmawati");
    expect(people).not.toContain("Agus Salim");
  });

  it("writes the chart as PNG and prints its finding, in English", async () => {
    const path = join(out, "partners.png");
    const run = await cli("report", "partners", "--year", "2026", "--out", path, "--lang", "en");
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(lines(run.stdout)).toEqual([
      "Participation by partner · Year 2026 · Whole district",
      `Written: ${path} · 2 partners, 4 activities, 9 participants, 56 JP; most: Universitas Jambi (7 participants); mean L1 4.2`,
    ]);
    expect(pngSize(readFileSync(path)).width).toBe(1080);
  });

  it("refuses a bad period, an unknown unit or an unknown format with exit code 1, writing nothing", async () => {
    const refusals: Array<[string[], string]> = [
      [["jp", "--from", "2026-06-30", "--to", "2026-01-01", "--out", join(out, "refused.xlsx")], "Tanggal awal harus sebelum atau sama dengan tanggal akhir."],
      [["readiness", "--unit", "NOPE", "--out", join(out, "refused.png")], "Unit NOPE tidak ditemukan."],
      [["jp", "--out", join(out, "refused.pdf")], "Akhiri nama berkas dengan .xlsx, .csv atau .png."],
    ];
    for (const [args, message] of refusals) {
      const run = await cli("report", ...args);
      expect(run.code, args.join(" ")).toBe(1);
      expect(run.stderr, args.join(" ")).toContain(message);
      expect(run.stdout, args.join(" ")).toBe("");
    }
    expect(readdirSync(out).filter((name) => name.startsWith("refused"))).toEqual([]);
  }, 60_000);
});

describe("cli report messages", () => {
  const keysOf = (locale: string) =>
    [...readFileSync(join(LOCALES_DIR, locale, "reports-cli.ftl"), "utf8").matchAll(/^([a-z][a-z0-9-]*) =/gm)].map((match) => match[1]!).sort();

  it("have the same keys in every language, all prefixed reports-cli-", () => {
    const id = keysOf("id");
    expect(id.length).toBeGreaterThan(0);
    expect(id.every((key) => key.startsWith("reports-cli-"))).toBe(true);
    for (const locale of LOCALES) expect(keysOf(locale)).toEqual(id);
  });
});
