import { Api } from "grammy";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ManualClock } from "../../src/clock.js";
import type { Db } from "../../src/db/client.js";
import { Dispatcher } from "../../src/delivery/dispatcher.js";
import { enqueueMany } from "../../src/delivery/enqueue.js";
import { Pacer } from "../../src/delivery/pacer.js";
import { RateShare, WORKER_PREFIX, type RateShareSettings } from "../../src/delivery/rate-share.js";
import { createTelegramSender } from "../../src/delivery/telegram-sender.js";
import { FakeBotApi, TELEGRAM_RATE_LIMITS } from "../../src/emulator/fake-bot-api.js";
import { createLogger } from "../../src/logger.js";
import { createTestDb, type TestDb } from "../kit/db.js";
import { waitFor } from "../kit/main-process.js";
import { createRecipients } from "../kit/recipients.js";

const limits = { globalPerSecond: 30, perChatPerSecond: 1, perGroupPerMinute: 20 };
const logger = createLogger("silent");

/** Start times of `count` sends, each as soon as the pacer allows, on a fake monotonic clock. */
function sendAsAllowed(pacer: Pacer, clock: { now: number }, count: number, from: number): number[] {
  const starts: number[] = [];
  for (let i = 0; i < count; i++) {
    clock.now += pacer.globalWaitMs();
    pacer.take(`chat-${from + i}`, false);
    starts.push(clock.now);
  }
  return starts;
}

/** The most starts within any window of `windowMs` that ends at a start at or after `from`. */
function maxInWindow(starts: number[], windowMs: number, from = Number.NEGATIVE_INFINITY): number {
  let max = 0;
  for (const [i, end] of starts.entries()) {
    if (end < from) continue;
    max = Math.max(max, starts.slice(0, i + 1).filter((start) => start > end - windowMs).length);
  }
  return max;
}

describe("pacer share of the global limit", () => {
  it("keeps to 1/N of the limit, and the window holds across a change of share both ways", () => {
    const clock = { now: 0 };
    const pacer = new Pacer({ limits, jitterMarginMs: 50, now: () => clock.now });
    const whole = sendAsAllowed(pacer, clock, 60, 0);
    pacer.setShare(2);
    const changedAt = clock.now;
    expect(pacer.ratePerSecond).toBe(15);
    const half = sendAsAllowed(pacer, clock, 60, 60);
    // Every window that ends after the change holds at most the new count, the sends before it included.
    expect(maxInWindow([...whole, ...half], 1050, changedAt + 1)).toBeLessThanOrEqual(15);
    // A second's worth of sends at half the rate takes about two seconds.
    expect(half[45]! - half[15]!).toBeGreaterThanOrEqual(2000);

    pacer.setShare(1);
    const raisedAt = clock.now;
    const again = sendAsAllowed(pacer, clock, 90, 120);
    expect(maxInWindow([...whole, ...half, ...again], 1050, raisedAt)).toBeLessThanOrEqual(30);
    expect(again[89]! - again[30]!).toBeLessThan(2200);
  });

  it("divides a limit that does not split evenly without going over it in sum", () => {
    const pacer = new Pacer({ limits: { ...limits, globalPerSecond: 100 } });
    pacer.setShare(3);
    const clock = { now: 0 };
    const shared = new Pacer({ limits: { ...limits, globalPerSecond: 100 }, now: () => clock.now });
    shared.setShare(3);
    const starts = sendAsAllowed(shared, clock, 200, 0);
    expect(pacer.ratePerSecond).toBeCloseTo(100 / 3);
    expect(3 * maxInWindow(starts, 1050)).toBeLessThanOrEqual(100);
  });
});

describe("rate share heartbeats in the database", () => {
  let testDb: TestDb;
  let db: Db;

  beforeEach(async () => {
    testDb = await createTestDb();
    db = testDb.db;
  });
  afterEach(async () => {
    await testDb.dispose();
  });

  /** One time line for every worker: a monotonic clock and a wall clock moving together. */
  function timeLine() {
    const time = { mono: 0, wall: Date.parse("2026-12-07T02:00:00Z") };
    return {
      time,
      advance(ms: number) {
        time.mono += ms;
        time.wall += ms;
      },
      // Heartbeats are driven by hand: the timer's first round (a minute away) never comes in a test.
      share(workerId: string, settings: RateShareSettings = {}) {
        return new RateShare({
          db,
          workerId,
          logger,
          heartbeatMs: 60_000,
          ttlMs: 180_000,
          now: () => time.mono,
          wallNow: () => new Date(time.wall),
          ...settings,
        });
      },
    };
  }

  it("counts the workers; a newcomer that finds others waits a heartbeat, a window and the margin", async () => {
    const line = timeLine();
    const [a, b, c] = [line.share("a"), line.share("b"), line.share("c")];
    await a.join();
    expect(a.workers).toBe(1);
    expect(a.waitMs()).toBe(0);

    await b.join();
    expect(b.workers).toBe(2);
    expect(b.waitMs()).toBe(60_000 + 1_050 + 250);
    expect(a.workers).toBe(1); // until its next heartbeat
    line.advance(1_000);
    await a.heartbeat();
    expect(a.workers).toBe(2);

    await c.join();
    await Promise.all([a.heartbeat(), b.heartbeat()]);
    expect([a.workers, b.workers, c.workers]).toEqual([3, 3, 3]);
    line.advance(61_299);
    await c.heartbeat();
    expect(c.waitMs()).toBe(1);
    line.advance(1);
    expect(c.waitMs()).toBe(0);
    await Promise.all([a.abandon(), b.abandon(), c.abandon()]);
  });

  it("tells the dispatcher's pacers the new count on every change", async () => {
    const line = timeLine();
    const a = line.share("a");
    const seen: number[] = [];
    a.onChange((workers) => seen.push(workers));
    await a.join();
    const b = line.share("b");
    await b.join();
    await a.heartbeat();
    await b.leave();
    line.advance(1_301);
    await a.heartbeat();
    expect(seen).toEqual([2, 1]);
    await a.abandon();
  });

  it("a killed worker counts until its TTL runs out, then its row is removed", async () => {
    const line = timeLine();
    const [a, b] = [line.share("a"), line.share("b")];
    await a.join();
    await b.join();
    await b.abandon();
    line.advance(179_000);
    await a.heartbeat();
    expect(a.workers).toBe(2);
    line.advance(1_001);
    await a.heartbeat();
    expect(a.workers).toBe(1);
    const rows = await db.lease.findMany({ where: { name: { startsWith: WORKER_PREFIX } } });
    expect(rows.map((row) => row.holder)).toEqual(["a"]);
    await a.abandon();
  });

  it("a worker that leaves cleanly stops counting one window and the margin later, not a whole TTL", async () => {
    const line = timeLine();
    const [a, b] = [line.share("a"), line.share("b")];
    await a.join();
    await b.join();
    await b.leave();
    await a.heartbeat();
    expect(a.workers).toBe(2); // b's last send may still share a second with a's next ones
    line.advance(1_301);
    await a.heartbeat();
    expect(a.workers).toBe(1);
    await a.abandon();
  });

  it("holds sends while its own heartbeat is overdue, so the others never count a silent worker out early", async () => {
    const line = timeLine();
    const a = line.share("a");
    await a.join();
    line.advance(60_250);
    expect(a.waitMs()).toBe(0);
    line.advance(1);
    expect(a.waitMs()).toBeGreaterThan(0);
    await a.heartbeat();
    expect(a.waitMs()).toBe(0);
    await a.abandon();
  });

  it("joins again, with the newcomer's wait, when its heartbeats come back after its row expired", async () => {
    const line = timeLine();
    const [a, b] = [line.share("a"), line.share("b")];
    await a.join();
    await b.join();
    line.advance(61_300);
    await a.heartbeat();
    expect(a.waitMs()).toBe(0);
    line.advance(180_000); // a's heartbeats fail for a whole TTL; b counts it out meanwhile
    await b.heartbeat();
    expect(b.workers).toBe(1);
    await a.heartbeat();
    expect(a.waitMs()).toBe(60_000 + 1_050 + 250);
    await Promise.all([a.abandon(), b.abandon()]);
  });

  it("judges expiry by the wall clock given, not by the business clock", async () => {
    const line = timeLine();
    const frozen = new ManualClock("2026-12-07T02:00:00Z"); // a test's frozen business clock plays no part
    const [a, b] = [line.share("a"), line.share("b")];
    await a.join();
    await b.join();
    await b.abandon();
    line.advance(180_001);
    await a.heartbeat();
    expect(a.workers).toBe(1);
    expect(frozen.now().getTime()).toBeLessThan(line.time.wall);
    await a.abandon();
  });
});

describe("dispatchers sharing the limit", () => {
  let testDb: TestDb;
  let db: Db;
  let api: FakeBotApi;
  const clock = new ManualClock("2026-12-07T02:00:00Z"); // Monday 09:00 WIB

  beforeEach(async () => {
    testDb = await createTestDb();
    db = testDb.db;
    api = await FakeBotApi.start({ rateLimits: TELEGRAM_RATE_LIMITS });
  });
  afterEach(async () => {
    await api.close();
    await testDb.dispose();
  });

  function sharingDispatcher(pacer: Pacer): Dispatcher {
    return new Dispatcher({
      db,
      clock,
      logger,
      senders: { TELEGRAM: createTelegramSender(new Api(api.token, { apiRoot: api.apiRoot })) },
      pacer,
      concurrency: 4,
      backoff: { baseMs: 5_000, maxMs: 60_000, maxAttempts: 3 },
      quietHours: null,
      idleMs: 50,
      rateShare: {},
    });
  }

  it("two dispatchers drain one queue at half the rate each, every chat exactly once, no 429", async () => {
    // The fake server shares this process, and a busy two-core machine, with both dispatchers, so
    // arrival times jitter far more than on a network; a wide margin keeps the check about sharing.
    const pacers = [new Pacer({ limits, jitterMarginMs: 250 }), new Pacer({ limits, jitterMarginMs: 250 })];
    const [first, second] = pacers.map(sharingDispatcher) as [Dispatcher, Dispatcher];
    try {
      await drainTogether(first, second, pacers);
    } finally {
      // Also after a failed expectation: the next test may get this database back, emptied.
      await Promise.all([first.stop(), second.stop()]);
    }
  }, 40_000);

  async function drainTogether(first: Dispatcher, second: Dispatcher, pacers: Pacer[]): Promise<void> {
    first.start();
    await waitFor(() => (first.rateShare!.workers === 1 && pacers[0]!.ratePerSecond === 30 ? true : undefined));
    second.start();
    await waitFor(() => (pacers.every((pacer) => pacer.ratePerSecond === 15) ? true : undefined));

    const people = await createRecipients(db, 90);
    await enqueueMany(
      { db, clock },
      people.map((p) => ({ recipient: { employeeId: p.employeeId }, payload: { text: `Pesan ${p.chatId}` }, priority: "bulk", dedupeKey: `s:${p.chatId}` })),
    );
    await waitFor(async () => ((await db.delivery.count({ where: { status: "SENT" } })) === 90 ? true : undefined), 15_000);

    expect(first.stats.sent).toBeGreaterThan(0);
    expect(second.stats.sent).toBeGreaterThan(0);
    expect(first.stats.sent + second.stats.sent).toBe(90);
    const stats = api.stats();
    expect(stats.tooManyRequests).toBe(0);
    expect(stats.peakPerSecond).toBeLessThanOrEqual(30);
    expect(Object.values(stats.deliveredByChat).every((count) => count === 1)).toBe(true);
    expect(Object.keys(stats.deliveredByChat)).toHaveLength(90);

    await second.stop();
    // The one left speeds up once the leaver's last send is out of its window.
    await waitFor(() => (pacers[0]!.ratePerSecond === 30 ? true : undefined), 5_000);
    await first.stop();
    expect(await db.lease.count({ where: { name: { startsWith: WORKER_PREFIX }, expiresAt: { gt: new Date(Date.now() + 2_000) } } })).toBe(0);
  }

  it("does not send an entry whose claim is about to run out: it is left to the recovery, and goes once", async () => {
    const clock = new ManualClock("2026-12-07T02:00:00Z");
    const people = await createRecipients(db, 2);
    await enqueueMany(
      { db, clock },
      people.map((p) => ({ recipient: { employeeId: p.employeeId }, payload: { text: "Halo" }, priority: "normal", dedupeKey: `c:${p.chatId}` })),
    );
    const dispatcher = new Dispatcher({
      db,
      clock,
      logger,
      senders: { TELEGRAM: createTelegramSender(new Api(api.token, { apiRoot: api.apiRoot })) },
      pacer: new Pacer({ limits }),
      concurrency: 1,
      backoff: { baseMs: 5_000, maxMs: 60_000, maxAttempts: 3 },
      quietHours: null,
      claimTtlMs: 4_000,
      // Both entries are claimed together; while the first is sent, the second's claim nears its end.
      onOutcome: () => clock.advance(3_500),
    });
    await dispatcher.drain();
    expect(api.callsTo("sendMessage")).toHaveLength(1);
    expect(await db.delivery.count({ where: { status: "SENDING" } })).toBe(1);

    clock.advance(1_000); // the claim has run out: the next round recovers the entry
    await dispatcher.drain();
    expect(await db.delivery.count({ where: { status: "SENT" } })).toBe(2);
    expect(Object.values(api.stats().deliveredByChat)).toEqual([1, 1]);
  });

  it("without the option a dispatcher keeps the whole limit and writes no heartbeat", async () => {
    const pacer = new Pacer({ limits });
    const plain = new Dispatcher({
      db,
      clock,
      logger,
      senders: { TELEGRAM: createTelegramSender(new Api(api.token, { apiRoot: api.apiRoot })) },
      pacer,
      concurrency: 4,
      backoff: { baseMs: 5_000, maxMs: 60_000, maxAttempts: 3 },
      quietHours: null,
    });
    const [person] = await createRecipients(db, 1);
    await enqueueMany({ db, clock }, [{ recipient: { employeeId: person!.employeeId }, payload: { text: "Halo" }, priority: "normal", dedupeKey: "one" }]);
    expect((await plain.drain()).sent).toBe(1);
    expect(plain.rateShare).toBeNull();
    expect(pacer.ratePerSecond).toBe(30);
    expect(await db.lease.count()).toBe(0);
  });
});
