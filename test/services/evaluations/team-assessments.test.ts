import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ManualClock } from "../../../src/clock.js";
import type { ServiceDeps } from "../../../src/services/deps.js";
import { DEFAULT_QUESTIONNAIRES } from "../../../src/services/evaluations/question-options.js";
import { pendingTeamAssessments } from "../../../src/services/evaluations/team-assessments.js";
import { createActivity } from "../../kit/activity-fixture.js";
import { createTestDb, type TestDb } from "../../kit/db.js";
import { seedRoster, type PersonKey } from "../../kit/roster-fixture.js";
import { createQuestionnaire } from "./questionnaire-fixture.js";

// Friday 18 December 2026, 23:59 WIB.
const DUE = new Date("2026-12-18T16:59:00Z");

let testDb: TestDb;
let clock: ManualClock;
let deps: ServiceDeps;
let ids: Record<PersonKey, number>;
let activityId: number;
let q: Record<"l1" | "l3Supervisor" | "custom", number>;
let seq = 0;

beforeEach(async () => {
  testDb = await createTestDb();
  clock = new ManualClock("2026-12-07T02:00:00Z");
  deps = { db: testDb.db, clock };
  ids = await seedRoster(testDb.db);
  activityId = (await createActivity(testDb.db, { title: "Pelatihan Pelayanan Publik", status: "COMPLETED" })).id;
  q = {
    l1: (await createQuestionnaire(testDb.db, { code: DEFAULT_QUESTIONNAIRES.reaction })).id,
    l3Supervisor: (
      await createQuestionnaire(testDb.db, { code: DEFAULT_QUESTIONNAIRES.behaviourSupervisor, respondentRole: "SUPERVISOR" })
    ).id,
    custom: (await createQuestionnaire(testDb.db, { code: "L3-KHUSUS", respondentRole: "SUPERVISOR" })).id,
  };
});
afterEach(async () => testDb.dispose());

async function request(input: {
  questionnaireId?: number;
  respondent: PersonKey;
  subject?: PersonKey;
  dueAt?: Date;
  status?: "PENDING" | "IN_PROGRESS" | "SUBMITTED" | "EXPIRED" | "CANCELLED";
}) {
  seq += 1;
  return testDb.db.evaluationRequest.create({
    data: {
      dedupeKey: `test:${seq}`,
      questionnaireId: input.questionnaireId ?? q.l3Supervisor,
      respondentId: ids[input.respondent],
      subjectId: input.subject ? ids[input.subject] : null,
      activityId,
      dueAt: input.dueAt ?? DUE,
      status: input.status ?? "PENDING",
    },
  });
}

const asSupervisor = () => pendingTeamAssessments(deps, { requesterId: ids.supervisor, supervisorId: ids.supervisor });

describe("the L3 assessments a supervisor still has to fill in", () => {
  it("lists the open ones about their staff, the overdue first and flagged", async () => {
    const ahmad = await request({ respondent: "supervisor", subject: "staff" });
    const siti = await request({ respondent: "supervisor", subject: "colleague", dueAt: new Date("2026-12-01T16:59:00Z"), status: "IN_PROGRESS" });

    expect(await asSupervisor()).toEqual({
      ok: true,
      assessments: [
        {
          requestId: siti.id,
          status: "IN_PROGRESS",
          dueAt: new Date("2026-12-01T16:59:00Z"),
          overdue: true,
          subjectId: ids.colleague,
          subjectName: "Siti Aminah, S.Pd.",
          activityTitle: "Pelatihan Pelayanan Publik",
          questionnaireTitle: "Kuesioner L3-ATASAN v1",
          questionnaireTitleEn: null,
        },
        expect.objectContaining({ requestId: ahmad.id, status: "PENDING", overdue: false, subjectName: "Ahmad Fauzi, S.Kom." }),
      ],
    });
  });

  it("counts as overdue from the due moment on, as the overdue nudge does", async () => {
    await request({ respondent: "supervisor", subject: "staff" });
    clock.set(new Date(DUE.getTime() - 1));
    expect(await asSupervisor()).toMatchObject({ ok: true, assessments: [{ overdue: false }] });
    clock.set(DUE);
    expect(await asSupervisor()).toMatchObject({ ok: true, assessments: [{ overdue: true }] });
  });

  it("leaves out answered, expired and cancelled requests, and the supervisor's own questionnaires about nobody", async () => {
    await request({ respondent: "supervisor", subject: "staff", status: "SUBMITTED" });
    await request({ respondent: "supervisor", subject: "staff", status: "EXPIRED" });
    await request({ respondent: "supervisor", subject: "colleague", status: "CANCELLED" });
    await request({ questionnaireId: q.l1, respondent: "supervisor" });
    expect(await asSupervisor()).toEqual({ ok: true, assessments: [] });
  });

  it("includes any questionnaire about a staff member, and an L3-ATASAN request even without a subject", async () => {
    const custom = await request({ questionnaireId: q.custom, respondent: "supervisor", subject: "staff" });
    const bare = await request({ respondent: "supervisor", dueAt: new Date("2026-12-20T16:59:00Z") });
    const result = await asSupervisor();
    expect(result.ok && result.assessments.map((a) => [a.requestId, a.subjectName])).toEqual([
      [custom.id, "Ahmad Fauzi, S.Kom."],
      [bare.id, null],
    ]);
  });

  it("shows only the supervisor's own requests, and only to the supervisor", async () => {
    await request({ respondent: "head", subject: "supervisor" });
    await request({ respondent: "supervisor", subject: "staff" });

    const own = await asSupervisor();
    expect(own.ok && own.assessments.map((a) => a.subjectId)).toEqual([ids.staff]);
    const heads = await pendingTeamAssessments(deps, { requesterId: ids.head, supervisorId: ids.head });
    expect(heads.ok && heads.assessments.map((a) => a.subjectId)).toEqual([ids.supervisor]);

    expect(await pendingTeamAssessments(deps, { requesterId: ids.head, supervisorId: ids.supervisor })).toEqual({
      ok: false,
      code: "not-allowed",
    });
    expect(await pendingTeamAssessments(deps, { requesterId: ids.staff, supervisorId: ids.supervisor })).toEqual({
      ok: false,
      code: "not-allowed",
    });
  });

  it("refuses an inactive employee", async () => {
    await request({ respondent: "supervisor", subject: "staff" });
    await testDb.db.employee.update({ where: { id: ids.supervisor }, data: { active: false } });
    expect(await asSupervisor()).toEqual({ ok: false, code: "not-allowed" });
  });
});
