import { isUniqueViolation } from "../../db/errors.js";
import type { ActivitySettings } from "../../config.js";
import type { RegistrationStatus } from "../../generated/prisma/enums.js";
import { recordAudit } from "../audit.js";
import type { ServiceDeps } from "../deps.js";
import { ACTIVITY_COMPLETE_ACTION, type ActivityRef, type LifecycleError, type LifecycleInput } from "./lifecycle.js";
import { toLocal } from "./local-time.js";

/**
 * Closing an activity after it ended: attendees are credited their JP, in one transaction per activity:
 *
 * - ATTENDED → COMPLETED with completedAt, plus one JpEntry (year of the end in the configured time
 *   zone, the activity's JP and competency type, source ACTIVITY);
 * - REGISTERED (never checked in) → NO_SHOW;
 * - WAITLISTED and PENDING_APPROVAL → CANCELLED;
 * - the activity → COMPLETED.
 *
 * A registration is credited at most once, whatever runs at the same time: the status change is a
 * conditional update (only the run that moves it out of ATTENDED writes the JpEntry), the entry is
 * only created when absent, and the database refuses a second entry for a registration (unique
 * registrationId); a run that loses that race retries and finds the work done.
 */

export interface CompletionDeps extends ServiceDeps {
  settings: Pick<ActivitySettings, "checkinGraceMinutes">;
  /** IANA time zone deciding which year's 20 JP an activity counts towards. */
  timezone: string;
}

export interface CompletionCounts {
  completed: number;
  noShow: number;
  cancelled: number;
  jpCredited: number;
}

export interface CompletionRunResult extends CompletionCounts {
  activities: number;
}

export const ACTIVITY_FINALISED_ACTION = "activity.finalised";

const LEFTOVER: RegistrationStatus[] = ["ATTENDED", "REGISTERED", "WAITLISTED", "PENDING_APPROVAL"];

/**
 * Finalises every activity whose check-in window has closed (end + grace < now): PUBLISHED ones, and
 * COMPLETED ones that still have registrations to settle (an admin may have flipped only the status,
 * or marked attendance from a list afterwards). Idempotent: a second run finds nothing to do.
 */
export async function completeEndedActivities(deps: CompletionDeps, input: { now: Date }): Promise<CompletionRunResult> {
  const cutoff = new Date(input.now.getTime() - deps.settings.checkinGraceMinutes * 60_000);
  const activities = await deps.db.activity.findMany({
    where: {
      endsAt: { lt: cutoff },
      OR: [{ status: "PUBLISHED" }, { status: "COMPLETED", registrations: { some: { status: { in: LEFTOVER } } } }],
    },
    select: { id: true },
    orderBy: { endsAt: "asc" },
  });
  const total: CompletionRunResult = { activities: 0, completed: 0, noShow: 0, cancelled: 0, jpCredited: 0 };
  for (const { id } of activities) {
    const done = await finaliseWithRetry(deps, id, input.now, { actorLabel: "system" });
    if (!done) continue;
    const { counts } = done;
    total.activities += 1;
    total.completed += counts.completed;
    total.noShow += counts.noShow;
    total.cancelled += counts.cancelled;
    total.jpCredited += counts.jpCredited;
  }
  return total;
}

export type CompleteNowResult =
  | {
      ok: true;
      changed: boolean;
      activity: { id: number; code: string; title: string; status: "COMPLETED" };
      counts: CompletionCounts;
    }
  | LifecycleError;

/**
 * The admin's "this activity is over": finalises it at once (see completeEndedActivities), without
 * waiting for the end and the grace period. Whoever had not checked in by now becomes NO_SHOW.
 * Refused before the start and for drafts and cancelled activities; repeating it changes nothing.
 */
export async function completeActivityNow(
  deps: CompletionDeps,
  input: ActivityRef & LifecycleInput,
): Promise<CompleteNowResult> {
  const now = deps.clock.now();
  const activity =
    input.id !== undefined
      ? await deps.db.activity.findUnique({ where: { id: input.id } })
      : await deps.db.activity.findUnique({ where: { code: input.code.trim().toUpperCase() } });
  if (!activity) {
    return { ok: false, code: "not-found", params: { code: input.id !== undefined ? `#${input.id}` : input.code.trim() } };
  }
  if (activity.status !== "PUBLISHED" && activity.status !== "COMPLETED") {
    return { ok: false, code: "invalid-transition", params: { code: activity.code, from: activity.status, to: "COMPLETED" } };
  }
  if (activity.startsAt.getTime() > now.getTime()) return { ok: false, code: "not-started", params: { code: activity.code } };

  const done = await finaliseWithRetry(deps, activity.id, now, {
    actorLabel: input.actorLabel,
    actorId: input.actorId ?? null,
    action: ACTIVITY_COMPLETE_ACTION,
  });
  const summary = { id: activity.id, code: activity.code, title: activity.title, status: "COMPLETED" as const };
  if (!done) {
    // Cancelled between the read and the transaction.
    return { ok: false, code: "invalid-transition", params: { code: activity.code, from: "CANCELLED", to: "COMPLETED" } };
  }
  const { counts, flipped } = done;
  const changed = flipped || counts.completed + counts.noShow + counts.cancelled + counts.jpCredited > 0;
  return { ok: true, changed, activity: summary, counts };
}

interface Actor {
  actorLabel: string;
  actorId?: number | null;
  action?: string;
}

/** A unique violation means a concurrent run credited first: run again, which then finds it done. */
async function finaliseWithRetry(deps: CompletionDeps, activityId: number, now: Date, actor: Actor) {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await finaliseActivity(deps, activityId, now, actor);
    } catch (error) {
      if (attempt >= 3 || !isUniqueViolation(error)) throw error;
    }
  }
}

/** One activity, one transaction. Null when the activity is not (or no longer) PUBLISHED or COMPLETED. */
async function finaliseActivity(
  deps: CompletionDeps,
  activityId: number,
  now: Date,
  actor: Actor,
): Promise<{ counts: CompletionCounts; flipped: boolean } | null> {
  return deps.db.$transaction(async (tx) => {
    // The status write comes first: it takes the write lock, so concurrent runs (or a check-in) wait.
    const flipped =
      (
        await tx.activity.updateMany({
          where: { id: activityId, status: "PUBLISHED" },
          data: { status: "COMPLETED", updatedAt: now },
        })
      ).count === 1;
    if (!flipped) {
      const settling = await tx.activity.updateMany({ where: { id: activityId, status: "COMPLETED" }, data: { updatedAt: now } });
      if (settling.count === 0) return null;
    }
    const activity = await tx.activity.findUniqueOrThrow({ where: { id: activityId } });
    const year = toLocal(activity.endsAt, deps.timezone).year;
    const counts: CompletionCounts = { completed: 0, noShow: 0, cancelled: 0, jpCredited: 0 };

    const attended = await tx.registration.findMany({
      where: { activityId, status: "ATTENDED" },
      select: { id: true, employeeId: true },
      orderBy: { id: "asc" },
    });
    for (const registration of attended) {
      const claimed = await tx.registration.updateMany({
        where: { id: registration.id, status: "ATTENDED" },
        data: { status: "COMPLETED", completedAt: now, updatedAt: now },
      });
      if (claimed.count === 0) continue;
      counts.completed += 1;
      const existing = await tx.jpEntry.findUnique({ where: { registrationId: registration.id }, select: { id: true } });
      if (existing) continue;
      await tx.jpEntry.create({
        data: {
          employeeId: registration.employeeId,
          registrationId: registration.id,
          year,
          jp: activity.jp,
          competencyType: activity.competencyType,
          source: "ACTIVITY",
          note: activity.code,
          createdAt: now,
        },
      });
      counts.jpCredited += 1;
    }

    counts.noShow = (
      await tx.registration.updateMany({
        where: { activityId, status: "REGISTERED" },
        data: { status: "NO_SHOW", updatedAt: now },
      })
    ).count;
    counts.cancelled = (
      await tx.registration.updateMany({
        where: { activityId, status: { in: ["WAITLISTED", "PENDING_APPROVAL"] } },
        data: { status: "CANCELLED", cancelledAt: now, waitlistPosition: null, updatedAt: now },
      })
    ).count;

    const didSomething = counts.completed + counts.noShow + counts.cancelled + counts.jpCredited > 0;
    if (didSomething || flipped) {
      await recordAudit(tx, {
        actorId: actor.actorId ?? null,
        actorLabel: actor.actorLabel,
        action: actor.action ?? ACTIVITY_FINALISED_ACTION,
        targetType: "activity",
        targetId: activityId,
        details: { code: activity.code, year, ...counts },
        at: now,
      });
    }
    return { counts, flipped };
  });
}
