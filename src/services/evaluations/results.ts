import type { EvaluationStatus, QuestionKind } from "../../generated/prisma/enums.js";
import type { ServiceDeps } from "../deps.js";
import { choiceOptions, DEFAULT_QUESTIONNAIRES, type Bilingual } from "./question-options.js";

/**
 * Evaluation results of one activity, computed with aggregate queries (counts and averages per
 * question and value) rather than by loading every answer; only free texts are read one by one.
 *
 * - per questionnaire: the response rate (submitted requests / all requests), and per question the
 *   mean and distribution (LIKERT 1..5, RATING 0..10), the yes share (YES_NO), the count per choice
 *   (SINGLE/MULTI_CHOICE) or the free texts;
 * - free texts of anonymous questionnaires carry nothing but the text, in alphabetical order (never
 *   in the order they came in);
 * - the L3 comparison: self-assessment (L3-DIRI) against the supervisor's (L3-ATASAN) mean per
 *   question `dimension` and overall, over their Likert questions, with the gap (supervisor − self).
 */

export interface ScaleResult {
  kind: "LIKERT" | "RATING";
  /** Null when nobody answered. */
  mean: number | null;
  /** Answers per scale value, every value of the scale present (0 when nobody chose it). */
  distribution: Array<{ value: number; count: number }>;
}

export interface YesNoResult {
  kind: "YES_NO";
  yes: number;
  no: number;
  /** Share of "yes" among the answers, 0..1; null when nobody answered. */
  yesShare: number | null;
}

export interface ChoiceResult {
  kind: "SINGLE_CHOICE" | "MULTI_CHOICE";
  /** Every offered choice in its order, then any stored id the options no longer list. */
  choices: Array<{ id: string; label: Bilingual | null; count: number }>;
}

export interface FreeTextResult {
  kind: "FREE_TEXT";
  /** `respondent` only for questionnaires that are not anonymous. */
  texts: Array<{ text: string; respondent?: string }>;
}

export type QuestionResult = {
  questionId: number;
  position: number;
  text: string;
  textEn: string | null;
  dimension: string | null;
  /** How many responses answered it. */
  answered: number;
} & (ScaleResult | YesNoResult | ChoiceResult | FreeTextResult);

export interface QuestionnaireResult {
  questionnaireId: number;
  code: string;
  version: number;
  title: string;
  titleEn: string | null;
  anonymous: boolean;
  /** Requests sent for this activity (every status). */
  requests: number;
  submitted: number;
  /** submitted / requests, 0..1; null without requests. */
  responseRate: number | null;
  /** Stored responses (anonymous ones included). */
  responses: number;
  questions: QuestionResult[];
}

export interface L3Row {
  /** The question dimension; null for Likert questions without one. */
  dimension: string | null;
  self: number | null;
  supervisor: number | null;
  /** supervisor − self; null unless both are known. */
  gap: number | null;
}

export interface L3Comparison {
  dimensions: L3Row[];
  overall: Omit<L3Row, "dimension">;
}

export interface ActivityResults {
  activity: { id: number; code: string; title: string };
  questionnaires: QuestionnaireResult[];
  /** Null when the activity has no L3 answers at all. */
  l3: L3Comparison | null;
}

const LIKERT_VALUES = [1, 2, 3, 4, 5];
const RATING_VALUES = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10];

/** The results of one activity by its code, or null when there is no such activity. */
export async function activityResults(deps: ServiceDeps, input: { activityCode: string }): Promise<ActivityResults | null> {
  const { db } = deps;
  const activity = await db.activity.findUnique({
    where: { code: input.activityCode },
    select: { id: true, code: true, title: true },
  });
  if (!activity) return null;

  const [requestCounts, responseCounts] = await Promise.all([
    db.evaluationRequest.groupBy({
      by: ["questionnaireId", "status"],
      where: { activityId: activity.id },
      _count: { _all: true },
    }),
    db.response.groupBy({ by: ["questionnaireId"], where: { activityId: activity.id }, _count: { _all: true } }),
  ]);
  const questionnaireIds = [...new Set([...requestCounts, ...responseCounts].map((row) => row.questionnaireId))];
  const questionnaires = await db.questionnaire.findMany({
    where: { id: { in: questionnaireIds } },
    select: {
      id: true,
      code: true,
      version: true,
      title: true,
      titleEn: true,
      anonymous: true,
      questions: { orderBy: { position: "asc" } },
    },
    orderBy: [{ code: "asc" }, { version: "asc" }],
  });

  const questions = questionnaires.flatMap((questionnaire) => questionnaire.questions);
  const ofKind = (...kinds: QuestionKind[]) => questions.filter((q) => kinds.includes(q.kind)).map((q) => q.id);
  const inActivity = { response: { activityId: activity.id } };

  const [means, valueCounts, choiceCounts, freeTexts] = await Promise.all([
    db.answer.groupBy({
      by: ["questionId"],
      where: { ...inActivity, questionId: { in: ofKind("LIKERT", "RATING", "YES_NO") }, numericValue: { not: null } },
      _avg: { numericValue: true },
      _count: { _all: true },
    }),
    db.answer.groupBy({
      by: ["questionId", "numericValue"],
      where: { ...inActivity, questionId: { in: ofKind("LIKERT", "RATING", "YES_NO") }, numericValue: { not: null } },
      _count: { _all: true },
    }),
    db.answer.groupBy({
      by: ["questionId", "textValue"],
      where: { ...inActivity, questionId: { in: ofKind("SINGLE_CHOICE", "MULTI_CHOICE") }, textValue: { not: null } },
      _count: { _all: true },
    }),
    db.answer.findMany({
      where: { ...inActivity, questionId: { in: ofKind("FREE_TEXT") }, textValue: { not: null } },
      select: {
        questionId: true,
        textValue: true,
        response: { select: { respondent: { select: { name: true } } } },
      },
      orderBy: { id: "asc" },
    }),
  ]);

  const meanOf = new Map(means.map((row) => [row.questionId, { mean: row._avg.numericValue, count: row._count._all }]));
  const countsOf = new Map<number, Map<number, number>>();
  for (const row of valueCounts) {
    if (row.numericValue === null) continue;
    const counts = countsOf.get(row.questionId) ?? new Map<number, number>();
    counts.set(row.numericValue, row._count._all);
    countsOf.set(row.questionId, counts);
  }
  const choicesOf = new Map<number, { counts: Map<string, number>; answered: number }>();
  for (const row of choiceCounts) {
    if (row.textValue === null) continue;
    const entry = choicesOf.get(row.questionId) ?? { counts: new Map<string, number>(), answered: 0 };
    entry.answered += row._count._all;
    for (const id of choiceIdsOf(row.textValue)) entry.counts.set(id, (entry.counts.get(id) ?? 0) + row._count._all);
    choicesOf.set(row.questionId, entry);
  }

  const anonymousQuestionnaire = new Map(questionnaires.map((q) => [q.id, q.anonymous]));
  const questionnaireOfQuestion = new Map(questions.map((q) => [q.id, q.questionnaireId]));
  const textsOf = new Map<number, FreeTextResult["texts"]>();
  for (const row of freeTexts) {
    if (row.textValue === null) continue;
    const anonymous = anonymousQuestionnaire.get(questionnaireOfQuestion.get(row.questionId) ?? -1) !== false;
    const name = row.response.respondent?.name;
    const item = !anonymous && name !== undefined ? { text: row.textValue, respondent: name } : { text: row.textValue };
    textsOf.set(row.questionId, [...(textsOf.get(row.questionId) ?? []), item]);
  }
  for (const [questionId, texts] of textsOf) {
    if (anonymousQuestionnaire.get(questionnaireOfQuestion.get(questionId) ?? -1) !== false) {
      texts.sort((a, b) => a.text.localeCompare(b.text));
    }
  }

  const statusCounts = new Map<number, Map<EvaluationStatus, number>>();
  for (const row of requestCounts) {
    const counts = statusCounts.get(row.questionnaireId) ?? new Map<EvaluationStatus, number>();
    counts.set(row.status, row._count._all);
    statusCounts.set(row.questionnaireId, counts);
  }
  const responsesOf = new Map(responseCounts.map((row) => [row.questionnaireId, row._count._all]));

  const results: QuestionnaireResult[] = questionnaires.map((questionnaire) => {
    const counts = statusCounts.get(questionnaire.id) ?? new Map<EvaluationStatus, number>();
    const requests = [...counts.values()].reduce((sum, n) => sum + n, 0);
    const submitted = counts.get("SUBMITTED") ?? 0;
    return {
      questionnaireId: questionnaire.id,
      code: questionnaire.code,
      version: questionnaire.version,
      title: questionnaire.title,
      titleEn: questionnaire.titleEn,
      anonymous: questionnaire.anonymous,
      requests,
      submitted,
      responseRate: requests === 0 ? null : submitted / requests,
      responses: responsesOf.get(questionnaire.id) ?? 0,
      questions: questionnaire.questions.map((question): QuestionResult => {
        const base = {
          questionId: question.id,
          position: question.position,
          text: question.text,
          textEn: question.textEn,
          dimension: question.dimension,
        };
        switch (question.kind) {
          case "LIKERT":
          case "RATING": {
            const values = question.kind === "LIKERT" ? LIKERT_VALUES : RATING_VALUES;
            const counts = countsOf.get(question.id);
            const stats = meanOf.get(question.id);
            return {
              ...base,
              kind: question.kind,
              answered: stats?.count ?? 0,
              mean: stats?.mean ?? null,
              distribution: values.map((value) => ({ value, count: counts?.get(value) ?? 0 })),
            };
          }
          case "YES_NO": {
            const counts = countsOf.get(question.id);
            const yes = counts?.get(1) ?? 0;
            const no = counts?.get(0) ?? 0;
            return { ...base, kind: "YES_NO", answered: yes + no, yes, no, yesShare: yes + no === 0 ? null : yes / (yes + no) };
          }
          case "SINGLE_CHOICE":
          case "MULTI_CHOICE": {
            const entry = choicesOf.get(question.id);
            const offered = offeredChoices(question.options);
            const listed = new Set(offered.map((choice) => choice.id));
            const extra = [...(entry?.counts.keys() ?? [])].filter((id) => !listed.has(id)).sort();
            return {
              ...base,
              kind: question.kind,
              answered: entry?.answered ?? 0,
              choices: [
                ...offered.map((choice) => ({ id: choice.id, label: choice.label, count: entry?.counts.get(choice.id) ?? 0 })),
                ...extra.map((id) => ({ id, label: null, count: entry?.counts.get(id) ?? 0 })),
              ],
            };
          }
          case "FREE_TEXT": {
            const texts = textsOf.get(question.id) ?? [];
            return { ...base, kind: "FREE_TEXT", answered: texts.length, texts };
          }
        }
      }),
    };
  });

  return { activity, questionnaires: results, l3: await l3Comparison(deps, activity.id) };
}

/** Self against supervisor means per dimension and overall, over the L3 questionnaires' Likert questions. */
async function l3Comparison(deps: ServiceDeps, activityId: number): Promise<L3Comparison | null> {
  const { db } = deps;
  const questions = await db.question.findMany({
    where: {
      kind: "LIKERT",
      questionnaire: { code: { in: [DEFAULT_QUESTIONNAIRES.behaviourSelf, DEFAULT_QUESTIONNAIRES.behaviourSupervisor] } },
    },
    select: { id: true, dimension: true, questionnaire: { select: { code: true } } },
  });
  if (questions.length === 0) return null;
  const stats = await db.answer.groupBy({
    by: ["questionId"],
    where: { questionId: { in: questions.map((q) => q.id) }, numericValue: { not: null }, response: { activityId } },
    _sum: { numericValue: true },
    _count: { _all: true },
  });
  if (stats.length === 0) return null;

  type Acc = { sum: number; count: number };
  const side = (code: string) => (code === DEFAULT_QUESTIONNAIRES.behaviourSelf ? "self" : "supervisor");
  const byDimension = new Map<string | null, { self: Acc; supervisor: Acc }>();
  const overall = { self: { sum: 0, count: 0 }, supervisor: { sum: 0, count: 0 } };
  const questionOf = new Map(questions.map((q) => [q.id, q]));
  for (const row of stats) {
    const question = questionOf.get(row.questionId);
    if (!question) continue;
    const entry = byDimension.get(question.dimension) ?? { self: { sum: 0, count: 0 }, supervisor: { sum: 0, count: 0 } };
    const which = side(question.questionnaire.code);
    const sum = row._sum.numericValue ?? 0;
    entry[which].sum += sum;
    entry[which].count += row._count._all;
    overall[which].sum += sum;
    overall[which].count += row._count._all;
    byDimension.set(question.dimension, entry);
  }
  const mean = (acc: Acc) => (acc.count === 0 ? null : acc.sum / acc.count);
  const row = (acc: { self: Acc; supervisor: Acc }) => {
    const self = mean(acc.self);
    const supervisor = mean(acc.supervisor);
    return { self, supervisor, gap: self === null || supervisor === null ? null : supervisor - self };
  };
  const dimensions = [...byDimension.entries()]
    .sort(([a], [b]) => (a ?? "\uffff").localeCompare(b ?? "\uffff"))
    .map(([dimension, acc]) => ({ dimension, ...row(acc) }));
  return { dimensions, overall: row(overall) };
}

function offeredChoices(options: string | null): Array<{ id: string; label: Bilingual }> {
  if (options === null) return [];
  try {
    const parsed = choiceOptions.safeParse(JSON.parse(options));
    return parsed.success ? parsed.data.choices : [];
  } catch {
    return [];
  }
}

/** A single choice is stored as the id, a multiple choice as a JSON array of ids. */
function choiceIdsOf(textValue: string): string[] {
  if (!textValue.startsWith("[")) return [textValue];
  try {
    const parsed: unknown = JSON.parse(textValue);
    return Array.isArray(parsed) ? parsed.filter((id): id is string => typeof id === "string") : [textValue];
  } catch {
    return [textValue];
  }
}

export interface NonRespondent {
  requestId: number;
  nip: string;
  name: string;
  unitCode: string;
  unitName: string;
  questionnaireCode: string;
  status: EvaluationStatus;
  dueAt: Date;
  /** Whom the respondent was to assess (a supervisor's L3); null otherwise. */
  subjectName: string | null;
}

/** People whose requests for this activity are still open or have expired; null without such activity. */
export async function nonRespondents(deps: ServiceDeps, input: { activityCode: string }): Promise<NonRespondent[] | null> {
  const activity = await deps.db.activity.findUnique({ where: { code: input.activityCode }, select: { id: true } });
  if (!activity) return null;
  const rows = await deps.db.evaluationRequest.findMany({
    where: { activityId: activity.id, status: { in: ["PENDING", "IN_PROGRESS", "EXPIRED"] } },
    select: {
      id: true,
      status: true,
      dueAt: true,
      questionnaire: { select: { code: true } },
      respondent: { select: { nip: true, name: true, unit: { select: { code: true, name: true } } } },
      subject: { select: { name: true } },
    },
  });
  return rows
    .map((row) => ({
      requestId: row.id,
      nip: row.respondent.nip,
      name: row.respondent.name,
      unitCode: row.respondent.unit.code,
      unitName: row.respondent.unit.name,
      questionnaireCode: row.questionnaire.code,
      status: row.status,
      dueAt: row.dueAt,
      subjectName: row.subject?.name ?? null,
    }))
    .sort((a, b) => a.unitCode.localeCompare(b.unitCode) || a.name.localeCompare(b.name) || a.requestId - b.requestId);
}
