import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../../../src/db/client.js";
import { jpComplianceReport, JP_COMPLIANCE_TABLES } from "../../../src/services/reports/jp-compliance.js";
import { reportLanguage } from "../../../src/services/reports/language.js";
import { currentYearFilter, reportFilter } from "../../../src/services/reports/period.js";
import type { ReportFilter } from "../../../src/services/reports/filter.js";
import type { ReportTable } from "../../../src/services/reports/report-table.js";
import { createTestDb, type TestDb } from "../../kit/db.js";
import { FIXTURE_TIMEZONE as TZ, seedReportsFixture, type ReportsFixture } from "./reports-fixture.js";

let testDb: TestDb;
let fx: ReportsFixture;
let year2026: ReportFilter;

beforeAll(async () => {
  testDb = await createTestDb();
  fx = await seedReportsFixture(testDb.db);
  year2026 = currentYearFilter(fx.clock, TZ);
});
afterAll(async () => testDb.dispose());

const id = reportLanguage("id");

async function report(viewerId: number, filter: ReportFilter, deps = fx.deps) {
  const outcome = await jpComplianceReport(deps, { viewerId, filter, language: id });
  if (!outcome.ok) throw new Error(`refused: ${outcome.code}`);
  return outcome.report;
}
const table = (tables: ReportTable[], name: string) => tables.find((candidate) => candidate.name === name)!;
const unitRow = (tables: ReportTable[], code: string) => table(tables, JP_COMPLIANCE_TABLES.units).rows.find((row) => row.unitCode === code);
const names = (rows: ReportTable["rows"]) => rows.map((row) => row.name);

describe("JP compliance for the whole district, 2026", () => {
  it("rolls each unit's own employees up, number by number", async () => {
    const { tables } = await report(fx.people.admin, year2026);
    const units = table(tables, JP_COMPLIANCE_TABLES.units);
    expect(units.rows.map((row) => row.unitCode)).toEqual(["DINKES", "DISDIK", "PKM-TEBO", "PKM-RIMBO", "SETDA"]);

    const dinkes = unitRow(tables, "DINKES")!;
    expect(dinkes).toMatchObject({ unit: "Dinas Kesehatan", employees: 3, jpTotal: 60, jpMean: 20, teknis: 40, manajerial: 16, sosialKultural: 4, reached: 2 });
    expect(dinkes.reachedShare).toBeCloseTo(2 / 3, 10);

    expect(unitRow(tables, "DISDIK")).toEqual({
      unitCode: "DISDIK",
      unit: "Dinas Pendidikan",
      employees: 2,
      jpTotal: 10,
      jpMean: 5,
      teknis: 6,
      manajerial: 4,
      sosialKultural: 0,
      reached: 0,
      reachedShare: 0,
    });

    const tebo = unitRow(tables, "PKM-TEBO")!;
    expect(tebo).toMatchObject({ employees: 3, jpTotal: 44, teknis: 32, manajerial: 8, sosialKultural: 4, reached: 1 });
    expect(tebo.jpMean).toBeCloseTo(44 / 3, 10);
    expect(tebo.reachedShare).toBeCloseTo(1 / 3, 10);

    expect(unitRow(tables, "PKM-RIMBO")).toMatchObject({ employees: 1, jpTotal: 0, jpMean: 0, reached: 0, reachedShare: 0 });
    expect(unitRow(tables, "SETDA")).toMatchObject({ employees: 2, jpTotal: 24, jpMean: 12, teknis: 0, manajerial: 24, reached: 1, reachedShare: 0.5 });
  });

  it("lists every active employee with their JP by type, whether they reached 20 and what they lack", async () => {
    const { tables } = await report(fx.people.admin, year2026);
    const employees = table(tables, JP_COMPLIANCE_TABLES.employees);
    expect(names(employees.rows)).toEqual([
      "dr. Hendra Saputra",
      "Fajar Nugroho",
      "Irma Suryani",
      "Agus Salim",
      "Budi Santoso",
      "dr. Lina Marlina",
      "Nur Aisyah",
      "Putri Ayu",
      "Rosmawati",
      "Dewi Lestari",
      "Zulkifli Anwar",
    ]);
    const row = (name: string) => employees.rows.find((candidate) => candidate.name === name);
    expect(row("dr. Hendra Saputra")).toEqual({
      nip: "197411231999031003",
      name: "dr. Hendra Saputra",
      unit: "Dinas Kesehatan",
      jpTotal: 24,
      teknis: 8,
      manajerial: 16,
      sosialKultural: 0,
      reachedTarget: "ya",
      shortfall: 0,
    });
    // Exactly the target counts as reached.
    expect(row("Fajar Nugroho")).toMatchObject({ jpTotal: 20, teknis: 20, reachedTarget: "ya", shortfall: 0 });
    expect(row("Irma Suryani")).toMatchObject({ jpTotal: 16, teknis: 12, sosialKultural: 4, reachedTarget: "tidak", shortfall: 4 });
    // 2025's 30 JP do not count in 2026.
    expect(row("Nur Aisyah")).toMatchObject({ jpTotal: 12, teknis: 8, sosialKultural: 4, reachedTarget: "tidak", shortfall: 8 });
    expect(row("Rosmawati")).toMatchObject({ jpTotal: 0, reachedTarget: "tidak", shortfall: 20 });
    // The inactive employee's 10 JP are nowhere.
    expect(names(employees.rows)).not.toContain("Sutrisno");
  });

  it("puts those furthest behind first, by JP then name, only people below the target", async () => {
    const { tables } = await report(fx.people.admin, year2026);
    const behind = table(tables, JP_COMPLIANCE_TABLES.behind);
    expect(behind.title).toBe("7 pegawai paling tertinggal");
    expect(behind.rows.map((row) => [row.name, row.unit, row.jpTotal, row.shortfall])).toEqual([
      ["Dewi Lestari", "Sekretariat Daerah", 0, 20],
      ["Rosmawati", "Puskesmas Rimbo Bujang", 0, 20],
      ["Agus Salim", "Dinas Pendidikan", 4, 16],
      ["Budi Santoso", "Dinas Pendidikan", 6, 14],
      ["dr. Lina Marlina", "Puskesmas Muara Tebo", 8, 12],
      ["Nur Aisyah", "Puskesmas Muara Tebo", 12, 8],
      ["Irma Suryani", "Dinas Kesehatan", 16, 4],
    ]);
  });

  it("sums the headline for the chart caption", async () => {
    const result = await report(fx.people.sekda, year2026);
    expect(result.title).toBe("Kepatuhan 20 JP");
    expect(result.scope).toBe("Tahun 2026 · Seluruh kabupaten");
    const { headline } = result;
    expect(headline).toMatchObject({
      target: 20,
      employees: 11,
      reached: 4,
      totalJp: 138,
      byType: { TEKNIS: 78, MANAJERIAL: 52, SOSIAL_KULTURAL: 8 },
      behind: 7,
    });
    expect(headline.shareReached).toBeCloseTo(4 / 11, 10);
    expect(headline.meanJp).toBeCloseTo(138 / 11, 10);
    // Two units have nobody at the target; the one with the lower mean is the lowest.
    expect(headline.lowestUnit).toMatchObject({ code: "PKM-RIMBO", employees: 1, reached: 0, shareReached: 0, meanJp: 0 });
    expect(headline.highestUnit?.code).toBe("DINKES");
  });

  it("writes headers in the reader's language", async () => {
    const outcome = await jpComplianceReport(fx.deps, { viewerId: fx.people.admin, filter: year2026, language: reportLanguage("en") });
    if (!outcome.ok) throw new Error("refused");
    expect(outcome.report.title).toBe("20 JP compliance");
    expect(outcome.report.scope).toBe("Year 2026 · Whole district");
    const units = table(outcome.report.tables, JP_COMPLIANCE_TABLES.units);
    expect(units.columns.map((column) => [column.key, column.header, column.type])).toEqual([
      ["unitCode", "Unit code", "text"],
      ["unit", "Unit", "text"],
      ["employees", "Employees", "integer"],
      ["jpTotal", "JP", "integer"],
      ["jpMean", "Mean JP per employee", "decimal"],
      ["teknis", "Technical JP", "integer"],
      ["manajerial", "Managerial JP", "integer"],
      ["sosialKultural", "Socio-cultural JP", "integer"],
      ["reached", "Reached 20 JP", "integer"],
      ["reachedShare", "Share reaching the target", "percent"],
    ]);
    const employees = table(outcome.report.tables, JP_COMPLIANCE_TABLES.employees);
    expect(employees.rows.find((row) => row.name === "Fajar Nugroho")?.reachedTarget).toBe("yes");
  });

  it("works from grouped queries, never reading ledger rows one by one", async () => {
    const counting = countingDb(testDb.db);
    await report(fx.people.admin, year2026, { ...fx.deps, db: counting.db });
    const ledgerCalls = counting.calls.filter((call) => call.startsWith("jpEntry."));
    expect(ledgerCalls).toEqual(["jpEntry.groupBy"]);
  });
});

describe("JP compliance for part of the district", () => {
  it("covers a unit with its subtree for a head of OPD, without asking", async () => {
    const result = await report(fx.people.kadinkes, year2026);
    expect(result.scope).toBe("Tahun 2026 · Dinas Kesehatan (dan subunit)");
    expect(table(result.tables, JP_COMPLIANCE_TABLES.units).rows.map((row) => row.unitCode)).toEqual(["DINKES", "PKM-TEBO", "PKM-RIMBO"]);
    expect(result.headline).toMatchObject({ employees: 7, reached: 3, totalJp: 104, behind: 4 });
    expect(result.headline.lowestUnit?.code).toBe("PKM-RIMBO");
  });

  it("counts an employee who changed units, with all her JP, for the unit she is in now", async () => {
    const tebo = await report(fx.people.admin, { ...year2026, unitId: fx.units.pkmTebo });
    const putri = table(tebo.tables, JP_COMPLIANCE_TABLES.employees).rows.find((row) => row.name === "Putri Ayu");
    // UNJA-2026-01 (8 teknis) was taken while she was in Dinas Pendidikan.
    expect(putri).toMatchObject({ unit: "Puskesmas Muara Tebo", jpTotal: 24, teknis: 16, manajerial: 8, reachedTarget: "ya" });
    expect(tebo.headline).toMatchObject({ employees: 3, reached: 1, totalJp: 44 });

    const disdik = await report(fx.people.kadisdik, { ...year2026, unitId: fx.units.disdik });
    expect(names(table(disdik.tables, JP_COMPLIANCE_TABLES.employees).rows)).toEqual(["Agus Salim", "Budi Santoso"]);
    expect(disdik.headline).toMatchObject({ employees: 2, reached: 0, totalJp: 10 });
  });

  it("gives a supervisor their whole reporting line and nobody else", async () => {
    const kapus = await report(fx.people.kapus, year2026);
    expect(kapus.scope).toBe("Tahun 2026 · Tim dr. Lina Marlina");
    expect(names(table(kapus.tables, JP_COMPLIANCE_TABLES.employees).rows)).toEqual(["Nur Aisyah", "Putri Ayu"]);
    expect(kapus.headline).toMatchObject({ employees: 2, reached: 1, totalJp: 36 });

    const kabid = await report(fx.people.kabid, year2026);
    expect(names(table(kabid.tables, JP_COMPLIANCE_TABLES.employees).rows)).toEqual([
      "Fajar Nugroho",
      "dr. Lina Marlina",
      "Nur Aisyah",
      "Putri Ayu",
      "Rosmawati",
    ]);
    expect(kabid.headline).toMatchObject({ employees: 5, reached: 2, totalJp: 64 });

    const narrowed = await report(fx.people.kabid, { ...year2026, unitId: fx.units.pkmTebo });
    expect(narrowed.scope).toBe("Tahun 2026 · Tim Irma Suryani · Puskesmas Muara Tebo (dan subunit)");
    expect(names(table(narrowed.tables, JP_COMPLIANCE_TABLES.employees).rows)).toEqual(["dr. Lina Marlina", "Nur Aisyah", "Putri Ayu"]);
  });

  it("refuses a plain ASN, and a head of OPD outside their subtree", async () => {
    expect(await jpComplianceReport(fx.deps, { viewerId: fx.people.nurse, filter: year2026, language: id })).toEqual({
      ok: false,
      code: "not-allowed",
    });
    expect(
      await jpComplianceReport(fx.deps, { viewerId: fx.people.kadinkes, filter: { ...year2026, unitId: fx.units.disdik }, language: id }),
    ).toEqual({ ok: false, code: "outside-scope" });
  });
});

describe("JP compliance over other periods", () => {
  it("counts credits recorded in a date range against the target pro-rated to it", async () => {
    const range = reportFilter({ from: "2026-01-01", to: "2026-06-30" }, { unitId: null, timezone: TZ });
    if (!range.ok) throw new Error("range refused");
    const result = await report(fx.people.admin, range.filter);
    expect(result.scope).toBe("1 Januari 2026 – 30 Juni 2026 · Seluruh kabupaten");
    // 181 days of 365: 9.9 → 10 JP.
    expect(result.title).toBe("Kepatuhan 10 JP");
    expect(result.headline).toMatchObject({ target: 10, employees: 11, reached: 4, totalJp: 90 });
    const totals = Object.fromEntries(
      table(result.tables, JP_COMPLIANCE_TABLES.employees).rows.map((row) => [row.name, row.jpTotal]),
    );
    expect(totals).toEqual({
      "Zulkifli Anwar": 8,
      "Dewi Lestari": 0,
      "dr. Hendra Saputra": 16,
      "Irma Suryani": 4,
      // Recorded at 23:30 WIB on the last day: inside.
      "Fajar Nugroho": 20,
      "dr. Lina Marlina": 8,
      "Nur Aisyah": 12,
      // Her manual credit came at 00:30 WIB on 1 July: outside.
      "Putri Ayu": 16,
      Rosmawati: 0,
      // Recorded at the first instant of the year: inside.
      "Budi Santoso": 6,
      "Agus Salim": 0,
    });
  });

  it("reports an earlier year from the ledger's year", async () => {
    const result = await report(fx.people.admin, yearBounds(2025));
    expect(result.scope).toBe("Tahun 2025 · Seluruh kabupaten");
    expect(result.headline).toMatchObject({ target: 20, employees: 11, reached: 1, totalJp: 30 });
    expect(table(result.tables, JP_COMPLIANCE_TABLES.behind).rows).toHaveLength(10);
  });
});

function yearBounds(year: number): ReportFilter {
  const result = reportFilter({ year }, { unitId: null, timezone: TZ });
  if (!result.ok) throw new Error("year refused");
  return result.filter;
}

/** Counts every model call made through the client. */
function countingDb(db: Db): { db: Db; calls: string[] } {
  const calls: string[] = [];
  const counted = new Proxy(db, {
    get(target, prop) {
      const value: unknown = Reflect.get(target, prop);
      if (typeof prop !== "string" || prop.startsWith("$") || typeof value !== "object" || value === null) return value;
      return new Proxy(value, {
        get(model, method) {
          const fn: unknown = Reflect.get(model, method);
          if (typeof fn !== "function") return fn;
          return (...args: unknown[]) => {
            calls.push(`${prop}.${String(method)}`);
            return (fn as (...a: unknown[]) => unknown).apply(model, args);
          };
        },
      });
    },
  });
  return { db: counted, calls };
}
