import { enqueueMany } from "../../delivery/enqueue.js";
import { localesOf } from "../notify.js";
import type { DeliverAnnouncementDeps } from "./deliver.js";
import { reachReportOf } from "./reach-report.js";
import { renderReachReport, reportTranslator } from "./reach-report-text.js";

const HOUR = 60 * 60 * 1000;

export function reportDedupeKey(announcementId: number): string {
  return `ann:${announcementId}:report`;
}

/**
 * Once `reportAfterHours` have passed since an announcement was sent, its author gets the reach
 * report in chat, once (keyed, and marked on the announcement). Each sent message of a campaign is
 * reported on its own, to the campaign's author.
 */
export async function sendDueReports(deps: DeliverAnnouncementDeps, input: { now: Date }): Promise<{ reports: number }> {
  const { now } = input;
  const cutoff = new Date(now.getTime() - deps.settings.reportAfterHours * HOUR);
  const due = await deps.db.announcement.findMany({
    where: { status: "SENT", sentAt: { lte: cutoff }, reportSentAt: null },
    select: { id: true, authorId: true, campaign: { select: { authorId: true } } },
    orderBy: { id: "asc" },
  });
  const authorOf = (announcement: (typeof due)[number]) => announcement.campaign?.authorId ?? announcement.authorId;
  const localeOf = await localesOf(deps, due.map(authorOf));
  for (const announcement of due) {
    const report = await reachReportOf(deps, announcement.id);
    if (!report) continue;
    const author = authorOf(announcement);
    const locale = localeOf(author);
    const t = reportTranslator(deps.messages, locale);
    const text = [
      t("announcements-report-automatic"),
      "",
      renderReachReport(t, locale, report, { timezone: deps.messages.timezone, html: true }),
    ].join("\n");
    await enqueueMany(deps, [
      {
        recipient: { employeeId: author },
        payload: { text, parseMode: "HTML" },
        priority: "normal",
        dedupeKey: reportDedupeKey(announcement.id),
        notBefore: now,
        quietHours: true,
      },
    ]);
    await deps.db.announcement.updateMany({
      where: { id: announcement.id, reportSentAt: null },
      data: { reportSentAt: now, updatedAt: now },
    });
  }
  return { reports: due.length };
}
