import type { Command } from "commander";
import type { CliContext } from "../context.js";

/** `migrate`: applies pending migrations (every command does this first; this one reports it). */
export function register(program: Command, context: CliContext): void {
  const { t, io } = context;
  program
    .command("migrate")
    .description(t("roster-cli-migrate-description"))
    .action(
      context.action(async () => {
        const result = await context.migrate();
        for (const name of result.applied) io.out(t("roster-migrate-applied", { name }));
        if (result.applied.length === 0) {
          io.out(t("roster-migrate-up-to-date", { count: result.alreadyApplied.length }));
        }
      }),
    );
}
