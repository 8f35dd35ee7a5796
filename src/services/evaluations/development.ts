import { suggestActivities, type LedgerDeps, type SuggestedActivity } from "../jp/ledger.js";
import { DEFAULT_QUESTIONNAIRES } from "./question-options.js";

/**
 * A person's own development from the behaviour (L3) assessments: their self-assessment (L3-DIRI)
 * and their supervisor's (L3-ATASAN about them), per completed activity for which both are in.
 *
 * - Per activity: the self and supervisor mean of the Likert answers per question `dimension` and
 *   overall. Only questionnaires that are not anonymous count (anonymous answers carry no link to the
 *   person and are never used here).
 * - Combined score: the plain mean of the self and the supervisor score. Both are one person's view
 *   of the same behaviour; where they disagree the gap shows on screen next to it, so neither is
 *   weighted up.
 * - Across activities, ordered by when the assessment was complete (the later of the two answers):
 *   per dimension the latest combined score, and the change against the previous assessment of that
 *   dimension.
 * - Levels and trends are judged on the value rounded to one decimal, the precision the person sees,
 *   so a shown "4,0" is always strong and a shown "+0,0" is always steady.
 * - Suggestions for "needs work": the L3 dimensions (penerapan, frekuensi, kualitas-kerja) say how
 *   well learning is applied, not in which competency type, so they do not map to activities. The
 *   suggestions are upcoming activities the person may join, the competency types in which they have
 *   the fewest JP this year first (the JP ledger's suggestions).
 *
 * Only the person themself is ever looked at: the input is the caller's own employee id.
 */

/** A combined score from here up is "strong". */
export const STRONG_FROM = 4.0;
/** A combined score below this "needs work"; in between it is "developing". */
export const NEEDS_WORK_BELOW = 3.0;
/** Upcoming activities suggested when a dimension needs work. */
export const SUGGESTION_LIMIT = 3;

export type DevelopmentLevel = "strong" | "developing" | "needs-work";
export type Trend = "up" | "down" | "steady";

export interface Scores {
  self: number | null;
  supervisor: number | null;
  /** Mean of self and supervisor; null unless both are known. */
  combined: number | null;
}

export interface ActivityAssessment {
  activityId: number;
  title: string;
  endsAt: Date;
  /** When the later of the two assessments came in. */
  assessedAt: Date;
  dimensions: Array<{ dimension: string } & Scores>;
  overall: Scores;
}

export interface Progress {
  /** Of the latest assessment that scored it. */
  self: number;
  supervisor: number;
  combined: number;
  level: DevelopmentLevel;
  /** Combined score of the assessment before; null for the first. */
  previous: number | null;
  /** combined − previous; null for the first. */
  change: number | null;
  trend: Trend | null;
}

export interface PendingAssessment {
  activityId: number;
  title: string;
  endsAt: Date;
  waitingFor: "self" | "supervisor";
}

export interface MyDevelopment {
  /** Activities with both assessments in, oldest assessment first. */
  assessments: ActivityAssessment[];
  /** Per dimension, in questionnaire order. */
  dimensions: Array<{ dimension: string } & Progress>;
  overall: Progress | null;
  /** Completed activities where only one side has answered, most recent activity first. */
  pending: PendingAssessment[];
  /** Only when a dimension needs work; empty otherwise. */
  suggestions: SuggestedActivity[];
}

type Acc = { sum: number; count: number };
type Side = "self" | "supervisor";

interface ActivitySides {
  activity: { id: number; title: string; endsAt: Date };
  submitted: Record<Side, Date | null>;
  overall: Record<Side, Acc>;
  byDimension: Map<string, Record<Side, Acc>>;
}

const emptySides = (): Record<Side, Acc> => ({ self: { sum: 0, count: 0 }, supervisor: { sum: 0, count: 0 } });
const meanOf = (acc: Acc) => (acc.count === 0 ? null : acc.sum / acc.count);
const shown = (value: number) => Math.round(value * 10) / 10;

function scoresOf(sides: Record<Side, Acc>): Scores {
  const self = meanOf(sides.self);
  const supervisor = meanOf(sides.supervisor);
  return { self, supervisor, combined: self === null || supervisor === null ? null : (self + supervisor) / 2 };
}

export function levelOf(combined: number): DevelopmentLevel {
  const value = shown(combined);
  if (value >= STRONG_FROM) return "strong";
  if (value < NEEDS_WORK_BELOW) return "needs-work";
  return "developing";
}

function trendOf(change: number): Trend {
  const value = shown(change);
  return value > 0 ? "up" : value < 0 ? "down" : "steady";
}

/** The latest scored point of a series against the one before it. */
function progressOf(series: Scores[]): Progress | null {
  const scored = series.filter(
    (scores): scores is { self: number; supervisor: number; combined: number } => scores.combined !== null,
  );
  const latest = scored.at(-1);
  if (!latest) return null;
  const previous = scored.at(-2)?.combined ?? null;
  const change = previous === null ? null : latest.combined - previous;
  return {
    self: latest.self,
    supervisor: latest.supervisor,
    combined: latest.combined,
    level: levelOf(latest.combined),
    previous,
    change,
    trend: change === null ? null : trendOf(change),
  };
}

/** The caller's own development view; see the module comment. */
export async function myDevelopment(deps: LedgerDeps, input: { employeeId: number }): Promise<MyDevelopment> {
  const { db } = deps;
  const employeeId = input.employeeId;
  const registrations = await db.registration.findMany({
    where: { employeeId, status: "COMPLETED" },
    select: { activity: { select: { id: true, title: true, endsAt: true } } },
  });
  const activityIds = registrations.map((registration) => registration.activity.id);
  const responses =
    activityIds.length === 0
      ? []
      : await db.response.findMany({
          where: {
            activityId: { in: activityIds },
            OR: [
              { respondentId: employeeId, questionnaire: { code: DEFAULT_QUESTIONNAIRES.behaviourSelf, anonymous: false } },
              { subjectId: employeeId, questionnaire: { code: DEFAULT_QUESTIONNAIRES.behaviourSupervisor, anonymous: false } },
            ],
          },
          select: {
            activityId: true,
            respondentId: true,
            subjectId: true,
            submittedAt: true,
            questionnaire: { select: { code: true } },
            answers: {
              where: { numericValue: { not: null }, question: { kind: "LIKERT" } },
              select: { numericValue: true, question: { select: { dimension: true, position: true } } },
            },
          },
        });

  const byActivity = new Map<number, ActivitySides>(
    registrations.map(({ activity }) => [
      activity.id,
      { activity, submitted: { self: null, supervisor: null }, overall: emptySides(), byDimension: new Map() },
    ]),
  );
  const dimensionOrder = new Map<string, number>();
  for (const response of responses) {
    const entry = response.activityId === null ? undefined : byActivity.get(response.activityId);
    if (!entry) continue;
    const side: Side = response.questionnaire.code === DEFAULT_QUESTIONNAIRES.behaviourSelf ? "self" : "supervisor";
    // Belt and braces: the query already asks for exactly these links.
    if (side === "self" ? response.respondentId !== employeeId : response.subjectId !== employeeId) continue;
    const before = entry.submitted[side];
    if (before === null || response.submittedAt > before) entry.submitted[side] = response.submittedAt;
    for (const answer of response.answers) {
      if (answer.numericValue === null) continue;
      entry.overall[side].sum += answer.numericValue;
      entry.overall[side].count += 1;
      const dimension = answer.question.dimension;
      if (dimension === null) continue;
      const sides = entry.byDimension.get(dimension) ?? emptySides();
      sides[side].sum += answer.numericValue;
      sides[side].count += 1;
      entry.byDimension.set(dimension, sides);
      dimensionOrder.set(dimension, Math.min(dimensionOrder.get(dimension) ?? Infinity, answer.question.position));
    }
  }

  const assessments: ActivityAssessment[] = [];
  const pending: PendingAssessment[] = [];
  for (const { activity, submitted, overall, byDimension } of byActivity.values()) {
    const base = { activityId: activity.id, title: activity.title, endsAt: activity.endsAt };
    if (submitted.self && submitted.supervisor) {
      assessments.push({
        ...base,
        assessedAt: submitted.self > submitted.supervisor ? submitted.self : submitted.supervisor,
        dimensions: [...byDimension.entries()].map(([dimension, sides]) => ({ dimension, ...scoresOf(sides) })),
        overall: scoresOf(overall),
      });
    } else if (submitted.self) pending.push({ ...base, waitingFor: "supervisor" });
    else if (submitted.supervisor) pending.push({ ...base, waitingFor: "self" });
  }
  assessments.sort(
    (a, b) =>
      a.assessedAt.getTime() - b.assessedAt.getTime() || a.endsAt.getTime() - b.endsAt.getTime() || a.activityId - b.activityId,
  );
  pending.sort((a, b) => b.endsAt.getTime() - a.endsAt.getTime() || b.activityId - a.activityId);

  const dimensions = [...dimensionOrder.entries()]
    .sort(([a, first], [b, second]) => first - second || a.localeCompare(b))
    .flatMap(([dimension]) => {
      const series = assessments.map(
        (assessment) => assessment.dimensions.find((row) => row.dimension === dimension) ?? { self: null, supervisor: null, combined: null },
      );
      const progress = progressOf(series);
      return progress ? [{ dimension, ...progress }] : [];
    });
  const overall = progressOf(assessments.map((assessment) => assessment.overall));

  const needsWork = dimensions.some((row) => row.level === "needs-work") || overall?.level === "needs-work";
  const suggestions = needsWork ? await suggestActivities(deps, { employeeId, limit: SUGGESTION_LIMIT }) : [];
  return { assessments, dimensions, overall, pending, suggestions };
}
