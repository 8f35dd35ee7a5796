import { ManualClock } from "../../../src/clock.js";
import type { Db } from "../../../src/db/client.js";
import { AGREEMENT_LABELS, DEFAULT_QUESTIONNAIRES } from "../../../src/services/evaluations/question-options.js";
import { submitResponse } from "../../../src/services/evaluations/submission.js";
import { createActivity } from "../../kit/activity-fixture.js";
import { createQuestionnaire } from "./questionnaire-fixture.js";

/** Likert answers in the order penerapan, frekuensi, kualitas-kerja. */
export type L3Values = [number, number, number];

/**
 * The shipped L3 pair's shape: three Likert questions with the dimensions penerapan, frekuensi and
 * kualitas-kerja, then a free text, for the participant (L3-DIRI) and the supervisor (L3-ATASAN).
 */
export async function createL3Questionnaires(db: Db) {
  const likert = { kind: "LIKERT" as const, options: JSON.stringify(AGREEMENT_LABELS) };
  const questions = (who: string) => [
    { ...likert, text: `${who} menerapkan hasil belajar`, dimension: "penerapan" },
    { ...likert, text: `Seberapa sering ${who} menerapkannya`, dimension: "frekuensi" },
    { ...likert, text: `Kualitas kerja ${who} meningkat`, dimension: "kualitas-kerja" },
    { kind: "FREE_TEXT" as const, text: "Catatan", required: false, dimension: "catatan" },
  ];
  const self = await createQuestionnaire(db, { code: DEFAULT_QUESTIONNAIRES.behaviourSelf, questions: questions("Saya") });
  const supervisor = await createQuestionnaire(db, {
    code: DEFAULT_QUESTIONNAIRES.behaviourSupervisor,
    respondentRole: "SUPERVISOR",
    questions: questions("Pegawai"),
  });
  return { self, supervisor };
}

export type L3Questionnaires = Awaited<ReturnType<typeof createL3Questionnaires>>;

let seq = 0;

/** An activity that ended on `endedAt`, with a COMPLETED registration for each participant. */
export async function completedActivity(db: Db, title: string, endedAt: string, participants: number[]) {
  const endsAt = new Date(endedAt);
  const activity = await createActivity(db, {
    title,
    status: "COMPLETED",
    startsAt: new Date(endsAt.getTime() - 8 * 3_600_000),
    endsAt,
  });
  for (const employeeId of participants) {
    await db.registration.create({ data: { activityId: activity.id, employeeId, status: "COMPLETED", completedAt: endsAt } });
  }
  return activity;
}

/**
 * Answers one L3 questionnaire through the real submission service at `at`: the participant's own
 * (subject null) or the supervisor's about the participant.
 */
export async function answerL3(
  db: Db,
  questionnaire: L3Questionnaires["self"],
  input: { activityId: number; respondentId: number; subjectId?: number; values: L3Values; at: string },
) {
  seq += 1;
  const request = await db.evaluationRequest.create({
    data: {
      dedupeKey: `development:${seq}`,
      questionnaireId: questionnaire.id,
      respondentId: input.respondentId,
      subjectId: input.subjectId ?? null,
      activityId: input.activityId,
      dueAt: new Date("2027-01-31T09:00:00Z"),
    },
  });
  const answers: Record<number, number> = {};
  input.values.forEach((value, index) => (answers[questionnaire.questions[index]!.id] = value));
  const result = await submitResponse({ db, clock: new ManualClock(input.at) }, { requestId: request.id, respondentId: input.respondentId, answers });
  if (!result.ok) throw new Error(`fixture answer refused: ${JSON.stringify(result)}`);
}
