import { Api } from "grammy";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ManualClock } from "../../src/clock.js";
import type { Db } from "../../src/db/client.js";
import { Dispatcher, type DispatcherOptions } from "../../src/delivery/dispatcher.js";
import { enqueue, enqueueMany } from "../../src/delivery/enqueue.js";
import { Pacer } from "../../src/delivery/pacer.js";
import { createTelegramSender } from "../../src/delivery/telegram-sender.js";
import { FakeBotApi, TELEGRAM_RATE_LIMITS } from "../../src/emulator/fake-bot-api.js";
import { createLogger } from "../../src/logger.js";
import { createTestDb, type TestDb } from "../kit/db.js";
import { createRecipients } from "../kit/recipients.js";

let testDb: TestDb;
let db: Db;
let api: FakeBotApi;
let clock: ManualClock;

// Monday 7 December 2026, 09:00 WIB.
const MORNING = "2026-12-07T02:00:00Z";

beforeEach(async () => {
  testDb = await createTestDb();
  db = testDb.db;
  clock = new ManualClock(MORNING);
  api = await FakeBotApi.start({ rateLimits: TELEGRAM_RATE_LIMITS });
});
afterEach(async () => {
  await api.close();
  await testDb.dispose();
});

function dispatcher(overrides: Partial<DispatcherOptions> = {}): Dispatcher {
  return new Dispatcher({
    db,
    clock,
    logger: createLogger("silent"),
    senders: { TELEGRAM: createTelegramSender(new Api(api.token, { apiRoot: api.apiRoot })) },
    pacer: new Pacer({ limits: { globalPerSecond: 30, perChatPerSecond: 1, perGroupPerMinute: 20 } }),
    concurrency: 4,
    backoff: { baseMs: 5_000, maxMs: 60_000, maxAttempts: 3 },
    quietHours: { start: "21:00", end: "06:00", timezone: "Asia/Jakarta" },
    ...overrides,
  });
}

const text = (n: number | string) => ({ text: `Pesan ${n}` });
const sends = () => api.callsTo("sendMessage").filter((call) => !call.error);

describe("delivery dispatcher against the fake Bot API with Telegram's limits", () => {
  it("holds the global and per-chat limits: no 429 provoked", async () => {
    const people = await createRecipients(db, 40);
    await enqueueMany(
      { db, clock },
      people.map((p) => ({ recipient: { employeeId: p.employeeId }, payload: text(p.chatId), priority: "bulk", dedupeKey: `t:${p.chatId}` })),
    );
    const same = people[0]!;
    for (const n of [1, 2, 3]) {
      await enqueue({ db, clock }, { recipient: { employeeId: same.employeeId }, payload: text(`extra ${n}`), priority: "normal", dedupeKey: `same:${n}` });
    }
    // The fake server shares this process (and the CI machine) with the dispatcher, so arrival times
    // jitter more than on a network; a wider margin keeps the check about pacing, not the machine's load.
    // 150 ms still let a busy CI machine bunch two sends into one second now and then.
    const pacer = new Pacer({ limits: { globalPerSecond: 30, perChatPerSecond: 1, perGroupPerMinute: 20 }, jitterMarginMs: 300 });
    const stats = await dispatcher({ pacer }).drain();
    expect(stats.sent).toBe(43);
    expect(api.stats().tooManyRequests).toBe(0);
    expect(api.stats().peakPerSecond).toBeLessThanOrEqual(30);
    const toSame = sends().filter((call) => call.chatId === same.chatId).map((call) => call.at);
    expect(toSame).toHaveLength(4);
    for (let i = 1; i < toSame.length; i++) expect(toSame[i]! - toSame[i - 1]!).toBeGreaterThanOrEqual(1000);
  });

  it("sends interactive follow-ups before reminders before broadcasts", async () => {
    const people = await createRecipients(db, 6);
    for (const [i, p] of people.entries()) {
      const priority = i < 3 ? "bulk" : i < 5 ? "normal" : "interactive";
      await enqueue({ db, clock }, { recipient: { employeeId: p.employeeId }, payload: text(priority), priority, dedupeKey: `p:${i}` });
    }
    await dispatcher({ concurrency: 1 }).drain();
    expect(sends().map((call) => call.payload.text)).toEqual([
      "Pesan interactive",
      "Pesan normal",
      "Pesan normal",
      "Pesan bulk",
      "Pesan bulk",
      "Pesan bulk",
    ]);
  });

  it("honours a 429: pauses every send for retry_after, then resumes without losing the message", async () => {
    const people = await createRecipients(db, 3);
    api.injectFailure({ method: "sendMessage", errorCode: 429, description: "Too Many Requests: retry after 1", retryAfter: 1 });
    for (const p of people) {
      await enqueue({ db, clock }, { recipient: { employeeId: p.employeeId }, payload: text(p.chatId), priority: "bulk", dedupeKey: `r:${p.chatId}` });
    }
    const stats = await dispatcher({ concurrency: 1 }).drain();
    expect(stats).toMatchObject({ sent: 3, rateLimited: 1 });
    const calls = api.callsTo("sendMessage");
    expect(calls[0]!.error?.error_code).toBe(429);
    expect(calls[1]!.at - calls[0]!.at).toBeGreaterThanOrEqual(1000);
    expect(new Set(sends().map((call) => call.chatId)).size).toBe(3);
  });

  it("marks the account blocked on a 403 and stops sending to it", async () => {
    const [person] = await createRecipients(db, 1);
    api.blockChat(person!.chatId);
    for (const n of [1, 2]) {
      await enqueue({ db, clock }, { recipient: { employeeId: person!.employeeId }, payload: text(n), priority: "normal", dedupeKey: `b:${n}` });
    }
    const stats = await dispatcher().drain();
    expect(stats.blocked).toBe(1);
    expect(api.callsTo("sendMessage")).toHaveLength(1);
    const account = await db.chatAccount.findUniqueOrThrow({ where: { id: person!.chatAccountId } });
    expect(account.blockedAt).toEqual(clock.now());
    expect((await db.delivery.findMany()).map((row) => row.status)).toEqual(["BLOCKED", "BLOCKED"]);

    const later = await enqueue({ db, clock }, { recipient: { employeeId: person!.employeeId }, payload: text(3), priority: "normal", dedupeKey: "b:3" });
    expect(later.status).toBe("BLOCKED");
  });

  it("retries server and network errors with capped exponential backoff, then gives up", async () => {
    const [ok, doomed] = await createRecipients(db, 2);
    api.injectFailure({ method: "sendMessage", chatId: ok!.chatId, errorCode: 502, description: "Bad Gateway", times: 1 });
    api.failNetwork(1, "sendMessage");
    await enqueue({ db, clock }, { recipient: { employeeId: ok!.employeeId }, payload: text("ok"), priority: "normal", dedupeKey: "x:ok" });
    const d = dispatcher({ concurrency: 1 });
    await d.drain();
    let row = await db.delivery.findUniqueOrThrow({ where: { dedupeKey: "x:ok" } });
    expect(row).toMatchObject({ status: "PENDING", attempts: 1 });
    expect(row.nextAttemptAt.getTime() - clock.now().getTime()).toBe(5_000);

    clock.advance(5_000);
    await d.drain();
    row = await db.delivery.findUniqueOrThrow({ where: { dedupeKey: "x:ok" } });
    expect(row).toMatchObject({ status: "PENDING", attempts: 2 });
    expect(row.nextAttemptAt.getTime() - clock.now().getTime()).toBe(10_000);

    clock.advance(10_000);
    await d.drain();
    expect(await db.delivery.findUniqueOrThrow({ where: { dedupeKey: "x:ok" } })).toMatchObject({ status: "SENT", attempts: 3 });

    api.injectFailure({ method: "sendMessage", chatId: doomed!.chatId, errorCode: 500, description: "Internal Server Error", times: 10 });
    await enqueue({ db, clock }, { recipient: { employeeId: doomed!.employeeId }, payload: text("doomed"), priority: "normal", dedupeKey: "x:doomed" });
    for (let i = 0; i < 3; i++) {
      await d.drain();
      clock.advance(60_000);
    }
    const failed = await db.delivery.findUniqueOrThrow({ where: { dedupeKey: "x:doomed" } });
    expect(failed).toMatchObject({ status: "FAILED", attempts: 3 });
    expect(failed.lastError).toContain("500");
  });

  it("fails a 400 at once and keeps the error", async () => {
    const [person] = await createRecipients(db, 1);
    api.injectFailure({ method: "sendMessage", errorCode: 400, description: "Bad Request: chat not found" });
    await enqueue({ db, clock }, { recipient: { employeeId: person!.employeeId }, payload: text(1), priority: "normal", dedupeKey: "bad" });
    await dispatcher().drain();
    expect(await db.delivery.findUniqueOrThrow({ where: { dedupeKey: "bad" } })).toMatchObject({
      status: "FAILED",
      attempts: 1,
      lastError: "400: Bad Request: chat not found",
    });
  });

  it("holds non-urgent messages during quiet hours and releases them in the morning", async () => {
    const [person] = await createRecipients(db, 1);
    clock.set("2026-12-07T15:30:00Z"); // 22:30 WIB
    const recipient = { employeeId: person!.employeeId };
    await enqueue({ db, clock }, { recipient, payload: text("pengingat"), priority: "normal", dedupeKey: "q:reminder" });
    await enqueue({ db, clock }, { recipient, payload: text("kursi"), priority: "interactive", dedupeKey: "q:seat" });
    const d = dispatcher();
    await d.drain();
    expect(sends().map((call) => call.payload.text)).toEqual(["Pesan kursi"]);

    clock.set("2026-12-07T22:59:00Z"); // 05:59 WIB
    await d.drain();
    expect(sends()).toHaveLength(1);

    clock.set("2026-12-07T23:00:00Z"); // 06:00 WIB
    await d.drain();
    expect(sends().map((call) => call.payload.text)).toEqual(["Pesan kursi", "Pesan pengingat"]);
  });

  it("enqueueing the same dedupe key twice is a no-op that returns the existing entry", async () => {
    const [person] = await createRecipients(db, 1);
    const input = { recipient: { employeeId: person!.employeeId }, payload: text(1), priority: "normal" as const, dedupeKey: "same" };
    const first = await enqueue({ db, clock }, input);
    const second = await enqueue({ db, clock }, { ...input, payload: text("changed") });
    expect(second.id).toBe(first.id);
    expect(await db.delivery.count()).toBe(1);
    await dispatcher().drain();
    await enqueue({ db, clock }, input);
    await dispatcher().drain();
    expect(sends().map((call) => call.payload.text)).toEqual(["Pesan 1"]);
  });

  it("resumes after a crash mid-drain: every chat gets exactly one message", async () => {
    const people = await createRecipients(db, 30);
    await enqueueMany(
      { db, clock },
      people.map((p) => ({ recipient: { employeeId: p.employeeId }, payload: text(p.chatId), priority: "bulk", dedupeKey: `c:${p.chatId}` })),
    );
    let sentByFirst = 0;
    const first = dispatcher({
      onOutcome: (outcome) => {
        if (outcome === "sent" && ++sentByFirst === 10) void first.abort();
      },
    });
    await first.drain();
    expect(sends().length).toBeGreaterThanOrEqual(10);
    expect(sends().length).toBeLessThan(30);
    expect(await db.delivery.count({ where: { status: "SENDING" } })).toBeGreaterThan(0);

    clock.advance(61_000); // the dead dispatcher's claims expire
    const second = await dispatcher().drain();
    expect(second.recovered).toBeGreaterThan(0);
    const perChat = api.stats().deliveredByChat;
    expect(people.map((p) => perChat[String(p.chatId)] ?? 0)).toEqual(people.map(() => 1));
    expect(await db.delivery.count({ where: { status: "SENT" } })).toBe(30);
  });

  it("splits text over 4096 characters on paragraph boundaries, keyboard on the last part", async () => {
    const [person] = await createRecipients(db, 1);
    const paragraph = (n: number) => `Paragraf ${n}. ${"isi ".repeat(700)}`.trim();
    const long = [1, 2, 3].map(paragraph).join("\n\n");
    expect(long.length).toBeGreaterThan(8192);
    await enqueue(
      { db, clock },
      {
        recipient: { employeeId: person!.employeeId },
        payload: { text: long, keyboard: [[{ text: "Saya sudah membaca", data: "ack:1" }]] },
        priority: "bulk",
        dedupeKey: "long",
      },
    );
    await dispatcher().drain();
    const parts = sends();
    expect(parts).toHaveLength(3);
    expect(parts.map((call) => String(call.payload.text).slice(0, 11))).toEqual(["Paragraf 1.", "Paragraf 2.", "Paragraf 3."]);
    expect(parts.every((call) => String(call.payload.text).length <= 4096)).toBe(true);
    expect(parts.map((call) => call.payload.reply_markup !== undefined)).toEqual([false, false, true]);
    expect(parts[1]!.at - parts[0]!.at).toBeGreaterThanOrEqual(1000);
  });

  it("records a recipient without a linked account as not reached", async () => {
    const [person] = await createRecipients(db, 1);
    await db.chatAccount.deleteMany();
    const row = await enqueue({ db, clock }, { recipient: { employeeId: person!.employeeId }, payload: text(1), priority: "bulk", dedupeKey: "nobody" });
    expect(row).toMatchObject({ status: "FAILED", lastError: "recipient has no linked chat account" });
    await dispatcher().drain();
    expect(api.callsTo("sendMessage")).toHaveLength(0);
  });
});
