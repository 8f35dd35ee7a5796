import { formatDateTime } from "../../i18n/format-date.js";
import { escapeHtml } from "../../i18n/html.js";
import type { Locale } from "../../i18n/index.js";
import type { Messages, MessageVars } from "../messages.js";
import type { ReachCounts, ReachReport } from "./reach-report.js";

export interface ReachReportTextOptions {
  timezone: string;
  /** Escape values for Telegram's HTML parse mode and bold the headings; plain text otherwise (CLI). */
  html?: boolean;
}

/** The CLI's translator and a service's `messages.t` bound to a locale both fit. */
export type ReportTranslate = (key: string, vars?: MessageVars) => string;

export function reportTranslator(messages: Messages, locale: Locale): ReportTranslate {
  return (key, vars) => messages.t(locale, key, vars);
}

const percent = (share: number | null) => (share === null ? "-" : `${Math.round(share * 100)}%`);

/** The reach report as text, the same for the chat, the author's automatic report and the CLI. */
export function renderReachReport(t: ReportTranslate, locale: Locale, report: ReachReport, options: ReachReportTextOptions): string {
  const value = options.html ? escapeHtml : (text: string) => text;
  const heading = options.html ? (line: string) => `<b>${line}</b>` : (line: string) => line;
  const { announcement, total } = report;
  const needsAck = announcement.needsAck ? "yes" : "no";
  const counts = (row: ReachCounts) => ({
    recipients: row.recipients,
    sent: row.sent,
    sentPercent: percent(row.sentShare),
    pending: row.pending,
    failed: row.failed,
    blocked: row.blocked,
    acknowledged: row.acknowledged,
    ackPercent: percent(row.ackShare),
    needsAck,
  });

  const lines = [heading(t("announcements-report-title", { id: String(announcement.id) }))];
  lines.push(t("announcements-report-excerpt", { excerpt: value(announcement.excerpt) }));
  lines.push(t("announcements-report-author", { author: value(announcement.authorName) }));
  if (announcement.sentAt) {
    lines.push(t("announcements-report-sent-at", { at: formatDateTime(announcement.sentAt, locale, options.timezone) }));
  } else if (announcement.status === "CANCELLED") {
    lines.push(t("announcements-report-cancelled"));
  } else if (announcement.scheduledAt) {
    lines.push(t("announcements-report-scheduled-at", { at: formatDateTime(announcement.scheduledAt, locale, options.timezone) }));
  }
  lines.push("", t("announcements-report-totals", counts(total)));
  if (report.units.length > 0) {
    lines.push("", heading(t("announcements-report-units-title", { needsAck })));
    for (const unit of report.units) {
      lines.push(t("announcements-report-unit-line", { unit: value(unit.unitName), ...counts(unit) }));
    }
  }
  return lines.join("\n");
}
