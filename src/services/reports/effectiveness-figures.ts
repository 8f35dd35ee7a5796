import type { Prisma } from "../../generated/prisma/client.js";
import type { ActivityKind, CompetencyType, RegistrationStatus } from "../../generated/prisma/enums.js";
import type { ServiceDeps } from "../deps.js";
import { DEFAULT_QUESTIONNAIRES } from "../evaluations/question-options.js";
import { answerSums } from "./effectiveness-answers.js";
import type { ReportFilter } from "./filter.js";

/**
 * The raw counts behind the activity-effectiveness report, one entry per activity, from grouped
 * queries: registrations by status, evaluation requests by questionnaire and status, and sums and
 * counts of Likert answers (effectiveness-answers.ts). Means and rates are left to the caller, so
 * that groups of activities can be combined by adding counts (see effectiveness-tally.ts).
 *
 * Which questionnaires: every version of L1-REAKSI (reaction), L3-DIRI (self) and L3-ATASAN
 * (supervisor); of their answers only the Likert ones (1–5), as in the L3 comparison of an activity's
 * results. Response rates are answered requests over all requests, as there too.
 *
 * Which activities: those whose end falls in the period and that were not cancelled (drafts never
 * ran either). With a unit, only the participants of that unit's subtree count, by their current unit
 * (someone who moved counts under their new unit, for registrations and for answers alike):
 * - registrations and the participant's own requests and answers (L1, L3 self) by the participant;
 * - the supervisor's L3 by the person assessed, not by the supervisor, who may sit in a parent unit;
 * - anonymous answers, which name nobody, by the unit the respondent was in when answering.
 * Activities with nothing from the subtree are left out; for the whole district every activity is listed.
 *
 * Anonymity: a mean that rests on fewer than `ANONYMOUS_MIN_RESPONSES` anonymous responses (counted
 * within the unit asked for) would show a few people's answers, so it is hidden, and its answers are
 * left out of every group the activity belongs to as well, so that it cannot be worked out from the
 * group's mean. Named answers are no secret to leaders (the results of an activity show them), and
 * the request counts behind response rates are never hidden.
 */

/** The fewest anonymous responses whose mean is shown: the same minimum as the L1 means per partner. */
export const ANONYMOUS_MIN_RESPONSES = 3;

export interface Sum {
  sum: number;
  count: number;
}

export interface EffectivenessCounts {
  /** Registrations that held a seat: registered, attended, completed or no-show. */
  registrations: number;
  /** Attended or completed. */
  attended: number;
  noShows: number;
  l1: Sum;
  l1Requests: number;
  l1Submitted: number;
  l3Self: Sum;
  l3Supervisor: Sum;
  /** Self and supervisor L3 requests together. */
  l3Requests: number;
  l3Submitted: number;
}

export interface ActivityFigures extends EffectivenessCounts {
  id: number;
  code: string;
  title: string;
  kind: ActivityKind;
  competencyType: CompetencyType;
  partnerName: string | null;
  endsAt: Date;
  /** Means hidden because too few anonymous responses stand behind them (their sums are left at zero). */
  hiddenMeans: AnswerSide[];
}

/** Statuses of a registration that held a seat; pending, waitlisted, rejected and cancelled ones did not. */
export const SEATED: RegistrationStatus[] = ["REGISTERED", "ATTENDED", "COMPLETED", "NO_SHOW"];
const ATTENDED: RegistrationStatus[] = ["ATTENDED", "COMPLETED"];

const CHUNK = 500;

export type AnswerSide = "l1" | "l3Self" | "l3Supervisor";
const SIDE_OF_CODE: Record<string, AnswerSide> = {
  [DEFAULT_QUESTIONNAIRES.reaction]: "l1",
  [DEFAULT_QUESTIONNAIRES.behaviourSelf]: "l3Self",
  [DEFAULT_QUESTIONNAIRES.behaviourSupervisor]: "l3Supervisor",
};

const hasAnswers = (row: ActivityFigures) =>
  row.l1.count + row.l3Self.count + row.l3Supervisor.count > 0 || row.hiddenMeans.length > 0;

export const emptySum = (): Sum => ({ sum: 0, count: 0 });
export const emptyCounts = (): EffectivenessCounts => ({
  registrations: 0,
  attended: 0,
  noShows: 0,
  l1: emptySum(),
  l1Requests: 0,
  l1Submitted: 0,
  l3Self: emptySum(),
  l3Supervisor: emptySum(),
  l3Requests: 0,
  l3Submitted: 0,
});

/** Participants in the units: registrations by the registrant's current unit. */
function registrationsIn(unitIds: number[] | null): Prisma.RegistrationWhereInput {
  return unitIds === null ? {} : { employee: { unitId: { in: unitIds } } };
}

/** Requests about a participant in the units: by the person assessed, else by the respondent. */
function requestsIn(unitIds: number[] | null): Prisma.EvaluationRequestWhereInput {
  if (unitIds === null) return {};
  const inUnits = { unitId: { in: unitIds } };
  return { OR: [{ subjectId: { not: null }, subject: inUnits }, { subjectId: null, respondent: inUnits }] };
}

export async function effectivenessFigures(
  deps: ServiceDeps,
  input: { filter: ReportFilter; unitIds: number[] | null },
): Promise<ActivityFigures[]> {
  const { db } = deps;
  const { filter, unitIds } = input;
  const activities = await db.activity.findMany({
    where: { endsAt: { gte: filter.from, lt: filter.to }, status: { in: ["PUBLISHED", "COMPLETED"] } },
    select: { id: true, code: true, title: true, kind: true, competencyType: true, endsAt: true, partner: { select: { name: true } } },
    orderBy: [{ endsAt: "asc" }, { code: "asc" }],
  });
  if (activities.length === 0) return [];

  const questionnaires = await db.questionnaire.findMany({
    where: { code: { in: Object.keys(SIDE_OF_CODE) } },
    select: { id: true, code: true, questions: { where: { kind: "LIKERT" }, select: { id: true } } },
  });
  const sideOfQuestionnaire = new Map(questionnaires.map((q) => [q.id, SIDE_OF_CODE[q.code]!]));
  const likertQuestionIds = questionnaires.flatMap((q) => q.questions.map((question) => question.id));
  const questionnaireIds = [...sideOfQuestionnaire.keys()];

  const counts = new Map(activities.map((activity) => [activity.id, emptyCounts()]));
  const ids = activities.map((activity) => activity.id);
  for (let start = 0; start < ids.length; start += CHUNK) {
    const chunk = ids.slice(start, start + CHUNK);
    const [registrations, requests] = await Promise.all([
      db.registration.groupBy({
        by: ["activityId", "status"],
        where: { activityId: { in: chunk }, status: { in: SEATED }, ...registrationsIn(unitIds) },
        _count: { _all: true },
      }),
      db.evaluationRequest.groupBy({
        by: ["activityId", "questionnaireId", "status"],
        where: { activityId: { in: chunk }, questionnaireId: { in: questionnaireIds }, ...requestsIn(unitIds) },
        _count: { _all: true },
      }),
    ]);
    for (const row of registrations) {
      const tally = counts.get(row.activityId)!;
      const n = row._count._all;
      tally.registrations += n;
      if (ATTENDED.includes(row.status)) tally.attended += n;
      if (row.status === "NO_SHOW") tally.noShows += n;
    }
    for (const row of requests) {
      const tally = row.activityId === null ? undefined : counts.get(row.activityId);
      if (!tally) continue;
      const n = row._count._all;
      const submitted = row.status === "SUBMITTED" ? n : 0;
      if (sideOfQuestionnaire.get(row.questionnaireId) === "l1") {
        tally.l1Requests += n;
        tally.l1Submitted += submitted;
      } else {
        tally.l3Requests += n;
        tally.l3Submitted += submitted;
      }
    }
  }

  const anonymous = new Map<number, Record<AnswerSide, number>>();
  for (const row of await answerSums(deps, { activityIds: ids, questionIds: likertQuestionIds, unitIds })) {
    const tally = counts.get(row.activityId);
    const side = sideOfQuestionnaire.get(row.questionnaireId);
    if (!tally || !side) continue;
    tally[side].sum += row.sum;
    tally[side].count += row.count;
    const responses = anonymous.get(row.activityId) ?? { l1: 0, l3Self: 0, l3Supervisor: 0 };
    responses[side] += row.anonymousResponses;
    anonymous.set(row.activityId, responses);
  }
  const hiddenMeans = new Map<number, AnswerSide[]>();
  for (const [activityId, responses] of anonymous) {
    const tooFew = (side: AnswerSide) => responses[side] > 0 && responses[side] < ANONYMOUS_MIN_RESPONSES;
    const hidden = (Object.keys(responses) as AnswerSide[]).filter(tooFew);
    for (const side of hidden) counts.get(activityId)![side] = emptySum();
    if (hidden.length > 0) hiddenMeans.set(activityId, hidden);
  }

  return activities
    .map((activity) => ({
      id: activity.id,
      code: activity.code,
      title: activity.title,
      kind: activity.kind,
      competencyType: activity.competencyType,
      partnerName: activity.partner?.name ?? null,
      endsAt: activity.endsAt,
      ...counts.get(activity.id)!,
      hiddenMeans: hiddenMeans.get(activity.id) ?? [],
    }))
    .filter((row) => unitIds === null || row.registrations > 0 || row.l1Requests + row.l3Requests > 0 || hasAnswers(row));
}
