import type { AnnouncementSettings } from "../../config.js";
import { hasCapability } from "../capabilities.js";
import type { ServiceDeps } from "../deps.js";
import { getRoles } from "../roles.js";
import { ADKAR_DIMENSIONS, barrierPoint, perDimension, type AdkarDimension, type PerDimension } from "./adkar.js";
import { findRound, previousRound, requestsInScope, type PulseRound } from "./rounds.js";
import { loadPulseScope, type PulseScope, type PulseUnitRef } from "./scope.js";

/**
 * Change-readiness results of one pulse round (one announcement), for leaders and admins.
 *
 * - Scope: admins and district-wide leaders see the whole district, a leader scoped to a unit sees
 *   that unit's subtree. Units are rolled up to the first level below the scope's root (see scope.ts).
 * - Per unit and overall: respondents, each ADKAR dimension's mean (all answers to the dimension's
 *   Likert questions, from aggregate queries), the barrier point (adkar.ts) and the trend, the change
 *   of each mean since the previous round of the same questionnaire code (null when there was none,
 *   or the unit was not shown then).
 * - Anonymity: a unit with fewer respondents than the minimum is listed without any number. Small
 *   units are pooled as "other units" when, together, they reach the minimum. When they do not, their
 *   respondents are left out of the overall figures too, or subtracting the shown units from the
 *   overall would reveal them (e.g. the only small unit).
 * - Response rate: answered requests / requests, for recipients in scope.
 */

export interface PulseResultsDeps extends ServiceDeps {
  settings: Pick<AnnouncementSettings, "pulseBarrierThreshold" | "pulseMinGroupSize">;
}

export interface PulseGroupResult {
  /** The unit the row stands for; null for the overall row and for the pooled small units. */
  unit: PulseUnitRef | null;
  respondents: number;
  /** Null for a dimension nobody answered. */
  means: PerDimension<number | null>;
  barrier: AdkarDimension | null;
  /** Current minus previous mean; null without a previous round or when the row was not shown then. */
  trend: PerDimension<number | null> | null;
}

export interface PulseResults {
  round: PulseRound;
  previous: PulseRound | null;
  /** Null for the whole district. */
  scope: PulseUnitRef | null;
  threshold: number;
  minGroupSize: number;
  requests: number;
  submitted: number;
  /** submitted / requests, 0..1; null without requests. */
  responseRate: number | null;
  /** Every respondent in scope. */
  respondents: number;
  /** Null when too few people answered to show anything. */
  overall: PulseGroupResult | null;
  /** Respondents of small units left out of `overall` (see above); 0 when none were. */
  excludedFromOverall: number;
  /** Units with enough respondents, by name. */
  units: PulseGroupResult[];
  /** The small units pooled, when together they reach the minimum. */
  others: PulseGroupResult | null;
  /** Units with respondents but fewer than the minimum, by name; no numbers. */
  suppressed: PulseUnitRef[];
}

export type PulseResultsOutcome =
  | { ok: true; results: PulseResults }
  /** Neither a leader nor an admin. */
  | { ok: false; code: "not-allowed" }
  /** No pulse has been sent in the viewer's scope yet. */
  | { ok: false; code: "no-round" }
  /** The announcement asked for carried no pulse, or none of its recipients is in scope. */
  | { ok: false; code: "not-found" };

/** The results as the viewer may see them: leaders for their scope, admins for the whole district. */
export async function pulseResults(
  deps: PulseResultsDeps,
  input: { viewerId: number; announcementId?: number },
): Promise<PulseResultsOutcome> {
  const roles = await getRoles(deps, input.viewerId);
  if (!hasCapability(roles, "readiness")) return { ok: false, code: "not-allowed" };
  const scopeUnitId = roles.admin ? null : roles.leaderUnitId;
  const announcement = input.announcementId === undefined ? {} : { announcementId: input.announcementId };
  return pulseResultsForScope(deps, { scopeUnitId, ...announcement });
}

/** The results for a scope without asking who looks: for trusted callers such as the admin CLI. */
export async function pulseResultsForScope(
  deps: PulseResultsDeps,
  input: { scopeUnitId: number | null; announcementId?: number },
): Promise<PulseResultsOutcome> {
  const scope = await loadPulseScope(deps, input.scopeUnitId);
  if (scope === null) return { ok: false, code: "not-found" };
  const round = await findRound(deps, scope, input.announcementId);
  if (round === null) return { ok: false, code: input.announcementId === undefined ? "no-round" : "not-found" };
  const previous = await previousRound(deps, scope, round);

  const [current, before, requestCounts] = await Promise.all([
    roundFigures(deps, scope, round),
    previous ? roundFigures(deps, scope, previous) : Promise.resolve(null),
    deps.db.evaluationRequest.groupBy({
      by: ["status"],
      where: { ...requestsInScope(scope), announcementId: round.announcementId },
      _count: { _all: true },
    }),
  ]);
  const requests = requestCounts.reduce((sum, row) => sum + row._count._all, 0);
  const submitted = requestCounts.find((row) => row.status === "SUBMITTED")?._count._all ?? 0;

  const threshold = deps.settings.pulseBarrierThreshold;
  const row = (figures: Figures, unit: PulseUnitRef | null, previousFigures: Figures | null | undefined): PulseGroupResult => ({
    unit,
    respondents: figures.respondents,
    means: figures.means,
    barrier: barrierPoint(figures.means, threshold),
    trend: before === null ? null : trendOf(figures.means, previousFigures?.means ?? null),
  });
  const previousOf = (unitId: number) => before?.units.find((entry) => entry.unit.id === unitId)?.figures;

  return {
    ok: true,
    results: {
      round,
      previous,
      scope: scope.root,
      threshold,
      minGroupSize: deps.settings.pulseMinGroupSize,
      requests,
      submitted,
      responseRate: requests === 0 ? null : submitted / requests,
      respondents: current.respondents,
      overall: current.overall && row(current.overall, null, before?.overall),
      excludedFromOverall: current.excludedFromOverall,
      units: current.units.map((entry) => row(entry.figures, entry.unit, previousOf(entry.unit.id))),
      // The pool changes from round to round, so it has no trend.
      others: current.others && { ...row(current.others, null, null), trend: null },
      suppressed: current.suppressed,
    },
  };
}

interface Figures {
  respondents: number;
  means: PerDimension<number | null>;
}

interface RoundFigures {
  respondents: number;
  overall: Figures | null;
  excludedFromOverall: number;
  units: Array<{ unit: PulseUnitRef; figures: Figures }>;
  others: Figures | null;
  suppressed: PulseUnitRef[];
}

/** Who answered per reported unit, what may be shown, and the means of what is shown. */
async function roundFigures(deps: PulseResultsDeps, scope: PulseScope, round: PulseRound): Promise<RoundFigures> {
  const { db } = deps;
  const minimum = deps.settings.pulseMinGroupSize;
  const ofRound = { questionnaireId: round.questionnaireId, announcementId: round.announcementId };
  const [perUnit, questions] = await Promise.all([
    db.response.groupBy({
      by: ["unitId"],
      where: { ...ofRound, unitId: { in: [...scope.groupOf.keys()] } },
      _count: { _all: true },
    }),
    db.question.findMany({
      where: { questionnaireId: round.questionnaireId, kind: "LIKERT", dimension: { in: [...ADKAR_DIMENSIONS] } },
      select: { id: true, dimension: true },
    }),
  ]);

  const groups = new Map<number, { unit: PulseUnitRef; unitIds: number[]; respondents: number }>();
  for (const entry of perUnit) {
    const unit = entry.unitId === null ? undefined : scope.groupOf.get(entry.unitId);
    if (!unit || entry.unitId === null) continue;
    const group = groups.get(unit.id) ?? { unit, unitIds: [], respondents: 0 };
    group.unitIds.push(entry.unitId);
    group.respondents += entry._count._all;
    groups.set(unit.id, group);
  }
  const byName = (a: { unit: PulseUnitRef }, b: { unit: PulseUnitRef }) =>
    a.unit.name.localeCompare(b.unit.name, "id") || a.unit.id - b.unit.id;
  const all = [...groups.values()].sort(byName);
  const shown = all.filter((group) => group.respondents >= minimum);
  const small = all.filter((group) => group.respondents < minimum);
  const pooled = small.reduce((sum, group) => sum + group.respondents, 0);
  const poolShown = small.length > 0 && pooled >= minimum;
  const overallGroups = poolShown ? all : shown;
  const overallRespondents = overallGroups.reduce((sum, group) => sum + group.respondents, 0);

  const dimensionOf = new Map(questions.map((question) => [question.id, question.dimension as AdkarDimension]));
  const means = async (unitIds: number[]): Promise<PerDimension<number | null>> => {
    const stats = await db.answer.groupBy({
      by: ["questionId"],
      where: {
        questionId: { in: [...dimensionOf.keys()] },
        numericValue: { not: null },
        response: { ...ofRound, unitId: { in: unitIds } },
      },
      _sum: { numericValue: true },
      _count: { _all: true },
    });
    const totals = perDimension(() => ({ sum: 0, count: 0 }));
    for (const stat of stats) {
      const total = totals[dimensionOf.get(stat.questionId)!];
      total.sum += stat._sum.numericValue ?? 0;
      total.count += stat._count._all;
    }
    return perDimension((dimension) => (totals[dimension].count === 0 ? null : totals[dimension].sum / totals[dimension].count));
  };
  const figuresOf = async (members: typeof all): Promise<Figures> => ({
    respondents: members.reduce((sum, group) => sum + group.respondents, 0),
    means: await means(members.flatMap((group) => group.unitIds)),
  });

  const [units, others, overall] = await Promise.all([
    Promise.all(shown.map(async (group) => ({ unit: group.unit, figures: await figuresOf([group]) }))),
    poolShown ? figuresOf(small) : Promise.resolve(null),
    overallRespondents >= minimum ? figuresOf(overallGroups) : Promise.resolve(null),
  ]);
  return {
    respondents: all.reduce((sum, group) => sum + group.respondents, 0),
    overall,
    excludedFromOverall: poolShown ? 0 : pooled,
    units,
    others,
    suppressed: small.map((group) => group.unit),
  };
}

function trendOf(current: PerDimension<number | null>, previous: PerDimension<number | null> | null): PerDimension<number | null> {
  return perDimension((dimension) => {
    const now = current[dimension];
    const then = previous?.[dimension] ?? null;
    return now === null || then === null ? null : now - then;
  });
}
