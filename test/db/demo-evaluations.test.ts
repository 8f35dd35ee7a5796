import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ManualClock } from "../../src/clock.js";
import { DEMO_ACTIVITY_CODES, loadDemoActivities } from "../../src/db/demo-activities.js";
import { DEMO_PEOPLE, loadDemoData } from "../../src/db/demo-data.js";
import type { ServiceDeps } from "../../src/services/deps.js";
import { createDueEvaluationRequests } from "../../src/services/evaluations/assignment.js";
import { activityResults } from "../../src/services/evaluations/results.js";
import { pendingRequestsFor } from "../../src/services/evaluations/submission.js";
import { pendingTeamAssessments } from "../../src/services/evaluations/team-assessments.js";
import { createTestDb, type TestDb } from "../kit/db.js";

const DAY = 86_400_000;
// 10:20 WIB on Tuesday 10 March 2026.
const NOW = new Date("2026-03-10T03:20:00Z");
const SETTINGS = { l3DelayDays: 60, dueDays: 14 };

let testDb: TestDb;
let deps: ServiceDeps;

beforeEach(async () => {
  testDb = await createTestDb();
  deps = { db: testDb.db, clock: new ManualClock(NOW) };
  await loadDemoData(deps);
});
afterEach(async () => testDb.dispose());

const employeeId = async (nip: string) => (await testDb.db.employee.findUniqueOrThrow({ where: { nip } })).id;
const activity = (code: string) => testDb.db.activity.findUniqueOrThrow({ where: { code } });

/** Everything the demo history writes, to compare before and after. */
async function snapshot() {
  const db = testDb.db;
  return {
    activities: await db.activity.findMany({ orderBy: { id: "asc" } }),
    registrations: await db.registration.findMany({ orderBy: { id: "asc" } }),
    jpEntries: await db.jpEntry.findMany({ orderBy: { id: "asc" } }),
    requests: await db.evaluationRequest.findMany({ orderBy: { id: "asc" } }),
    responses: await db.response.findMany({ orderBy: { id: "asc" } }),
    answers: await db.answer.count(),
    deliveries: await db.delivery.count(),
  };
}

describe("the demo data's evaluations", () => {
  it("credits the completed activities' participants like the real completion does", async () => {
    await loadDemoActivities(deps, { now: NOW, evaluations: SETTINGS });
    const asn = await employeeId(DEMO_PEOPLE.asn.nip);
    const recent = await activity(DEMO_ACTIVITY_CODES.completed);
    const earlier = await activity(DEMO_ACTIVITY_CODES.behaviour);

    for (const done of [recent, earlier]) {
      const registrations = await testDb.db.registration.findMany({ where: { activityId: done.id }, include: { jpEntry: true } });
      expect(registrations.length).toBeGreaterThanOrEqual(5);
      for (const registration of registrations) {
        expect(registration).toMatchObject({ status: "COMPLETED", checkedInAt: expect.any(Date), completedAt: expect.any(Date) });
        expect(registration.jpEntry).toMatchObject({ jp: 8, competencyType: "TEKNIS", source: "ACTIVITY", year: 2026 });
      }
      expect(registrations.map((registration) => registration.employeeId)).toContain(asn);
    }
    expect(await testDb.db.auditLog.count({ where: { action: "activity.complete" } })).toBe(2);
    // Nothing dated after "now".
    expect(await testDb.db.registration.count({ where: { completedAt: { gt: NOW } } })).toBe(0);
    expect(await testDb.db.response.count({ where: { submittedAt: { gt: NOW } } })).toBe(0);
  });

  it("leaves the demo ASN the recent activity's L1 and the earlier one's L3, and the demo supervisor an L3 about the ASN", async () => {
    await loadDemoActivities(deps, { now: NOW, evaluations: SETTINGS });
    const asn = await employeeId(DEMO_PEOPLE.asn.nip);
    const supervisor = await employeeId(DEMO_PEOPLE.supervisor.nip);
    const recent = await activity(DEMO_ACTIVITY_CODES.completed);
    const earlier = await activity(DEMO_ACTIVITY_CODES.behaviour);

    const open = await pendingRequestsFor(deps, { employeeId: asn });
    expect(open.map((request) => [request.questionnaireCode, request.activityId, request.status])).toEqual(
      expect.arrayContaining([
        ["L1-REAKSI", recent.id, "PENDING"],
        ["L3-DIRI", earlier.id, "PENDING"],
      ]),
    );
    expect(open).toHaveLength(2);
    for (const request of open) expect(request.dueAt.getTime()).toBeGreaterThan(NOW.getTime());

    const team = await pendingTeamAssessments(deps, { requesterId: supervisor, supervisorId: supervisor });
    expect(team).toEqual({
      ok: true,
      assessments: [
        expect.objectContaining({
          subjectId: asn,
          subjectName: DEMO_PEOPLE.asn.name,
          activityTitle: earlier.title,
          status: "PENDING",
          overdue: false,
        }),
      ],
    });
    const l3 = await testDb.db.evaluationRequest.findFirstOrThrow({ where: { respondentId: supervisor }, include: { questionnaire: true } });
    expect(l3.questionnaire.code).toBe("L3-ATASAN");
    expect(l3.dueAt.getTime()).toBe(earlier.endsAt.getTime() + (60 + 14) * DAY);
  });

  it("has reaction answers from a few colleagues, not the demo people, so the results are not empty", async () => {
    await loadDemoActivities(deps, { now: NOW, evaluations: SETTINGS });
    const results = await activityResults(deps, { activityCode: DEMO_ACTIVITY_CODES.completed });
    const reaction = results!.questionnaires.find((questionnaire) => questionnaire.code === "L1-REAKSI")!;
    expect(reaction).toMatchObject({ requests: 7, submitted: 3, responses: 3 });
    const first = reaction.questions[0]!;
    expect(first).toMatchObject({ kind: "LIKERT", answered: 3 });
    expect(first.kind === "LIKERT" && first.mean).toBeGreaterThanOrEqual(3);

    const personas = await Promise.all(Object.values(DEMO_PEOPLE).map((person) => employeeId(person.nip)));
    expect(await testDb.db.response.count({ where: { activityId: results!.activity.id, respondentId: { in: personas } } })).toBe(0);

    // The earlier activity's reaction questionnaires were all answered back then.
    const earlier = await activityResults(deps, { activityCode: DEMO_ACTIVITY_CODES.behaviour });
    const earlierReaction = earlier!.questionnaires.find((questionnaire) => questionnaire.code === "L1-REAKSI")!;
    expect(earlierReaction.submitted).toBe(earlierReaction.requests);
    expect(earlierReaction.requests).toBeGreaterThan(1);
  });

  it("changes nothing when loaded again or when the emulator starts again, even a day later", async () => {
    await loadDemoActivities(deps, { now: NOW, evaluations: SETTINGS });
    const before = await snapshot();

    expect(await loadDemoActivities(deps, { now: NOW, evaluations: SETTINGS })).toBe(false);
    // What the emulator does on every start.
    const startAgain = await createDueEvaluationRequests({ ...deps, settings: SETTINGS }, { now: new Date(NOW.getTime() + DAY) });
    expect(startAgain.created).toBe(0);
    expect(startAgain.existing).toBeGreaterThan(0);
    expect(await loadDemoActivities(deps, { now: new Date(NOW.getTime() + DAY), evaluations: SETTINGS })).toBe(false);

    expect(await snapshot()).toEqual(before);
  });

  it("follows the configured L3 delay", async () => {
    const settings = { l3DelayDays: 30, dueDays: 10 };
    await loadDemoActivities(deps, { now: NOW, evaluations: settings });
    const earlier = await activity(DEMO_ACTIVITY_CODES.behaviour);
    const ago = (NOW.getTime() - earlier.endsAt.getTime()) / DAY;
    expect(ago).toBeGreaterThan(30);
    expect(ago).toBeLessThan(30 + 10);
    const supervisor = await employeeId(DEMO_PEOPLE.supervisor.nip);
    expect(await testDb.db.evaluationRequest.count({ where: { respondentId: supervisor, status: "PENDING" } })).toBe(1);
  });
});
