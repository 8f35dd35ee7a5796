import { spawnSync } from "node:child_process";
import { resolve } from "node:path";

const ROOT = resolve(import.meta.dirname, "../..");

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the admin CLI as a child process, as an admin would, on the given database. */
export function runCli(databaseUrl: string, ...args: string[]): CliRun {
  // node with tsx's loader rather than `npx tsx`: the same program, without npx's start-up cost.
  const result = spawnSync(process.execPath, ["--import", "tsx", "src/cli/main.ts", ...args], {
    cwd: ROOT,
    encoding: "utf8",
    timeout: 60_000,
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      DEFAULT_LOCALE: "id",
      BOT_TOKEN: "",
      ADMIN_NIPS: "",
      ADMIN_TELEGRAM_IDS: "",
    },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
