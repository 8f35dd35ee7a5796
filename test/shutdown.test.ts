import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { FakeBotApi } from "../src/emulator/fake-bot-api.js";
import { command } from "../src/emulator/updates.js";
import { connectDb, createDb } from "../src/db/client.js";
import { startMain, telegramEnv, TEST_BOT_TOKEN, waitFor, type MainProcess } from "./kit/main-process.js";

/** How long the fake Bot API takes to answer while a message is "in flight". */
const SLOW_ANSWER_MS = 1_000;

let api: FakeBotApi;
let dir: string;

beforeAll(async () => {
  api = await FakeBotApi.start({ token: TEST_BOT_TOKEN });
  dir = mkdtempSync(join(tmpdir(), "pembinaan-shutdown-"));
});
afterEach(() => {
  api.setLatency(0);
});
afterAll(async () => {
  await api.close();
  rmSync(dir, { recursive: true, force: true });
});

interface RunningBot {
  child: MainProcess["child"];
  databaseFile: string;
  log: () => string;
  exited: MainProcess["exited"];
}

/** `npm start` with a token, on a fresh database, until it polls and its scheduler holds the lease. */
async function startBot(name: string): Promise<RunningBot> {
  const databaseFile = join(dir, `${name}.db`);
  const databaseUrl = `file:${databaseFile}`;
  const bot = startMain({ ...telegramEnv(api), DATABASE_URL: databaseUrl });

  await bot.waitForLog("Telegram bot started");
  const db = createDb(databaseUrl);
  await connectDb(db);
  try {
    await waitFor(async () => {
      const lease = await db.lease.findUnique({ where: { name: "scheduler" } });
      return lease && lease.expiresAt.getTime() > Date.now() ? true : undefined;
    });
  } finally {
    // The bot must be the last connection, so that closing it is visible in the files it leaves.
    await db.$disconnect();
  }
  await api.waitForPoll();
  return { child: bot.child, databaseFile, log: () => bot.output.log, exited: bot.exited };
}

/** When the bot logged a message, by its own clock (pino's `time`). */
function logTime(log: string, message: string): number {
  const line = log.split("\n").find((entry) => entry.includes(`"msg":"${message}"`));
  if (!line) throw new Error(`the log has no "${message}"`);
  return (JSON.parse(line) as { time: number }).time;
}

function leaseRow(databaseFile: string): { holder: string; expiresAt: number } {
  const sqlite = new Database(databaseFile, { readonly: true });
  try {
    const row = sqlite.prepare(`SELECT holder, expiresAt FROM "Lease" WHERE name = 'scheduler'`).get() as {
      holder: string;
      expiresAt: number | string;
    };
    return { holder: row.holder, expiresAt: new Date(row.expiresAt).getTime() };
  } finally {
    sqlite.close();
  }
}

/** A write with no busy timeout: fails at once if anybody still holds a lock on the file. */
function writeWithoutWaiting(databaseFile: string): void {
  const sqlite = new Database(databaseFile, { timeout: 0 });
  try {
    sqlite.prepare(`UPDATE "Lease" SET holder = 'after-shutdown' WHERE name = 'scheduler'`).run();
  } finally {
    sqlite.close();
  }
}

describe("graceful shutdown in long-polling mode", () => {
  it("on SIGTERM stops polling, still sends the reply it was working on, releases the lease and closes the database", async () => {
    const bot = await startBot("sigterm");
    try {
      let answeredAt = 0;
      const unsubscribe = api.onCall((call) => {
        if (call.method === "sendMessage" && call.chatId === 4242) answeredAt = Date.now();
      });
      const polls = api.callsTo("getUpdates").length;
      api.setLatency(SLOW_ANSWER_MS);
      api.enqueueUpdate(command({ id: 4242, is_bot: false, first_name: "Uji" }, "start"));
      const reply = await waitFor(() => api.callsTo("sendMessage").find((call) => call.chatId === 4242));
      expect(reply.status).toBeUndefined(); // still waiting for the Bot API: the work is in flight

      const signalledAt = Date.now();
      bot.child.kill("SIGTERM");
      const exit = await Promise.race([bot.exited, new Promise<"hung">((resolve) => setTimeout(() => resolve("hung"), 8_000))]);

      expect(exit).toEqual({ code: 0, signal: null });
      expect(reply.status).toBe(200);
      expect(String(reply.payload.text)).toContain("Selamat datang di <b>Pembinaan ASN</b>");
      // The update was fetched by one poll and confirmed by the next; nothing was fetched after the signal.
      expect(api.callsTo("getUpdates").length).toBeGreaterThan(polls);
      expect(api.callsTo("getUpdates").filter((call) => call.at > signalledAt)).toEqual([]);
      expect(api.pendingUpdates).toBe(0);
      expect(bot.log()).toContain('"signal":"SIGTERM"');
      unsubscribe();
      // Background work stops, the lease is released and the database closed only after the reply went out.
      expect(logTime(bot.log(), "scheduler stopped")).toBeGreaterThanOrEqual(answeredAt);
      expect(bot.log()).not.toMatch(/"level":(50|60)/);

      // A cleanly closed SQLite database in WAL mode leaves no write-ahead log behind.
      expect(existsSync(`${bot.databaseFile}-wal`)).toBe(false);
      expect(leaseRow(bot.databaseFile).expiresAt).toBeLessThanOrEqual(Date.now());
      writeWithoutWaiting(bot.databaseFile);
    } finally {
      if (bot.child.exitCode === null && bot.child.signalCode === null) bot.child.kill("SIGKILL");
      await bot.exited;
    }
  });

  it("on SIGINT (Ctrl+C) exits just as cleanly", async () => {
    const bot = await startBot("sigint");
    try {
      bot.child.kill("SIGINT");
      const exit = await Promise.race([bot.exited, new Promise<"hung">((resolve) => setTimeout(() => resolve("hung"), 8_000))]);

      expect(exit).toEqual({ code: 0, signal: null });
      expect(bot.log()).toContain('"signal":"SIGINT"');
      expect(existsSync(`${bot.databaseFile}-wal`)).toBe(false);
      expect(leaseRow(bot.databaseFile).expiresAt).toBeLessThanOrEqual(Date.now());
      writeWithoutWaiting(bot.databaseFile);
    } finally {
      if (bot.child.exitCode === null && bot.child.signalCode === null) bot.child.kill("SIGKILL");
      await bot.exited;
    }
  });
});
