import { readFile } from "node:fs/promises";
import type { Command } from "commander";
import type { ActivityStatus } from "../../generated/prisma/enums.js";
import { formatDateTime, formatTime } from "../../i18n/format-date.js";
import { importActivities } from "../../services/activities/import.js";
import { cancelActivityWithNotice } from "../../services/activities/cancel-with-notice.js";
import { completeActivityNow } from "../../services/activities/completion.js";
import {
  listActivities,
  publishActivity,
  type ActivityListItem,
  type LifecycleError,
} from "../../services/activities/lifecycle.js";
import { toLocal } from "../../services/activities/local-time.js";
import {
  describeActivitySummary,
  describeIssue,
  describePartnerSummary,
  statusName,
} from "../../services/activities/messages.js";
import { importPartners, listPartners } from "../../services/activities/partners.js";
import { activityFormatOf } from "../../services/activities/source.js";
import { createMessages } from "../../services/messages.js";
import { formatPhone } from "../../services/roster/phone.js";
import type { CliContext } from "../context.js";

const STATUS_OPTIONS: Readonly<Record<string, ActivityStatus>> = {
  draft: "DRAFT",
  draf: "DRAFT",
  published: "PUBLISHED",
  terbit: "PUBLISHED",
  cancelled: "CANCELLED",
  dibatalkan: "CANCELLED",
  batal: "CANCELLED",
  completed: "COMPLETED",
  selesai: "COMPLETED",
};

/**
 * `partner import|list` and `activity import|list|publish|cancel|complete`. Import reports go to
 * stdout, one line per problem; the exit code is 1 when anything failed (nothing is saved then).
 */
export function register(program: Command, context: CliContext): void {
  const { t, io, config } = context;

  const readText = async (file: string): Promise<string | null> => {
    try {
      return await readFile(file, "utf8");
    } catch (error) {
      io.err(t("activity-admin-file-unreadable", { file, reason: (error as NodeJS.ErrnoException).code ?? String(error) }));
      context.exitCode = 1;
      return null;
    }
  };
  const failed = (error: LifecycleError): void => {
    const params = { ...error.params };
    if (params.from) params.from = statusName(t, params.from);
    if (params.to) params.to = statusName(t, params.to);
    io.err(t(`activity-admin-error-${error.code}`, params));
    context.exitCode = 1;
  };

  const partner = program.command("partner").description(t("activity-admin-cli-partner-description"));

  partner
    .command("import")
    .description(t("activity-admin-cli-partner-import-description"))
    .argument("<file>", t("activity-admin-cli-partner-file-argument"))
    .option("--dry-run", t("activity-admin-cli-dry-run-option"))
    .action(
      context.action(async (file: string, options: { dryRun?: boolean }) => {
        const text = await readText(file);
        if (text === null) return;
        const dryRun = options.dryRun === true;
        const result = await importPartners(await context.services(), text, { dryRun, actorLabel: context.actorLabel });
        if (!result.ok) {
          for (const issue of result.errors) io.out(describeIssue(t, issue, { format: "csv" }));
          io.out(t("activity-admin-import-failed", { count: result.errors.length }));
          context.exitCode = 1;
          return;
        }
        io.out(t(dryRun ? "activity-admin-partner-import-dry-run-ok" : "activity-admin-partner-import-ok", { rows: result.rows }));
        io.out(describePartnerSummary(t, result.summary));
      }),
    );

  partner
    .command("list")
    .description(t("activity-admin-cli-partner-list-description"))
    .action(
      context.action(async () => {
        const partners = await listPartners(await context.services());
        if (partners.length === 0) return io.out(t("activity-admin-partner-list-empty"));
        for (const item of partners) {
          const contact = [item.contactName, item.contactPhone === null ? null : formatPhone(item.contactPhone), item.contactEmail]
            .filter((part): part is string => part !== null)
            .join(", ");
          io.out(
            t("activity-admin-partner-list-item", {
              name: item.name,
              kind: t(`activity-admin-partner-kind-${item.kind.toLowerCase()}`),
              contact: contact === "" ? t("activity-admin-partner-no-contact") : contact,
              activities: String(item.activities),
            }),
          );
        }
      }),
    );

  const activity = program.command("activity").description(t("activity-admin-cli-activity-description"));

  activity
    .command("import")
    .description(t("activity-admin-cli-activity-import-description"))
    .argument("<file>", t("activity-admin-cli-activity-file-argument"))
    .option("--dry-run", t("activity-admin-cli-dry-run-option"))
    .action(
      context.action(async (file: string, options: { dryRun?: boolean }) => {
        const format = activityFormatOf(file);
        if (format === null) {
          io.err(t("activity-admin-file-format", { file }));
          context.exitCode = 1;
          return;
        }
        const text = await readText(file);
        if (text === null) return;
        const dryRun = options.dryRun === true;
        const result = await importActivities(await context.services(), text, {
          format,
          timezone: config.timezone,
          dryRun,
          actorLabel: context.actorLabel,
        });
        for (const warning of result.warnings) io.out(describeIssue(t, warning, { format, kind: "warning" }));
        if (!result.ok) {
          for (const issue of result.errors) io.out(describeIssue(t, issue, { format }));
          io.out(t("activity-admin-import-failed", { count: result.errors.length }));
          context.exitCode = 1;
          return;
        }
        io.out(t(dryRun ? "activity-admin-import-dry-run-ok" : "activity-admin-import-ok", { items: result.items }));
        for (const line of describeActivitySummary(t, result.summary)) io.out(line);
      }),
    );

  activity
    .command("list")
    .description(t("activity-admin-cli-activity-list-description"))
    .option("--status <status>", t("activity-admin-cli-status-option"))
    .action(
      context.action(async (options: { status?: string }) => {
        let status: ActivityStatus | undefined;
        if (options.status !== undefined) {
          status = STATUS_OPTIONS[options.status.trim().toLowerCase()];
          if (status === undefined) {
            io.err(t("activity-admin-status-invalid", { value: options.status }));
            context.exitCode = 1;
            return;
          }
        }
        const activities = await listActivities(await context.services(), status ? { status } : {});
        if (activities.length === 0) return io.out(t("activity-admin-list-empty"));
        for (const item of activities) io.out(listLine(context, item));
      }),
    );

  activity
    .command("publish")
    .description(t("activity-admin-cli-activity-publish-description"))
    .argument("<code>", t("activity-admin-cli-code-argument"))
    .action(
      context.action(async (code: string) => {
        const result = await publishActivity(await context.services(), { code, actorLabel: context.actorLabel });
        if (!result.ok) return failed(result);
        const { activity: published } = result;
        io.out(
          t(result.changed ? "activity-admin-published" : "activity-admin-already-published", {
            code: published.code,
            title: published.title,
            attendanceCode: published.attendanceCode ?? "-",
          }),
        );
      }),
    );

  activity
    .command("cancel")
    .description(t("activity-admin-cli-activity-cancel-description"))
    .argument("<code>", t("activity-admin-cli-code-argument"))
    .option("--reason <text>", t("activity-admin-cli-reason-option"))
    .action(
      context.action(async (code: string, options: { reason?: string }) => {
        const deps = { ...(await context.services()), messages: createMessages(config) };
        // The notices are queued here and sent by the bot's dispatcher.
        const result = await cancelActivityWithNotice(deps, { code, reason: options.reason ?? null, actorLabel: context.actorLabel });
        if (!result.ok) return failed(result);
        const { activity: cancelled } = result;
        if (!result.changed) return io.out(t("activity-admin-already-cancelled", { code: cancelled.code }));
        io.out(
          t("activity-admin-cancelled", { code: cancelled.code, title: cancelled.title, count: String(result.affected.length) }),
        );
      }),
    );

  activity
    .command("complete")
    .description(t("activity-admin-cli-activity-complete-description"))
    .argument("<code>", t("activity-admin-cli-code-argument"))
    .action(
      context.action(async (code: string) => {
        const deps = { ...(await context.services()), settings: config.activities, timezone: config.timezone };
        const result = await completeActivityNow(deps, { code, actorLabel: context.actorLabel });
        if (!result.ok) return failed(result);
        const { activity: completed } = result;
        io.out(
          t(result.changed ? "activity-admin-completed" : "activity-admin-already-completed", {
            code: completed.code,
            title: completed.title,
          }),
        );
      }),
    );
}

/** "EXCEL-2026 · Pelatihan … · Senin, 14 Desember 2026 pukul 08.00 WIB – … · terisi 12/30 · …" */
function listLine(context: CliContext, item: ActivityListItem): string {
  const { t, locale, config } = context;
  const zone = config.timezone;
  const sameDay = localDay(item.startsAt, zone) === localDay(item.endsAt, zone);
  const when = `${formatDateTime(item.startsAt, locale, zone)} – ${
    sameDay ? formatTime(item.endsAt, locale, zone) : formatDateTime(item.endsAt, locale, zone)
  }`;
  const registered = String(item.counts.registered);
  return t("activity-admin-list-item", {
    code: item.code,
    title: item.title,
    when,
    fill:
      item.capacity === null
        ? t("activity-admin-list-fill-unlimited", { registered })
        : `${registered}/${String(item.capacity)}`,
    waitlist: String(item.counts.waitlisted),
    pending: String(item.counts.pending),
    status: statusName(t, item.status),
  });
}

function localDay(date: Date, zone: string): string {
  const local = toLocal(date, zone);
  return `${local.year}-${local.month}-${local.day}`;
}
