import { pageCountOf, type Page } from "../activities/paging.js";
import type { ServiceDeps } from "../deps.js";
import { getRoles } from "../roles.js";
import { activityResults, nonRespondents, type ActivityResults, type NonRespondent } from "./results.js";

/**
 * Evaluation results for people in chat. Leaders and admins may read the results of any activity;
 * only admins may see who has not answered. Every call checks the viewer's roles again, whatever
 * button or command led to it.
 */

export type NotAllowed = { ok: false; code: "not-allowed" };
export type ActivityNotFound = { ok: false; code: "activity-not-found" };

const NOT_ALLOWED: NotAllowed = { ok: false, code: "not-allowed" };
const NOT_FOUND: ActivityNotFound = { ok: false, code: "activity-not-found" };

export const EVALUATED_ACTIVITIES_PAGE_SIZE = 8;

/** An activity by its id (from a button) or its code (typed by a person). */
export type ActivityRef = { activityId: number } | { activityCode: string };

export interface EvaluatedActivity {
  id: number;
  code: string;
  title: string;
  startsAt: Date;
  endsAt: Date;
  /** Evaluation requests of every status. */
  requests: number;
  submitted: number;
}

export async function mayViewEvaluationResults(deps: ServiceDeps, viewerId: number): Promise<boolean> {
  const roles = await getRoles(deps, viewerId);
  return roles.admin || roles.leader;
}

export async function mayViewNonRespondents(deps: ServiceDeps, viewerId: number): Promise<boolean> {
  return (await getRoles(deps, viewerId)).admin;
}

/**
 * Activities with evaluation requests or responses, the latest end first. A page past the end (the
 * list shrank since the button was made) gives the last page.
 */
export async function listEvaluatedActivities(
  deps: ServiceDeps,
  input: { viewerId: number; page: number; pageSize?: number },
): Promise<{ ok: true; page: Page<EvaluatedActivity> } | NotAllowed> {
  if (!(await mayViewEvaluationResults(deps, input.viewerId))) return NOT_ALLOWED;
  const { db } = deps;
  const pageSize = Math.max(1, input.pageSize ?? EVALUATED_ACTIVITIES_PAGE_SIZE);
  const where = { OR: [{ evaluationRequests: { some: {} } }, { responses: { some: {} } }] };
  const total = await db.activity.count({ where });
  const pageCount = pageCountOf(total, pageSize);
  const page = Math.min(Math.max(1, Math.trunc(input.page) || 1), pageCount);
  const activities = await db.activity.findMany({
    where,
    select: { id: true, code: true, title: true, startsAt: true, endsAt: true },
    orderBy: [{ endsAt: "desc" }, { id: "desc" }],
    skip: (page - 1) * pageSize,
    take: pageSize,
  });
  const counts = await db.evaluationRequest.groupBy({
    by: ["activityId", "status"],
    where: { activityId: { in: activities.map((activity) => activity.id) } },
    _count: { _all: true },
  });
  const items = activities.map((activity) => {
    const rows = counts.filter((row) => row.activityId === activity.id);
    return {
      ...activity,
      requests: rows.reduce((sum, row) => sum + row._count._all, 0),
      submitted: rows.filter((row) => row.status === "SUBMITTED").reduce((sum, row) => sum + row._count._all, 0),
    };
  });
  return { ok: true, page: { items, page, pageCount, total } };
}

/** The results of one activity, and whether the viewer may go on to its non-respondents. */
export async function evaluationResultsFor(
  deps: ServiceDeps,
  input: { viewerId: number } & ActivityRef,
): Promise<{ ok: true; results: ActivityResults; mayViewNonRespondents: boolean } | NotAllowed | ActivityNotFound> {
  const roles = await getRoles(deps, input.viewerId);
  if (!roles.admin && !roles.leader) return NOT_ALLOWED;
  const activityCode = await activityCodeOf(deps, input);
  const results = activityCode === null ? null : await activityResults(deps, { activityCode });
  if (results === null) return NOT_FOUND;
  return { ok: true, results, mayViewNonRespondents: roles.admin };
}

/** Who has not answered an activity's evaluations (open or expired requests); admins only. */
export async function nonRespondentsFor(
  deps: ServiceDeps,
  input: { viewerId: number } & ActivityRef,
): Promise<
  { ok: true; activity: { id: number; code: string; title: string }; people: NonRespondent[] } | NotAllowed | ActivityNotFound
> {
  if (!(await mayViewNonRespondents(deps, input.viewerId))) return NOT_ALLOWED;
  const activityCode = await activityCodeOf(deps, input);
  if (activityCode === null) return NOT_FOUND;
  const [activity, people] = await Promise.all([
    deps.db.activity.findUnique({ where: { code: activityCode }, select: { id: true, code: true, title: true } }),
    nonRespondents(deps, { activityCode }),
  ]);
  if (activity === null || people === null) return NOT_FOUND;
  return { ok: true, activity, people };
}

/** The stored code; a typed code is matched as given, then in capitals as codes are usually written. */
async function activityCodeOf(deps: ServiceDeps, ref: ActivityRef): Promise<string | null> {
  if ("activityId" in ref) {
    const activity = await deps.db.activity.findUnique({ where: { id: ref.activityId }, select: { code: true } });
    return activity?.code ?? null;
  }
  const typed = ref.activityCode.trim();
  if (typed === "") return null;
  for (const code of new Set([typed, typed.toUpperCase()])) {
    const activity = await deps.db.activity.findUnique({ where: { code }, select: { code: true } });
    if (activity) return activity.code;
  }
  return null;
}
