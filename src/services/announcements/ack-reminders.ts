import { formatDateTime } from "../../i18n/format-date.js";
import { notify } from "../notify.js";
import { ACK_PREFIX, plainExcerpt } from "./content.js";
import type { DeliverAnnouncementDeps } from "./deliver.js";
import { FIRST_PART } from "./first-part.js";

const HOUR = 60 * 60 * 1000;

export function ackReminderDedupeKey(announcementId: number, employeeId: number): string {
  return `ann:${announcementId}:ack-reminder:${employeeId}`;
}

/**
 * One reminder per announcement that needs acknowledging (a one-off, or each sent message of a
 * campaign), once `ackReminderAfterHours` have passed since it was sent: only to recipients who got
 * it and have not acknowledged. Whoever acknowledged, blocked the bot or could not be reached gets
 * nothing. Keyed per announcement and recipient, so a second run (or a run after a crash half way)
 * queues nothing twice.
 */
export async function sendAckReminders(
  deps: DeliverAnnouncementDeps,
  input: { now: Date },
): Promise<{ announcements: number; reminded: number }> {
  const { now } = input;
  const cutoff = new Date(now.getTime() - deps.settings.ackReminderAfterHours * HOUR);
  const due = await deps.db.announcement.findMany({
    where: { needsAck: true, status: "SENT", sentAt: { lte: cutoff }, ackRemindedAt: null },
    include: { author: { select: { name: true } } },
    orderBy: { id: "asc" },
  });
  let reminded = 0;
  for (const announcement of due) {
    const unread = await deps.db.delivery.findMany({
      where: {
        announcementId: announcement.id,
        ...FIRST_PART,
        status: "SENT",
        ackAt: null,
        employee: { active: true },
      },
      select: { employeeId: true },
    });
    const recipients = [...new Set(unread.flatMap((row) => (row.employeeId === null ? [] : [row.employeeId])))];
    const sentAt = announcement.sentAt!;
    await notify(
      deps,
      recipients.map((employeeId) => ({
        employeeId,
        key: "announcements-ack-reminder",
        vars: (locale) => ({
          author: announcement.author.name,
          sent: formatDateTime(sentAt, locale, deps.messages.timezone),
          excerpt: plainExcerpt(announcement.body, 200),
        }),
        buttons: [[{ key: "announcements-ack-button", data: `${ACK_PREFIX}${announcement.id}` }]],
        dedupeKey: ackReminderDedupeKey(announcement.id, employeeId),
        priority: "bulk" as const,
        notBefore: now,
        quietHours: true,
      })),
    );
    reminded += recipients.length;
    await deps.db.announcement.updateMany({
      where: { id: announcement.id, ackRemindedAt: null },
      data: { ackRemindedAt: now, updatedAt: now },
    });
  }
  return { announcements: due.length, reminded };
}
