import type { ServiceDeps } from "../deps.js";

export type AcknowledgeResult =
  | { ok: true; first: boolean; ackAt: Date }
  | { ok: false; code: "not-recipient" | "no-ack-needed" };

/**
 * Records that a recipient read an announcement (a one-off or a campaign message). Only somebody the
 * message was actually sent to can acknowledge it; the first press counts, a second one reports the
 * original time and changes nothing.
 */
export async function acknowledge(
  deps: ServiceDeps,
  input: { announcementId: number; employeeId: number },
): Promise<AcknowledgeResult> {
  const { announcementId, employeeId } = input;
  const received = await deps.db.delivery.findFirst({
    where: { announcementId, employeeId, status: "SENT" },
    select: { id: true },
  });
  if (!received) return { ok: false, code: "not-recipient" };
  const announcement = await deps.db.announcement.findUnique({ where: { id: announcementId }, select: { needsAck: true } });
  if (!announcement?.needsAck) return { ok: false, code: "no-ack-needed" };

  const now = deps.clock.now();
  // Every part of the recipient's message carries the time, so any part can be counted.
  const marked = await deps.db.delivery.updateMany({
    where: { announcementId, employeeId, ackAt: null },
    data: { ackAt: now, updatedAt: now },
  });
  if (marked.count > 0) return { ok: true, first: true, ackAt: now };
  const earlier = await deps.db.delivery.findFirst({
    where: { announcementId, employeeId, ackAt: { not: null } },
    orderBy: { ackAt: "asc" },
    select: { ackAt: true },
  });
  return { ok: true, first: false, ackAt: earlier?.ackAt ?? now };
}
