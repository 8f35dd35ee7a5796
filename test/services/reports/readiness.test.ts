import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createConfig } from "../../../src/config.js";
import type { ReportFilter } from "../../../src/services/reports/filter.js";
import { reportLanguage } from "../../../src/services/reports/language.js";
import { reportFilter } from "../../../src/services/reports/period.js";
import { readinessTrendReport, type ReadinessReport, type ReadinessReportDeps } from "../../../src/services/reports/readiness.js";
import type { Cell } from "../../../src/services/reports/report-table.js";
import { createTestDb, type TestDb } from "../../kit/db.js";
import { ROUND_1_SENT, ROUND_2_SENT, seedPulse } from "../pulse/pulse-fixture.js";

/**
 * The pulse fixture's two rounds (2 November and 1 December 2026), whose means are worked out by hand
 * there: Dinas Kesehatan (with its puskesmas) and Dinas Pendidikan are shown, Kominfo (2, then 3
 * respondents) is too small in both rounds and is left out of the overall figures as well.
 */

let testDb: TestDb;
let fixture: Awaited<ReturnType<typeof seedPulse>>;
let deps: ReadinessReportDeps;

beforeAll(async () => {
  testDb = await createTestDb();
  fixture = await seedPulse(testDb.db);
  deps = { db: testDb.db, clock: fixture.clock, timezone: "Asia/Jakarta", settings: createConfig({}).announcements };
});
afterAll(() => testDb.dispose());

function period(input: { year: number } | { from: string; to: string }, unitId: number | null = null): ReportFilter {
  const result = reportFilter(input, { unitId, timezone: "Asia/Jakarta" });
  if (!result.ok) throw new Error(result.code);
  return result.filter;
}

async function reportFor(viewerId: number, filter = period({ year: 2026 }), locale: "id" | "en" = "id"): Promise<ReadinessReport> {
  const outcome = await readinessTrendReport(deps, { viewerId, filter, language: reportLanguage(locale) });
  if (!outcome.ok) throw new Error(`refused: ${outcome.code}`);
  return outcome.report;
}

const round = (cell: Cell | undefined) => (typeof cell === "number" ? Math.round(cell * 1e4) / 1e4 : cell);
/** unit, round, respondents, A D K A R, barrier, note — numbers rounded to 4 decimals. */
const line = (row: Record<string, Cell>) =>
  ["unit", "round", "respondents", "awareness", "desire", "knowledge", "ability", "reinforcement", "barrier", "note"].map((key) =>
    round(row[key]),
  );
const r = (value: number) => Math.round(value * 1e4) / 1e4;

describe("change readiness over time", () => {
  it("shows the Bupati each unit round by round, with barrier points, and Kominfo without numbers", async () => {
    const report = await reportFor(fixture.people.bupati);
    const { round1, round2 } = fixture.rounds;
    expect(report.kind).toBe("readiness");
    expect(report.scope).toBe("Tahun 2026 · Seluruh kabupaten");
    expect(report.rounds).toEqual([
      { announcementId: round1, sentAt: ROUND_1_SENT, requests: 17, submitted: 12, respondents: 12 },
      { announcementId: round2, sentAt: ROUND_2_SENT, requests: 17, submitted: 14, respondents: 14 },
    ]);

    const [units, rounds] = report.tables;
    expect(units!.name).toBe("kesiapan-unit");
    const excluded = (count: number) => `${count} responden dari unit kecil tidak dihitung agar tetap anonim`;
    const hidden = [null, null, null, null, null, null, null, "Tidak ditampilkan: kurang dari 5 responden"];
    expect(units!.rows.map(line)).toEqual([
      // The overall rows leave Kominfo out (2, then 3 respondents), or subtracting the units shown would reveal it.
      ["Semua unit", round1, 10, 2.9, 3.2, 3.3, 3.5, 3.5, "Awareness (kesadaran)", excluded(2)],
      ["Semua unit", round2, 11, 4, r(35 / 11), r(38 / 11), r(42 / 11), r(43 / 11), null, excluded(3)],
      // Dinas Kesehatan rolls up its puskesmas: 3 + 2, then 3 + 3 respondents.
      ["Dinas Kesehatan", round1, 5, 3.4, 2.6, 2.8, 3.2, 3.2, "Desire (keinginan)", null],
      ["Dinas Kesehatan", round2, 6, 4, 2.5, 3, r(22 / 6), 4, "Desire (keinginan)", null],
      ["Dinas Komunikasi dan Informatika", round1, ...hidden],
      ["Dinas Komunikasi dan Informatika", round2, ...hidden],
      ["Dinas Pendidikan dan Kebudayaan", round1, 5, 2.4, 3.8, 3.8, 3.8, 3.8, "Awareness (kesadaran)", null],
      ["Dinas Pendidikan dan Kebudayaan", round2, 5, 4, 4, 4, 4, 3.8, null, null],
    ]);
    expect(units!.rows[0]!.sentAt).toEqual(ROUND_1_SENT);

    expect(rounds!.name).toBe("kesiapan-putaran");
    expect(rounds!.rows.map((row) => [row.round, row.requests, row.submitted, round(row.responseRate)])).toEqual([
      [round1, 17, 12, r(12 / 17)],
      [round2, 17, 14, r(14 / 17)],
    ]);
  });

  it("pools the head of Dinas Kesehatan's two small units, each too small alone", async () => {
    const report = await reportFor(fixture.people.dinkesHead);
    const { round1, round2 } = fixture.rounds;
    expect(report.scope).toBe("Tahun 2026 · Dinas Kesehatan (dan subunit)");
    expect(report.rounds.map((row) => [row.requests, row.submitted])).toEqual([
      [8, 5],
      [8, 6],
    ]);
    const hidden = [null, null, null, null, null, null, null, "Tidak ditampilkan: kurang dari 5 responden"];
    expect(report.tables[0]!.rows.map(line)).toEqual([
      ["Semua unit", round1, 5, 3.4, 2.6, 2.8, 3.2, 3.2, "Desire (keinginan)", null],
      ["Semua unit", round2, 6, 4, 2.5, 3, r(22 / 6), 4, "Desire (keinginan)", null],
      // The head's own unit stands for the people placed directly in it (3 respondents each time).
      ["Dinas Kesehatan", round1, ...hidden],
      ["Dinas Kesehatan", round2, ...hidden],
      ["Puskesmas Muara Tebo", round1, ...hidden],
      ["Puskesmas Muara Tebo", round2, ...hidden],
      ["Unit lain (digabung)", round1, 5, 3.4, 2.6, 2.8, 3.2, 3.2, "Desire (keinginan)", "Gabungan unit dengan responden sedikit"],
      ["Unit lain (digabung)", round2, 6, 4, 2.5, 3, r(22 / 6), 4, "Desire (keinginan)", "Gabungan unit dengan responden sedikit"],
    ]);
  });

  it("keeps to the period: November holds only the first round", async () => {
    const report = await reportFor(fixture.people.admin, period({ from: "2026-11-01", to: "2026-11-30" }));
    expect(report.rounds.map((row) => row.announcementId)).toEqual([fixture.rounds.round1]);
    expect(report.tables[0]!.rows.map((row) => row.unit)).toEqual([
      "Semua unit",
      "Dinas Kesehatan",
      "Dinas Komunikasi dan Informatika",
      "Dinas Pendidikan dan Kebudayaan",
    ]);
    expect((await reportFor(fixture.people.admin, period({ year: 2025 }))).tables[0]!.rows).toEqual([]);
  });

  it("says too few answered when even the whole scope is below the minimum", async () => {
    const report = await reportFor(fixture.people.admin, period({ year: 2026 }, fixture.units.KOMINFO));
    expect(report.tables[0]!.rows.map(line)[0]).toEqual([
      "Semua unit",
      fixture.rounds.round1,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      "Responden belum cukup (minimal 5)",
    ]);
  });

  it("writes headers in English for an English reader", async () => {
    const report = await reportFor(fixture.people.admin, period({ year: 2026 }), "en");
    expect(report.title).toBe("Change readiness (ADKAR)");
    expect(report.tables[0]!.columns.map((column) => column.header)).toEqual([
      "Unit",
      "Sent",
      "Announcement",
      "Respondents",
      "Awareness",
      "Desire",
      "Knowledge",
      "Ability",
      "Reinforcement",
      "Barrier point",
      "Note",
    ]);
    expect(report.tables[0]!.rows[0]!.unit).toBe("All units");
  });

  it("is refused to an ASN and outside a head of OPD's unit", async () => {
    const ask = (viewerId: number, unitId: number | null = null) =>
      readinessTrendReport(deps, { viewerId, filter: period({ year: 2026 }, unitId), language: reportLanguage("id") });
    expect(await ask(fixture.people.asn)).toEqual({ ok: false, code: "not-allowed" });
    expect(await ask(fixture.people.dinkesHead, fixture.units.DISDIK)).toEqual({ ok: false, code: "outside-scope" });
  });
});
