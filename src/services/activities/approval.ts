import type { RegistrationStatus } from "../../generated/prisma/enums.js";
import { recordAudit } from "../audit.js";
import { notify, type NotifyDeps } from "../notify.js";
import { getRoles } from "../roles.js";
import { activityVars } from "./notices.js";
import { hasFreeSeat, lockActivity, nextWaitlistPosition, waitlistRank } from "./seats.js";

/** Who decides a pending registration: the supervisor, one level up once escalated, else the admins. */
async function approversOf(deps: NotifyDeps, registrationId: number, escalated: boolean): Promise<number[]> {
  const registration = await deps.db.registration.findUniqueOrThrow({
    where: { id: registrationId },
    include: { employee: { include: { supervisor: true } } },
  });
  const supervisor = registration.employee.supervisor;
  const candidate = escalated ? supervisor?.supervisorId : supervisor?.id;
  if (candidate) {
    const person = await deps.db.employee.findUnique({ where: { id: candidate } });
    if (person?.active) return [person.id];
  }
  const admins = await deps.db.roleGrant.findMany({ where: { role: "ADMIN", employee: { active: true } } });
  return admins.map((grant) => grant.employeeId);
}

/** Sends the Approve/Reject request to whoever decides now. */
export async function notifyApprovers(deps: NotifyDeps, registrationId: number, escalated: boolean): Promise<number[]> {
  const approvers = await approversOf(deps, registrationId, escalated);
  const registration = await deps.db.registration.findUniqueOrThrow({
    where: { id: registrationId },
    include: { activity: true, employee: { include: { unit: true } } },
  });
  const base = activityVars(registration.activity, deps.messages.timezone);
  await notify(
    deps,
    approvers.map((approverId) => ({
      employeeId: approverId,
      key: escalated ? "approval-request-escalated" : "approval-request",
      vars: (locale) => ({ ...base(locale), name: registration.employee.name, unit: registration.employee.unit.name }),
      buttons: [
        [
          { key: "approval-button-approve", data: `apr:${registrationId}:y` },
          { key: "approval-button-reject", data: `apr:${registrationId}:n` },
        ],
      ],
      priority: "interactive" as const,
      dedupeKey: `approval:${registrationId}:${escalated ? "escalated" : "request"}:${approverId}`,
    })),
  );
  return approvers;
}

export type DecisionResult =
  | { ok: true; status: RegistrationStatus; alreadyDecided: boolean; employeeName: string; activityTitle: string }
  | { ok: false; error: "not-found" | "not-allowed" | "activity-unavailable" };

/**
 * Approves or rejects a pending registration. Only the registrant's supervisor may decide, their
 * supervisor once the request was escalated, or an admin. Approval takes a seat if one is free,
 * otherwise a place on the waiting list.
 */
export async function decideRegistration(
  deps: NotifyDeps,
  input: { deciderId: number; registrationId: number; approve: boolean; reason?: string },
): Promise<DecisionResult> {
  const { db, clock } = deps;
  const now = clock.now();
  const registration = await db.registration.findUnique({
    where: { id: input.registrationId },
    include: { activity: true, employee: { include: { supervisor: true } } },
  });
  if (!registration) return { ok: false, error: "not-found" };
  const names = { employeeName: registration.employee.name, activityTitle: registration.activity.title };
  const supervisor = registration.employee.supervisor;
  const allowed =
    supervisor?.id === input.deciderId ||
    (registration.escalatedAt !== null && supervisor?.supervisorId === input.deciderId) ||
    (await getRoles(deps, input.deciderId)).admin;
  if (!allowed) return { ok: false, error: "not-allowed" };
  if (registration.status !== "PENDING_APPROVAL") {
    return { ok: true, status: registration.status, alreadyDecided: true, ...names };
  }

  const decided = await db.$transaction(async (tx) => {
    const activity = await lockActivity(tx, registration.activityId, now);
    const current = await tx.registration.findUniqueOrThrow({ where: { id: registration.id } });
    if (current.status !== "PENDING_APPROVAL") return { status: current.status, changed: false };
    if (input.approve && activity.status !== "PUBLISHED") return null;
    let status: RegistrationStatus = "REJECTED";
    let waitlistPosition: number | null = null;
    if (input.approve) {
      if (await hasFreeSeat(tx, activity)) status = "REGISTERED";
      else {
        status = "WAITLISTED";
        waitlistPosition = await nextWaitlistPosition(tx, activity.id);
      }
    }
    await tx.registration.update({
      where: { id: registration.id },
      data: {
        status,
        waitlistPosition,
        decidedById: input.deciderId,
        decidedAt: now,
        decisionNote: input.approve ? null : input.reason?.trim() || null,
        updatedAt: now,
      },
    });
    await recordAudit(tx, {
      actorId: input.deciderId,
      actorLabel: `employee:${input.deciderId}`,
      action: input.approve ? "registration.approved" : "registration.rejected",
      targetType: "Registration",
      targetId: registration.id,
      details: { status },
      at: now,
    });
    return { status, changed: true, waitlistPosition };
  });
  if (!decided) return { ok: false, error: "activity-unavailable" };
  if (!decided.changed) return { ok: true, status: decided.status, alreadyDecided: true, ...names };

  const base = activityVars(registration.activity, deps.messages.timezone);
  const rank =
    decided.status === "WAITLISTED" && decided.waitlistPosition
      ? await waitlistRank(db, registration.activityId, decided.waitlistPosition)
      : 0;
  const key =
    decided.status === "REGISTERED"
      ? "approval-approved"
      : decided.status === "WAITLISTED"
        ? "approval-approved-waitlisted"
        : input.reason?.trim()
          ? "approval-rejected-reason"
          : "approval-rejected";
  await notify(deps, [
    {
      employeeId: registration.employeeId,
      key,
      vars: (locale) => ({ ...base(locale), reason: input.reason?.trim() ?? "", rank }),
      buttons: [[{ key: "registration-button-details", data: `act:${registration.activityId}` }]],
      priority: "interactive",
      dedupeKey: `approval:${registration.id}:decided`,
    },
  ]);
  return { ok: true, status: decided.status, alreadyDecided: false, ...names };
}

/**
 * Requests that waited longer than allowed go one level up (the supervisor's supervisor), or to the
 * admins when there is nobody above. Each is escalated once.
 */
export async function escalateStaleApprovals(deps: NotifyDeps, input: { afterHours: number }): Promise<number> {
  const now = deps.clock.now();
  const stale = await deps.db.registration.findMany({
    where: {
      status: "PENDING_APPROVAL",
      escalatedAt: null,
      createdAt: { lte: new Date(now.getTime() - input.afterHours * 3_600_000) },
    },
    select: { id: true },
  });
  for (const { id } of stale) {
    const claimed = await deps.db.registration.updateMany({
      where: { id, escalatedAt: null, status: "PENDING_APPROVAL" },
      data: { escalatedAt: now },
    });
    if (claimed.count === 1) await notifyApprovers(deps, id, true);
  }
  return stale.length;
}

/** Who asked for what, to show the decider before asking for a reason; null when there is no such request. */
export async function describeRequest(
  deps: Pick<NotifyDeps, "db">,
  registrationId: number,
): Promise<{ name: string; title: string } | null> {
  const found = await deps.db.registration.findUnique({
    where: { id: registrationId },
    select: { employee: { select: { name: true } }, activity: { select: { title: true } } },
  });
  return found ? { name: found.employee.name, title: found.activity.title } : null;
}
