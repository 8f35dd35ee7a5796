import { spawnSync } from "node:child_process";
import { resolve } from "node:path";
import { runCli as runCliInProcess } from "../../src/cli/main.js";

const ROOT = resolve(import.meta.dirname, "../..");

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** The environment an admin would run the CLI with, on the given database. */
function cliEnv(databaseUrl: string): NodeJS.ProcessEnv {
  return { DATABASE_URL: databaseUrl, DEFAULT_LOCALE: "id", BOT_TOKEN: "", ADMIN_NIPS: "", ADMIN_TELEGRAM_IDS: "" };
}

/**
 * Runs the admin CLI in this process, as an admin would run it, on the given database, and
 * returns once it has closed its own database connection. Relative file arguments resolve
 * against the working directory, the project root, as they would for `npm run cli`.
 */
export async function runCli(databaseUrl: string, ...args: string[]): Promise<CliRun> {
  let stdout = "";
  let stderr = "";
  const io = {
    out: (line: string) => void (stdout += `${line}\n`),
    err: (line: string) => void (stderr += `${line}\n`),
  };
  try {
    const code = await runCliInProcess([process.execPath, "src/cli/main.ts", ...args], cliEnv(databaseUrl), io);
    return { code, stdout, stderr };
  } catch (error) {
    // What node does with an uncaught error: the stack on stderr, exit code 1.
    return { code: 1, stdout, stderr: `${stderr}${error instanceof Error ? error.stack : String(error)}\n` };
  }
}

/** Runs the admin CLI as a child process, the real entry point; slow, so kept for the entry test. */
export function runCliProcess(databaseUrl: string, ...args: string[]): CliRun {
  // node with tsx's loader rather than `npx tsx`: the same program, without npx's start-up cost.
  const result = spawnSync(process.execPath, ["--import", "tsx", "src/cli/main.ts", ...args], {
    cwd: ROOT,
    encoding: "utf8",
    timeout: 60_000,
    env: { ...process.env, ...cliEnv(databaseUrl) },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
