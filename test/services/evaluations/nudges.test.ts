import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ManualClock } from "../../../src/clock.js";
import { createJobDeps, defaultJobs } from "../../../src/scheduler/index.js";
import { evaluationNudgesJob } from "../../../src/scheduler/jobs/evaluation-nudges.js";
import { createMessages } from "../../../src/services/messages.js";
import { sendEvaluationNudges, type NudgeDeps } from "../../../src/services/evaluations/nudges.js";
import { DEFAULT_QUESTIONNAIRES } from "../../../src/services/evaluations/question-options.js";
import { createActivity } from "../../kit/activity-fixture.js";
import { createTestDb, type TestDb } from "../../kit/db.js";
import { seedRoster, type PersonKey } from "../../kit/roster-fixture.js";
import { createQuestionnaire } from "./questionnaire-fixture.js";

const DAY = 24 * 60 * 60 * 1000;
const HOUR = 60 * 60 * 1000;
// Requests are created Monday 14 December 2026, 16:00 WIB, and due 14 days later (28 December, 16:00 WIB).
const CREATED = new Date("2026-12-14T09:00:00Z");
const DUE = new Date(CREATED.getTime() + 14 * DAY);
const at = (base: Date, ms: number) => new Date(base.getTime() + ms);

let testDb: TestDb;
let deps: NudgeDeps;
let ids: Record<PersonKey, number>;
let activityId: number;
let q: Record<"l1" | "l3Supervisor", number>;
let seq = 0;

beforeEach(async () => {
  testDb = await createTestDb();
  const timezone = "Asia/Jakarta";
  deps = {
    db: testDb.db,
    clock: new ManualClock(CREATED),
    messages: createMessages({ defaultLocale: "id", timezone }),
    settings: { nudgeBeforeDueDays: 3, expireAfterDueDays: 7 },
    timezone,
  };
  ids = await seedRoster(testDb.db);
  activityId = (await createActivity(testDb.db, { status: "COMPLETED", title: "Pelatihan Arsip Digital" })).id;
  q = {
    l1: (await createQuestionnaire(testDb.db, { code: DEFAULT_QUESTIONNAIRES.reaction })).id,
    l3Supervisor: (
      await createQuestionnaire(testDb.db, { code: DEFAULT_QUESTIONNAIRES.behaviourSupervisor, respondentRole: "SUPERVISOR" })
    ).id,
  };
});
afterEach(async () => testDb.dispose());

async function request(input: { respondentId: number; subjectId?: number; questionnaireId?: number; dueAt?: Date }) {
  seq += 1;
  return testDb.db.evaluationRequest.create({
    data: {
      dedupeKey: `test:${seq}`,
      questionnaireId: input.questionnaireId ?? q.l1,
      respondentId: input.respondentId,
      subjectId: input.subjectId ?? null,
      activityId,
      dueAt: input.dueAt ?? DUE,
      createdAt: CREATED,
    },
  });
}

const run = (now: Date) => sendEvaluationNudges(deps, { now });

async function deliveries(prefix = "eval-") {
  const rows = await testDb.db.delivery.findMany({ where: { dedupeKey: { startsWith: prefix } }, orderBy: { id: "asc" } });
  return rows.map((row) => {
    const payload = JSON.parse(row.payload) as { text: string; keyboard?: Array<Array<{ text: string; data?: string }>> };
    return { ...row, text: payload.text, keyboard: payload.keyboard };
  });
}

describe("evaluation nudges", () => {
  it("sends the notice, the reminder before the due date and the overdue reminder once each", async () => {
    const { id } = await request({ respondentId: ids.staff });
    const keys = async () => (await deliveries()).map((row) => row.dedupeKey);

    expect(await run(at(CREATED, HOUR))).toMatchObject({ created: 1, beforeDue: 0, overdue: 0 });
    expect(await run(at(CREATED, 2 * HOUR))).toMatchObject({ created: 0, beforeDue: 0, overdue: 0 });
    expect(await keys()).toEqual([`eval-nudge:${id}:created`]);
    const [notice] = await deliveries();
    expect(notice).toMatchObject({ employeeId: ids.staff, priority: 1, quietHours: true });
    expect(notice!.text).toContain("Evaluasi baru");
    expect(notice!.text).toContain("Pelatihan Arsip Digital");
    expect(notice!.keyboard).toEqual([[{ text: "📝 Isi sekarang", data: `ev:${id}` }]]);

    // Nothing more until three days before the due date.
    expect(await run(at(DUE, -3 * DAY - HOUR))).toMatchObject({ created: 0, beforeDue: 0, overdue: 0 });
    expect(await run(at(DUE, -3 * DAY + HOUR))).toMatchObject({ beforeDue: 1 });
    expect(await run(at(DUE, -3 * DAY + 2 * HOUR))).toMatchObject({ beforeDue: 0 });
    expect(await run(at(DUE, -HOUR))).toMatchObject({ beforeDue: 0, overdue: 0 });

    expect(await run(at(DUE, HOUR))).toMatchObject({ overdue: 1 });
    expect(await run(at(DUE, 2 * HOUR))).toMatchObject({ overdue: 0 });
    expect(await run(at(DUE, 3 * DAY))).toMatchObject({ created: 0, beforeDue: 0, overdue: 0, expired: 0 });

    expect(await keys()).toEqual([`eval-nudge:${id}:created`, `eval-nudge:${id}:before-due`, `eval-nudge:${id}:overdue`]);
    expect((await deliveries()).every((row) => row.quietHours && row.priority === 1)).toBe(true);
    const row = await testDb.db.evaluationRequest.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ remindersSent: 3, lastRemindedAt: at(DUE, HOUR), status: "PENDING" });
  });

  it("does not double up when two runs overlap", async () => {
    await request({ respondentId: ids.staff });
    await request({ respondentId: ids.colleague });
    const [first, second] = await Promise.all([run(at(CREATED, HOUR)), run(at(CREATED, HOUR))]);
    expect(first!.created + second!.created).toBe(2);
    expect(await deliveries()).toHaveLength(2);
    const rows = await testDb.db.evaluationRequest.findMany();
    expect(rows.map((row) => row.remindersSent)).toEqual([1, 1]);
  });

  it("leaves answered and cancelled requests alone", async () => {
    const answered = await request({ respondentId: ids.staff });
    const cancelled = await request({ respondentId: ids.colleague });
    await testDb.db.evaluationRequest.update({ where: { id: answered.id }, data: { status: "SUBMITTED" } });
    await testDb.db.evaluationRequest.update({ where: { id: cancelled.id }, data: { status: "CANCELLED" } });
    expect(await run(at(DUE, HOUR))).toMatchObject({ created: 0, beforeDue: 0, overdue: 0 });
    expect(await run(at(DUE, 30 * DAY))).toMatchObject({ expired: 0 });
    expect(await deliveries()).toEqual([]);
  });

  it("sends a first-seen overdue request only the overdue reminder, then expires it after the grace period", async () => {
    const { id } = await request({ respondentId: ids.staff });
    const status = async () => (await testDb.db.evaluationRequest.findUniqueOrThrow({ where: { id } })).status;

    // The scheduler was down for weeks: only the overdue reminder, and no expiry before it went out.
    expect(await run(at(DUE, 10 * DAY))).toMatchObject({ created: 0, overdue: 1, expired: 0 });
    expect(await status()).toBe("PENDING");
    expect((await deliveries()).map((row) => row.dedupeKey)).toEqual([`eval-nudge:${id}:overdue`]);
    expect(await run(at(DUE, 10 * DAY + HOUR))).toMatchObject({ overdue: 0, expired: 1 });
    expect(await status()).toBe("EXPIRED");
    expect(await run(at(DUE, 11 * DAY))).toMatchObject({ expired: 0 });
  });

  it("expires a request seven days past due, after its overdue reminder", async () => {
    const { id } = await request({ respondentId: ids.staff });
    await run(at(CREATED, HOUR));
    await run(at(DUE, HOUR));
    expect(await run(at(DUE, 7 * DAY - HOUR))).toMatchObject({ expired: 0 });
    expect(await run(at(DUE, 7 * DAY + HOUR))).toMatchObject({ expired: 1 });
    expect((await testDb.db.evaluationRequest.findUniqueOrThrow({ where: { id } })).status).toBe("EXPIRED");
    expect(await deliveries()).toHaveLength(2);
  });

  it("gives a supervisor with three overdue staff assessments one digest", async () => {
    const third = await testDb.db.employee.create({
      data: {
        nip: "199801012022031007",
        name: "Dewi Lestari, A.Md.",
        unitId: (await testDb.db.employee.findUniqueOrThrow({ where: { id: ids.staff } })).unitId,
        position: "Arsiparis",
        positionType: "FUNGSIONAL",
        grade: "II/c",
        employmentType: "PNS",
        supervisorId: ids.supervisor,
      },
    });
    const assessments = [];
    for (const subjectId of [ids.staff, ids.colleague, third.id]) {
      assessments.push(await request({ respondentId: ids.supervisor, subjectId, questionnaireId: q.l3Supervisor }));
    }
    // The supervisor's own reaction questionnaire is overdue too: it keeps its own reminder.
    const own = await request({ respondentId: ids.supervisor });
    await run(at(CREATED, HOUR));
    expect(await deliveries("eval-nudge:")).toHaveLength(4);

    expect(await run(at(DUE, HOUR))).toMatchObject({ overdue: 1, digests: 1, digestRequests: 3 });
    expect(await run(at(DUE, 2 * HOUR))).toMatchObject({ overdue: 0, digests: 0 });
    expect(await run(at(DUE, DAY + HOUR))).toMatchObject({ overdue: 0, digests: 0 });

    const digests = await deliveries("eval-digest:");
    // 28 December 2026, 17:00 WIB.
    expect(digests.map((row) => row.dedupeKey)).toEqual([`eval-digest:${ids.supervisor}:2026-12-28`]);
    const digest = digests[0]!;
    expect(digest).toMatchObject({ employeeId: ids.supervisor, priority: 1, quietHours: true });
    expect(digest.text).toContain("3 penilaian staf");
    for (const name of ["Ahmad Fauzi, S.Kom.", "Siti Aminah, S.Pd.", "Dewi Lestari, A.Md."]) expect(digest.text).toContain(name);
    expect(digest.keyboard?.flat().map((button) => button.data)).toEqual(assessments.map((a) => `ev:${a.id}`));

    const overdue = (await deliveries("eval-nudge:")).filter((row) => row.dedupeKey.endsWith(":overdue"));
    expect(overdue.map((row) => row.dedupeKey)).toEqual([`eval-nudge:${own.id}:overdue`]);
    const rows = await testDb.db.evaluationRequest.findMany({ where: { id: { in: assessments.map((a) => a.id) } } });
    expect(rows.map((row) => row.remindersSent)).toEqual([2, 2, 2]);
  });

  it("sends a single overdue staff assessment as a normal reminder", async () => {
    const { id } = await request({ respondentId: ids.supervisor, subjectId: ids.staff, questionnaireId: q.l3Supervisor });
    expect(await run(at(DUE, HOUR))).toMatchObject({ overdue: 1, digests: 0 });
    const [row] = await deliveries();
    expect(row!.dedupeKey).toBe(`eval-nudge:${id}:overdue`);
    expect(row!.text).toContain("Ahmad Fauzi, S.Kom.");
  });

  it("runs hourly as a scheduled job with the configured days", async () => {
    expect(defaultJobs).toContain(evaluationNudgesJob);
    const { id } = await request({ respondentId: ids.staff });
    const jobDeps = createJobDeps({ db: testDb.db, clock: deps.clock }, {
      timezone: "Asia/Jakarta",
      evaluations: { nudgeBeforeDueDays: 5, expireAfterDueDays: 2 },
    });
    const log = { info() {}, warn() {}, error() {}, debug() {}, child: () => log } as never;
    expect(await evaluationNudgesJob.run(jobDeps, { now: at(CREATED, HOUR), log })).toMatchObject({ created: 1 });
    expect(await evaluationNudgesJob.run(jobDeps, { now: at(DUE, -5 * DAY + HOUR), log })).toMatchObject({ beforeDue: 1 });
    expect(await evaluationNudgesJob.run(jobDeps, { now: at(DUE, HOUR), log })).toMatchObject({ overdue: 1 });
    expect(await evaluationNudgesJob.run(jobDeps, { now: at(DUE, 2 * DAY + HOUR), log })).toMatchObject({ expired: 1 });
    expect((await testDb.db.evaluationRequest.findUniqueOrThrow({ where: { id } })).status).toBe("EXPIRED");
  });
});
