import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Update } from "grammy/types";
import type { App } from "../../src/app.js";
import { ManualClock } from "../../src/clock.js";
import { createConfig } from "../../src/config.js";
import { migrationsFor } from "../../src/db/migrate.js";
import { FakeBotApi } from "../../src/emulator/fake-bot-api.js";
import { createLogger } from "../../src/logger.js";
import { housekeepingJob } from "../../src/scheduler/jobs/housekeeping.js";
import { isLoopback, mayMonitor, startTelegramWebhook, type WebhookServer } from "../../src/telegram/webhook.js";
import { createTestDb, type TestDb } from "../kit/db.js";
import { command, user } from "../kit/updates.js";

const SECRET = "s3cret_webhook-token";
const METRICS_TOKEN = "metrics-0123456789abcdef";
const HOUR_MS = 60 * 60 * 1000;
const WEBHOOK_URL = "https://bot.example.go.id/telegram/updates";

let testDb: TestDb;
let api: FakeBotApi;
let app: App;
let server: WebhookServer;
const clock = new ManualClock("2026-12-07T02:00:00Z");

async function startServer(options: Parameters<typeof startTelegramWebhook>[2] = {}): Promise<WebhookServer> {
  return startTelegramWebhook(app, api.token, { port: 0, ...options });
}

beforeAll(async () => {
  testDb = await createTestDb();
  api = await FakeBotApi.start({ clock });
  app = { config: webhookConfig(), db: testDb.db, clock, logger: createLogger("silent"), close: async () => {} };
  server = await startServer();
});

function webhookConfig(extra: { METRICS_TOKEN?: string } = {}) {
  return createConfig({
    DATABASE_URL: testDb.url,
    LOG_LEVEL: "silent",
    TELEGRAM_API_ROOT: api.apiRoot,
    BOT_MODE: "webhook",
    WEBHOOK_URL,
    WEBHOOK_SECRET: SECRET,
    WEBHOOK_HOST: "127.0.0.1",
    WEBHOOK_DELETE_ON_SHUTDOWN: "true",
    ...extra,
  });
}

afterAll(async () => {
  await server.stop();
  await api.close();
  await testDb.dispose();
});

const url = (path: string, target = server) => `http://127.0.0.1:${target.port}${path}`;

/** What Telegram would post: an update the fake Bot API knows about, so the bot can answer in its chat. */
function incomingStart(): Update {
  return api.enqueueUpdate(command(user(), "start", undefined, { clock }));
}

function post(update: Update, secret: string | undefined): Promise<Response> {
  return fetch(url("/telegram/updates"), {
    method: "POST",
    headers: { "content-type": "application/json", ...(secret === undefined ? {} : { "X-Telegram-Bot-Api-Secret-Token": secret }) },
    body: JSON.stringify(update),
  });
}

const repliesTo = (update: Update) => api.botMessages(update.message!.chat.id);

function cancelledDelivery(dedupeKey: string) {
  // A cancelled delivery: the dispatcher leaves it alone, so the count is stable.
  return app.db.delivery.create({
    data: {
      dedupeKey,
      platform: "TELEGRAM",
      chatId: "42",
      payload: JSON.stringify({ text: "cancelled" }),
      priority: 1,
      status: "CANCELLED",
      notBefore: clock.now(),
      nextAttemptAt: clock.now(),
    },
  });
}

async function cancelledDepth(target: WebhookServer): Promise<number> {
  const text = await (await fetch(url("/metrics", target))).text();
  return Number(/^delivery_queue_depth\{status="CANCELLED"\} (\d+)$/m.exec(text)?.[1]);
}

describe("Telegram webhook mode", () => {
  it("registers the webhook at start with the public URL, the secret and the update kinds the bot uses", () => {
    const [call] = api.callsTo("setWebhook");
    expect(call?.payload).toMatchObject({
      url: WEBHOOK_URL,
      secret_token: SECRET,
      allowed_updates: ["message", "callback_query"],
      drop_pending_updates: false,
    });
  });

  it("hands an update with the right secret to the bot, which answers in the chat", async () => {
    const update = incomingStart();
    const response = await post(update, SECRET);
    expect(response.status).toBe(200);
    expect(repliesTo(update).length).toBeGreaterThan(0);
  });

  it("refuses an update without the secret header with 401 and handles nothing", async () => {
    const update = incomingStart();
    const response = await post(update, undefined);
    expect(response.status).toBe(401);
    expect(repliesTo(update)).toEqual([]);
  });

  it("refuses an update with a wrong secret with 401 and handles nothing", async () => {
    const update = incomingStart();
    const response = await post(update, "not-the-secret");
    expect(response.status).toBe(401);
    expect(repliesTo(update)).toEqual([]);
  });

  it("handles a redelivered update_id once", async () => {
    const update = incomingStart();
    const before = server.counters.updatesHandled;
    expect((await post(update, SECRET)).status).toBe(200);
    const repliesAfterFirst = repliesTo(update).length;
    expect((await post(update, SECRET)).status).toBe(200);
    expect(repliesTo(update).length).toBe(repliesAfterFirst);
    expect(server.counters.updatesHandled).toBe(before + 1);
    expect(server.counters.duplicatesSkipped).toBeGreaterThanOrEqual(1);
  });

  it("answers 400 to a body that is not an update", async () => {
    const response = await fetch(url("/telegram/updates"), {
      method: "POST",
      headers: { "X-Telegram-Bot-Api-Secret-Token": SECRET },
      body: "{not json",
    });
    expect(response.status).toBe(400);
  });

  it("says the process is alive on /healthz", async () => {
    const response = await fetch(url("/healthz"));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "ok" });
  });

  it("is ready on /readyz when the database answers and every migration is applied", async () => {
    const response = await fetch(url("/readyz"));
    expect(response.status).toBe(200);
  });

  it("is not ready on /readyz while a migration is pending", async () => {
    const pending = { name: "29991231000000_not_yet", sql: "SELECT 1;", checksum: "pending" };
    const other = await startServer({ migrations: () => [...migrationsFor(testDb.url), pending] });
    try {
      const response = await fetch(url("/readyz", other));
      expect(response.status).toBe(503);
      expect(await response.json()).toEqual({ status: "not ready" });
    } finally {
      await other.stop();
    }
  });

  it("reports updates, failures, the delivery queue by status and recent sends on /metrics", async () => {
    await cancelledDelivery("webhook-metrics:1");
    const failing = incomingStart();
    const chatId = failing.message!.chat.id;
    api.injectFailure({ method: "sendMessage", chatId, errorCode: 400, description: "Bad Request: broken on purpose", times: 2 });
    expect((await post(failing, SECRET)).status).toBe(200);

    const response = await fetch(url("/metrics"));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^text\/plain/);
    const text = await response.text();
    expect(text).toMatch(new RegExp(`^telegram_updates_handled_total ${server.counters.updatesHandled}$`, "m"));
    expect(server.counters.updatesHandled).toBeGreaterThanOrEqual(3);
    expect(text).toMatch(/^telegram_updates_duplicate_total 1$/m);
    expect(text).toMatch(/^telegram_update_errors_total 1$/m);
    expect(text).toMatch(/^delivery_queue_depth\{status="CANCELLED"\} 1$/m);
    expect(text).toMatch(/^delivery_queue_depth\{status="PENDING"\} 0$/m);
    expect(text).toMatch(/^delivery_sent_last_minute \d+$/m);
    expect(text).toMatch(/^delivery_sends_per_second [\d.]+$/m);
    expect(text).toMatch(/^process_uptime_seconds \d+$/m);
  });

  it("counts the delivery queue again only once the last count is 10 seconds old", async () => {
    const other = await startServer();
    try {
      const before = await cancelledDepth(other);
      await cancelledDelivery("webhook-metrics:2");
      expect(await cancelledDepth(other)).toBe(before);
      clock.advance(9_999);
      expect(await cancelledDepth(other)).toBe(before);
      clock.advance(1);
      expect(await cancelledDepth(other)).toBe(before + 1);
    } finally {
      await other.stop();
    }
  });

  it("still serves /readyz and /metrics to this machine, without a token, when a metrics token is set", async () => {
    const other = await startTelegramWebhook({ ...app, config: webhookConfig({ METRICS_TOKEN }) }, api.token, { port: 0 });
    try {
      expect((await fetch(url("/readyz", other))).status).toBe(200);
      expect((await fetch(url("/metrics", other))).status).toBe(200);
      expect((await fetch(url("/healthz", other))).status).toBe(200);
    } finally {
      await other.stop();
    }
  });

  it("forgets taken update ids after a day, in the daily housekeeping", async () => {
    const update = incomingStart();
    await post(update, SECRET);
    const taken = () => app.db.processedUpdate.count({ where: { updateId: BigInt(update.update_id) } });
    expect(await taken()).toBe(1);
    const context = { log: app.logger };
    await housekeepingJob.run(app, { ...context, now: new Date(clock.now().getTime() + 23 * HOUR_MS) });
    expect(await taken()).toBe(1);
    const outcome = await housekeepingJob.run(app, { ...context, now: new Date(clock.now().getTime() + 25 * HOUR_MS) });
    expect(await taken()).toBe(0);
    expect(outcome).toMatchObject({ processedUpdatesDeleted: expect.any(Number) });
  });

  it("does not start when Telegram refuses the webhook", async () => {
    api.injectFailure({ method: "setWebhook", errorCode: 400, description: "Bad Request: bad webhook: Failed to resolve host" });
    await expect(startServer()).rejects.toThrow(/bad webhook/);
  });

  it("stops cleanly: no more requests are accepted and the webhook is removed when configured", async () => {
    const other = await startServer();
    const port = other.port;
    await other.stop();
    expect(api.callsTo("deleteWebhook").length).toBeGreaterThan(0);
    await expect(fetch(`http://127.0.0.1:${port}/healthz`)).rejects.toThrow();
  });
});

describe("who may read /readyz and /metrics", () => {
  const from = (remoteAddress: string | undefined, authorization?: string) => ({
    socket: { remoteAddress },
    headers: authorization === undefined ? {} : { authorization },
  });

  it("knows this machine by its loopback addresses, over IPv4 and IPv6", () => {
    for (const address of ["127.0.0.1", "::1", "::ffff:127.0.0.1"]) expect(isLoopback(address)).toBe(true);
    for (const address of ["10.0.0.5", "203.0.113.7", "::ffff:10.0.0.5", "fe80::1", "", undefined]) {
      expect(isLoopback(address)).toBe(false);
    }
  });

  it("serves this machine with or without a metrics token", () => {
    expect(mayMonitor(from("127.0.0.1"), null)).toBe(true);
    expect(mayMonitor(from("::1"), METRICS_TOKEN)).toBe(true);
  });

  it("refuses another machine when no metrics token is configured, whatever it sends", () => {
    expect(mayMonitor(from("203.0.113.7"), null)).toBe(false);
    expect(mayMonitor(from("203.0.113.7", `Bearer ${METRICS_TOKEN}`), null)).toBe(false);
    expect(mayMonitor(from(undefined), null)).toBe(false);
  });

  it("lets another machine in only with the configured token as a bearer token", () => {
    expect(mayMonitor(from("203.0.113.7", `Bearer ${METRICS_TOKEN}`), METRICS_TOKEN)).toBe(true);
    expect(mayMonitor(from("203.0.113.7"), METRICS_TOKEN)).toBe(false);
    expect(mayMonitor(from("203.0.113.7", "Bearer not-the-metrics-token"), METRICS_TOKEN)).toBe(false);
    expect(mayMonitor(from("203.0.113.7", `Bearer ${METRICS_TOKEN}x`), METRICS_TOKEN)).toBe(false);
    expect(mayMonitor(from("203.0.113.7", `Basic ${METRICS_TOKEN}`), METRICS_TOKEN)).toBe(false);
    expect(mayMonitor(from("203.0.113.7", METRICS_TOKEN), METRICS_TOKEN)).toBe(false);
  });
});
