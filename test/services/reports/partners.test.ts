import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { reportLanguage } from "../../../src/services/reports/language.js";
import { partnerParticipationReport, PARTNER_TABLES } from "../../../src/services/reports/partners.js";
import { currentYearFilter, reportFilter } from "../../../src/services/reports/period.js";
import type { ReportFilter } from "../../../src/services/reports/filter.js";
import type { ReportTable } from "../../../src/services/reports/report-table.js";
import { createTestDb, type TestDb } from "../../kit/db.js";
import { FIXTURE_TIMEZONE as TZ, seedReportsFixture, wib, type ReportsFixture } from "./reports-fixture.js";

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

async function report(viewerId: number, filter: ReportFilter, language = id) {
  const outcome = await partnerParticipationReport(fx.deps, { viewerId, filter, language });
  if (!outcome.ok) throw new Error(`refused: ${outcome.code}`);
  return outcome.report;
}
const table = (tables: ReportTable[], name: string) => tables.find((candidate) => candidate.name === name)!;
const partnerRow = (tables: ReportTable[], name: string) => table(tables, PARTNER_TABLES.partners).rows.find((row) => row.partner === name);
const activityRow = (tables: ReportTable[], code: string) => table(tables, PARTNER_TABLES.activities).rows.find((row) => row.code === code);
/** UNJA-2026-01's three anonymous responses: Likert 5, 4, 4, 4, 3, 5. */
const UNJA1_MEAN = 25 / 6;

describe("what each partner delivered in 2026, for the whole district", () => {
  it("counts held activities, participants, JP credited and the mean L1 per partner", async () => {
    const { tables, title, scope } = await report(fx.people.admin, year2026);
    expect(title).toBe("Partisipasi per mitra");
    expect(scope).toBe("Tahun 2026 · Seluruh kabupaten");
    const partners = table(tables, PARTNER_TABLES.partners);
    expect(partners.rows.map((row) => row.partner)).toEqual(["Pusat Pelatihan Kesehatan", "Universitas Jambi", "Yayasan Tebo Lestari"]);

    // Nothing in 2026 is still a row of the review.
    expect(partnerRow(tables, "Pusat Pelatihan Kesehatan")).toEqual({
      partner: "Pusat Pelatihan Kesehatan",
      kind: "lembaga pelatihan",
      activities: 0,
      participants: 0,
      jpDelivered: 0,
      l1Mean: null,
    });
    // UNJA-2026-01 and -02 (the cancelled -03 does not count): 3 + 4 participants (an attended one
    // not credited yet included), 24 + 24 JP; the mean from -01 only, -02 having two responses.
    const unja = partnerRow(tables, "Universitas Jambi")!;
    expect(unja).toMatchObject({ kind: "perguruan tinggi", activities: 2, participants: 7, jpDelivered: 48 });
    expect(unja.l1Mean).toBeCloseTo(UNJA1_MEAN, 10);
    // LSM-2026-01 and the published -02 (the draft never ran); too few L1 responses for a mean.
    expect(partnerRow(tables, "Yayasan Tebo Lestari")).toEqual({
      partner: "Yayasan Tebo Lestari",
      kind: "lembaga swadaya masyarakat",
      activities: 2,
      participants: 2,
      jpDelivered: 8,
      l1Mean: null,
    });
  });

  it("lists the partners' activities, hiding the L1 mean of fewer than three respondents", async () => {
    const { tables } = await report(fx.people.admin, year2026);
    const activities = table(tables, PARTNER_TABLES.activities);
    expect(activities.rows.map((row) => row.code)).toEqual(["UNJA-2026-01", "UNJA-2026-02", "LSM-2026-01", "LSM-2026-02"]);
    const unja1 = activityRow(tables, "UNJA-2026-01")!;
    expect(unja1).toMatchObject({
      partner: "Universitas Jambi",
      title: "Kegiatan UNJA-2026-01",
      endsAt: wib("2026-03-10 16:00"),
      participants: 3,
      jpDelivered: 24,
      l1Responses: 3,
    });
    // The rating answers and the nurse's L3 answer on the same activity are not L1 Likert answers.
    expect(unja1.l1Mean).toBeCloseTo(UNJA1_MEAN, 10);
    expect(activityRow(tables, "UNJA-2026-02")).toMatchObject({ participants: 4, jpDelivered: 24, l1Responses: 2, l1Mean: null });
    expect(activityRow(tables, "LSM-2026-01")).toMatchObject({ participants: 2, jpDelivered: 8, l1Responses: 2, l1Mean: null });
    expect(activityRow(tables, "LSM-2026-02")).toMatchObject({ participants: 0, jpDelivered: 0, l1Responses: 0, l1Mean: null });
  });

  it("sums the headline for the chart caption", async () => {
    const { headline } = await report(fx.people.sekda, year2026);
    expect(headline).toMatchObject({
      partners: 2,
      activities: 4,
      participants: 9,
      jpDelivered: 56,
      topPartner: { name: "Universitas Jambi", participants: 7, jpDelivered: 48 },
    });
    expect(headline.l1Mean).toBeCloseTo(UNJA1_MEAN, 10);
  });

  it("writes headers and kinds in the reader's language", async () => {
    const { tables, title, scope } = await report(fx.people.admin, year2026, reportLanguage("en"));
    expect([title, scope]).toEqual(["Participation by partner", "Year 2026 · Whole district"]);
    expect(table(tables, PARTNER_TABLES.partners).columns.map((column) => [column.key, column.header, column.type])).toEqual([
      ["partner", "Partner", "text"],
      ["kind", "Kind of partner", "text"],
      ["activities", "Activities", "integer"],
      ["participants", "Participants", "integer"],
      ["jpDelivered", "JP delivered", "integer"],
      ["l1Mean", "Mean L1 (1–5)", "decimal"],
    ]);
    expect(partnerRow(tables, "Universitas Jambi")?.kind).toBe("university");
  });
});

describe("what partners delivered to one unit", () => {
  it("counts only participants whose current unit is in the subtree, the L1 mean staying district-wide", async () => {
    const { tables, scope } = await report(fx.people.kadinkes, year2026);
    expect(scope).toBe("Tahun 2026 · Dinas Kesehatan (dan subunit)");
    const unja = partnerRow(tables, "Universitas Jambi")!;
    // -01: the head of the puskesmas, the nurse and Putri (who was in Dinas Pendidikan then); -02: the head and Putri.
    expect(unja).toMatchObject({ activities: 2, participants: 5, jpDelivered: 40 });
    expect(unja.l1Mean).toBeCloseTo(UNJA1_MEAN, 10);
    expect(activityRow(tables, "UNJA-2026-02")).toMatchObject({ participants: 2, jpDelivered: 16, l1Responses: 2 });
    expect(partnerRow(tables, "Yayasan Tebo Lestari")).toMatchObject({ participants: 2, jpDelivered: 8 });
  });

  it("no longer counts an employee who moved away for her former unit", async () => {
    const { tables, headline } = await report(fx.people.kadisdik, year2026);
    // Only the teacher, who attended UNJA-2026-02 and is not credited yet.
    expect(activityRow(tables, "UNJA-2026-01")).toMatchObject({ participants: 0, jpDelivered: 0 });
    expect(activityRow(tables, "UNJA-2026-02")).toMatchObject({ participants: 1, jpDelivered: 0 });
    expect(headline).toMatchObject({ participants: 1, jpDelivered: 0, topPartner: { name: "Universitas Jambi", participants: 1 } });
  });

  it("refuses supervisors and plain ASN, and a head of OPD outside their subtree", async () => {
    const ask = (viewerId: number, filter = year2026) => partnerParticipationReport(fx.deps, { viewerId, filter, language: id });
    expect(await ask(fx.people.kabid)).toEqual({ ok: false, code: "not-allowed" });
    expect(await ask(fx.people.nurse)).toEqual({ ok: false, code: "not-allowed" });
    expect(await ask(fx.people.kadinkes, { ...year2026, unitId: fx.units.setda })).toEqual({ ok: false, code: "outside-scope" });
  });
});

describe("partners over other periods", () => {
  it("takes activities that ended within a date range", async () => {
    const range = reportFilter({ from: "2026-01-01", to: "2026-04-30" }, { unitId: null, timezone: TZ });
    if (!range.ok) throw new Error("range refused");
    const { tables, headline, scope } = await report(fx.people.admin, range.filter);
    expect(scope).toBe("1 Januari 2026 – 30 April 2026 · Seluruh kabupaten");
    expect(table(tables, PARTNER_TABLES.activities).rows.map((row) => row.code)).toEqual(["UNJA-2026-01", "LSM-2026-01"]);
    expect(headline).toMatchObject({ partners: 2, activities: 2, participants: 5, jpDelivered: 32 });
  });

  it("shows an earlier year's partner with its credits and no L1", async () => {
    const year = reportFilter({ year: 2025 }, { unitId: null, timezone: TZ });
    if (!year.ok) throw new Error("year refused");
    const { tables, headline } = await report(fx.people.admin, year.filter);
    expect(partnerRow(tables, "Pusat Pelatihan Kesehatan")).toMatchObject({ activities: 1, participants: 1, jpDelivered: 30, l1Mean: null });
    expect(headline).toMatchObject({ partners: 1, activities: 1, participants: 1, jpDelivered: 30, l1Mean: null });
  });
});
