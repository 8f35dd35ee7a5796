import type { Registration } from "../../generated/prisma/client.js";
import type { RegistrationStatus } from "../../generated/prisma/enums.js";
import { recordAudit } from "../audit.js";
import type { NotifyDeps } from "../notify.js";
import { notifyApprovers } from "./approval.js";
import { eligibilityProblem, overlaps, unitCodesOf, type EligibilityProblem } from "./eligibility.js";
import { notifyPromoted } from "./notices.js";
import {
  ACTIVE_STATUSES,
  hasFreeSeat,
  lockActivity,
  nextWaitlistPosition,
  promoteFirstWaitlisted,
  waitlistRank,
} from "./seats.js";

export interface Clash {
  activityId: number;
  title: string;
  startsAt: Date;
  endsAt: Date;
}

export type RegisterResult =
  | {
      ok: true;
      status: RegistrationStatus;
      registrationId: number;
      /** 1-based place on the waiting list, when waitlisted. */
      waitlistRank: number | null;
      /** True when the person was already registered: a double tap changes nothing. */
      alreadyDone: boolean;
    }
  | { ok: false; error: EligibilityProblem }
  | { ok: false; error: { code: "clash"; clashes: Clash[] } };

/**
 * Registers an employee for an activity. Seats are decided inside one transaction that first locks
 * the activity row; a full activity puts the person on the waiting list; an activity that needs the
 * supervisor's approval waits for it without holding a seat. A clash with another of the person's
 * activities is refused until they confirm it.
 */
export async function registerForActivity(
  deps: NotifyDeps,
  input: { employeeId: number; activityId: number; confirmClash?: boolean },
): Promise<RegisterResult> {
  const { db, clock } = deps;
  const now = clock.now();
  const employee = await db.employee.findUniqueOrThrow({ where: { id: input.employeeId } });
  const withUnits = { ...employee, unitCodes: await unitCodesOf(db, employee.unitId) };

  const existing = await db.registration.findUnique({
    where: { activityId_employeeId: { activityId: input.activityId, employeeId: input.employeeId } },
  });
  if (existing && (ACTIVE_STATUSES.includes(existing.status) || existing.status === "ATTENDED" || existing.status === "COMPLETED")) {
    return alreadyDone(deps, existing);
  }

  const activity = await db.activity.findUnique({ where: { id: input.activityId }, include: { audience: true } });
  if (!activity) return { ok: false, error: { code: "activity-unavailable" } };
  const problem = eligibilityProblem(activity, withUnits, now);
  if (problem) return { ok: false, error: problem };

  if (!input.confirmClash) {
    const clashes = await findClashes(deps, input.employeeId, activity);
    if (clashes.length > 0) return { ok: false, error: { code: "clash", clashes } };
  }

  const outcome = await db.$transaction(async (tx) => {
    const locked = await lockActivity(tx, activity.id, now);
    // Another tap may have won the race while this one waited for the lock.
    const again = await tx.registration.findUnique({
      where: { activityId_employeeId: { activityId: activity.id, employeeId: input.employeeId } },
    });
    if (again && ACTIVE_STATUSES.includes(again.status)) return { registration: again, created: false };
    if (locked.status !== "PUBLISHED") return null;

    let status: RegistrationStatus;
    let waitlistPosition: number | null = null;
    if (locked.needsSupervisorApproval) status = "PENDING_APPROVAL";
    else if (await hasFreeSeat(tx, locked)) status = "REGISTERED";
    else {
      status = "WAITLISTED";
      waitlistPosition = await nextWaitlistPosition(tx, locked.id);
    }
    const data = {
      status,
      waitlistPosition,
      decidedById: null,
      decidedAt: null,
      decisionNote: null,
      escalatedAt: null,
      cancelledAt: null,
      updatedAt: now,
    };
    const registration = again
      ? // Registering again after a cancellation or rejection starts a new request.
        await tx.registration.update({ where: { id: again.id }, data: { ...data, createdAt: now } })
      : await tx.registration.create({
          data: { ...data, activityId: locked.id, employeeId: input.employeeId, createdAt: now },
        });
    await recordAudit(tx, {
      actorId: input.employeeId,
      actorLabel: `employee:${input.employeeId}`,
      action: "registration.created",
      targetType: "Registration",
      targetId: registration.id,
      details: { activity: locked.code, status },
      at: now,
    });
    return { registration, created: true };
  });
  if (!outcome) return { ok: false, error: { code: "activity-unavailable" } };
  if (!outcome.created) return alreadyDone(deps, outcome.registration);
  if (outcome.registration.status === "PENDING_APPROVAL") await notifyApprovers(deps, outcome.registration.id, false);
  return describe(deps, outcome.registration, false);
}

async function alreadyDone(deps: NotifyDeps, registration: Registration): Promise<RegisterResult> {
  return describe(deps, registration, true);
}

async function describe(deps: NotifyDeps, registration: Registration, done: boolean): Promise<RegisterResult> {
  const rank =
    registration.status === "WAITLISTED" && registration.waitlistPosition !== null
      ? await waitlistRank(deps.db, registration.activityId, registration.waitlistPosition)
      : null;
  return { ok: true, status: registration.status, registrationId: registration.id, waitlistRank: rank, alreadyDone: done };
}

/** The person's other live registrations whose time overlaps this activity. */
export async function findClashes(
  deps: Pick<NotifyDeps, "db">,
  employeeId: number,
  activity: { id: number; startsAt: Date; endsAt: Date },
): Promise<Clash[]> {
  const others = await deps.db.registration.findMany({
    where: {
      employeeId,
      activityId: { not: activity.id },
      status: { in: ACTIVE_STATUSES },
      activity: { status: "PUBLISHED", startsAt: { lt: activity.endsAt }, endsAt: { gt: activity.startsAt } },
    },
    include: { activity: true },
  });
  return others
    .filter((other) => overlaps(other.activity, activity))
    .map((other) => ({
      activityId: other.activityId,
      title: other.activity.title,
      startsAt: other.activity.startsAt,
      endsAt: other.activity.endsAt,
    }));
}

export type CancelResult =
  | { ok: true; alreadyDone: boolean; promotedEmployeeId: number | null }
  | { ok: false; error: "not-found" | "already-started" | "not-cancellable"; status?: RegistrationStatus };

/**
 * Cancels the person's own registration. A freed seat goes to the first person on the waiting list,
 * who is told at once; reminders already queued for the cancelled registration are withdrawn.
 */
export async function cancelRegistration(
  deps: NotifyDeps,
  input: { employeeId: number; registrationId: number },
): Promise<CancelResult> {
  const { db, clock } = deps;
  const now = clock.now();
  const registration = await db.registration.findUnique({
    where: { id: input.registrationId },
    include: { activity: true },
  });
  if (!registration || registration.employeeId !== input.employeeId) return { ok: false, error: "not-found" };
  if (registration.status === "CANCELLED") return { ok: true, alreadyDone: true, promotedEmployeeId: null };
  if (!ACTIVE_STATUSES.includes(registration.status)) {
    return { ok: false, error: "not-cancellable", status: registration.status };
  }
  if (registration.activity.startsAt <= now) return { ok: false, error: "already-started" };

  const result = await db.$transaction(async (tx) => {
    await lockActivity(tx, registration.activityId, now);
    const current = await tx.registration.findUniqueOrThrow({ where: { id: registration.id } });
    // A double tap: the first press already cancelled it.
    if (!ACTIVE_STATUSES.includes(current.status)) return { changed: false, promoted: null };
    await tx.registration.update({
      where: { id: registration.id },
      data: { status: "CANCELLED", cancelledAt: now, waitlistPosition: null, updatedAt: now },
    });
    await withdrawQueuedReminders(tx, registration.id);
    await recordAudit(tx, {
      actorId: input.employeeId,
      actorLabel: `employee:${input.employeeId}`,
      action: "registration.cancelled",
      targetType: "Registration",
      targetId: registration.id,
      details: { activity: registration.activity.code, was: current.status },
      at: now,
    });
    const freedSeat = current.status === "REGISTERED";
    return { changed: true, promoted: freedSeat ? await promoteFirstWaitlisted(tx, registration.activityId, now) : null };
  });
  if (result.promoted) await notifyPromoted(deps, result.promoted.id);
  return { ok: true, alreadyDone: !result.changed, promotedEmployeeId: result.promoted?.employeeId ?? null };
}

/** Reminders are keyed `reminder:<registration>:...`; a cancelled registration must not get them. */
export async function withdrawQueuedReminders(
  tx: Pick<NotifyDeps["db"], "delivery">,
  registrationId: number,
): Promise<void> {
  await tx.delivery.updateMany({
    where: { dedupeKey: { startsWith: `reminder:${registrationId}:` }, status: "PENDING" },
    data: { status: "CANCELLED", lastError: "registration cancelled" },
  });
}
