import { recordAudit } from "../audit.js";
import { resolveAudience, rulesToAudience } from "./audience.js";
import { deliverAnnouncement, type DeliverAnnouncementDeps } from "./deliver.js";
import { announcerScope } from "./scope.js";

export const SEND_ACTION = "announcement.send";
export const CANCEL_ACTION = "announcement.cancel";

/**
 * A send left in SENDING this long is taken to have crashed and is resumed. A live send of even a
 * large audience only queues rows, which takes seconds, so the margin is wide.
 */
export const STALE_SENDING_MS = 5 * 60 * 1000;

export type SendOutcome = "sent" | "skipped" | "cancelled";

/** Each recipient's delivery key: enqueueing it again (a resumed send) queues nothing. */
export function announcementDedupeKey(announcementId: number, employeeId: number): string {
  return `ann:${announcementId}:${employeeId}`;
}

/**
 * Claims one announcement (SCHEDULED and due, or a stale SENDING) with a conditional update, so two
 * instances or a double tick never both send it; then queues it for its audience and marks it SENT.
 * The audience is resolved with the author's scope at the time of sending; an author who may no
 * longer announce has the announcement cancelled instead.
 */
export async function sendAnnouncement(
  deps: DeliverAnnouncementDeps,
  input: { announcementId: number; now: Date },
): Promise<SendOutcome> {
  const { announcementId, now } = input;
  if (!(await claim(deps, announcementId, now))) return "skipped";
  const announcement = await deps.db.announcement.findUniqueOrThrow({
    where: { id: announcementId },
    include: { audience: { select: { kind: true, value: true } } },
  });
  const scope = await announcerScope(deps, announcement.authorId);
  const spec = rulesToAudience(announcement.audience);
  if (!scope.ok || spec === null) {
    await deps.db.$transaction(async (tx) => {
      await tx.announcement.update({ where: { id: announcementId }, data: { status: "CANCELLED", updatedAt: now } });
      await recordAudit(tx, {
        actorLabel: "system",
        action: CANCEL_ACTION,
        targetType: "announcement",
        targetId: announcementId,
        details: { reason: scope.ok ? "invalid-audience" : "author-not-allowed" },
        at: now,
      });
    });
    return "cancelled";
  }

  const recipients = await resolveAudience(deps, spec, { scopeUnitId: scope.scopeUnitId });
  const { enqueued } = await deliverAnnouncement(deps, {
    announcementId,
    employeeIds: recipients,
    dedupeKeyOf: (employeeId) => announcementDedupeKey(announcementId, employeeId),
    now,
  });
  await deps.db.$transaction(async (tx) => {
    await tx.announcement.update({ where: { id: announcementId }, data: { status: "SENT", sentAt: now, updatedAt: now } });
    await recordAudit(tx, {
      actorId: announcement.authorId,
      actorLabel: `employee:${announcement.authorId}`,
      action: SEND_ACTION,
      targetType: "announcement",
      targetId: announcementId,
      details: { recipients: recipients.length, enqueued },
      at: now,
    });
  });
  return "sent";
}

async function claim(deps: DeliverAnnouncementDeps, announcementId: number, now: Date): Promise<boolean> {
  const due = await deps.db.announcement.updateMany({
    where: { id: announcementId, status: "SCHEDULED", scheduledAt: { lte: now } },
    data: { status: "SENDING", updatedAt: now },
  });
  if (due.count > 0) return true;
  const stale = await deps.db.announcement.updateMany({
    where: { id: announcementId, status: "SENDING", updatedAt: { lte: new Date(now.getTime() - STALE_SENDING_MS) } },
    data: { updatedAt: now },
  });
  return stale.count > 0;
}

/**
 * The dispatch job: every one-off announcement whose time has come, and any send a crash left
 * half done. Campaign messages are sent by their campaign.
 */
export async function sendDueAnnouncements(
  deps: DeliverAnnouncementDeps,
  input: { now: Date },
): Promise<{ sent: number; cancelled: number }> {
  const { now } = input;
  const due = await deps.db.announcement.findMany({
    where: {
      campaignId: null,
      OR: [
        { status: "SCHEDULED", scheduledAt: { lte: now } },
        { status: "SENDING", updatedAt: { lte: new Date(now.getTime() - STALE_SENDING_MS) } },
      ],
    },
    select: { id: true },
    orderBy: [{ scheduledAt: "asc" }, { id: "asc" }],
  });
  const result = { sent: 0, cancelled: 0 };
  // One announcement that fails (it is resumed once stale) must not hold back the others.
  const errors: unknown[] = [];
  for (const { id } of due) {
    try {
      const outcome = await sendAnnouncement(deps, { announcementId: id, now });
      if (outcome === "sent") result.sent += 1;
      if (outcome === "cancelled") result.cancelled += 1;
    } catch (error) {
      errors.push(error);
    }
  }
  if (errors.length > 0) throw errors[0];
  return result;
}
