import { Command, Option } from "commander";
import { ConfigError } from "../config.js";
import { LOCALES } from "../i18n/index.js";
import { createCliContext, type CliContext, type CommandGroup } from "./context.js";

/**
 * Command groups. To add one, create `commands/<group>.ts` exporting
 * `register(program, context)` and add one line here.
 */
const COMMAND_GROUPS: ReadonlyArray<() => Promise<CommandGroup>> = [
  () => import("./commands/migrate.js"),
  () => import("./commands/roster.js"),
  () => import("./commands/demo.js"),
  () => import("./commands/roles.js"),
  () => import("./commands/accounts.js"),
  () => import("./commands/queue.js"),
  () => import("./commands/activities.js"),
  () => import("./commands/attendance.js"),
  () => import("./commands/questionnaires.js"),
  () => import("./commands/evaluations.js"),
  () => import("./commands/evaluation-rules.js"),
  () => import("./commands/announcements.js"),
  () => import("./commands/campaigns.js"),
  () => import("./commands/pulse.js"),
  () => import("./commands/reports.js"),
];

/** Runs the admin CLI and returns the exit code: 0 ok, 1 failure reported, 2 bad configuration. */
export async function runCli(argv: readonly string[], env: NodeJS.ProcessEnv): Promise<number> {
  let context: CliContext;
  try {
    context = createCliContext({ env, argv });
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      return 2;
    }
    throw error;
  }

  const { t } = context;
  const program = new Command()
    .name("npm run cli --")
    .description(t("roster-cli-description"))
    .addOption(new Option("--lang <locale>", t("roster-cli-lang-option")).choices(LOCALES))
    .helpOption("-h, --help", t("roster-cli-help-option"))
    .helpCommand("help [command]", t("roster-cli-help-command"))
    .showHelpAfterError()
    .exitOverride();
  for (const load of COMMAND_GROUPS) (await load()).register(program, context);

  try {
    await program.parseAsync([...argv]);
  } catch (error) {
    // Commander has printed its own message (help, version, usage error).
    const code = (error as { exitCode?: number }).exitCode;
    if (typeof code !== "number") throw error;
    context.exitCode = code;
  } finally {
    await context.close();
  }
  return context.exitCode;
}

process.exitCode = await runCli(process.argv, process.env);
