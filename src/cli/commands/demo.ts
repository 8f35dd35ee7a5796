import type { Command } from "commander";
import { loadDemoActivities } from "../../db/demo-activities.js";
import { buildDemoRoster, loadDemoData } from "../../db/demo-data.js";
import type { CliContext } from "../context.js";

/** `demo load`: the fictional Kabupaten Tebo roster, only into an empty employee table. */
export function register(program: Command, context: CliContext): void {
  const { t, io } = context;
  const demo = program.command("demo").description(t("roster-cli-demo-description"));

  demo
    .command("load")
    .description(t("roster-cli-demo-load-description"))
    .option("--roster-only", t("roster-cli-demo-roster-only-option"))
    .action(
      context.action(async (options: { rosterOnly?: boolean }) => {
        const deps = await context.services();
        const loaded = await loadDemoData(deps);
        if (!loaded) io.out(t("roster-demo-skipped"));
        else {
          const roster = buildDemoRoster();
          io.out(t("roster-demo-loaded", { employees: roster.employees.length, units: roster.units.length }));
        }
        if (options.rosterOnly) return;
        const activities = await loadDemoActivities(deps, {
          now: deps.clock.now(),
          timezone: context.config.timezone,
          evaluations: context.config.evaluations,
        });
        io.out(t(activities ? "roster-demo-activities-loaded" : "roster-demo-activities-skipped"));
      }),
    );
}
