import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ManualClock } from "../../src/clock.js";
import type { Db } from "../../src/db/client.js";
import { createDueEvaluationRequests } from "../../src/services/evaluations/assignment.js";
import { DEFAULT_QUESTIONNAIRES } from "../../src/services/evaluations/question-options.js";
import { createActivity } from "../kit/activity-fixture.js";
import { runCli } from "../kit/cli.js";
import { createTestDb, type TestDb } from "../kit/db.js";
import { seedRoster } from "../kit/roster-fixture.js";
import { createQuestionnaire } from "../services/evaluations/questionnaire-fixture.js";

let testDb: TestDb;
let db: Db;

// Fixed dates far from today, so the output does not depend on when the tests run.
const FUTURE_END = new Date("2030-03-04T09:00:00Z"); // Monday 4 March 2030, 16:00 WIB
const PAST_END = new Date("2020-03-02T09:00:00Z");

beforeAll(async () => {
  testDb = await createTestDb();
  db = testDb.db;
  const ids = await seedRoster(db);
  await createQuestionnaire(db, { code: DEFAULT_QUESTIONNAIRES.reaction });
  await createQuestionnaire(db, { code: DEFAULT_QUESTIONNAIRES.behaviourSelf });
  await createQuestionnaire(db, { code: DEFAULT_QUESTIONNAIRES.behaviourSupervisor, respondentRole: "SUPERVISOR" });
  await createQuestionnaire(db, { code: "KHUSUS" });
  const future = { startsAt: new Date("2030-03-04T01:00:00Z"), endsAt: FUTURE_END };
  await createActivity(db, { code: "ARSIP-2030", title: "Pelatihan Arsip Digital", ...future });
  await createActivity(db, { code: "SEMINAR-2030", title: "Seminar Pelayanan Publik", ...future });
  await createActivity(db, { code: "BATAL-2030", title: "Pelatihan Batal", status: "CANCELLED", ...future });
  const past = await createActivity(db, {
    code: "LAMA-2020",
    title: "Pelatihan Lama",
    status: "COMPLETED",
    startsAt: new Date("2020-03-02T01:00:00Z"),
    endsAt: PAST_END,
  });
  await db.registration.create({ data: { activityId: past.id, employeeId: ids.staff, status: "COMPLETED", completedAt: PAST_END } });
  await createDueEvaluationRequests(
    { db, clock: new ManualClock(PAST_END), settings: { l3DelayDays: 60, dueDays: 14 } },
    { now: PAST_END },
  );
});

afterAll(() => testDb.dispose());

const cli = (...args: string[]) => runCli(testDb.url, ...args);
const lines = (text: string) => text.trim().split("\n");

describe("cli evaluation rules", () => {
  it("shows the default plan of an activity, with dates", async () => {
    const run = await cli("evaluation", "rules", "arsip-2030");
    expect(run.code).toBe(0);
    expect(lines(run.stdout)).toEqual([
      "Aturan evaluasi ARSIP-2030 · Pelatihan Arsip Digital (selesai Senin, 4 Maret 2030 pukul 16.00 WIB)",
      "Memakai aturan bawaan.",
      "- L1-REAKSI v1 · Kuesioner L1-REAKSI v1 · untuk peserta · dikirim saat kegiatan selesai · diisi dalam 14 hari",
      "- L3-DIRI v1 · Kuesioner L3-DIRI v1 · untuk peserta · dikirim 60 hari setelah selesai (Jumat, 3 Mei 2030) · diisi dalam 14 hari",
      "- L3-ATASAN v1 · Kuesioner L3-ATASAN v1 · untuk atasan langsung peserta · dikirim 60 hari setelah selesai (Jumat, 3 Mei 2030) · diisi dalam 14 hari",
    ]);
  });

  it("changes one rule, removes another and returns to the defaults", async () => {
    const set = await cli("evaluation", "rule", "set", "ARSIP-2030", "L3-ATASAN", "--respondent", "atasan", "--days-after-end", "90", "--due-days", "21");
    expect(set.code).toBe(0);
    expect(lines(set.stdout)).toEqual([
      "Aturan diubah: L3-ATASAN untuk atasan langsung peserta, dikirim 90 hari setelah selesai (Minggu, 2 Juni 2030), diisi dalam 21 hari.",
      'Kegiatan ini sebelumnya memakai aturan bawaan: aturan bawaan disalin menjadi aturan kegiatan ini lalu diubah. Pakai "evaluation rule reset ARSIP-2030" untuk kembali ke aturan bawaan.',
      "",
      "Aturan evaluasi ARSIP-2030 · Pelatihan Arsip Digital (selesai Senin, 4 Maret 2030 pukul 16.00 WIB)",
      "Memakai aturan kegiatan ini sendiri (aturan bawaan tidak berlaku).",
      "- L1-REAKSI v1 · Kuesioner L1-REAKSI v1 · untuk peserta · dikirim saat kegiatan selesai · diisi dalam 14 hari",
      "- L3-DIRI v1 · Kuesioner L3-DIRI v1 · untuk peserta · dikirim 60 hari setelah selesai (Jumat, 3 Mei 2030) · diisi dalam 14 hari",
      "- L3-ATASAN v1 · Kuesioner L3-ATASAN v1 · untuk atasan langsung peserta · dikirim 90 hari setelah selesai (Minggu, 2 Juni 2030) · diisi dalam 21 hari",
    ]);

    const remove = await cli("evaluation", "rule", "remove", "ARSIP-2030", "l3-diri");
    expect(remove.code).toBe(0);
    expect(lines(remove.stdout).slice(0, 2)).toEqual(["1 aturan L3-DIRI dihapus.", ""]);
    expect(remove.stdout).not.toContain("- L3-DIRI");

    const activity = await db.activity.findUniqueOrThrow({ where: { code: "ARSIP-2030" }, include: { questionnaires: true } });
    expect(activity.questionnaires.map((row) => [row.respondent, row.daysAfterEnd, row.dueInDays])).toEqual([
      ["PARTICIPANT", 0, 14],
      ["SUPERVISOR", 90, 21],
    ]);
    expect((await db.auditLog.findMany({ where: { targetId: String(activity.id) } })).map((entry) => entry.action)).toEqual([
      "evaluation.rule.set",
      "evaluation.rule.remove",
    ]);

    const reset = await cli("evaluation", "rule", "reset", "ARSIP-2030", "--lang", "en");
    expect(reset.code).toBe(0);
    expect(lines(reset.stdout).slice(0, 4)).toEqual([
      "Activity ARSIP-2030 follows the default rules again.",
      "",
      "Evaluation rules ARSIP-2030 · Pelatihan Arsip Digital (ends Monday, 4 March 2030 at 16:00 WIB)",
      "Follows the default rules.",
    ]);
    expect(await db.activityQuestionnaire.count({ where: { activityId: activity.id } })).toBe(0);
  });

  it("sets an explicitly empty rule set, then a rule of its own", async () => {
    const none = await cli("evaluation", "rule", "none", "SEMINAR-2030");
    expect(none.code).toBe(0);
    expect(lines(none.stdout)).toEqual([
      "Kegiatan SEMINAR-2030 kini tanpa evaluasi.",
      "",
      "Aturan evaluasi SEMINAR-2030 · Seminar Pelayanan Publik (selesai Senin, 4 Maret 2030 pukul 16.00 WIB)",
      "Tanpa evaluasi: kegiatan ini tidak mengirim kuesioner apa pun.",
    ]);

    const set = await cli("evaluation", "rule", "set", "SEMINAR-2030", "KHUSUS", "--days-after-end", "1");
    expect(set.code).toBe(0);
    expect(lines(set.stdout)).toEqual([
      "Aturan ditambahkan: KHUSUS untuk peserta, dikirim 1 hari setelah selesai (Selasa, 5 Maret 2030), diisi dalam 14 hari.",
      "",
      "Aturan evaluasi SEMINAR-2030 · Seminar Pelayanan Publik (selesai Senin, 4 Maret 2030 pukul 16.00 WIB)",
      "Memakai aturan kegiatan ini sendiri (aturan bawaan tidak berlaku).",
      "- KHUSUS v1 · Kuesioner KHUSUS v1 · untuk peserta · dikirim 1 hari setelah selesai (Selasa, 5 Maret 2030) · diisi dalam 14 hari",
    ]);
  });

  it("leaves requests that already exist as they were, and says so", async () => {
    const before = await db.evaluationRequest.findMany({ orderBy: { id: "asc" } });
    expect(before).toHaveLength(1);
    const none = await cli("evaluation", "rule", "none", "LAMA-2020");
    expect(none.code).toBe(0);
    expect(none.stdout).toContain("1 permintaan evaluasi sudah dibuat untuk kegiatan ini; perubahan aturan tidak mengubahnya.");
    expect(await db.evaluationRequest.findMany({ orderBy: { id: "asc" } })).toEqual(before);

    const help = await cli("evaluation", "rule", "--help");
    expect(help.code).toBe(0);
    expect(help.stdout).toContain("permintaan yang sudah ada");
    expect(help.stdout).toContain("tidak pernah diubah, dipindah atau dihapus.");
  });

  it("refuses bad rules with a clear message and exit code 1, changing nothing", async () => {
    const refusals: Array<[string[], string]> = [
      [["ARSIP-2030", "TIDAK-ADA"], 'Kuesioner TIDAK-ADA tidak ada atau tidak punya versi aktif. Lihat "questionnaire list".'],
      [
        ["ARSIP-2030", "L3-ATASAN", "--respondent", "participant"],
        "Kuesioner L3-ATASAN ditujukan untuk atasan langsung peserta, jadi tidak dapat dikirim ke peserta.",
      ],
      [["ARSIP-2030", "KHUSUS", "--days-after-end", "-3"], '--days-after-end harus bilangan bulat 0–365, bukan "-3".'],
      [["BATAL-2030", "KHUSUS"], "Kegiatan BATAL-2030 sudah dibatalkan; aturan evaluasinya tidak dapat diubah."],
      [
        ["LAMA-2020", "KHUSUS", "--days-after-end", "10"],
        "Batas pengisian aturan ini (Kamis, 26 Maret 2020 pukul 16.00 WIB) sudah lewat, jadi permintaannya akan langsung terlambat.",
      ],
    ];
    for (const [args, message] of refusals) {
      const run = await cli("evaluation", "rule", "set", ...args);
      expect(run.code, args.join(" ")).toBe(1);
      expect(run.stderr).toContain(message);
    }
    expect(await db.activityQuestionnaire.count()).toBe(1); // SEMINAR-2030's own rule only
  });

  it("keeps the results commands in the same evaluation group", async () => {
    const help = await cli("evaluation", "--help");
    expect(help.code).toBe(0);
    for (const command of ["results", "non-respondents", "rules", "rule"]) expect(help.stdout).toMatch(new RegExp(`^\\s+${command} `, "m"));
  });
});
