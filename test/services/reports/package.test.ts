import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SYSTEM_VIEWER } from "../../../src/services/reports/access.js";
import { captionLine, CAPTION_LIMIT } from "../../../src/services/reports/captions.js";
import { EFFECTIVENESS_TABLES } from "../../../src/services/reports/effectiveness.js";
import type { ReportFilter } from "../../../src/services/reports/filter.js";
import { JP_COMPLIANCE_TABLES } from "../../../src/services/reports/jp-compliance.js";
import { reportLanguage } from "../../../src/services/reports/language.js";
import { buildReportPackage, type PackageKind, type ReportPackage, type ReportPackageDeps } from "../../../src/services/reports/package.js";
import { PARTNER_TABLES } from "../../../src/services/reports/partners.js";
import { reportFilter } from "../../../src/services/reports/period.js";
import { READINESS_TABLES } from "../../../src/services/reports/readiness.js";
import { REACH_TABLES } from "../../../src/services/reports/reach.js";
import { createTestDb, type TestDb } from "../../kit/db.js";
import { seedPulse } from "../pulse/pulse-fixture.js";
import { seedEffectiveness } from "./effectiveness-fixture.js";
import { pngSize } from "./output/png.js";
import { FIXTURE_TIMEZONE as TZ, seedReportsFixture, type ReportsFixture } from "./reports-fixture.js";

const SETTINGS = { pulseBarrierThreshold: 3, pulseMinGroupSize: 5 };
const id = reportLanguage("id");

function period(input: { year: number } | { from: string; to: string }, unitId: number | null = null): ReportFilter {
  const result = reportFilter(input, { unitId, timezone: TZ });
  if (!result.ok) throw new Error(result.code);
  return result.filter;
}

async function sheetNames(xlsx: Buffer): Promise<string[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(xlsx as unknown as ArrayBuffer);
  return workbook.worksheets.map((sheet) => sheet.name);
}

describe("report packages over the hand-computed district", () => {
  let testDb: TestDb;
  let fx: ReportsFixture;
  let deps: ReportPackageDeps;

  beforeAll(async () => {
    testDb = await createTestDb();
    fx = await seedReportsFixture(testDb.db);
    deps = { ...fx.deps, settings: SETTINGS };
  });
  afterAll(() => testDb.dispose());

  async function build(kind: PackageKind, viewerId: number | typeof SYSTEM_VIEWER, filter = period({ year: 2026 })): Promise<ReportPackage> {
    const outcome = await buildReportPackage(deps, { kind, viewerId, filter, language: id });
    if (!outcome.ok) throw new Error(`refused: ${outcome.code}`);
    return outcome.package;
  }

  it("JP compliance: a chart with the share reaching 20 JP and the lowest unit, the workbook and a CSV per table", async () => {
    const pack = await build("jp-compliance", fx.people.admin);
    expect(pack.fileStem).toBe("kepatuhan-jp-2026");
    expect(pack.charts).toHaveLength(1);
    const [chart] = pack.charts;
    expect(chart!.filename).toBe("kepatuhan-jp-2026.png");
    expect(pngSize(chart!.png).width).toBe(1080);
    // Sekda, the head of health, the staff member and the mover reach 20 JP: 4 of the 11 active people.
    // Both puskesmas Rimbo Bujang and Dinas Pendidikan have nobody at 20 JP; the lower mean goes first.
    expect(chart!.caption).toBe("36% pegawai mencapai 20 JP (4 dari 11); terendah: Puskesmas Rimbo Bujang (0%)");

    expect(pack.xlsx!.filename).toBe("kepatuhan-jp-2026.xlsx");
    expect(await sheetNames(pack.xlsx!.content)).toEqual(["Per unit", "Per pegawai", "7 pegawai paling tertinggal"]);
    expect(pack.csv.map((file) => file.filename)).toEqual(Object.values(JP_COMPLIANCE_TABLES).map((name) => `${name}.csv`));
    expect(pack.csv[0]!.content.toString("utf8")).toContain("Puskesmas Rimbo Bujang");
  });

  it("names the files after a date range and the unit, and the caption covers only the unit's subtree", async () => {
    const pack = await build("jp-compliance", fx.people.admin, period({ from: "2026-01-01", to: "2026-06-30" }, fx.units.dinkes));
    expect(pack.fileStem).toBe("kepatuhan-jp-20260101-20260630-DINKES");
    expect(pack.charts[0]!.filename).toBe("kepatuhan-jp-20260101-20260630-DINKES.png");
    expect(pack.report.scope).toBe("1 Januari 2026 – 30 Juni 2026 · Dinas Kesehatan (dan subunit)");
    expect(pack.charts[0]!.caption).toMatch(/^\d+% pegawai mencapai 10 JP \(\d+ dari 7\); terendah: /);
    expect(pack.csv.map((file) => file.content.toString("utf8")).join("")).not.toContain("Dinas Pendidikan");
  });

  it("the system (the admin CLI) sees the whole district like an admin", async () => {
    const pack = await build("jp-compliance", SYSTEM_VIEWER);
    expect(pack.report.scope).toBe("Tahun 2026 · Seluruh kabupaten");
    expect(pack.charts[0]!.caption).toContain("(4 dari 11)");
  });

  it("a supervisor gets the JP report of their reporting line only; other reports are refused", async () => {
    const pack = await build("jp-compliance", fx.people.kapus);
    expect(pack.report.scope).toBe("Tahun 2026 · Tim dr. Lina Marlina");
    const people = pack.report.tables.find((table) => table.name === JP_COMPLIANCE_TABLES.employees)!.rows.map((row) => row.name);
    expect(people.sort()).toEqual(["Nur Aisyah", "Putri Ayu"]);
    for (const kind of ["effectiveness", "reach-readiness", "partners"] as const) {
      const outcome = await buildReportPackage(deps, { kind, viewerId: fx.people.kapus, filter: period({ year: 2026 }), language: id });
      expect(outcome).toEqual({ ok: false, code: "not-allowed" });
    }
  });

  it("a plain ASN gets a refusal and nothing is drawn", async () => {
    const outcome = await buildReportPackage(deps, { kind: "jp-compliance", viewerId: fx.people.nurse, filter: period({ year: 2026 }), language: id });
    expect(outcome).toEqual({ ok: false, code: "not-allowed" });
  });

  it("a leader scoped to a unit gets their subtree, named so, and is refused another unit", async () => {
    const own = await build("jp-compliance", fx.people.kadisdik);
    expect(own.report.scope).toBe("Tahun 2026 · Dinas Pendidikan (dan subunit)");
    expect(own.xlsx!.filename).toBe("kepatuhan-jp-2026-DISDIK.xlsx");
    const outcome = await buildReportPackage(deps, {
      kind: "partners",
      viewerId: fx.people.kadisdik,
      filter: period({ year: 2026 }, fx.units.dinkes),
      language: id,
    });
    expect(outcome).toEqual({ ok: false, code: "outside-scope" });
  });

  it("partners: participants per partner as bars, captioned with the totals and the top partner", async () => {
    const pack = await build("partners", fx.people.sekda);
    expect(pack.charts.map((chart) => chart.filename)).toEqual(["partisipasi-mitra-2026.png"]);
    pngSize(pack.charts[0]!.png);
    // UNJA 7 participants and 48 JP; the foundation 2 and 8; UNJA-2026-01 alone has enough L1 answers.
    expect(pack.charts[0]!.caption).toBe("2 mitra, 4 kegiatan, 9 peserta, 56 JP; terbanyak: Universitas Jambi (7 peserta); rerata L1 4,2");
    expect(await sheetNames(pack.xlsx!.content)).toEqual(["Per mitra", "Per kegiatan mitra"]);
    expect(pack.csv.map((file) => file.filename)).toEqual(Object.values(PARTNER_TABLES).map((name) => `${name}.csv`));
  });

  it("effectiveness: the L1/L3 chart; means of too few anonymous answers are not the best", async () => {
    const pack = await build("effectiveness", fx.people.admin);
    expect(pack.charts.map((chart) => chart.filename)).toEqual(["efektivitas-l1-l3-2026.png"]);
    // Only UNJA-2026-01 has enough anonymous L1 answers for a mean: no "highest" of one.
    expect(pack.charts[0]!.caption).toBe("Rerata L1 4,2 dari 5 di 5 kegiatan");
    expect(pack.csv.map((file) => file.filename)).toEqual(Object.values(EFFECTIVENESS_TABLES).map((name) => `${name}.csv`));
  });

  it("only the outputs asked for are made", async () => {
    const outcome = await buildReportPackage(deps, {
      kind: "jp-compliance",
      viewerId: fx.people.admin,
      filter: period({ year: 2026 }),
      language: id,
      outputs: { charts: false, xlsx: false },
    });
    if (!outcome.ok) throw new Error(outcome.code);
    expect(outcome.package.charts).toEqual([]);
    expect(outcome.package.xlsx).toBeNull();
    expect(outcome.package.csv).toHaveLength(3);
  });

  it("says in English what a period without data shows", async () => {
    const outcome = await buildReportPackage(deps, {
      kind: "reach-readiness",
      viewerId: fx.people.admin,
      filter: period({ year: 2024 }),
      language: reportLanguage("en"),
    });
    if (!outcome.ok) throw new Error(outcome.code);
    expect(outcome.package.charts.map((chart) => chart.caption)).toEqual([
      "No announcements were sent in this period.",
      "No readiness survey in this period.",
    ]);
    for (const chart of outcome.package.charts) expect(pngSize(chart.png).width).toBe(1080);
  });
});

describe("reach and readiness as one package", () => {
  let testDb: TestDb;
  let deps: ReportPackageDeps;
  let fixture: Awaited<ReturnType<typeof seedPulse>>;

  beforeAll(async () => {
    testDb = await createTestDb();
    fixture = await seedPulse(testDb.db);
    deps = { db: testDb.db, clock: fixture.clock, timezone: TZ, settings: SETTINGS };
    // Round 2's announcement reached four of the health office's people; two of them acknowledged.
    const round2 = fixture.rounds.round2;
    await testDb.db.announcement.update({ where: { id: round2 }, data: { needsAck: true } });
    for (const [index, employeeId] of fixture.staff.DINKES.entries()) {
      await testDb.db.delivery.create({
        data: {
          dedupeKey: `ann:${round2}:${employeeId}`,
          employeeId,
          platform: "TELEGRAM",
          chatId: String(1000 + index),
          payload: "{}",
          priority: 2,
          status: index === 3 ? "FAILED" : "SENT",
          notBefore: new Date("2026-12-01T02:00:00Z"),
          nextAttemptAt: new Date("2026-12-01T02:00:00Z"),
          ackAt: index < 2 ? new Date("2026-12-01T05:00:00Z") : null,
          announcementId: round2,
        },
      });
    }
  });
  afterAll(() => testDb.dispose());

  it("gives the reach chart and the ADKAR chart of the latest round, and one workbook with all four tables", async () => {
    const outcome = await buildReportPackage(deps, {
      kind: "reach-readiness",
      viewerId: fixture.people.bupati,
      filter: period({ year: 2026 }),
      language: id,
    });
    if (!outcome.ok) throw new Error(outcome.code);
    const pack = outcome.package;
    expect(pack.report.title).toBe("Jangkauan pengumuman dan kesiapan perubahan");
    expect(pack.charts.map((chart) => chart.filename)).toEqual(["jangkauan-2026.png", "kesiapan-adkar-2026.png"]);
    expect(pack.charts[0]!.caption).toBe("75% pesan terkirim, 67% dikonfirmasi (1 pengumuman); terendah: Dinas Kesehatan (75% terkirim)");
    // Round 2: Dinas Kesehatan (barrier Desire) and Dinas Pendidikan are shown; Kominfo has too few.
    expect(pack.charts[1]!.caption).toBe(
      "Survei kesiapan terakhir 1 Desember 2026: 2 unit ditampilkan, 1 dengan titik hambatan; Desire (keinginan): Dinas Kesehatan",
    );
    expect(pack.xlsx!.filename).toBe("jangkauan-kesiapan-2026.xlsx");
    expect(await sheetNames(pack.xlsx!.content)).toHaveLength(4);
    expect(pack.csv.map((file) => file.filename)).toEqual(
      [...Object.values(REACH_TABLES), ...Object.values(READINESS_TABLES)].map((name) => `${name}.csv`),
    );
  });

  it("a leader of one unit gets the readiness of that unit's subtree only", async () => {
    const outcome = await buildReportPackage(deps, {
      kind: "readiness",
      viewerId: fixture.people.dinkesHead,
      filter: period({ year: 2026 }),
      language: id,
    });
    if (!outcome.ok) throw new Error(outcome.code);
    expect(outcome.package.report.scope).toBe("Tahun 2026 · Dinas Kesehatan (dan subunit)");
    expect(outcome.package.charts[0]!.caption).not.toContain("Pendidikan");
  });
});

describe("the effectiveness chart over a richer evaluation history", () => {
  let testDb: TestDb;
  let fx: Awaited<ReturnType<typeof seedEffectiveness>>;

  beforeAll(async () => {
    testDb = await createTestDb();
    fx = await seedEffectiveness(testDb.db);
  });
  afterAll(() => testDb.dispose());

  it("names the best L1 and the largest gap between supervisors and participants", async () => {
    const outcome = await buildReportPackage(
      { ...fx.deps, settings: SETTINGS },
      { kind: "effectiveness", viewerId: fx.people.admin, filter: period({ year: 2026 }), language: id },
    );
    if (!outcome.ok) throw new Error(outcome.code);
    // 58 L1 answers summing to 197 over four activities; PLT-PIMPIN 4.5; PLT-DATA self 4.5, supervisor 2.75.
    expect(outcome.package.charts[0]!.caption).toBe(
      "Rerata L1 3,4 dari 5 di 4 kegiatan; tertinggi: Kegiatan PLT-PIMPIN (4,5); selisih L3 terbesar: Kegiatan PLT-DATA (atasan 2,8, diri 4,5)",
    );
  });

  it("shows at most fifteen activities, those with the most participants, and says so", async () => {
    const l1 = await testDb.db.questionnaire.findFirstOrThrow({ where: { code: "L1-REAKSI", version: 1 }, include: { questions: true } });
    const likert = l1.questions.find((question) => question.kind === "LIKERT")!;
    for (let n = 1; n <= 14; n += 1) {
      const activity = await testDb.db.activity.create({
        data: {
          code: `EXTRA-${n}`,
          title: `Kegiatan tambahan ${n}`,
          kind: "SEMINAR",
          competencyType: "TEKNIS",
          jp: 2,
          status: "COMPLETED",
          startsAt: new Date("2026-10-01T01:00:00Z"),
          endsAt: new Date("2026-10-01T09:00:00Z"),
        },
      });
      await testDb.db.response.create({
        data: {
          questionnaireId: l1.id,
          activityId: activity.id,
          respondentId: fx.people.guru,
          answers: { create: [{ questionId: likert.id, numericValue: 4 }] },
        },
      });
    }
    const outcome = await buildReportPackage(
      { ...fx.deps, settings: SETTINGS },
      { kind: "effectiveness", viewerId: fx.people.admin, filter: period({ year: 2026 }), language: id },
    );
    if (!outcome.ok) throw new Error(outcome.code);
    expect(outcome.package.charts[0]!.caption).toContain("; grafik: 15 kegiatan dengan peserta terbanyak dari 18");
  });
});

describe("captions", () => {
  it("stay on one line within Telegram's caption limit", () => {
    const long = captionLine(["a\nb", null, "x".repeat(2000)]);
    expect(long).not.toContain("\n");
    expect(long.startsWith("a b; xxx")).toBe(true);
    expect(long.length).toBe(CAPTION_LIMIT);
    expect(long.endsWith("…")).toBe(true);
  });
});
