import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ManualClock } from "../../../src/clock.js";
import type { ServiceDeps } from "../../../src/services/deps.js";
import {
  evaluationResultsFor,
  listEvaluatedActivities,
  nonRespondentsFor,
} from "../../../src/services/evaluations/results-access.js";
import { createActivity } from "../../kit/activity-fixture.js";
import { createTestDb, type TestDb } from "../../kit/db.js";
import { RESULTS_DUE, seedResults } from "./results-fixture.js";

let testDb: TestDb;
let deps: ServiceDeps;
let seeded: Awaited<ReturnType<typeof seedResults>>;
let ids: Awaited<ReturnType<typeof seedResults>>["ids"];

beforeEach(async () => {
  testDb = await createTestDb();
  deps = { db: testDb.db, clock: new ManualClock("2027-01-10T03:00:00Z") };
  seeded = await seedResults(testDb.db);
  ids = seeded.ids;
  // The head is a leader in the fixture roster; the colleague becomes an admin.
  await testDb.db.roleGrant.create({ data: { employeeId: ids.colleague, role: "ADMIN", grantedBy: "test" } });
});
afterEach(async () => testDb.dispose());

const NOT_ALLOWED = { ok: false, code: "not-allowed" };
let seq = 0;

/** An activity that ended on the given day, with `requests` evaluation requests of which `submitted` are answered. */
async function evaluatedActivity(title: string, endDay: string, requests = 1, submitted = 0) {
  const activity = await createActivity(testDb.db, {
    status: "COMPLETED",
    title,
    startsAt: new Date(`${endDay}T01:00:00Z`),
    endsAt: new Date(`${endDay}T09:00:00Z`),
  });
  for (let i = 0; i < requests; i++) {
    seq += 1;
    await testDb.db.evaluationRequest.create({
      data: {
        dedupeKey: `access:${seq}`,
        questionnaireId: seeded.l1.id,
        respondentId: ids.staff,
        activityId: activity.id,
        dueAt: RESULTS_DUE,
        status: i < submitted ? "SUBMITTED" : "PENDING",
      },
    });
  }
  return activity;
}

describe("who may see evaluation results", () => {
  it("lets leaders and admins read results, and only admins see the non-respondents", async () => {
    const leader = await evaluationResultsFor(deps, { viewerId: ids.head, activityCode: "PLT-ARSIP-2026" });
    expect(leader).toMatchObject({ ok: true, mayViewNonRespondents: false });
    if (!leader.ok) throw new Error("refused");
    expect(leader.results.questionnaires.map((q) => [q.code, q.submitted, q.requests])).toEqual([
      ["L1-REAKSI", 3, 4],
      ["L3-ATASAN", 2, 2],
      ["L3-DIRI", 2, 3],
    ]);
    expect(await nonRespondentsFor(deps, { viewerId: ids.head, activityCode: "PLT-ARSIP-2026" })).toEqual(NOT_ALLOWED);

    const admin = await evaluationResultsFor(deps, { viewerId: ids.colleague, activityId: seeded.activity.id });
    expect(admin).toMatchObject({ ok: true, mayViewNonRespondents: true, results: { activity: { code: "PLT-ARSIP-2026" } } });
    const people = await nonRespondentsFor(deps, { viewerId: ids.colleague, activityId: seeded.activity.id });
    expect(people).toMatchObject({ ok: true, activity: { id: seeded.activity.id, code: "PLT-ARSIP-2026" } });
    if (!people.ok) throw new Error("refused");
    expect(people.people.map((person) => [person.name, person.questionnaireCode, person.status])).toEqual([
      ["Drs. Hasan Basri, M.Si.", "L1-REAKSI", "PENDING"],
      ["Drs. Hasan Basri, M.Si.", "L3-DIRI", "EXPIRED"],
    ]);
  });

  it("refuses a plain ASN, a supervisor and a deactivated admin everything", async () => {
    await testDb.db.roleGrant.create({ data: { employeeId: ids.retired, role: "ADMIN", grantedBy: "test" } });
    for (const viewerId of [ids.staff, ids.supervisor, ids.retired]) {
      expect(await listEvaluatedActivities(deps, { viewerId, page: 1 })).toEqual(NOT_ALLOWED);
      expect(await evaluationResultsFor(deps, { viewerId, activityCode: "PLT-ARSIP-2026" })).toEqual(NOT_ALLOWED);
      expect(await nonRespondentsFor(deps, { viewerId, activityId: seeded.activity.id })).toEqual(NOT_ALLOWED);
      // Refused before looking: an unknown activity does not tell them more.
      expect(await evaluationResultsFor(deps, { viewerId, activityCode: "TIDAK-ADA" })).toEqual(NOT_ALLOWED);
    }
  });

  it("says when the activity does not exist, and matches a typed code in any case", async () => {
    const missing = { ok: false, code: "activity-not-found" };
    expect(await evaluationResultsFor(deps, { viewerId: ids.head, activityCode: "TIDAK-ADA" })).toEqual(missing);
    expect(await evaluationResultsFor(deps, { viewerId: ids.head, activityCode: "  " })).toEqual(missing);
    expect(await evaluationResultsFor(deps, { viewerId: ids.head, activityId: 999_999 })).toEqual(missing);
    expect(await nonRespondentsFor(deps, { viewerId: ids.colleague, activityId: 999_999 })).toEqual(missing);
    expect(await evaluationResultsFor(deps, { viewerId: ids.head, activityCode: " plt-arsip-2026 " })).toMatchObject({
      ok: true,
      results: { activity: { code: "PLT-ARSIP-2026" } },
    });
  });
});

describe("the list of activities with evaluations", () => {
  it("holds only activities with requests or responses, the latest end first, with answer counts, in pages", async () => {
    await evaluatedActivity("Seminar Januari", "2027-01-05", 4, 3);
    await evaluatedActivity("Workshop Oktober", "2026-10-20", 2, 0);
    await createActivity(testDb.db, { status: "COMPLETED", title: "Tanpa Evaluasi", endsAt: new Date("2027-01-08T09:00:00Z") });
    // Responses without requests count too (e.g. answered before requests were tracked).
    const onlyResponses = await createActivity(testDb.db, {
      status: "COMPLETED",
      title: "Hanya Jawaban",
      startsAt: new Date("2026-11-01T01:00:00Z"),
      endsAt: new Date("2026-11-01T09:00:00Z"),
    });
    await testDb.db.response.create({ data: { questionnaireId: seeded.l1.id, activityId: onlyResponses.id } });

    const first = await listEvaluatedActivities(deps, { viewerId: ids.head, page: 1, pageSize: 3 });
    if (!first.ok) throw new Error("refused");
    expect(first.page).toMatchObject({ page: 1, pageCount: 2, total: 5 });
    // The seeded activity and the other one both end on 14 December; the later one comes first.
    expect(first.page.items.map((item) => [item.title, item.submitted, item.requests])).toEqual([
      ["Seminar Januari", 3, 4],
      [expect.stringMatching(/^Pelatihan Uji/), 1, 1],
      ["Pelatihan Arsip Digital", 7, 9],
    ]);

    const second = await listEvaluatedActivities(deps, { viewerId: ids.colleague, page: 2, pageSize: 3 });
    if (!second.ok) throw new Error("refused");
    expect(second.page.items.map((item) => [item.title, item.submitted, item.requests])).toEqual([
      ["Hanya Jawaban", 0, 0],
      ["Workshop Oktober", 0, 2],
    ]);

    // A page that is gone (the list shrank) shows the last one.
    const gone = await listEvaluatedActivities(deps, { viewerId: ids.head, page: 9, pageSize: 3 });
    expect(gone).toMatchObject({ ok: true, page: { page: 2, pageCount: 2 } });
  });
});
