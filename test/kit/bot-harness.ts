import type { User } from "grammy/types";
import { ManualClock } from "../../src/clock.js";
import { createConfig, type Config, type ConfigInput } from "../../src/config.js";
import type { Db } from "../../src/db/client.js";
import { FakeBotApi } from "../../src/emulator/fake-bot-api.js";
import { createLogger } from "../../src/logger.js";
import { createBot } from "../../src/telegram/bot.js";
import { createTestDb, type TestDb } from "./db.js";
import { createChat, startPolling, type Polling, type TestChat } from "./scenario.js";
import { user } from "./updates.js";

export interface TestBot {
  db: Db;
  api: FakeBotApi;
  clock: ManualClock;
  config: Config;
  chat(from: User | Partial<User>): TestChat;
  /** Stops the bot and starts a fresh one on the same database, as a process restart would. */
  restart(): Promise<void>;
  stop(): Promise<void>;
}

/** The real bot, polling the fake Bot API, on a fresh migrated SQLite database. */
export async function startTestBot(options: { config?: ConfigInput; start?: string } = {}): Promise<TestBot> {
  const testDb: TestDb = await createTestDb();
  const clock = new ManualClock(options.start ?? "2026-12-07T02:00:00Z");
  const api = await FakeBotApi.start({ clock });
  const config = createConfig({ DATABASE_URL: testDb.url, LOG_LEVEL: "silent", ...options.config });
  const logger = createLogger("silent");

  const launch = (): Promise<Polling> => {
    const bot = createBot(
      { db: testDb.db, clock, config, logger },
      { token: api.token, apiRoot: api.apiRoot, botInfo: api.botInfo },
    );
    return startPolling(bot, api, { timeout: 1 });
  };
  let polling = await launch();

  return {
    db: testDb.db,
    api,
    clock,
    config,
    chat: (from) => createChat(api, "is_bot" in from ? (from as User) : user(from), { clock }),
    async restart() {
      await polling.stop();
      polling = await launch();
    },
    async stop() {
      await polling.stop();
      await api.close();
      await testDb.dispose();
    },
  };
}
