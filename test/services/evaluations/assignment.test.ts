import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ManualClock } from "../../../src/clock.js";
import { createJobDeps, defaultJobs } from "../../../src/scheduler/index.js";
import { evaluationAssignmentJob } from "../../../src/scheduler/jobs/evaluation-assignment.js";
import { createDueEvaluationRequests, type AssignmentDeps } from "../../../src/services/evaluations/assignment.js";
import { DEFAULT_QUESTIONNAIRES } from "../../../src/services/evaluations/question-options.js";
import { createActivity } from "../../kit/activity-fixture.js";
import { createTestDb, type TestDb } from "../../kit/db.js";
import { seedRoster, type PersonKey } from "../../kit/roster-fixture.js";
import { createQuestionnaire } from "./questionnaire-fixture.js";

const DAY = 24 * 60 * 60 * 1000;
// The fixture activity ends Monday 14 December 2026, 16:00 WIB.
const END = new Date("2026-12-14T09:00:00Z");
const at = (days: number, ms = 0) => new Date(END.getTime() + days * DAY + ms);

let testDb: TestDb;
let clock: ManualClock;
let deps: AssignmentDeps;
let ids: Record<PersonKey, number>;
let q: Record<"l1" | "l3Self" | "l3Supervisor", number>;

beforeEach(async () => {
  testDb = await createTestDb();
  clock = new ManualClock("2026-12-07T02:00:00Z");
  deps = { db: testDb.db, clock, settings: { l3DelayDays: 60, dueDays: 14 } };
  ids = await seedRoster(testDb.db);
  q = {
    l1: (await createQuestionnaire(testDb.db, { code: DEFAULT_QUESTIONNAIRES.reaction, anonymous: true })).id,
    l3Self: (await createQuestionnaire(testDb.db, { code: DEFAULT_QUESTIONNAIRES.behaviourSelf })).id,
    l3Supervisor: (
      await createQuestionnaire(testDb.db, { code: DEFAULT_QUESTIONNAIRES.behaviourSupervisor, respondentRole: "SUPERVISOR" })
    ).id,
  };
});
afterEach(async () => testDb.dispose());

async function completedActivity(people: PersonKey[], status: "COMPLETED" | "NO_SHOW" = "COMPLETED") {
  const activity = await createActivity(testDb.db, { status: "COMPLETED" });
  const registrations = [];
  for (const person of people) {
    registrations.push(
      await testDb.db.registration.create({
        data: { activityId: activity.id, employeeId: ids[person], status, completedAt: status === "COMPLETED" ? END : null },
      }),
    );
  }
  return { activity, registrations };
}

const run = (now: Date) => createDueEvaluationRequests(deps, { now });
const requests = () =>
  testDb.db.evaluationRequest.findMany({
    orderBy: { id: "asc" },
    select: { dedupeKey: true, questionnaireId: true, respondentId: true, subjectId: true, activityId: true, registrationId: true, dueAt: true, status: true },
  });

describe("creating evaluation requests after an activity", () => {
  it("sends the reaction questionnaire to the participant at the end, not before, and only once", async () => {
    const { activity, registrations } = await completedActivity(["staff"]);
    const registration = registrations[0]!;

    expect(await run(at(0, -1))).toEqual({ registrations: 0, created: 0, existing: 0, noSupervisor: 0 });
    expect(await requests()).toEqual([]);

    expect(await run(at(0))).toEqual({ registrations: 1, created: 1, existing: 0, noSupervisor: 0 });
    expect(await requests()).toEqual([
      {
        dedupeKey: `eval:${registration.id}:L1-REAKSI:respondent`,
        questionnaireId: q.l1,
        respondentId: ids.staff,
        subjectId: null,
        activityId: activity.id,
        registrationId: registration.id,
        dueAt: at(14),
        status: "PENDING",
      },
    ]);

    expect(await run(at(1))).toEqual({ registrations: 1, created: 0, existing: 1, noSupervisor: 0 });
    expect(await testDb.db.evaluationRequest.count()).toBe(1);
  });

  it("sends the behaviour questionnaires to the participant and the supervisor 60 days after the end", async () => {
    const { registrations } = await completedActivity(["staff"]);
    const registration = registrations[0]!;
    await run(at(0));

    expect(await run(at(60, -1))).toMatchObject({ created: 0, existing: 1 });
    expect(await run(at(60))).toMatchObject({ created: 2, existing: 1, noSupervisor: 0 });
    const l3 = (await requests()).filter((request) => request.questionnaireId !== q.l1);
    expect(l3).toEqual([
      expect.objectContaining({
        dedupeKey: `eval:${registration.id}:L3-DIRI:respondent`,
        questionnaireId: q.l3Self,
        respondentId: ids.staff,
        subjectId: null,
        dueAt: at(74),
      }),
      expect.objectContaining({
        dedupeKey: `eval:${registration.id}:L3-ATASAN:supervisor`,
        questionnaireId: q.l3Supervisor,
        respondentId: ids.supervisor,
        subjectId: ids.staff,
        dueAt: at(74),
      }),
    ]);
    expect(await run(at(61))).toMatchObject({ created: 0, existing: 3 });
    expect(await testDb.db.evaluationRequest.count()).toBe(3);
  });

  it("gives a participant without a supervisor no supervisor request", async () => {
    await completedActivity(["head"]); // the head of unit has no supervisor
    expect(await run(at(60))).toEqual({ registrations: 1, created: 2, existing: 0, noSupervisor: 1 });
    const rows = await requests();
    expect(rows.map((row) => row.respondentId)).toEqual([ids.head, ids.head]);
    expect(rows.map((row) => row.questionnaireId).sort()).toEqual([q.l1, q.l3Self].sort());
  });

  it("ignores registrations that did not complete the activity", async () => {
    await completedActivity(["staff", "colleague"], "NO_SHOW");
    expect(await run(at(60))).toMatchObject({ registrations: 0, created: 0 });
    expect(await testDb.db.evaluationRequest.count()).toBe(0);
  });

  it("uses the latest active version of a code and silently skips codes missing from the database", async () => {
    await testDb.db.question.deleteMany({ where: { questionnaireId: q.l3Supervisor } });
    await testDb.db.questionnaire.delete({ where: { id: q.l3Supervisor } });
    const v2 = await createQuestionnaire(testDb.db, { code: DEFAULT_QUESTIONNAIRES.reaction, version: 2 });
    await createQuestionnaire(testDb.db, { code: DEFAULT_QUESTIONNAIRES.reaction, version: 3, active: false });
    await completedActivity(["staff"]);

    expect(await run(at(60))).toMatchObject({ created: 2, noSupervisor: 0 });
    const rows = await requests();
    expect(rows.map((row) => row.questionnaireId).sort()).toEqual([v2.id, q.l3Self].sort());
  });

  it("follows the activity's own questionnaire settings instead of the defaults", async () => {
    const custom = await createQuestionnaire(testDb.db, { code: "KHUSUS" });
    const { activity, registrations } = await completedActivity(["staff"]);
    const registration = registrations[0]!;
    await testDb.db.activityQuestionnaire.createMany({
      data: [
        { activityId: activity.id, questionnaireId: custom.id, respondent: "PARTICIPANT", daysAfterEnd: 1, dueInDays: 3 },
        { activityId: activity.id, questionnaireId: q.l3Supervisor, respondent: "SUPERVISOR", daysAfterEnd: 30, dueInDays: 7 },
      ],
    });

    expect(await run(at(0))).toMatchObject({ registrations: 1, created: 0 });
    expect(await run(at(1))).toMatchObject({ created: 1 });
    expect(await run(at(30))).toMatchObject({ created: 1, existing: 1 });
    expect(await run(at(70))).toMatchObject({ created: 0, existing: 2 });
    // Past the horizon (the latest plan's day, 60 by default, plus the longest answer window, 14) the
    // activity is not read at all: the job's cost follows recent activities, not all history.
    expect(await run(at(75))).toEqual({ registrations: 0, created: 0, existing: 0, noSupervisor: 0 });
    expect(await requests()).toEqual([
      expect.objectContaining({
        dedupeKey: `eval:${registration.id}:KHUSUS:respondent`,
        questionnaireId: custom.id,
        respondentId: ids.staff,
        dueAt: at(4),
      }),
      expect.objectContaining({
        dedupeKey: `eval:${registration.id}:L3-ATASAN:supervisor`,
        questionnaireId: q.l3Supervisor,
        respondentId: ids.supervisor,
        subjectId: ids.staff,
        dueAt: at(37),
      }),
    ]);
  });

  it("creates nothing twice when two runs overlap", async () => {
    await completedActivity(["staff", "colleague", "head"]);
    const [first, second] = await Promise.all([run(at(60)), run(at(60))]);
    // staff and colleague: 3 each; head: 2 (no supervisor)
    expect(await testDb.db.evaluationRequest.count()).toBe(8);
    expect(first!.created + second!.created).toBe(8);
  });

  it("runs as a scheduled job with the configured delays", async () => {
    expect(defaultJobs).toContain(evaluationAssignmentJob);
    await completedActivity(["staff"]);
    const jobDeps = createJobDeps({ db: testDb.db, clock }, {
      timezone: "Asia/Jakarta",
      evaluations: { l3DelayDays: 10, dueDays: 5 },
    });
    const log = { info() {}, warn() {}, error() {}, debug() {}, child: () => log } as never;
    expect(await evaluationAssignmentJob.run(jobDeps, { now: at(10), log })).toMatchObject({ created: 3 });
    const dues = (await requests()).map((row) => row.dueAt.getTime()).sort();
    expect(dues).toEqual([at(5).getTime(), at(15).getTime(), at(15).getTime()]);
  });
});
