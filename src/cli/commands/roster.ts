import { readFile } from "node:fs/promises";
import type { Command } from "commander";
import { importRoster } from "../../services/roster/import.js";
import { describeIssue, describeSummary } from "../../services/roster/messages.js";
import type { CliContext } from "../context.js";

/**
 * `roster import <file> [--dry-run]`. The report goes to stdout, one line per problem; the exit code
 * is 1 when the file has errors (nothing is saved then).
 */
export function register(program: Command, context: CliContext): void {
  const { t, io } = context;
  const roster = program.command("roster").description(t("roster-cli-roster-description"));

  roster
    .command("import")
    .description(t("roster-cli-roster-import-description"))
    .argument("<file>", t("roster-cli-roster-file-argument"))
    .option("--dry-run", t("roster-cli-dry-run-option"))
    .action(
      context.action(async (file: string, options: { dryRun?: boolean }) => {
        let text: string;
        try {
          text = await readFile(file, "utf8");
        } catch (error) {
          io.err(t("roster-file-unreadable", { file, reason: (error as NodeJS.ErrnoException).code ?? String(error) }));
          context.exitCode = 1;
          return;
        }

        const dryRun = options.dryRun === true;
        const result = await importRoster(await context.services(), text, { dryRun, actorLabel: context.actorLabel });
        for (const warning of result.warnings) io.out(describeIssue(t, warning, "warning"));
        if (!result.ok) {
          for (const issue of result.errors) io.out(describeIssue(t, issue));
          io.out(t("roster-import-failed", { count: result.errors.length }));
          context.exitCode = 1;
          return;
        }
        io.out(t(dryRun ? "roster-import-dry-run-ok" : "roster-import-ok", { rows: result.rows }));
        for (const line of describeSummary(t, result.summary)) io.out(line);
      }),
    );
}
