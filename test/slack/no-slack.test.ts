import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { ManualClock } from "../../src/clock.js";
import { createConfig, type ConfigInput } from "../../src/config.js";
import { FakeBotApi } from "../../src/emulator/fake-bot-api.js";
import { createLogger } from "../../src/logger.js";
import { createTestDb, type TestDb } from "../kit/db.js";

// Notes whether anything loads Slack's library. This file imports nothing about Slack itself.
const loaded = vi.hoisted(() => ({ bolt: false }));
vi.mock("@slack/bolt", async (importOriginal) => {
  loaded.bolt = true;
  return importOriginal();
});

let testDb: TestDb;
let telegram: FakeBotApi;
beforeEach(async () => {
  testDb = await createTestDb();
  telegram = await FakeBotApi.start();
});
afterEach(async () => {
  await telegram.close();
  await testDb.dispose();
});

async function runBackgroundWork(config: ConfigInput) {
  const { startBackgroundWork } = await import("../../src/background.js");
  const app = {
    config: createConfig({ DATABASE_URL: testDb.url, LOG_LEVEL: "silent", ...config }),
    db: testDb.db,
    clock: new ManualClock("2026-12-07T02:00:00Z"),
    logger: createLogger("silent"),
    close: async () => {},
  };
  const work = startBackgroundWork(app, { token: telegram.token, apiRoot: telegram.apiRoot });
  await new Promise((resolve) => setTimeout(resolve, 300));
  await work.stop();
}

describe("without Slack settings", () => {
  it("the queue and the scheduler run without loading Slack's library; with them, it is loaded", async () => {
    await runBackgroundWork({});
    expect(loaded.bolt).toBe(false);

    await runBackgroundWork({
      SLACK_BOT_TOKEN: "xoxb-0000-1111-testtesttest",
      SLACK_SIGNING_SECRET: "0123456789abcdef0123456789abcdef",
      SLACK_API_URL: "http://127.0.0.1:9/api/",
    });
    expect(loaded.bolt).toBe(true);
  });
});
