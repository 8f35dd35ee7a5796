import { spawn, type ChildProcessByStdio } from "node:child_process";
import type { Readable } from "node:stream";
import type { FakeBotApi } from "../../src/emulator/fake-bot-api.js";

/** A token in the shape Telegram hands out, for the fake Bot API a started process talks to. */
export const TEST_BOT_TOKEN = "123456:ABCDEFGHIJKLMNOPQRSTUVWXYZ0123";

/** The settings that point a started process at this fake Bot API (started with TEST_BOT_TOKEN). */
export function telegramEnv(api: FakeBotApi): Record<string, string> {
  return { BOT_TOKEN: TEST_BOT_TOKEN, TELEGRAM_API_ROOT: api.apiRoot };
}

/** Polls until the probe gives a value, in real time: the bot under test runs in its own process. */
export async function waitFor<T>(probe: () => T | undefined | Promise<T | undefined>, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error("timed out");
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

export interface MainProcess {
  child: ChildProcessByStdio<null, Readable, Readable>;
  /** Everything the process has written so far, stdout and stderr together. */
  output: { log: string };
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** Waits until the log holds this text. */
  waitForLog(text: string): Promise<void>;
  /** Sends SIGTERM unless the process is gone already; gives its exit code. */
  stop(): Promise<number | null>;
}

/**
 * `npm start` as its own process, logging at info level. Telegram stays off unless `env` brings a
 * BOT_TOKEN (see telegramEnv).
 */
export function startMain(env: Record<string, string>): MainProcess {
  const child = spawn(process.execPath, ["--import", "tsx", "src/main.ts"], {
    env: { ...process.env, BOT_TOKEN: "", LOG_LEVEL: "info", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const output = { log: "" };
  child.stdout.on("data", (chunk: Buffer) => (output.log += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (output.log += chunk.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once("exit", (code, signal) => resolve({ code, signal })),
  );
  return {
    child,
    output,
    exited,
    waitForLog: async (text) => void (await waitFor(() => (output.log.includes(text) ? true : undefined))),
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
      return (await exited).code;
    },
  };
}
