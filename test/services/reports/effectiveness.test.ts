import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LOCALES, LOCALES_DIR } from "../../../src/i18n/index.js";
import { effectivenessReport, type EffectivenessReport } from "../../../src/services/reports/effectiveness.js";
import type { ReportFilter } from "../../../src/services/reports/filter.js";
import { reportLanguage } from "../../../src/services/reports/language.js";
import { reportFilter } from "../../../src/services/reports/period.js";
import type { Cell, ReportTable } from "../../../src/services/reports/report-table.js";
import { createTestDb, type TestDb } from "../../kit/db.js";
import { seedEffectiveness } from "./effectiveness-fixture.js";
import { seedReportsFixture } from "./reports-fixture.js";

let testDb: TestDb;
let fx: Awaited<ReturnType<typeof seedEffectiveness>>;

beforeAll(async () => {
  testDb = await createTestDb();
  fx = await seedEffectiveness(testDb.db);
});
afterAll(() => testDb.dispose());

const id = reportLanguage("id");

function period(input: { year: number } | { from: string; to: string }, unitId: number | null = null): ReportFilter {
  const result = reportFilter(input, { unitId, timezone: "Asia/Jakarta" });
  if (!result.ok) throw new Error(result.code);
  return result.filter;
}

async function reportFor(viewerId: number, filter = period({ year: 2026 }), language = id): Promise<EffectivenessReport> {
  const outcome = await effectivenessReport(fx.deps, { viewerId, filter, language });
  if (!outcome.ok) throw new Error(`refused: ${outcome.code}`);
  return outcome.report;
}

const table = (report: EffectivenessReport, name: string): ReportTable => report.tables.find((t) => t.name === name)!;
/** Numbers rounded to 4 decimals, so hand-computed fractions compare exactly. */
const round = (cell: Cell) => (typeof cell === "number" ? Math.round(cell * 1e4) / 1e4 : cell);
/** The figures of a row, from registrations to the L3 response rate, rounded. */
const FIGURES = [
  "registrations",
  "attended",
  "noShows",
  "attendanceRate",
  "l1Mean",
  "l1ResponseRate",
  "l3SelfMean",
  "l3SupervisorMean",
  "l3Gap",
  "l3ResponseRate",
] as const;
type Figures = [number, number, number, ...Array<number | null>];
const figures = (row: Record<string, Cell> | undefined): Figures => FIGURES.map((key) => round(row![key]!)) as Figures;
const byKey = (t: ReportTable, key: string) => new Map(t.rows.map((row) => [row[key] as string, row]));
const r = (value: number) => Math.round(value * 1e4) / 1e4;

describe("activity effectiveness for the whole district", () => {
  it("lists each activity that ended in the year with its attendance, L1 and L3, counted by hand", async () => {
    const report = await reportFor(fx.people.bupati);
    expect(report.kind).toBe("effectiveness");
    expect(report.title).toBe("Efektivitas kegiatan");
    expect(report.scope).toBe("Tahun 2026 · Seluruh kabupaten");

    const activities = table(report, "efektivitas-kegiatan");
    // Cancelled, draft and last year's activities are left out; the rest in the order they ended.
    expect(activities.rows.map((row) => row.code)).toEqual(["PLT-DATA", "WS-LAYANAN", "PLT-PIMPIN", "COACH-MGR"]);
    const rows = byKey(activities, "code");
    expect(rows.get("PLT-DATA")).toMatchObject({
      title: "Kegiatan PLT-DATA",
      kind: "Pelatihan",
      partner: "Universitas Jambi",
      competency: "Teknis",
      endsAt: new Date("2026-03-10T09:00:00Z"),
    });
    expect(rows.get("PLT-PIMPIN")).toMatchObject({ partner: "Tanpa mitra", kind: "Pelatihan", competency: "Manajerial" });

    // Registrations that held a seat (the cancelled and the waitlisted one do not count); attendance
    // over those whose attendance is settled; L1 over every Likert answer, the 0–10 rating left out.
    // L1 and L3 response rates are answered requests over all requests.
    expect(figures(rows.get("PLT-DATA"))).toEqual([4, 3, 1, 0.75, 3.75, r(2 / 3), 4.5, 2.75, -1.75, r(4 / 6)]);
    // L1 here is the anonymous second version of the questionnaire, with three Likert questions.
    expect(figures(rows.get("WS-LAYANAN"))).toEqual([4, 3, 1, 0.75, r(30 / 9), 1, 3.75, 4, 0.25, 0.6]);
    expect(figures(rows.get("PLT-PIMPIN"))).toEqual([2, 2, 0, 1, 4.5, 0.5, null, null, null, null]);
    expect(figures(rows.get("COACH-MGR"))).toEqual([2, 1, 1, 0.5, 2, 1, null, null, null, null]);
  });

  it("adds activities up by kind, partner and competency type, weighting by answers and people, not by activity", async () => {
    const report = await reportFor(fx.people.admin);

    const kinds = table(report, "efektivitas-jenis");
    expect(kinds.rows.map((row) => [row.kind, row.activities])).toEqual([
      ["Pelatihan", 2],
      ["Workshop", 1],
      ["Coaching", 1],
    ]);
    // Training = PLT-DATA + PLT-PIMPIN: 5 of 6 attended (not the 87.5% mean of 75% and 100%),
    // L1 (15 + 9) / (4 + 2) = 4 (not 4.125), 3 of 5 L1 requests answered.
    expect(figures(byKey(kinds, "kind").get("Pelatihan"))).toEqual([6, 5, 1, r(5 / 6), 4, 0.6, 4.5, 2.75, -1.75, r(4 / 6)]);
    expect(figures(byKey(kinds, "kind").get("Workshop"))).toEqual([4, 3, 1, 0.75, r(30 / 9), 1, 3.75, 4, 0.25, 0.6]);

    const partners = table(report, "efektivitas-mitra");
    // By name, activities without a partner last.
    expect(partners.rows.map((row) => [row.partner, row.activities])).toEqual([
      ["Universitas Jambi", 2],
      ["Yayasan Tebo Lestari", 1],
      ["Tanpa mitra", 1],
    ]);
    // UNJA = PLT-DATA + COACH-MGR: 4 of 6 attended, L1 (15 + 4) / (4 + 2), 3 of 4 L1 requests answered.
    const unja = byKey(partners, "partner").get("Universitas Jambi");
    expect(figures(unja)).toEqual([6, 4, 2, r(4 / 6), r(19 / 6), 0.75, 4.5, 2.75, -1.75, r(4 / 6)]);

    const competencies = table(report, "efektivitas-kompetensi");
    expect(competencies.rows.map((row) => [row.competency, row.activities])).toEqual([
      ["Teknis", 1],
      ["Manajerial", 2],
      ["Sosial Kultural", 1],
    ]);
    // Managerial = PLT-PIMPIN + COACH-MGR: L1 (9 + 4) / (2 + 2), 2 of 3 L1 requests answered, no L3 yet.
    const managerial = byKey(competencies, "competency").get("Manajerial");
    expect(figures(managerial)).toEqual([4, 3, 1, 0.75, 3.25, r(2 / 3), null, null, null, null]);
  });

  it("sums up the key figures for a chart caption: best and worst L1 and the widest L3 gap", async () => {
    const { headline } = await reportFor(fx.people.admin);
    expect([headline.activities, headline.registrations, headline.attended, headline.noShows]).toEqual([4, 12, 9, 3]);
    const rates = Object.fromEntries(Object.entries(headline.rates).map(([key, value]) => [key, round(value)]));
    expect(rates).toEqual({
      attendanceRate: 0.75,
      l1Mean: r(58 / 17),
      l1ResponseRate: r(7 / 9),
      l3SelfMean: r(33 / 8),
      l3SupervisorMean: r(19 / 6),
      l3Gap: r(19 / 6 - 33 / 8),
      l3ResponseRate: r(7 / 11),
    });
    expect(headline.bestL1).toEqual({ code: "PLT-PIMPIN", title: "Kegiatan PLT-PIMPIN", mean: 4.5 });
    expect(headline.worstL1).toEqual({ code: "COACH-MGR", title: "Kegiatan COACH-MGR", mean: 2 });
    expect(headline.biggestGap).toEqual({ code: "PLT-DATA", title: "Kegiatan PLT-DATA", self: 4.5, supervisor: 2.75, gap: -1.75 });
  });

  it("keeps to a date range: activities that ended in the first half of the year", async () => {
    const report = await reportFor(fx.people.admin, period({ from: "2026-01-01", to: "2026-06-30" }));
    expect(report.scope).toBe("1 Januari 2026 – 30 Juni 2026 · Seluruh kabupaten");
    expect(table(report, "efektivitas-kegiatan").rows.map((row) => row.code)).toEqual(["PLT-DATA", "WS-LAYANAN"]);
    expect(report.headline.worstL1?.code).toBe("WS-LAYANAN");
  });
});

describe("activity effectiveness for a unit and its subtree", () => {
  it("counts only the participants of Dinas Kesehatan and its puskesmas, the one who moved there included", async () => {
    // The head of Dinas Kesehatan asks for everything: his own subtree is what he gets.
    const report = await reportFor(fx.people.kadinkes);
    expect(report.scope).toBe("Tahun 2026 · Dinas Kesehatan (dan subunit)");
    const activities = table(report, "efektivitas-kegiatan");
    // Nobody from the subtree took the coaching.
    expect(activities.rows.map((row) => row.code)).toEqual(["PLT-DATA", "WS-LAYANAN", "PLT-PIMPIN"]);
    const rows = byKey(activities, "code");
    // PLT-DATA: the nurse, the midwife (no-show) and Putri, who answered while still in Dinas Pendidikan
    // and now works in the puskesmas: her registration, her L1 (3, 3), her self-assessment and her former
    // supervisor's assessment of her all count here, under her current unit. The teacher's do not.
    expect(figures(rows.get("PLT-DATA"))).toEqual([3, 2, 1, r(2 / 3), 3.75, 1, 4.5, 2.75, -1.75, 1]);
    expect(rows.get("PLT-DATA")!.note).toBeNull();
    // WS-LAYANAN's L1 is anonymous: answers count by the unit kept with them, which leaves the nurse's
    // and the midwife's, two of the three. Two anonymous answers would be theirs for their head to
    // read, so the mean is hidden (the response rate is not). L3: the nurse only; the midwife's two
    // requests are still open.
    expect(figures(rows.get("WS-LAYANAN"))).toEqual([2, 2, 0, 1, null, 1, 4.5, 4, -0.5, 0.5]);
    expect(rows.get("WS-LAYANAN")!.note).toBe("Rerata dari kuesioner anonim tidak ditampilkan: kurang dari 3 jawaban");
    expect(figures(rows.get("PLT-PIMPIN"))).toEqual([1, 1, 0, 1, 4.5, 1, null, null, null, null]);

    // The hidden answers are left out of the groups too, or the workshop row would show them.
    const kinds = byKey(table(report, "efektivitas-jenis"), "kind");
    expect(figures(kinds.get("Workshop"))).toEqual([2, 2, 0, 1, null, 1, 4.5, 4, -0.5, 0.5]);
    expect(figures(kinds.get("Pelatihan"))).toEqual([4, 3, 1, 0.75, 4, 1, 4.5, 2.75, -1.75, 1]);
    expect(report.headline.bestL1?.code).toBe("PLT-PIMPIN");
    expect(report.headline.worstL1?.code).toBe("PLT-DATA");
  });

  it("leaves out of Dinas Pendidikan the one who moved away, and her former supervisor's assessment of her", async () => {
    const report = await reportFor(fx.people.admin, period({ year: 2026 }, fx.units.disdik));
    expect(report.scope).toBe("Tahun 2026 · Dinas Pendidikan (dan subunit)");
    const rows = byKey(table(report, "efektivitas-kegiatan"), "code");
    expect([...rows.keys()]).toEqual(["PLT-DATA", "WS-LAYANAN", "PLT-PIMPIN", "COACH-MGR"]);
    // PLT-DATA: the teacher only (the head's registration was cancelled). His L1 expired, his L3 requests
    // are open or expired: nothing to average, 0 of 2 L3 requests answered.
    expect(figures(rows.get("PLT-DATA"))).toEqual([1, 1, 0, 1, null, 0, null, null, null, 0]);
    // WS-LAYANAN: the one anonymous L1 answer kept with Dinas Pendidikan is its head's: hidden.
    expect(figures(rows.get("WS-LAYANAN"))).toEqual([2, 1, 1, 0.5, null, 1, 3, null, null, 1]);
    expect(figures(rows.get("PLT-PIMPIN"))).toEqual([1, 1, 0, 1, null, 0, null, null, null, null]);
    expect(figures(rows.get("COACH-MGR"))).toEqual([2, 1, 1, 0.5, 2, 1, null, null, null, null]);
  });

  it("reads the shared fixture the same way: anonymous L1 by the unit kept with the answer, hidden when few", async () => {
    const shared = await createTestDb();
    try {
      const sfx = await seedReportsFixture(shared.db);
      const rowsFor = async (viewerId: number) => {
        const outcome = await effectivenessReport(sfx.deps, { viewerId, filter: period({ year: 2026 }), language: id });
        if (!outcome.ok) throw new Error(outcome.code);
        return byKey(table(outcome.report, "efektivitas-kegiatan"), "code");
      };
      const pick = (row: Record<string, Cell> | undefined) =>
        ["registrations", "attended", "noShows", "l1Mean", "l1ResponseRate"].map((key) => round(row![key]!));

      // The whole district: the three anonymous answers (5,4) (4,4) (3,5); the rating is not Likert, and
      // the nurse's L3 self-assessment is not L1. The teacher's cancelled registration does not count.
      const district = await rowsFor(sfx.people.sekda);
      expect([...district.keys()]).toEqual(["UNJA-2026-01", "LSM-2026-01", "UNJA-2026-02", "BKP-2026-01", "LSM-2026-02"]);
      expect(pick(district.get("UNJA-2026-01"))).toEqual([4, 3, 1, r(25 / 6), 1]);
      // UNJA-2026-02 has two anonymous answers: hidden for the whole district too.
      expect(pick(district.get("UNJA-2026-02"))).toEqual([4, 4, 0, null, 0.5]);
      // Not held yet: one registration, nobody's attendance settled.
      expect(pick(district.get("LSM-2026-02"))).toEqual([1, 0, 0, null, null]);

      // Dinas Kesehatan's subtree: kapus, nurse and the mover completed, the midwife did not come. Only
      // the two answers kept with the puskesmas are the subtree's (the mover answered from Dinas
      // Pendidikan): too few to show. The three requests are the participants', all answered.
      const dinkes = await rowsFor(sfx.people.kadinkes);
      expect(pick(dinkes.get("UNJA-2026-01"))).toEqual([4, 3, 1, null, 1]);
      expect(dinkes.get("UNJA-2026-01")!.note).not.toBeNull();
    } finally {
      await shared.dispose();
    }
  });
});

describe("who may see activity effectiveness", () => {
  it("refuses an ASN, a supervisor without a leader grant, and a head of OPD asking outside his unit", async () => {
    const ask = (viewerId: number, unitId: number | null = null) =>
      effectivenessReport(fx.deps, { viewerId, filter: period({ year: 2026 }, unitId), language: id });
    expect(await ask(fx.people.guru)).toEqual({ ok: false, code: "not-allowed" });
    expect(await ask(fx.people.kadisdik)).toEqual({ ok: false, code: "not-allowed" });
    expect(await ask(fx.people.kadinkes, fx.units.disdik)).toEqual({ ok: false, code: "outside-scope" });
  });
});

describe("activity effectiveness in the reader's language", () => {
  it("names the tables and columns in English for an English reader", async () => {
    const report = await reportFor(fx.people.admin, period({ year: 2026 }), reportLanguage("en"));
    expect(report.title).toBe("Activity effectiveness");
    expect(report.tables.map((t) => t.title)).toEqual(["By activity", "By activity kind", "By partner", "By competency type"]);
    expect(table(report, "efektivitas-kegiatan").columns.map((c) => c.header)).toEqual([
      "Code",
      "Activity",
      "Kind",
      "Partner",
      "Competency type",
      "Ended",
      "Registered",
      "Attended",
      "No-shows",
      "Attendance rate",
      "L1 mean (1–5)",
      "L1 response rate",
      "L3 self mean (1–5)",
      "L3 supervisor mean (1–5)",
      "L3 gap (supervisor − self)",
      "L3 response rate",
      "Note",
    ]);
    expect(table(report, "efektivitas-kegiatan").columns.map((c) => c.type)).toEqual([
      "text",
      "text",
      "text",
      "text",
      "text",
      "date",
      "integer",
      "integer",
      "integer",
      "percent",
      "decimal",
      "percent",
      "decimal",
      "decimal",
      "decimal",
      "percent",
      "text",
    ]);
    expect(byKey(table(report, "efektivitas-mitra"), "partner").has("No partner")).toBe(true);
  });

  it("has the same keys in both locale files, each used text filled in", () => {
    const keysOf = (locale: string) =>
      [...readFileSync(join(LOCALES_DIR, locale, "reports-effectiveness.ftl"), "utf8").matchAll(/^([a-z][a-z0-9_-]*) =/gm)]
        .map((match) => match[1]!)
        .sort();
    const keys = keysOf("id");
    expect(keys.every((key) => /^report-(effectiveness|reach|readiness)-/.test(key))).toBe(true);
    for (const locale of LOCALES) expect(keysOf(locale)).toEqual(keys);
  });
});
