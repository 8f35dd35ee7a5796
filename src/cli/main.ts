import { realpathSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Command, Option, type OutputConfiguration } from "commander";
import { ConfigError } from "../config.js";
import { LOCALES } from "../i18n/index.js";
import { createCliContext, stdio, type CliContext, type CliIo, type CommandGroup } from "./context.js";

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

/**
 * Runs the admin CLI and returns the exit code: 0 ok, 1 failure reported, 2 bad configuration.
 * `argv` is shaped like process.argv (two leading entries, then the arguments). All output,
 * commander's help and usage errors included, goes through `io`, so the CLI can run in-process;
 * nothing here reads process.env or exits the process.
 */
export async function runCli(argv: readonly string[], env: NodeJS.ProcessEnv, io: CliIo = stdio): Promise<number> {
  let context: CliContext;
  try {
    context = createCliContext({ env, argv, io });
  } catch (error) {
    if (error instanceof ConfigError) {
      io.err(error.message);
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
    .configureOutput(commanderOutput(io))
    .showHelpAfterError()
    .exitOverride();
  // Subcommands copy the output configuration and exit override when they are created, so both come first.
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

/**
 * Commander's help and usage errors through `io`. It writes whole chunks ending in a newline, and
 * io adds its own. Output that is not the terminal is laid out as for a pipe: 80 columns, no colours.
 */
function commanderOutput(io: CliIo): OutputConfiguration {
  const line = (text: string) => text.replace(/\n$/, "");
  const piped = { getOutHelpWidth: () => 80, getErrHelpWidth: () => 80, getOutHasColors: () => false, getErrHasColors: () => false };
  return {
    writeOut: (text) => io.out(line(text)),
    writeErr: (text) => io.err(line(text)),
    ...(io === stdio ? {} : piped),
  };
}

/** True when this file is the program node was started with, not a module imported by another. */
function isEntryPoint(): boolean {
  const script = process.argv[1];
  if (script === undefined) return false;
  try {
    return realpathSync(script) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

if (isEntryPoint()) process.exitCode = await runCli(process.argv, process.env);
