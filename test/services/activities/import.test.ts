import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ManualClock } from "../../../src/clock.js";
import type { ServiceDeps } from "../../../src/services/deps.js";
import { ACTIVITY_CSV_COLUMNS, type ActivityCsvColumn } from "../../../src/services/activities/activity-csv.js";
import { renderCsvTable } from "../../../src/services/csv/table.js";
import {
  importActivities,
  type ActivityImportOptions,
  type ActivityImportResult,
} from "../../../src/services/activities/import.js";
import { cancelActivity } from "../../../src/services/activities/lifecycle.js";
import { importPartners } from "../../../src/services/activities/partners.js";
import { createRecipients } from "../../kit/recipients.js";
import { createTestDb, type TestDb } from "../../kit/db.js";

const EXAMPLES = resolve(import.meta.dirname, "../../../docs/examples");
const example = (name: string) => readFileSync(resolve(EXAMPLES, name), "utf8");
const EXAMPLE_CSV = example("activities.csv");
const EXAMPLE_YAML = example("activities.yaml");

const TIMEZONE = "Asia/Jakarta";

type Row = Partial<Record<ActivityCsvColumn, string>>;

/** A valid row; overrides change single cells. */
function row(code: string, overrides: Row = {}): Row {
  return {
    code,
    title: `Kegiatan ${code}`,
    kind: "pelatihan",
    competency_type: "teknis",
    jp: "8",
    starts_at: "2026-12-14 08:00",
    ends_at: "2026-12-14 16:00",
    ...overrides,
  };
}

function csv(rows: Row[], columns: readonly ActivityCsvColumn[] = ACTIVITY_CSV_COLUMNS): string {
  return renderCsvTable(
    columns,
    rows.map((r) => Object.fromEntries(columns.map((column) => [column, r[column] ?? ""])) as Record<ActivityCsvColumn, string>),
  );
}

/** [line, code] pairs, the part of an issue a user sees first. */
const codes = (result: ActivityImportResult) => result.errors.map((issue) => [issue.line, issue.code]);

let testDb: TestDb;
let clock: ManualClock;
let deps: ServiceDeps;

function run(text: string, options: Partial<ActivityImportOptions> = {}): Promise<ActivityImportResult> {
  return importActivities(deps, text, { format: "csv", timezone: TIMEZONE, actorLabel: "test", ...options });
}

async function snapshotDb() {
  return {
    activities: await testDb.db.activity.findMany({ orderBy: { id: "asc" } }),
    audience: await testDb.db.activityAudience.findMany({ orderBy: { id: "asc" } }),
    speakers: await testDb.db.activitySpeaker.findMany({ orderBy: { id: "asc" } }),
  };
}

beforeEach(async () => {
  testDb = await createTestDb();
  clock = new ManualClock("2026-11-01T03:00:00Z");
  deps = { db: testDb.db, clock };
  await testDb.db.unit.createMany({
    data: [
      { code: "BKPSDM", name: "Badan Kepegawaian dan Pengembangan SDM" },
      { code: "DISDUKCAPIL", name: "Dinas Kependudukan dan Pencatatan Sipil" },
    ],
  });
  const partners = await importPartners(deps, example("partners.csv"), { actorLabel: "test" });
  expect(partners.errors).toEqual([]);
  await testDb.db.auditLog.deleteMany();
});

afterEach(async () => {
  await testDb.dispose();
});

describe("importActivities: the example files", () => {
  it("imports the CSV example with dates in WIB, partners, audience, speakers and statuses", async () => {
    let next = 0;
    const result = await run(EXAMPLE_CSV, { randomIndex: (size) => next++ % size });

    expect(result.errors).toEqual([]);
    expect(result.warnings).toEqual([]);
    expect(result.ok).toBe(true);
    expect(result.items).toBe(6);
    expect(result.summary).toEqual({
      created: 6,
      updated: 0,
      unchanged: 0,
      published: ["EXCEL-2026", "PERUBAHAN-2026", "COACHING-SKP-2026", "ETIKA-ASN-2026"],
      scheduleChanged: [],
    });

    const excel = await testDb.db.activity.findUniqueOrThrow({
      where: { code: "EXCEL-2026" },
      include: { partner: true, speakers: { orderBy: { position: "asc" } }, audience: true },
    });
    expect(excel).toMatchObject({
      title: "Pelatihan Analisis Data dengan Excel",
      kind: "TRAINING",
      competencyType: "TEKNIS",
      jp: 16,
      venue: "Aula BKPSDM Kabupaten Tebo, Muara Tebo",
      onlineUrl: null,
      capacity: 30,
      needsSupervisorApproval: false,
      status: "PUBLISHED",
      // Generated on publishing; the pinned random source walks the alphabet from its start.
      attendanceCode: "TBO-2345",
    });
    expect(excel.startsAt.toISOString()).toBe("2026-12-14T01:00:00.000Z");
    expect(excel.endsAt.toISOString()).toBe("2026-12-15T09:00:00.000Z");
    expect(excel.registrationOpensAt?.toISOString()).toBe("2026-11-23T01:00:00.000Z");
    expect(excel.registrationClosesAt?.toISOString()).toBe("2026-12-10T09:00:00.000Z");
    expect(excel.partner?.name).toBe("Universitas Contoh Jambi (fiktif)");
    expect(excel.audience).toEqual([]);
    expect(excel.speakers.map((s) => [s.name, s.institution, s.role, s.position])).toEqual([
      ["Dr. Rina Kartika, M.Kom.", "Universitas Contoh Jambi (fiktif)", "NARASUMBER", 0],
      ["Yoga Pratama, S.Kom.", "Dinas Komunikasi dan Informatika", "FASILITATOR", 1],
    ]);
    expect(excel.createdAt.toISOString()).toBe("2026-11-01T03:00:00.000Z");

    const magang = await testDb.db.activity.findUniqueOrThrow({ where: { code: "MAGANG-ARSIP-2027" }, include: { audience: true } });
    expect(magang).toMatchObject({ kind: "INTERNSHIP", status: "DRAFT", attendanceCode: null, needsSupervisorApproval: true, capacity: 5 });
    expect(magang.audience.filter((a) => a.kind === "POSITION_TYPE").map((a) => a.value).sort()).toEqual(["FUNGSIONAL", "PELAKSANA"]);
    expect(magang.audience.filter((a) => a.kind === "GRADE")).toHaveLength(10);

    const unitOnly = await testDb.db.activity.findUniqueOrThrow({ where: { code: "PELAYANAN-2027" }, include: { audience: true } });
    expect(unitOnly.audience.map((a) => [a.kind, a.value])).toEqual([["UNIT", "DISDUKCAPIL"]]);

    const seminar = await testDb.db.activity.findUniqueOrThrow({ where: { code: "PERUBAHAN-2026" } });
    expect(seminar).toMatchObject({ competencyType: "MANAJERIAL", capacity: null, attendanceCode: "TBO-RUBAH", partnerId: null });
    const etika = await testDb.db.activity.findUniqueOrThrow({ where: { code: "ETIKA-ASN-2026" } });
    expect(etika).toMatchObject({ kind: "E_LEARNING", competencyType: "SOSIAL_KULTURAL", venue: null });
    expect(etika.onlineUrl).toBe("https://elearning.contoh.example/etika-asn");

    const audits = await testDb.db.auditLog.findMany();
    expect(audits).toHaveLength(1);
    expect(audits[0]).toMatchObject({ action: "activity.import", actorLabel: "test", targetType: "activity" });
    expect(JSON.parse(audits[0]!.details!).summary).toEqual(result.summary);
  });

  it("imports the YAML example to the same activities as the CSV example", async () => {
    const yaml = await run(EXAMPLE_YAML, { format: "yaml" });
    expect(yaml.errors).toEqual([]);
    expect(yaml.summary.created).toBe(6);
    const before = await snapshotDb();

    clock.advance(86_400_000);
    const fromCsv = await run(EXAMPLE_CSV);

    expect(fromCsv.errors).toEqual([]);
    expect(fromCsv.summary).toEqual({ created: 0, updated: 0, unchanged: 6, published: [], scheduleChanged: [] });
    expect(await snapshotDb()).toEqual(before);
  });

  it("changes nothing when the same file is imported again, but audits each import", async () => {
    await run(EXAMPLE_CSV);
    const before = await snapshotDb();
    clock.advance(86_400_000);

    const again = await run(EXAMPLE_CSV);

    expect(again.summary).toEqual({ created: 0, updated: 0, unchanged: 6, published: [], scheduleChanged: [] });
    expect(await snapshotDb()).toEqual(before);
    expect(await testDb.db.auditLog.count()).toBe(2);
  });

  it("dry-runs: the same summary, nothing written, no audit", async () => {
    const result = await run(EXAMPLE_YAML, { format: "yaml", dryRun: true });

    expect(result.ok).toBe(true);
    expect(result.dryRun).toBe(true);
    expect(result.summary.created).toBe(6);
    expect(result.summary.published).toHaveLength(4);
    expect(await testDb.db.activity.count()).toBe(0);
    expect(await testDb.db.auditLog.count()).toBe(0);
  });
});

describe("importActivities: updates", () => {
  it("notes a moved schedule of a published activity and updates only what changed", async () => {
    await run(csv([row("A-1", { status: "published" }), row("A-2")]));
    const untouched = await testDb.db.activity.findUniqueOrThrow({ where: { code: "A-2" } });
    clock.set("2026-11-05T00:00:00Z");

    const result = await run(
      csv([row("A-1", { starts_at: "2026-12-15 08:00", ends_at: "2026-12-15 16:00", status: "published" }), row("A-2")]),
    );

    expect(result.summary).toEqual({ created: 0, updated: 1, unchanged: 1, published: [], scheduleChanged: ["A-1"] });
    const moved = await testDb.db.activity.findUniqueOrThrow({ where: { code: "A-1" } });
    expect(moved.startsAt.toISOString()).toBe("2026-12-15T01:00:00.000Z");
    expect(moved.updatedAt.toISOString()).toBe("2026-11-05T00:00:00.000Z");
    expect(await testDb.db.activity.findUniqueOrThrow({ where: { code: "A-2" } })).toEqual(untouched);
  });

  it("publishes a draft when the file says published, and never unpublishes", async () => {
    await run(csv([row("A-1"), row("A-2", { status: "published", attendance_code: "TBO-DUA" })]));
    expect((await testDb.db.activity.findUniqueOrThrow({ where: { code: "A-1" } })).status).toBe("DRAFT");

    const result = await run(csv([row("A-1", { status: "published" }), row("A-2", { status: "draft", attendance_code: "TBO-DUA" })]), {
      randomIndex: () => 1,
    });

    expect(result.summary).toMatchObject({ updated: 1, unchanged: 1, published: ["A-1"] });
    expect(await testDb.db.activity.findUniqueOrThrow({ where: { code: "A-1" } })).toMatchObject({
      status: "PUBLISHED",
      attendanceCode: "TBO-3333",
    });
    expect((await testDb.db.activity.findUniqueOrThrow({ where: { code: "A-2" } })).status).toBe("PUBLISHED");
  });

  it("keeps stored values for columns the file leaves out, and clears them for empty cells", async () => {
    await run(csv([row("A-1", { speakers: "Budi (BKPSDM)", capacity: "20", audience_units: "BKPSDM", venue: "Aula" })]));
    const narrow = csv([row("A-1", { title: "Judul baru" })], ["code", "title", "kind", "competency_type", "jp", "starts_at", "ends_at"]);

    const result = await run(narrow);

    expect(result.summary.updated).toBe(1);
    const kept = await testDb.db.activity.findUniqueOrThrow({ where: { code: "A-1" }, include: { speakers: true, audience: true } });
    expect(kept).toMatchObject({ title: "Judul baru", capacity: 20, venue: "Aula" });
    expect(kept.speakers.map((s) => s.name)).toEqual(["Budi"]);
    expect(kept.audience.map((a) => a.value)).toEqual(["BKPSDM"]);

    await run(csv([row("A-1", { title: "Judul baru" })]));
    const cleared = await testDb.db.activity.findUniqueOrThrow({ where: { code: "A-1" }, include: { speakers: true, audience: true } });
    expect(cleared).toMatchObject({ capacity: null, venue: null });
    expect(cleared.speakers).toEqual([]);
    expect(cleared.audience).toEqual([]);
  });

  it("warns when the capacity drops below the seats taken, and still imports", async () => {
    await run(csv([row("A-1", { capacity: "5", status: "published" })]));
    const activity = await testDb.db.activity.findUniqueOrThrow({ where: { code: "A-1" } });
    for (const recipient of await createRecipients(testDb.db, 3)) {
      await testDb.db.registration.create({ data: { activityId: activity.id, employeeId: recipient.employeeId, status: "REGISTERED" } });
    }

    const result = await run(csv([row("A-1", { capacity: "2", status: "published" })]));

    expect(result.ok).toBe(true);
    expect(result.warnings).toEqual([
      { line: 2, code: "capacity-below-registered", params: { code: "A-1", capacity: 2, registered: 3 } },
    ]);
    expect((await testDb.db.activity.findUniqueOrThrow({ where: { code: "A-1" } })).capacity).toBe(2);
  });

  it("refuses to change a cancelled activity but accepts it unchanged", async () => {
    const file = csv([row("A-1", { status: "published" })]);
    await run(file);
    await cancelActivity(deps, { code: "A-1", actorLabel: "test" }, async () => {});

    expect((await run(file)).summary.unchanged).toBe(1);
    const changed = await run(csv([row("A-1", { title: "Ganti judul" })]));
    expect(codes(changed)).toEqual([[2, "activity-closed"]]);
    expect(changed.errors[0]!.params).toEqual({ code: "A-1", status: "CANCELLED" });
  });
});

describe("importActivities: errors", () => {
  it("reports every bad CSV row with its line and writes nothing", async () => {
    const file = csv([
      row("OK-1"), // line 2
      row("E-3", { kind: "kursus" }),
      row("E-4", { jp: "0" }),
      row("E-5", { jp: "2.5" }),
      row("E-6", { starts_at: "2026-12-14 16:00", ends_at: "2026-12-14 08:00" }),
      row("E-7", { registration_closes_at: "2026-12-14 09:00" }),
      row("E-8", { registration_opens_at: "2026-12-10 08:00", registration_closes_at: "2026-12-01 08:00" }),
      row("E-9", { partner: "Universitas Tidak Ada" }),
      row("E-10", { audience_units: "BKPSDM|DINAS-X" }),
      row("E-11", { audience_grades: "III/a|III/f" }),
      row("E-12", { capacity: "-5" }),
      row("E-13", { online_url: "zoom meeting" }),
      row("OK-1", { title: "Lagi" }),
      row("E-15", { competency_type: "umum" }),
      row("E-16", { starts_at: "14-12-2026" }),
      row("E-17", { needs_supervisor_approval: "mungkin" }),
      row("E-18", { status: "cancelled" }),
      row("E 19"),
      row("E-20", { audience_position_types: "honorer" }),
      row("E-21", { speakers: "Budi (BKPSDM) [moderator]" }),
      row("E-22", { attendance_code: "X" }),
      row("E-23", { title: "" }),
      row("E-24", { registration_opens_at: "2026-12-15 08:00" }),
      row("E-25", { speakers: "Budi (BKPSDM; Ani" }),
      row("E-26", { starts_at: "2026-02-30 08:00" }),
    ]);

    const result = await run(file);

    expect(result.ok).toBe(false);
    expect(codes(result)).toEqual([
      [3, "kind"],
      [4, "jp"],
      [5, "jp"],
      [6, "ends-before-start"],
      [7, "registration-closes-after-start"],
      [8, "registration-window-order"],
      [9, "partner-unknown"],
      [10, "audience-unit-unknown"],
      [11, "audience-grade"],
      [12, "capacity"],
      [13, "url"],
      [14, "duplicate-code"],
      [15, "competency-type"],
      [16, "date-time"],
      [17, "boolean"],
      [18, "status"],
      [19, "code"],
      [20, "audience-position-type"],
      [21, "speaker-role"],
      [22, "attendance-code"],
      [23, "required"],
      [24, "registration-opens-after-start"],
      [25, "speaker"],
      [26, "date-time"],
    ]);
    expect(result.errors.find((issue) => issue.line === 14)!.params).toEqual({ code: "OK-1", firstLine: 2 });
    expect(result.errors.find((issue) => issue.line === 10)!.params).toEqual({ unit: "DINAS-X" });
    expect(result.errors.find((issue) => issue.line === 6)!.params).toEqual({
      startsAt: "2026-12-14 16:00",
      endsAt: "2026-12-14 08:00",
    });
    expect(result.summary).toEqual({ created: 0, updated: 0, unchanged: 0, published: [], scheduleChanged: [] });
    expect(await testDb.db.activity.count()).toBe(0);
    expect(await testDb.db.auditLog.count()).toBe(0);
  });

  it("leaves the database untouched when a file with one bad row fails", async () => {
    await run(EXAMPLE_CSV);
    const before = await snapshotDb();
    const edited = EXAMPLE_CSV.replace("Pelatihan Analisis Data dengan Excel", "Judul Baru").replace(",16,", ",nol,");

    const result = await run(edited);

    expect(codes(result)).toEqual([[2, "jp"]]);
    expect(await snapshotDb()).toEqual(before);
    expect(await testDb.db.auditLog.count()).toBe(1);
  });

  it("reports attendance codes used twice in the file or by another activity", async () => {
    await run(csv([row("A-1", { attendance_code: "TBO-SATU" })]));

    const result = await run(
      csv([row("A-2", { attendance_code: "tbo-satu" }), row("A-3", { attendance_code: "TBO-TIGA" }), row("A-4", { attendance_code: "TBO-TIGA" })]),
    );

    expect(codes(result)).toEqual([
      [2, "attendance-code-taken"],
      [4, "duplicate-attendance-code"],
    ]);
    expect(result.errors[0]!.params).toEqual({ attendanceCode: "TBO-SATU", otherCode: "A-1" });
  });

  it("reports file-level CSV problems", async () => {
    expect(codes(await run(""))).toEqual([[1, "file-empty"]]);
    expect(codes(await run("code,title,kind\n"))).toEqual([
      [1, "missing-column"],
      [1, "missing-column"],
      [1, "missing-column"],
      [1, "missing-column"],
    ]);
    expect(codes(await run(csv([])))).toEqual([[2, "file-empty"]]);
    const broken = `${csv([row("A-1")])}A-2,"tidak ditutup,pelatihan\n`;
    expect(codes(await run(broken))).toEqual([[3, "csv-syntax"]]);
  });

  it("accepts semicolons, a BOM, Indonesian aliases and ISO times with an offset", async () => {
    const text = `\uFEFF${[
      "code;title;kind;competency_type;jp;starts_at;ends_at;needs_supervisor_approval;capacity",
      "s-1;Magang;Magang;Sosial Kultural;40;2026-12-14T08:00:00+07:00;18/12/2026 16.00;YA;",
    ].join("\r\n")}\r\n`;

    const result = await run(text);

    expect(result.errors).toEqual([]);
    const stored = await testDb.db.activity.findUniqueOrThrow({ where: { code: "S-1" } });
    expect(stored).toMatchObject({ kind: "INTERNSHIP", competencyType: "SOSIAL_KULTURAL", needsSupervisorApproval: true, capacity: null });
    expect(stored.startsAt.toISOString()).toBe("2026-12-14T01:00:00.000Z");
    expect(stored.endsAt.toISOString()).toBe("2026-12-18T09:00:00.000Z");
  });
});

describe("importActivities: YAML", () => {
  const yaml = (body: string) => run(body, { format: "yaml" });

  it("names the item's position for problems, and the file for syntax", async () => {
    const result = await yaml(
      [
        "activities:",
        "  - code: Y-1",
        "    title: Baik",
        "    kind: seminar",
        "    competency_type: manajerial",
        "    jp: 2",
        "    starts_at: 2026-12-14 08:00",
        "    ends_at: 2026-12-14 10:00",
        "  - code: Y-2",
        "    title: Salah",
        "    kind: kursus",
        "    competency_type: teknis",
        "    jp: 2",
        "    start_at: 2026-12-14 08:00",
        "    ends_at: 2026-12-14 10:00",
        "    audience:",
        "      units: BKPSDM",
        "      unit: X",
        "  - just text",
        "  - code: Y-1",
        "    title: [a, b]",
        "    kind: seminar",
        "    competency_type: teknis",
        "    jp: 2",
        "    starts_at: 2026-12-14 08:00",
        "    ends_at: 2026-12-14 10:00",
        "    speakers:",
        "      - name: Rina",
        "        role: moderator",
      ].join("\n"),
    );

    expect(codes(result)).toEqual([
      [2, "unknown-field"],
      [2, "unknown-field"],
      [2, "kind"],
      [2, "required"],
      [3, "item-shape"],
      [4, "field-type"],
      [4, "required"],
      [4, "speaker-role"],
      [4, "duplicate-code"],
    ]);
    expect(result.errors[0]!.params).toEqual({ field: "start_at" });
    expect(result.errors[1]!.params).toEqual({ field: "audience.unit" });
    expect(result.errors.find((issue) => issue.code === "duplicate-code")!.params).toEqual({ code: "Y-1", firstLine: 1 });
    expect(await testDb.db.activity.count()).toBe(0);
  });

  it("reports broken YAML and a file without an activity list", async () => {
    const broken = await yaml("activities:\n  - code: A\n   title: [x\n");
    expect(codes(broken)).toEqual([[0, "yaml-syntax"]]);
    expect(broken.errors[0]!.params.sourceLine).toBe(3);
    expect(codes(await yaml("kegiatan:\n  - code: A\n"))).toEqual([[0, "yaml-shape"]]);
    expect(codes(await yaml(""))).toEqual([[0, "file-empty"]]);
    expect(codes(await yaml("activities: []\n"))).toEqual([[0, "file-empty"]]);
  });

  it("accepts a bare list, speakers as text and audience lists as text", async () => {
    const result = await yaml(
      [
        "- code: y-9",
        "  title: Daftar polos",
        "  kind: e_learning",
        "  competency_type: teknis",
        "  jp: 3",
        "  starts_at: 2026-12-14 08:00",
        "  ends_at: 2026-12-14 10:00",
        "  needs_supervisor_approval: true",
        '  speakers: "Rina (Universitas Contoh Jambi (fiktif)) [fasilitator]; Budi"',
        "  audience:",
        "    grades: III/a | IX",
      ].join("\n"),
    );

    expect(result.errors).toEqual([]);
    const stored = await testDb.db.activity.findUniqueOrThrow({
      where: { code: "Y-9" },
      include: { speakers: { orderBy: { position: "asc" } }, audience: true },
    });
    expect(stored.needsSupervisorApproval).toBe(true);
    expect(stored.speakers.map((s) => [s.name, s.institution, s.role])).toEqual([
      ["Rina", "Universitas Contoh Jambi (fiktif)", "FASILITATOR"],
      ["Budi", null, "NARASUMBER"],
    ]);
    expect(stored.audience.map((a) => [a.kind, a.value])).toEqual([
      ["GRADE", "III/a"],
      ["GRADE", "IX"],
    ]);
  });
});
