import { Api } from "grammy";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ManualClock } from "../../src/clock.js";
import { createConfig } from "../../src/config.js";
import type { Db } from "../../src/db/client.js";
import { enqueue } from "../../src/delivery/enqueue.js";
import { createDispatcher } from "../../src/delivery/index.js";
import { FakeBotApi } from "../../src/emulator/fake-bot-api.js";
import { createLogger } from "../../src/logger.js";
import { createDeliveryWebClient } from "../../src/slack/web-client.js";
import { createTestDb, type TestDb } from "../kit/db.js";
import { seedRoster, type PersonKey } from "../kit/roster-fixture.js";
import { FakeSlackApi, linkSlackAccount, TEST_SLACK_BOT_TOKEN, TEST_SLACK_SIGNING_SECRET } from "../kit/slack/index.js";

const logger = createLogger("silent");
const clock = new ManualClock("2026-12-07T02:00:00Z");
let testDb: TestDb;
let db: Db;
let ids: Record<PersonKey, number>;
let slack: FakeSlackApi;
let telegram: FakeBotApi;

beforeEach(async () => {
  testDb = await createTestDb();
  db = testDb.db;
  ids = await seedRoster(db);
  slack = await FakeSlackApi.start();
  telegram = await FakeBotApi.start({ clock });
});
afterEach(async () => {
  await slack.close();
  await telegram.close();
  await testDb.dispose();
});

const slackConfig = () =>
  createConfig({ QUIET_HOURS: "off", SLACK_BOT_TOKEN: TEST_SLACK_BOT_TOKEN, SLACK_SIGNING_SECRET: TEST_SLACK_SIGNING_SECRET, SLACK_API_URL: slack.url });

/** The dispatcher as a deployment with the given platforms running starts it. */
function dispatcherFor(platforms: { telegram?: boolean; slack?: boolean }) {
  const config = platforms.slack ? slackConfig() : createConfig({ QUIET_HOURS: "off" });
  return createDispatcher({
    db,
    clock,
    logger,
    config,
    ...(platforms.telegram ? { telegram: new Api(telegram.token, { apiRoot: telegram.apiRoot }) } : {}),
    ...(platforms.slack ? { slack: createDeliveryWebClient(config.slack!, logger) } : {}),
  });
}

const linkTelegram = (employeeId: number, chatId: string) =>
  db.chatAccount.create({ data: { platform: "TELEGRAM", externalId: chatId, chatId, employeeId } });

const remind = (employeeId: number, key: string) =>
  enqueue({ db, clock }, { recipient: { employeeId }, payload: { text: `Pengingat ${key}` }, priority: "normal", dedupeKey: key });

describe("messages queued for a platform that is not running go out on one that is", () => {
  it("a Slack-only deployment sends a message queued for Telegram to the person's Slack DM, exactly once", async () => {
    await linkTelegram(ids.staff, "5003");
    const slackAccount = await linkSlackAccount(db, ids.staff, "U0STAFF01");
    const queued = await remind(ids.staff, "reminder:staff");
    expect(queued).toMatchObject({ platform: "TELEGRAM", chatId: "5003", status: "PENDING" });

    // Two Slack-only instances on one database must not send it twice.
    const [first, second] = [dispatcherFor({ slack: true }), dispatcherFor({ slack: true })];
    await Promise.all([first.drain(), second.drain()]);
    await first.drain();

    expect(first.stats.rerouted + second.stats.rerouted).toBe(1);
    expect(slack.callsTo("chat.postMessage").map((call) => [call.args.channel, call.args.text])).toEqual([["U0STAFF01", "Pengingat reminder:staff"]]);
    const row = await db.delivery.findUniqueOrThrow({ where: { id: queued.id } });
    expect(row).toMatchObject({
      dedupeKey: "reminder:staff",
      platform: "SLACK",
      chatAccountId: slackAccount.id,
      chatId: "U0STAFF01",
      status: "SENT",
      attempts: 1,
      payload: queued.payload,
      priority: queued.priority,
    });
  });

  it("leaves a message pending and untouched when the person has no usable account on a running platform", async () => {
    await linkTelegram(ids.staff, "5003");
    await linkTelegram(ids.colleague, "5004");
    await db.chatAccount.update({ where: { id: (await linkSlackAccount(db, ids.colleague, "U0COLL01")).id }, data: { blockedAt: clock.now() } });
    const onlyTelegram = await remind(ids.staff, "reminder:staff");
    const slackBlocked = await remind(ids.colleague, "reminder:colleague");

    const dispatcher = dispatcherFor({ slack: true });
    const stats = await dispatcher.drain();

    expect(stats).toMatchObject({ sent: 0, rerouted: 0 });
    expect(slack.callsTo("chat.postMessage")).toHaveLength(0);
    expect(await db.delivery.findMany({ orderBy: { id: "asc" } })).toEqual([onlyTelegram, slackBlocked]);
  });

  it("a Telegram-only deployment sends a message queued for someone who prefers Slack to their Telegram chat", async () => {
    const telegramAccount = await linkTelegram(ids.staff, "5003");
    await linkSlackAccount(db, ids.staff, "U0STAFF01");
    await db.employee.update({ where: { id: ids.staff }, data: { preferredPlatform: "SLACK" } });
    const queued = await remind(ids.staff, "reminder:staff");
    expect(queued.platform).toBe("SLACK");

    const stats = await dispatcherFor({ telegram: true }).drain();

    expect(stats).toMatchObject({ sent: 1, rerouted: 1 });
    expect(telegram.callsTo("sendMessage").map((call) => [String(call.chatId), call.payload.text])).toEqual([["5003", "Pengingat reminder:staff"]]);
    expect(await db.delivery.findUniqueOrThrow({ where: { id: queued.id } })).toMatchObject({
      platform: "TELEGRAM",
      chatAccountId: telegramAccount.id,
      chatId: "5003",
      status: "SENT",
    });
  });

  it("a deployment running Telegram and Slack sends each message on the platform it was queued for", async () => {
    await linkTelegram(ids.staff, "5003");
    await linkSlackAccount(db, ids.staff, "U0STAFF01");
    await linkTelegram(ids.colleague, "5004");
    await linkSlackAccount(db, ids.colleague, "U0COLL01");
    await db.employee.update({ where: { id: ids.colleague }, data: { preferredPlatform: "SLACK" } });
    await remind(ids.staff, "reminder:staff");
    await remind(ids.colleague, "reminder:colleague");

    const stats = await dispatcherFor({ telegram: true, slack: true }).drain();

    expect(stats).toMatchObject({ sent: 2, rerouted: 0 });
    expect(telegram.callsTo("sendMessage").map((call) => String(call.chatId))).toEqual(["5003"]);
    expect(slack.callsTo("chat.postMessage").map((call) => call.args.channel)).toEqual(["U0COLL01"]);
    expect((await db.delivery.findMany({ orderBy: { id: "asc" } })).map((row) => [row.dedupeKey, row.platform, row.status])).toEqual([
      ["reminder:staff", "TELEGRAM", "SENT"],
      ["reminder:colleague", "SLACK", "SENT"],
    ]);
  });
});
