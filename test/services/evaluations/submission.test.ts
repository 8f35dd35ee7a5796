import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ManualClock } from "../../../src/clock.js";
import type { ServiceDeps } from "../../../src/services/deps.js";
import { AGREEMENT_LABELS } from "../../../src/services/evaluations/question-options.js";
import {
  pendingRequestsFor,
  submitResponse,
  validateAnswer,
  type QuestionForValidation,
} from "../../../src/services/evaluations/submission.js";
import { createActivity } from "../../kit/activity-fixture.js";
import { createTestDb, type TestDb } from "../../kit/db.js";
import { seedRoster, type PersonKey } from "../../kit/roster-fixture.js";
import { createQuestionnaire, TOPICS } from "./questionnaire-fixture.js";

let testDb: TestDb;
let clock: ManualClock;
let deps: ServiceDeps;
let ids: Record<PersonKey, number>;

beforeEach(async () => {
  testDb = await createTestDb();
  clock = new ManualClock("2026-12-15T03:00:00Z");
  deps = { db: testDb.db, clock };
  ids = await seedRoster(testDb.db);
});
afterEach(async () => testDb.dispose());

const q = (kind: QuestionForValidation["kind"], extra: Partial<QuestionForValidation> = {}): QuestionForValidation => ({
  kind,
  options: null,
  required: true,
  maxLength: null,
  ...extra,
});
const choices = JSON.stringify(TOPICS);

describe("validating one answer", () => {
  it("checks a Likert answer is a whole number from 1 to 5", () => {
    const likert = q("LIKERT", { options: JSON.stringify(AGREEMENT_LABELS) });
    expect(validateAnswer(likert, 5)).toEqual({ ok: true, skipped: false, value: { numericValue: 5, textValue: null } });
    expect(validateAnswer(likert, 1)).toMatchObject({ ok: true });
    expect(validateAnswer(likert, 0)).toEqual({ ok: false, code: "out-of-range", params: { min: 1, max: 5 } });
    expect(validateAnswer(likert, 6)).toMatchObject({ ok: false, code: "out-of-range" });
    expect(validateAnswer(likert, 2.5)).toMatchObject({ ok: false, code: "out-of-range" });
    expect(validateAnswer(likert, "4")).toEqual({ ok: false, code: "wrong-type" });
  });

  it("checks a rating is a whole number from 0 to 10", () => {
    expect(validateAnswer(q("RATING"), 0)).toMatchObject({ ok: true, value: { numericValue: 0 } });
    expect(validateAnswer(q("RATING"), 10)).toMatchObject({ ok: true, value: { numericValue: 10 } });
    expect(validateAnswer(q("RATING"), 11)).toEqual({ ok: false, code: "out-of-range", params: { min: 0, max: 10 } });
    expect(validateAnswer(q("RATING"), -1)).toMatchObject({ ok: false, code: "out-of-range" });
    expect(validateAnswer(q("RATING"), Number.NaN)).toMatchObject({ ok: false, code: "out-of-range" });
  });

  it("checks a single choice is one known choice id", () => {
    const single = q("SINGLE_CHOICE", { options: choices });
    expect(validateAnswer(single, "tempat")).toEqual({ ok: true, skipped: false, value: { numericValue: null, textValue: "tempat" } });
    expect(validateAnswer(single, "makanan")).toEqual({ ok: false, code: "unknown-choice" });
    expect(validateAnswer(single, ["materi"])).toEqual({ ok: false, code: "wrong-type" });
    expect(validateAnswer(q("SINGLE_CHOICE", { options: "{\"choices\":[]}" }), "materi")).toEqual({ ok: false, code: "misconfigured" });
    expect(validateAnswer(q("SINGLE_CHOICE", { options: "not json" }), "materi")).toEqual({ ok: false, code: "misconfigured" });
  });

  it("checks a multiple choice has at least one known id and no duplicates", () => {
    const multi = q("MULTI_CHOICE", { options: choices });
    expect(validateAnswer(multi, ["materi", "tempat"])).toEqual({
      ok: true,
      skipped: false,
      value: { numericValue: null, textValue: "[\"materi\",\"tempat\"]" },
    });
    expect(validateAnswer(multi, [])).toEqual({ ok: false, code: "no-choice" });
    expect(validateAnswer(multi, ["materi", "materi"])).toEqual({ ok: false, code: "duplicate-choice" });
    expect(validateAnswer(multi, ["materi", "makanan"])).toEqual({ ok: false, code: "unknown-choice" });
    expect(validateAnswer(multi, "materi")).toEqual({ ok: false, code: "wrong-type" });
  });

  it("checks yes/no is a boolean", () => {
    expect(validateAnswer(q("YES_NO"), true)).toMatchObject({ ok: true, value: { numericValue: 1 } });
    expect(validateAnswer(q("YES_NO"), false)).toMatchObject({ ok: true, value: { numericValue: 0 } });
    expect(validateAnswer(q("YES_NO"), 1)).toEqual({ ok: false, code: "wrong-type" });
  });

  it("checks free text is not empty once trimmed and within the maximum length", () => {
    const text = q("FREE_TEXT", { maxLength: 10 });
    expect(validateAnswer(text, "  bagus  ")).toEqual({ ok: true, skipped: false, value: { numericValue: null, textValue: "bagus" } });
    expect(validateAnswer(text, "   ")).toEqual({ ok: false, code: "empty-text" });
    expect(validateAnswer(text, "sebelas huruf")).toEqual({ ok: false, code: "too-long", params: { max: 10 } });
    expect(validateAnswer(text, " 0123456789 ")).toMatchObject({ ok: true });
    expect(validateAnswer(text, 5)).toEqual({ ok: false, code: "wrong-type" });
  });

  it("requires required questions and lets optional ones be skipped", () => {
    expect(validateAnswer(q("LIKERT"), undefined)).toEqual({ ok: false, code: "required" });
    expect(validateAnswer(q("FREE_TEXT"), null)).toEqual({ ok: false, code: "required" });
    expect(validateAnswer(q("LIKERT", { required: false }), undefined)).toEqual({ ok: true, skipped: true });
    expect(validateAnswer(q("FREE_TEXT", { required: false }), "  ")).toEqual({ ok: true, skipped: true });
    expect(validateAnswer(q("MULTI_CHOICE", { required: false, options: choices }), [])).toEqual({ ok: true, skipped: true });
  });
});

async function setup(input: { anonymous?: boolean; respondent?: PersonKey; subject?: PersonKey } = {}) {
  const questionnaire = await createQuestionnaire(testDb.db, {
    code: input.anonymous ? "L1-REAKSI" : "L3-ATASAN",
    anonymous: input.anonymous ?? false,
    questions: [
      { kind: "LIKERT", text: "Materi bermanfaat", options: JSON.stringify(AGREEMENT_LABELS) },
      { kind: "MULTI_CHOICE", text: "Yang paling baik", options: choices },
      { kind: "FREE_TEXT", text: "Saran", required: false, maxLength: 200 },
    ],
  });
  const activity = await createActivity(testDb.db, { status: "COMPLETED" });
  const respondent = ids[input.respondent ?? "staff"];
  const request = await testDb.db.evaluationRequest.create({
    data: {
      dedupeKey: `test:${questionnaire.id}:${respondent}`,
      questionnaireId: questionnaire.id,
      respondentId: respondent,
      subjectId: input.subject ? ids[input.subject] : null,
      activityId: activity.id,
      dueAt: new Date("2026-12-28T09:00:00Z"),
    },
  });
  const [likert, multi, text] = [0, 1, 2].map((index) => questionnaire.questions[index]!) as [
    (typeof questionnaire.questions)[number],
    (typeof questionnaire.questions)[number],
    (typeof questionnaire.questions)[number],
  ];
  const answers = { [likert.id]: 4, [multi.id]: ["materi", "narasumber"], [text.id]: " Lanjutkan " };
  return { questionnaire, activity, request, respondent, answers, questions: { likert, multi, text } };
}

describe("submitting a response", () => {
  it("stores a named response with its answers and marks the request submitted", async () => {
    const { request, answers, questions, activity } = await setup({ respondent: "supervisor", subject: "staff" });
    const result = await submitResponse(deps, { requestId: request.id, respondentId: ids.supervisor, answers });
    expect(result).toMatchObject({ ok: true, anonymous: false });
    if (!result.ok) throw new Error("unreachable");

    const response = await testDb.db.response.findUniqueOrThrow({ where: { id: result.responseId }, include: { answers: true } });
    expect(response).toMatchObject({ requestId: request.id, respondentId: ids.supervisor, subjectId: ids.staff, activityId: activity.id });
    expect(response.answers.map(({ questionId, numericValue, textValue }) => ({ questionId, numericValue, textValue }))).toEqual(
      expect.arrayContaining([
        { questionId: questions.likert.id, numericValue: 4, textValue: null },
        { questionId: questions.multi.id, numericValue: null, textValue: "[\"materi\",\"narasumber\"]" },
        { questionId: questions.text.id, numericValue: null, textValue: "Lanjutkan" },
      ]),
    );
    expect(response.answers).toHaveLength(3);
    expect(await testDb.db.evaluationRequest.findUniqueOrThrow({ where: { id: request.id } })).toMatchObject({
      status: "SUBMITTED",
      submittedAt: clock.now(),
    });
  });

  it("refuses someone else's request and unknown requests", async () => {
    const { request, answers } = await setup();
    expect(await submitResponse(deps, { requestId: request.id, respondentId: ids.colleague, answers })).toEqual({
      ok: false,
      code: "not-allowed",
    });
    expect(await submitResponse(deps, { requestId: request.id + 100, respondentId: ids.staff, answers })).toEqual({
      ok: false,
      code: "not-allowed",
    });
    expect(await testDb.db.response.count()).toBe(0);
    expect((await testDb.db.evaluationRequest.findUniqueOrThrow({ where: { id: request.id } })).status).toBe("PENDING");
  });

  it("reports every invalid answer per question and writes nothing", async () => {
    const { request, questions } = await setup();
    const result = await submitResponse(deps, {
      requestId: request.id,
      respondentId: ids.staff,
      answers: { [questions.multi.id]: ["materi", "materi"], [questions.text.id]: "x".repeat(201), 99999: 3 },
    });
    expect(result).toEqual({
      ok: false,
      code: "invalid",
      errors: {
        [questions.likert.id]: { code: "required" },
        [questions.multi.id]: { code: "duplicate-choice" },
        [questions.text.id]: { code: "too-long", params: { max: 200 } },
        99999: { code: "unknown-question" },
      },
    });
    expect(await testDb.db.response.count()).toBe(0);
    expect((await testDb.db.evaluationRequest.findUniqueOrThrow({ where: { id: request.id } })).status).toBe("PENDING");
  });

  it("accepts a response without the optional question", async () => {
    const { request, answers, questions } = await setup();
    const { [questions.text.id]: _skipped, ...required } = answers;
    const result = await submitResponse(deps, { requestId: request.id, respondentId: ids.staff, answers: required });
    expect(result).toMatchObject({ ok: true });
    expect(await testDb.db.answer.count()).toBe(2);
  });

  it("stores one response for a double submit", async () => {
    const { request, answers } = await setup();
    const input = { requestId: request.id, respondentId: ids.staff, answers };
    const results = await Promise.all([submitResponse(deps, input), submitResponse(deps, input)]);
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(results.filter((result) => !result.ok)).toEqual([{ ok: false, code: "already-submitted" }]);
    expect(await testDb.db.response.count()).toBe(1);
    expect(await testDb.db.answer.count()).toBe(3);

    expect(await submitResponse(deps, input)).toEqual({ ok: false, code: "already-submitted" });
    expect(await testDb.db.response.count()).toBe(1);
  });

  it("refuses expired and cancelled requests", async () => {
    const { request, answers } = await setup();
    for (const status of ["EXPIRED", "CANCELLED"] as const) {
      await testDb.db.evaluationRequest.update({ where: { id: request.id }, data: { status } });
      expect(await submitResponse(deps, { requestId: request.id, respondentId: ids.staff, answers })).toEqual({
        ok: false,
        code: "closed",
        status,
      });
    }
    expect(await testDb.db.response.count()).toBe(0);
  });

  it("keeps anonymous responses unlinked from the person but marks the request answered", async () => {
    const { request, answers, questionnaire, activity } = await setup({ anonymous: true });
    await testDb.db.evaluationRequest.update({ where: { id: request.id }, data: { status: "IN_PROGRESS" } });
    const result = await submitResponse(deps, { requestId: request.id, respondentId: ids.staff, answers });
    expect(result).toMatchObject({ ok: true, anonymous: true });

    const staff = await testDb.db.employee.findUniqueOrThrow({ where: { id: ids.staff } });
    const rows = await testDb.db.$queryRawUnsafe<
      { respondentId: number | null; requestId: number | null; subjectId: number | null; questionnaireId: number; activityId: number; unitId: number }[]
    >('SELECT "respondentId", "requestId", "subjectId", "questionnaireId", "activityId", "unitId" FROM "Response"');
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ respondentId: null, requestId: null, subjectId: null });
    expect(Number(rows[0]!.questionnaireId)).toBe(questionnaire.id);
    expect(Number(rows[0]!.activityId)).toBe(activity.id);
    expect(Number(rows[0]!.unitId)).toBe(staff.unitId);
    expect(await testDb.db.answer.count()).toBe(3);

    expect(await testDb.db.evaluationRequest.findUniqueOrThrow({ where: { id: request.id } })).toMatchObject({
      status: "SUBMITTED",
      submittedAt: null,
    });
    expect(await pendingRequestsFor(deps, { employeeId: ids.staff })).toEqual([]);
    expect(await submitResponse(deps, { requestId: request.id, respondentId: ids.staff, answers })).toEqual({
      ok: false,
      code: "already-submitted",
    });
  });
});

describe("listing open requests", () => {
  it("lists the respondent's pending and in-progress requests, soonest due first, with titles and subject", async () => {
    const activity = await createActivity(testDb.db, { status: "COMPLETED", title: "Pelatihan Excel" });
    const l1 = await createQuestionnaire(testDb.db, { code: "L1-REAKSI", anonymous: true });
    const l3 = await createQuestionnaire(testDb.db, { code: "L3-ATASAN", respondentRole: "SUPERVISOR" });
    const base = { activityId: activity.id, respondentId: ids.supervisor };
    const later = await testDb.db.evaluationRequest.create({
      data: { ...base, dedupeKey: "a", questionnaireId: l1.id, dueAt: new Date("2026-12-30T00:00:00Z"), status: "IN_PROGRESS" },
    });
    const sooner = await testDb.db.evaluationRequest.create({
      data: { ...base, dedupeKey: "b", questionnaireId: l3.id, subjectId: ids.staff, dueAt: new Date("2026-12-20T00:00:00Z") },
    });
    await testDb.db.evaluationRequest.create({
      data: { ...base, dedupeKey: "c", questionnaireId: l1.id, dueAt: new Date("2026-12-10T00:00:00Z"), status: "SUBMITTED" },
    });
    await testDb.db.evaluationRequest.create({
      data: { ...base, dedupeKey: "d", questionnaireId: l1.id, dueAt: new Date("2026-12-11T00:00:00Z"), status: "EXPIRED" },
    });
    await testDb.db.evaluationRequest.create({
      data: { ...base, respondentId: ids.staff, dedupeKey: "e", questionnaireId: l1.id, dueAt: new Date("2026-12-12T00:00:00Z") },
    });

    expect(await pendingRequestsFor(deps, { employeeId: ids.supervisor })).toEqual([
      expect.objectContaining({
        id: sooner.id,
        status: "PENDING",
        questionnaireCode: "L3-ATASAN",
        questionnaireTitle: l3.title,
        activityTitle: "Pelatihan Excel",
        subjectId: ids.staff,
        subjectName: "Ahmad Fauzi, S.Kom.",
        dueAt: new Date("2026-12-20T00:00:00Z"),
      }),
      expect.objectContaining({ id: later.id, status: "IN_PROGRESS", anonymous: true, subjectId: null, subjectName: null }),
    ]);
  });
});
