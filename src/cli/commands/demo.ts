import type { Command } from "commander";
import { buildDemoRoster, loadDemoData } from "../../db/demo-data.js";
import type { CliContext } from "../context.js";

/** `demo load`: the fictional Kabupaten Tebo roster, only into an empty employee table. */
export function register(program: Command, context: CliContext): void {
  const { t, io } = context;
  const demo = program.command("demo").description(t("roster-cli-demo-description"));

  demo
    .command("load")
    .description(t("roster-cli-demo-load-description"))
    .action(
      context.action(async () => {
        const loaded = await loadDemoData(await context.services());
        if (!loaded) return io.out(t("roster-demo-skipped"));
        const roster = buildDemoRoster();
        io.out(t("roster-demo-loaded", { employees: roster.employees.length, units: roster.units.length }));
      }),
    );
}
