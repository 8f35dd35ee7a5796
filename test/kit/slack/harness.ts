import type { App } from "@slack/bolt";
import { ManualClock } from "../../../src/clock.js";
import { createConfig, type Config, type ConfigInput } from "../../../src/config.js";
import type { Db } from "../../../src/db/client.js";
import { createDispatcher } from "../../../src/delivery/index.js";
import type { Dispatcher } from "../../../src/delivery/dispatcher.js";
import { createLogger } from "../../../src/logger.js";
import { createMessages } from "../../../src/services/messages.js";
import { createSlackApp } from "../../../src/slack/app.js";
import type { SlackCallbacks } from "../../../src/slack/callbacks.js";
import type { SlackDeps } from "../../../src/slack/deps.js";
import { createDeliveryWebClient } from "../../../src/slack/web-client.js";
import { createTestDb, type TestDb } from "../db.js";
import { FakeSlackApi } from "./fake-web-api.js";
import { TestReceiver } from "./test-receiver.js";

export const TEST_SLACK_BOT_TOKEN = "xoxb-0000-1111-testtesttest";
export const TEST_SLACK_SIGNING_SECRET = "0123456789abcdef0123456789abcdef";

export interface SlackTestApp {
  db: Db;
  clock: ManualClock;
  config: Config;
  deps: SlackDeps;
  /** The fake Slack Web API: every outgoing call is recorded in `api.calls`. */
  api: FakeSlackApi;
  /** Injects actions, view submissions, events and commands into the real app. */
  receiver: TestReceiver;
  app: App;
  callbacks: SlackCallbacks;
  /** The real dispatcher with the Slack sender (and no Telegram), for proactive messages. */
  dispatcher(): Dispatcher;
  stop(): Promise<void>;
}

/**
 * The real Slack app (every listener category registered) on a fresh migrated database, talking to
 * the fake Web API, driven through the test receiver. Pass `db` to share a database set up elsewhere
 * (it is then not disposed by `stop`).
 */
export async function startSlackTestApp(
  options: { config?: ConfigInput; start?: string; db?: TestDb; clock?: ManualClock } = {},
): Promise<SlackTestApp> {
  const testDb = options.db ?? (await createTestDb());
  const clock = options.clock ?? new ManualClock(options.start ?? "2026-12-07T02:00:00Z");
  const api = await FakeSlackApi.start();
  const config = createConfig({
    DATABASE_URL: testDb.url,
    LOG_LEVEL: "silent",
    QUIET_HOURS: "off",
    SLACK_BOT_TOKEN: TEST_SLACK_BOT_TOKEN,
    SLACK_SIGNING_SECRET: TEST_SLACK_SIGNING_SECRET,
    SLACK_API_URL: api.url,
    ...options.config,
  });
  const logger = createLogger("silent");
  const deps: SlackDeps = { db: testDb.db, clock, config, logger, messages: createMessages(config) };
  const receiver = new TestReceiver();
  const { app, callbacks } = createSlackApp(deps, { receiver });
  await app.start();
  return {
    db: testDb.db,
    clock,
    config,
    deps,
    api,
    receiver,
    app,
    callbacks,
    dispatcher: () =>
      createDispatcher({ db: testDb.db, clock, logger, config, slack: createDeliveryWebClient(config.slack!, logger) }),
    async stop() {
      await app.stop();
      await api.close();
      if (!options.db) await testDb.dispose();
    },
  };
}

/**
 * A Slack account linked to an employee as the identity listeners link it: the external id and the
 * chat id are both the Slack user id (a message "to a user" goes to the app's DM with them).
 */
export async function linkSlackAccount(db: Db, employeeId: number, slackUserId: string, locale?: string) {
  return db.chatAccount.create({
    data: { platform: "SLACK", externalId: slackUserId, chatId: slackUserId, employeeId, ...(locale ? { locale } : {}) },
  });
}
