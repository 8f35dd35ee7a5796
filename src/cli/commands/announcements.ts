import type { Command } from "commander";
import { formatDateTime } from "../../i18n/format-date.js";
import { announcementSummaries } from "../../services/announcements/list.js";
import { reachReportOf } from "../../services/announcements/reach-report.js";
import { renderReachReport } from "../../services/announcements/reach-report-text.js";
import type { CliContext } from "../context.js";

/** `announcement list [--limit N]`: the latest announcements; `announcement report <id>`: one's reach report. */
export function register(program: Command, context: CliContext): void {
  const { t, io } = context;
  const announcement = program.command("announcement").description(t("announcements-cli-description"));

  const positive = (value: string): number | null => {
    const number = /^\d+$/.test(value.trim()) ? Number(value.trim()) : NaN;
    if (Number.isSafeInteger(number) && number > 0) return number;
    io.err(t("announcements-cli-bad-number", { value }));
    context.exitCode = 1;
    return null;
  };

  announcement
    .command("list")
    .description(t("announcements-cli-list-description"))
    .option("--limit <n>", t("announcements-cli-limit-option"), "20")
    .action(
      context.action(async (options: { limit: string }) => {
        const limit = positive(options.limit);
        if (limit === null) return;
        const items = await announcementSummaries(await context.services(), { limit });
        if (items.length === 0) return io.out(t("announcements-cli-list-none"));
        for (const item of items) {
          const at = item.sentAt ?? item.scheduledAt;
          io.out(
            t("announcements-cli-list-line", {
              id: String(item.id),
              status: t(`announcements-status-${item.status.toLowerCase()}`),
              at: at ? formatDateTime(at, context.locale, context.config.timezone) : "-",
              author: item.authorName,
              excerpt: item.excerpt,
              recipients: item.recipients,
              acknowledged: item.acknowledged,
              needsAck: item.needsAck ? "yes" : "no",
            }),
          );
        }
      }),
    );

  announcement
    .command("report")
    .description(t("announcements-cli-report-description"))
    .argument("<id>", t("announcements-cli-id-argument"))
    .action(
      context.action(async (rawId: string) => {
        const id = positive(rawId);
        if (id === null) return;
        const report = await reachReportOf(await context.services(), id);
        if (report === null) {
          io.err(t("announcements-cli-not-found", { id: String(id) }));
          context.exitCode = 1;
          return;
        }
        io.out(renderReachReport(t, context.locale, report, { timezone: context.config.timezone }));
      }),
    );
}
