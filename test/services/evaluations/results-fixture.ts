import { ManualClock } from "../../../src/clock.js";
import type { Db } from "../../../src/db/client.js";
import { DEFAULT_QUESTIONNAIRES } from "../../../src/services/evaluations/question-options.js";
import { submitResponse, type AnswerInput } from "../../../src/services/evaluations/submission.js";
import { createActivity } from "../../kit/activity-fixture.js";
import { seedRoster } from "../../kit/roster-fixture.js";
import { createQuestionnaire, TOPICS } from "./questionnaire-fixture.js";
import { AGREEMENT_LABELS } from "../../../src/services/evaluations/question-options.js";

/** Due date of every request: 28 December 2026, 16:00 WIB. */
export const RESULTS_DUE = new Date("2026-12-28T09:00:00Z");

/**
 * A small, hand-computed data set for one activity (code returned):
 *
 * L1-REAKSI (anonymous), 4 requests, 3 answered (staff, colleague, supervisor), head's still PENDING:
 * - Likert 5, 4, 4 → mean 4.33, distribution 4:2 5:1
 * - rating 10, 7, 8 → mean 8.33
 * - yes/no yes, yes, no → 2/3 yes
 * - single choice materi, materi, tempat
 * - multiple choice [materi, narasumber], [narasumber], [materi, narasumber] → materi 2, narasumber 3
 * - free text "Tambah sesi praktik", "AC kurang dingin", (skipped)
 *
 * L3-DIRI (staff 4/5, colleague 3/4) and L3-ATASAN by the supervisor (staff 3/4, colleague 2/4) on the
 * dimensions penerapan / kualitas-kerja: self 3.5 / 4.5 (overall 4), supervisor 2.5 / 4 (overall 3.25).
 * The head's L3-DIRI request is EXPIRED. Another activity's answer (Likert 1) must not count.
 */
export async function seedResults(db: Db) {
  const clock = new ManualClock("2026-12-20T03:00:00Z");
  const deps = { db, clock };
  const ids = await seedRoster(db);
  const activity = await createActivity(db, { status: "COMPLETED", code: "PLT-ARSIP-2026", title: "Pelatihan Arsip Digital" });
  const other = await createActivity(db, { status: "COMPLETED" });

  const likert = { kind: "LIKERT" as const, options: JSON.stringify(AGREEMENT_LABELS) };
  const l1 = await createQuestionnaire(db, {
    code: DEFAULT_QUESTIONNAIRES.reaction,
    anonymous: true,
    questions: [
      { ...likert, text: "Materi bermanfaat" },
      { kind: "RATING", text: "Nilai keseluruhan" },
      { kind: "YES_NO", text: "Akan merekomendasikan?" },
      { kind: "SINGLE_CHOICE", text: "Yang paling baik", options: JSON.stringify(TOPICS) },
      { kind: "MULTI_CHOICE", text: "Yang perlu diperbaiki", options: JSON.stringify(TOPICS) },
      { kind: "FREE_TEXT", text: "Saran", required: false },
    ],
  });
  const l3Questions = (who: string) => [
    { ...likert, text: `${who} menerapkan materi`, dimension: "penerapan" },
    { ...likert, text: `Kualitas kerja ${who} meningkat`, dimension: "kualitas-kerja" },
    { kind: "FREE_TEXT" as const, text: "Catatan", required: false },
  ];
  const self = await createQuestionnaire(db, { code: DEFAULT_QUESTIONNAIRES.behaviourSelf, questions: l3Questions("Saya") });
  const supervisor = await createQuestionnaire(db, {
    code: DEFAULT_QUESTIONNAIRES.behaviourSupervisor,
    respondentRole: "SUPERVISOR",
    questions: l3Questions("Pegawai"),
  });

  let seq = 0;
  const request = (questionnaireId: number, respondentId: number, activityId = activity.id, subjectId: number | null = null) => {
    seq += 1;
    return db.evaluationRequest.create({
      data: { dedupeKey: `results:${seq}`, questionnaireId, respondentId, subjectId, activityId, dueAt: RESULTS_DUE },
    });
  };
  const answer = async (requestId: number, respondentId: number, questions: { id: number }[], values: Array<AnswerInput | null>) => {
    const answers: Record<number, AnswerInput | null> = {};
    values.forEach((value, index) => (answers[questions[index]!.id] = value));
    const result = await submitResponse(deps, { requestId, respondentId, answers });
    if (!result.ok) throw new Error(`fixture answer refused: ${JSON.stringify(result)}`);
  };

  const l1Answers: Array<[number, Array<AnswerInput | null>]> = [
    [ids.staff, [5, 10, true, "materi", ["materi", "narasumber"], "Tambah sesi praktik"]],
    [ids.colleague, [4, 7, true, "materi", ["narasumber"], "AC kurang dingin"]],
    [ids.supervisor, [4, 8, false, "tempat", ["materi", "narasumber"], null]],
  ];
  for (const [person, values] of l1Answers) await answer((await request(l1.id, person)).id, person, l1.questions, values);
  const pending = await request(l1.id, ids.head);

  await answer((await request(self.id, ids.staff)).id, ids.staff, self.questions, [4, 5, "Sudah saya terapkan di bidang"]);
  await answer((await request(self.id, ids.colleague)).id, ids.colleague, self.questions, [3, 4, null]);
  await answer((await request(supervisor.id, ids.supervisor, activity.id, ids.staff)).id, ids.supervisor, supervisor.questions, [3, 4, null]);
  await answer((await request(supervisor.id, ids.supervisor, activity.id, ids.colleague)).id, ids.supervisor, supervisor.questions, [2, 4, null]);
  const expired = await request(self.id, ids.head);
  await db.evaluationRequest.update({ where: { id: expired.id }, data: { status: "EXPIRED" } });

  const elsewhere = await request(l1.id, ids.staff, other.id);
  await answer(elsewhere.id, ids.staff, l1.questions, [1, 0, false, "tempat", ["tempat"], "Lain kegiatan"]);

  return { ids, activity, l1, self, supervisor, pending, expired };
}
