import { formatDateTime } from "../i18n/format-date.js";
import type { Locale, Translate } from "../i18n/index.js";
import { formatNip } from "./roster/nip.js";
import type { QueueOverview } from "./queue-overview.js";

/** The queue overview as plain text, for the CLI (detailed) and for admins in chat (short). */
export function renderQueueOverview(
  t: Translate,
  overview: QueueOverview,
  options: { locale: Locale; timezone: string; detailed: boolean },
): string {
  const count = (status: string, priority?: string) =>
    overview.counts
      .filter((c) => c.status === status && (!priority || c.priority === priority))
      .reduce((sum, c) => sum + c.count, 0);
  const when = (date: Date) => formatDateTime(date, options.locale, options.timezone);
  const lines = [
    t("queue-title"),
    t("queue-pending", { pending: count("PENDING"), due: overview.due, sending: count("SENDING") }),
    t("queue-by-priority", {
      interactive: count("PENDING", "interactive"),
      normal: count("PENDING", "normal"),
      bulk: count("PENDING", "bulk"),
    }),
    t("queue-sent-day", { sent: overview.sentLastDay, total: count("SENT") }),
    t("queue-failed-blocked", {
      failed: count("FAILED"),
      blocked: count("BLOCKED"),
      accounts: overview.blockedAccounts.count,
    }),
    overview.leader
      ? t(overview.leader.valid ? "queue-leader" : "queue-leader-expired", {
          holder: overview.leader.holder,
          until: when(overview.leader.expiresAt),
        })
      : t("queue-no-leader"),
  ];
  if (overview.recentFailures.length > 0) {
    lines.push("", t("queue-failures-title"));
    for (const failure of overview.recentFailures) {
      lines.push(t("queue-failure-line", { id: String(failure.id), key: failure.dedupeKey, error: failure.error, at: when(failure.at) }));
    }
  }
  if (options.detailed && overview.blockedAccounts.recent.length > 0) {
    lines.push("", t("queue-blocked-title"));
    for (const account of overview.blockedAccounts.recent) {
      lines.push(t("queue-blocked-line", { name: account.name, nip: formatNip(account.nip), at: when(account.blockedAt) }));
    }
  }
  return lines.join("\n");
}
