import { readFile } from "node:fs/promises";
import type { Command } from "commander";
import { formatDateTime } from "../../i18n/format-date.js";
import type { Translate } from "../../i18n/index.js";
import { createLogger } from "../../logger.js";
import { createScheduler, defaultJobs } from "../../scheduler/index.js";
import { markAttendanceFromCsv, type AttendanceIssue } from "../../services/activities/attendance.js";
import type { CliContext } from "../context.js";

/**
 * `attendance mark <activityCode> <file.csv> [--dry-run]`: attendance from a list of NIPs; every
 * problem is reported with its line and then nothing is saved (exit code 1).
 *
 * `jobs list` and `jobs run <name>`: one scheduled job, once, now; regardless of which process is
 * the scheduler leader (for admins and demos). Jobs are idempotent, so running one by hand next to
 * the scheduler sends nothing twice.
 */
export function register(program: Command, context: CliContext): void {
  const { t, io, config } = context;

  program
    .command("attendance")
    .description(t("attendance-cli-description"))
    .command("mark")
    .description(t("attendance-cli-mark-description"))
    .argument("<activityCode>", t("attendance-cli-activity-argument"))
    .argument("<file>", t("attendance-cli-file-argument"))
    .option("--dry-run", t("attendance-cli-dry-run-option"))
    .action(
      context.action(async (activityCode: string, file: string, options: { dryRun?: boolean }) => {
        let csvText: string;
        try {
          csvText = await readFile(file, "utf8");
        } catch (error) {
          io.err(t("attendance-cli-file-unreadable", { file, reason: (error as NodeJS.ErrnoException).code ?? String(error) }));
          context.exitCode = 1;
          return;
        }
        const services = await context.services();
        const result = await markAttendanceFromCsv(
          { ...services, settings: config.activities },
          { activityCode, csvText, actorLabel: context.actorLabel, dryRun: options.dryRun === true },
        );
        if (result.ok) {
          const vars = { count: String(result.marked), title: result.activity.title, code: result.activity.code };
          io.out(t(result.dryRun ? "attendance-mark-dry-run-ok" : "attendance-mark-ok", vars));
          return;
        }
        context.exitCode = 1;
        switch (result.error) {
          case "invalid-rows":
            for (const issue of result.issues) io.out(describeAttendanceIssue(t, issue));
            io.out(t("attendance-mark-failed", { count: String(result.issues.length) }));
            return;
          case "activity-not-found":
            return io.err(t("attendance-mark-activity-not-found", { code: result.activityCode }));
          case "activity-not-open":
            return io.err(t("attendance-mark-activity-not-open", { code: result.activityCode, status: result.status }));
          case "activity-not-started":
            return io.err(
              t("attendance-mark-activity-not-started", {
                code: result.activityCode,
                time: formatDateTime(result.opensAt, context.locale, config.timezone),
              }),
            );
        }
      }),
    );

  const jobs = program.command("jobs").description(t("attendance-cli-jobs-description"));

  jobs
    .command("list")
    .description(t("attendance-cli-jobs-list-description"))
    .action(
      context.action(async () => {
        for (const job of defaultJobs) {
          io.out(t("attendance-jobs-list-item", { name: job.name, cron: job.cron, timezone: config.timezone }));
        }
      }),
    );

  jobs
    .command("run")
    .description(t("attendance-cli-jobs-run-description"))
    .argument("<name>", t("attendance-cli-jobs-name-argument"))
    .action(
      context.action(async (name: string) => {
        const names = defaultJobs.map((job) => job.name);
        if (!names.includes(name)) {
          io.err(t("attendance-jobs-unknown", { name, names: names.join(", ") }));
          context.exitCode = 1;
          return;
        }
        // Not started: no lease, no cron; just this one run, forced past the leadership check.
        const scheduler = createScheduler({ deps: await context.services(), config, logger: createLogger("silent") });
        const result = await scheduler.runNow(name, { force: true });
        if (result.skipped) {
          io.err(t("attendance-jobs-skipped", { name }));
          context.exitCode = 1;
          return;
        }
        if (!result.ok) {
          io.err(t("attendance-jobs-failed", { name, message: result.error?.message ?? "?" }));
          context.exitCode = 1;
          return;
        }
        io.out(t("attendance-jobs-done", { name, ms: String(result.durationMs) }));
        for (const [key, value] of Object.entries(result.outcome ?? {})) {
          io.out(t("attendance-jobs-outcome", { key, value: String(value) }));
        }
      }),
    );
}

/** "baris 3: NIP … tidak ada di data kepegawaian". */
export function describeAttendanceIssue(t: Translate, issue: AttendanceIssue): string {
  return t("attendance-mark-issue", { line: String(issue.line), message: t(`attendance-csv-issue-${issue.code}`, issue.params) });
}
