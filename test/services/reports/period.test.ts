import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ManualClock } from "../../../src/clock.js";
import { LOCALES, LOCALES_DIR } from "../../../src/i18n/index.js";
import { accessRefusalKey, REPORT_ACCESS_CODES } from "../../../src/services/reports/access.js";
import { reportLanguage } from "../../../src/services/reports/language.js";
import {
  currentYearFilter,
  describeFilter,
  filterWords,
  parseLocalDate,
  PERIOD_ERROR_CODES,
  periodDays,
  periodErrorKey,
  reportFilter,
} from "../../../src/services/reports/period.js";
import { createTestDb, type TestDb } from "../../kit/db.js";
import { FIXTURE_TIMEZONE as TZ, seedReportsFixture, type ReportsFixture } from "./reports-fixture.js";

const id = reportLanguage("id");
const en = reportLanguage("en");

describe("the period of a report", () => {
  it("turns a year into the WIB calendar year", () => {
    expect(reportFilter({ year: 2026 }, { unitId: 7, timezone: TZ })).toEqual({
      ok: true,
      filter: { from: new Date("2025-12-31T17:00:00Z"), to: new Date("2026-12-31T17:00:00Z"), year: 2026, unitId: 7 },
    });
  });

  it("includes the whole last day of a date range", () => {
    const result = reportFilter({ from: "2026-01-01", to: "2026-03-31" }, { unitId: null, timezone: TZ });
    expect(result).toEqual({
      ok: true,
      filter: { from: new Date("2025-12-31T17:00:00Z"), to: new Date("2026-03-31T17:00:00Z"), year: null, unitId: null },
    });
    if (result.ok) expect(periodDays(result.filter, TZ)).toBe(90);
  });

  it("reads day/month/year dates as people type them", () => {
    const result = reportFilter({ from: "1/4/2026", to: "30/06/2026" }, { unitId: null, timezone: TZ });
    expect(result.ok && result.filter.from).toEqual(new Date("2026-03-31T17:00:00Z"));
    expect(result.ok && result.filter.to).toEqual(new Date("2026-06-30T17:00:00Z"));
  });

  it("treats a range that is exactly one calendar year as that year", () => {
    const result = reportFilter({ from: "2026-01-01", to: "2026-12-31" }, { unitId: null, timezone: TZ });
    expect(result.ok && result.filter.year).toBe(2026);
    const leap = reportFilter({ from: "2028-01-01", to: "2028-12-31" }, { unitId: null, timezone: TZ });
    expect(leap.ok && periodDays(leap.filter, TZ)).toBe(366);
    const almost = reportFilter({ from: "2026-01-02", to: "2026-12-31" }, { unitId: null, timezone: TZ });
    expect(almost.ok && almost.filter.year).toBeNull();
  });

  it("refuses impossible dates, a reversed range, a range over five years and odd years", () => {
    const range = (from: string, to: string) => reportFilter({ from, to }, { unitId: null, timezone: TZ });
    expect(range("2026-02-30", "2026-03-01")).toEqual({ ok: false, code: "bad-date" });
    expect(range("kemarin", "2026-03-01")).toEqual({ ok: false, code: "bad-date" });
    expect(range("2026-13-01", "2026-12-01")).toEqual({ ok: false, code: "bad-date" });
    expect(range("2026-03-02", "2026-03-01")).toEqual({ ok: false, code: "from-after-to" });
    expect(range("2026-03-01", "2026-03-01").ok).toBe(true);
    expect(range("2021-01-01", "2025-12-31").ok).toBe(true);
    expect(range("2021-01-01", "2026-01-01")).toEqual({ ok: false, code: "range-too-long" });
    expect(reportFilter({ year: 26 }, { unitId: null, timezone: TZ })).toEqual({ ok: false, code: "bad-year" });
    expect(reportFilter({ year: 2026.5 }, { unitId: null, timezone: TZ })).toEqual({ ok: false, code: "bad-year" });
    expect(parseLocalDate("2024-02-29")).toEqual({ year: 2024, month: 2, day: 29 });
    expect(parseLocalDate("2026-02-29")).toBeNull();
  });

  it("takes this year from the clock in WIB, not in UTC", () => {
    // 31 December 2026, 18:00 UTC is already 1 January 2027 in Muara Tebo.
    const filter = currentYearFilter(new ManualClock("2026-12-31T18:00:00Z"), TZ);
    expect(filter).toEqual({ from: new Date("2026-12-31T17:00:00Z"), to: new Date("2027-12-31T17:00:00Z"), year: 2027, unitId: null });
    expect(currentYearFilter(new ManualClock("2026-06-01T00:00:00Z"), TZ, 3).unitId).toBe(3);
  });
});

describe("the filter in words", () => {
  let testDb: TestDb;
  let fx: ReportsFixture;
  beforeAll(async () => {
    testDb = await createTestDb();
    fx = await seedReportsFixture(testDb.db);
  });
  afterAll(async () => testDb.dispose());

  it("names the year and the unit with its subunits, in both languages", async () => {
    const year = currentYearFilter(fx.clock, TZ, fx.units.dinkes);
    expect(await describeFilter(fx.deps, year, id)).toBe("Tahun 2026 · Dinas Kesehatan (dan subunit)");
    expect(await describeFilter(fx.deps, year, en)).toBe("Year 2026 · Dinas Kesehatan (and sub-units)");
    expect(await describeFilter(fx.deps, { ...year, unitId: null }, id)).toBe("Tahun 2026 · Seluruh kabupaten");
  });

  it("names a date range by its first and last day", () => {
    const result = reportFilter({ from: "2026-01-01", to: "2026-03-31" }, { unitId: null, timezone: TZ });
    if (!result.ok) throw new Error("range refused");
    expect(filterWords(result.filter, { unitName: null, language: id, timezone: TZ })).toBe(
      "1 Januari 2026 – 31 Maret 2026 · Seluruh kabupaten",
    );
    expect(filterWords(result.filter, { unitName: "Dinas Pendidikan", language: en, timezone: TZ })).toBe(
      "1 January 2026 – 31 March 2026 · Dinas Pendidikan (and sub-units)",
    );
  });
});

describe("the report texts", () => {
  it("has the same keys in both locale files, each prefixed report-", () => {
    const keysOf = (locale: string) =>
      [...readFileSync(join(LOCALES_DIR, locale, "reports-data.ftl"), "utf8").matchAll(/^([a-z][a-z0-9_-]*) =/gm)]
        .map((match) => match[1]!)
        .sort();
    const keys = keysOf("id");
    expect(keys.every((key) => key.startsWith("report-"))).toBe(true);
    for (const locale of LOCALES) expect(keysOf(locale)).toEqual(keys);
  });

  it.each(LOCALES)("explains every refused period and every refused access in %s", (locale) => {
    const { t } = reportLanguage(locale);
    const keys = [...PERIOD_ERROR_CODES.map(periodErrorKey), ...REPORT_ACCESS_CODES.map(accessRefusalKey)];
    for (const key of keys) {
      const text = t(key);
      expect(text, key).not.toBe(key);
      expect(text, key).not.toMatch(/\{\s*\$/);
    }
  });
});
