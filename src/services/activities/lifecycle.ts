import type { ActivityKind, ActivityStatus, CompetencyType, RegistrationStatus } from "../../generated/prisma/enums.js";
import type { Prisma } from "../../generated/prisma/client.js";
import { recordAudit } from "../audit.js";
import type { ServiceDeps } from "../deps.js";
import { cryptoRandomIndex, generateAttendanceCode, type RandomIndex } from "./attendance-code.js";
import {
  countRegistrations,
  NO_REGISTRATIONS,
  OPEN_REGISTRATION_STATUSES,
  type RegistrationCounts,
} from "./registration-counts.js";

/** Which activity: by its code (as admins type it, any case) or its id. */
export type ActivityRef = { code: string; id?: never } | { id: number; code?: never };

export interface LifecycleInput {
  /** Who acts, for the audit log ("cli", "telegram:123"). */
  actorLabel: string;
  actorId?: number | null;
}

export type LifecycleErrorCode = "not-found" | "invalid-transition" | "not-started";

export interface LifecycleError {
  ok: false;
  code: LifecycleErrorCode;
  /** For messages: `code` (the activity's or the one asked for), `from` and `to` for a transition. */
  params: Record<string, string>;
}

export interface ActivitySummaryView {
  id: number;
  code: string;
  title: string;
  status: ActivityStatus;
  startsAt: Date;
  endsAt: Date;
  attendanceCode: string | null;
}

export type TransitionResult = { ok: true; changed: boolean; activity: ActivitySummaryView } | LifecycleError;

/** A registration the cancellation of its activity cancelled, with the status it had before. */
export interface AffectedRegistration {
  id: number;
  employeeId: number;
  status: Extract<RegistrationStatus, "REGISTERED" | "WAITLISTED" | "PENDING_APPROVAL">;
}

export interface CancelledActivity extends ActivitySummaryView {
  venue: string | null;
  onlineUrl: string | null;
  reason: string | null;
}

/**
 * Told about a cancellation after it is committed, to notify the people whose registrations were
 * cancelled. Platform-free: the chat wiring decides how (e.g. the delivery queue, keyed by
 * registration so a retry sends nothing twice).
 */
export type OnActivityCancelled = (activity: CancelledActivity, affected: AffectedRegistration[]) => Promise<void>;

export type CancelResult =
  | { ok: true; changed: boolean; activity: CancelledActivity; affected: AffectedRegistration[] }
  | LifecycleError;

export interface ActivityListItem extends ActivitySummaryView {
  kind: ActivityKind;
  competencyType: CompetencyType;
  jp: number;
  venue: string | null;
  onlineUrl: string | null;
  /** Null: unlimited. */
  capacity: number | null;
  needsSupervisorApproval: boolean;
  partnerName: string | null;
  counts: RegistrationCounts;
  /** Seats taken over capacity, 0…1 (more when over-booked); null when unlimited. */
  fillRate: number | null;
}

export const ACTIVITY_PUBLISH_ACTION = "activity.publish";
export const ACTIVITY_COMPLETE_ACTION = "activity.complete";
export const ACTIVITY_CANCEL_ACTION = "activity.cancel";

const SUMMARY_SELECT = {
  id: true,
  code: true,
  title: true,
  status: true,
  startsAt: true,
  endsAt: true,
  attendanceCode: true,
} as const satisfies Prisma.ActivitySelect;

type Tx = Prisma.TransactionClient;

/**
 * DRAFT → PUBLISHED: open for registration. An activity without an attendance code gets one
 * (`TBO-7K2M`). Publishing a published activity changes nothing; a cancelled or completed one is
 * refused.
 */
export async function publishActivity(
  deps: ServiceDeps,
  input: ActivityRef & LifecycleInput,
  options: { randomIndex?: RandomIndex } = {},
): Promise<TransitionResult> {
  const now = deps.clock.now();
  return deps.db.$transaction(async (tx) => {
    const activity = await findActivity(tx, input);
    if (!activity) return notFound(input);
    if (activity.status === "PUBLISHED") return { ok: true, changed: false, activity };
    if (activity.status !== "DRAFT") return invalidTransition(activity, "PUBLISHED");

    let attendanceCode = activity.attendanceCode;
    if (attendanceCode === null) {
      const taken = new Set(
        (await tx.activity.findMany({ where: { attendanceCode: { not: null } }, select: { attendanceCode: true } })).map(
          (row) => row.attendanceCode!,
        ),
      );
      attendanceCode = generateAttendanceCode(taken, options.randomIndex ?? cryptoRandomIndex);
    }
    const updated = await tx.activity.update({
      where: { id: activity.id },
      data: { status: "PUBLISHED", attendanceCode, updatedAt: now },
      select: SUMMARY_SELECT,
    });
    await audit(tx, input, ACTIVITY_PUBLISH_ACTION, updated, now, { from: activity.status, attendanceCode });
    return { ok: true, changed: true, activity: updated };
  });
}

/**
 * PUBLISHED → COMPLETED, status only: crediting JP to attendees is the completion job's work.
 * Refused before the activity has started, and for drafts and cancelled activities.
 */
export async function completeActivity(deps: ServiceDeps, input: ActivityRef & LifecycleInput): Promise<TransitionResult> {
  const now = deps.clock.now();
  return deps.db.$transaction(async (tx) => {
    const activity = await findActivity(tx, input);
    if (!activity) return notFound(input);
    if (activity.status === "COMPLETED") return { ok: true, changed: false, activity };
    if (activity.status !== "PUBLISHED") return invalidTransition(activity, "COMPLETED");
    if (activity.startsAt.getTime() > now.getTime()) {
      return { ok: false, code: "not-started", params: { code: activity.code } };
    }
    const updated = await tx.activity.update({
      where: { id: activity.id },
      data: { status: "COMPLETED", updatedAt: now },
      select: SUMMARY_SELECT,
    });
    await audit(tx, input, ACTIVITY_COMPLETE_ACTION, updated, now, { from: activity.status });
    return { ok: true, changed: true, activity: updated };
  });
}

/**
 * DRAFT or PUBLISHED → CANCELLED. Every registered, waitlisted or pending registration is cancelled
 * with it, in the same transaction as the status change and the audit entry. `onCancelled` is then
 * called once with exactly those registrations, after the commit: if it throws, the cancellation
 * stands and the error reaches the caller. Cancelling a cancelled activity changes nothing and
 * does not call it again; a completed activity cannot be cancelled.
 */
export async function cancelActivity(
  deps: ServiceDeps,
  input: ActivityRef & LifecycleInput & { reason?: string | null },
  onCancelled: OnActivityCancelled,
): Promise<CancelResult> {
  const now = deps.clock.now();
  const reason = input.reason?.trim() ? input.reason.trim() : null;
  const result = await deps.db.$transaction(async (tx): Promise<CancelResult> => {
    const found = await findActivity(tx, input);
    if (!found) return notFound(input);
    const extra = await tx.activity.findUniqueOrThrow({ where: { id: found.id }, select: { venue: true, onlineUrl: true } });
    if (found.status === "CANCELLED") return { ok: true, changed: false, activity: { ...found, ...extra, reason }, affected: [] };
    if (found.status === "COMPLETED") return invalidTransition(found, "CANCELLED");

    // The status change comes first so that it takes the write lock before registrations are read.
    const updated = await tx.activity.update({
      where: { id: found.id },
      data: { status: "CANCELLED", updatedAt: now },
      select: SUMMARY_SELECT,
    });
    const affected = (await tx.registration.findMany({
      where: { activityId: found.id, status: { in: [...OPEN_REGISTRATION_STATUSES] } },
      select: { id: true, employeeId: true, status: true },
      orderBy: { id: "asc" },
    })) as AffectedRegistration[];
    for (let start = 0; start < affected.length; start += 500) {
      await tx.registration.updateMany({
        where: { id: { in: affected.slice(start, start + 500).map((registration) => registration.id) } },
        data: { status: "CANCELLED", cancelledAt: now, updatedAt: now },
      });
    }
    await audit(tx, input, ACTIVITY_CANCEL_ACTION, updated, now, {
      from: found.status,
      reason,
      registrationsCancelled: affected.length,
    });
    return { ok: true, changed: true, activity: { ...updated, ...extra, reason }, affected };
  });
  if (result.ok && result.changed) await onCancelled(result.activity, result.affected);
  return result;
}

/**
 * Activities by start, with registration counts from one grouped query. `from` keeps those that
 * have not ended by then (so running ones are listed too).
 */
export async function listActivities(
  deps: ServiceDeps,
  filter: { status?: ActivityStatus; from?: Date } = {},
): Promise<ActivityListItem[]> {
  const activities = await deps.db.activity.findMany({
    where: {
      ...(filter.status ? { status: filter.status } : {}),
      ...(filter.from ? { endsAt: { gte: filter.from } } : {}),
    },
    orderBy: [{ startsAt: "asc" }, { code: "asc" }],
    select: {
      ...SUMMARY_SELECT,
      kind: true,
      competencyType: true,
      jp: true,
      venue: true,
      onlineUrl: true,
      capacity: true,
      needsSupervisorApproval: true,
      partner: { select: { name: true } },
    },
  });
  const counts = await countRegistrations(deps.db, activities.map((activity) => activity.id));
  return activities.map(({ partner, ...activity }) => {
    const activityCounts = counts.get(activity.id) ?? { ...NO_REGISTRATIONS };
    return {
      ...activity,
      partnerName: partner?.name ?? null,
      counts: activityCounts,
      fillRate: activity.capacity === null ? null : activityCounts.registered / activity.capacity,
    };
  });
}

async function findActivity(tx: Tx, ref: ActivityRef): Promise<ActivitySummaryView | null> {
  if (ref.id !== undefined) return tx.activity.findUnique({ where: { id: ref.id }, select: SUMMARY_SELECT });
  return tx.activity.findUnique({ where: { code: ref.code.trim().toUpperCase() }, select: SUMMARY_SELECT });
}

function notFound(ref: ActivityRef): LifecycleError {
  return { ok: false, code: "not-found", params: { code: ref.id !== undefined ? `#${ref.id}` : ref.code.trim() } };
}

function invalidTransition(activity: ActivitySummaryView, to: ActivityStatus): LifecycleError {
  return { ok: false, code: "invalid-transition", params: { code: activity.code, from: activity.status, to } };
}

async function audit(
  tx: Tx,
  input: LifecycleInput,
  action: string,
  activity: ActivitySummaryView,
  at: Date,
  details: Record<string, unknown>,
): Promise<void> {
  await recordAudit(tx, {
    actorId: input.actorId ?? null,
    actorLabel: input.actorLabel,
    action,
    targetType: "activity",
    targetId: activity.id,
    details: { code: activity.code, ...details },
    at,
  });
}
