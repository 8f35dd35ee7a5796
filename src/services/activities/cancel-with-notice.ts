import { notify, type NotifyDeps } from "../notify.js";
import { getRoles } from "../roles.js";
import {
  cancelActivity,
  listActivities,
  publishActivity,
  type ActivityListItem,
  type ActivityRef,
  type CancelResult,
  type LifecycleInput,
  type OnActivityCancelled,
  type TransitionResult,
} from "./lifecycle.js";
import { completeActivityNow, type CompleteNowResult, type CompletionDeps } from "./completion.js";
import { activityVars } from "./notices.js";
import { withdrawActivityReminders } from "./reminders.js";

/**
 * Tells everybody whose registration a cancellation cancelled (registered, waitlisted or waiting for
 * approval), through the delivery queue, in their own language. Keyed by activity and person, so a
 * retry enqueues nothing twice.
 */
export function activityCancelledNotifier(deps: NotifyDeps): OnActivityCancelled {
  return async (activity, affected) => {
    await withdrawActivityReminders(deps.db, activity.id);
    const people = [...new Set(affected.map((registration) => registration.employeeId))];
    if (people.length === 0) return;
    const base = activityVars(activity, deps.messages.timezone);
    const reason = activity.reason?.trim() || null;
    await notify(
      deps,
      people.map((employeeId) => ({
        employeeId,
        key: reason ? "activity-cancelled-notice-reason" : "activity-cancelled-notice",
        vars: (locale) => ({ ...base(locale), ...(reason ? { reason } : {}) }),
        dedupeKey: `activity:${activity.id}:cancelled:${employeeId}`,
        priority: "interactive" as const,
        quietHours: false,
      })),
    );
  };
}

/** Cancels an activity and queues the notice for every affected person (chat and CLI alike). */
export function cancelActivityWithNotice(
  deps: NotifyDeps,
  input: ActivityRef & LifecycleInput & { reason?: string | null },
): Promise<CancelResult> {
  return cancelActivity(deps, input, activityCancelledNotifier(deps));
}

// Admin actions from chat. Each call checks again that the actor is an active admin: the hidden
// menu entry is not a permission.

export type NotAllowed = { ok: false; code: "not-allowed" };
const NOT_ALLOWED: NotAllowed = { ok: false, code: "not-allowed" };

export type AdminActivityAction = "publish" | "cancel" | "complete";

async function isAdmin(deps: NotifyDeps, employeeId: number): Promise<boolean> {
  return (await getRoles(deps, employeeId)).admin;
}

/** Every activity for an admin: drafts and those not over yet first (by start), then the rest, latest first. */
export async function listActivitiesForAdmin(
  deps: NotifyDeps,
  input: { adminId: number },
): Promise<{ ok: true; activities: ActivityListItem[] } | NotAllowed> {
  if (!(await isAdmin(deps, input.adminId))) return NOT_ALLOWED;
  const now = deps.clock.now().getTime();
  const open = (item: ActivityListItem) =>
    item.status === "DRAFT" || (item.status === "PUBLISHED" && item.endsAt.getTime() >= now);
  const all = await listActivities(deps);
  const first = all.filter(open);
  const rest = all.filter((item) => !open(item)).sort((a, b) => b.startsAt.getTime() - a.startsAt.getTime() || b.id - a.id);
  return { ok: true, activities: [...first, ...rest] };
}

/** One activity as the admin list shows it, or null when there is none with this id. */
export async function adminActivityDetail(
  deps: NotifyDeps,
  input: { adminId: number; activityId: number },
): Promise<{ ok: true; activity: ActivityListItem | null } | NotAllowed> {
  if (!(await isAdmin(deps, input.adminId))) return NOT_ALLOWED;
  const activity = await deps.db.activity.findUnique({ where: { id: input.activityId }, select: { status: true, endsAt: true } });
  if (!activity) return { ok: true, activity: null };
  // listActivities has the counts; narrow it to this one activity by status and end.
  const items = await listActivities(deps, { status: activity.status, from: activity.endsAt });
  return { ok: true, activity: items.find((item) => item.id === input.activityId) ?? null };
}

/** Publish, cancel (with the notices) or complete an activity as an admin from chat. */
export async function runAdminActivityAction(
  deps: NotifyDeps & CompletionDeps,
  input: { adminId: number; activityId: number; action: AdminActivityAction; actorLabel: string },
): Promise<TransitionResult | CancelResult | CompleteNowResult | NotAllowed> {
  if (!(await isAdmin(deps, input.adminId))) return NOT_ALLOWED;
  const ref = { id: input.activityId, actorLabel: input.actorLabel, actorId: input.adminId };
  switch (input.action) {
    case "publish":
      return publishActivity(deps, ref);
    case "complete":
      // Completing settles attendance and credits JP at once, as the completion job would.
      return completeActivityNow(deps, ref);
    case "cancel":
      return cancelActivityWithNotice(deps, ref);
  }
}
