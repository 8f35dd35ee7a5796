/**
 * Three real bot processes on one PostgreSQL database drain a broadcast of 2,000 messages together,
 * and one of them is killed with SIGKILL in the middle.
 *
 * What is promised, and asserted:
 * - Everybody gets the message; every Delivery row ends SENT.
 * - Exactly once, except for the messages the killed process had on the wire when it died: Telegram
 *   may have delivered them while the process never recorded it, so they go again once its claims
 *   expire (at-least-once, inherent to any sender that can die between sending and recording). There
 *   are at most DELIVERY_CONCURRENCY of them, each among the rows it had claimed, each showing the
 *   claim-expired recovery. Its claimed rows that were not on the wire go exactly once.
 * - The three together never exceed the bot's global limit in any one-second window: each keeps to
 *   its share (src/delivery/rate-share.ts), and the fake Bot API, in a process of its own as Telegram
 *   is on another machine, refuses anything above the limit.
 * - The scheduler lease has one holder throughout, and a killed instance that does not hold it
 *   changes nothing about it. The instance killed is not the leader: a leader's lease lasts 30 s
 *   (renewed every 10 s, not configurable), so a takeover would add 20-40 s to this test; the
 *   takeover itself is covered by test/scheduler.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { systemClock } from "../../src/clock.js";
import { ensureDefaultQuestionnaires } from "../../src/services/evaluations/defaults.js";
import { seedRecipients } from "../bench/seed.js";
import { createTestDb, testEngine, type TestDb } from "../kit/db.js";
import { TEST_BOT_TOKEN, waitFor } from "../kit/main-process.js";
import { startFakeApiProcess, type FakeApiProcess } from "./fake-api.js";
import { enqueueBroadcast, logEntries, maxPerSecond, startInstances, stopInstance, waitForWorkers, type Instance } from "./instances.js";

const RECIPIENTS = 2_000;
const KILL_AFTER_SENDS = 700;
const CONCURRENCY = 4;
/**
 * The bot's limit, raised from Telegram's 30 so that the broadcast takes about 25 s instead of 70 s.
 * The fake Bot API refuses anything above it, like Telegram.
 */
const GLOBAL_PER_SECOND = 100;
/**
 * What the instances are told. The 10 % below the checked limit is headroom for this machine, not
 * for the network: three bot processes, PostgreSQL and other test files share two cores, and a
 * process kept off the CPU delays its requests by more than the pacer's 50 ms jitter margin. Without
 * the shared rate the three would send 270 a second, so the check still fails at once without it.
 */
const INSTANCE_PER_SECOND = 90;
/** Short claims, so the survivors take over the killed instance's claims within seconds. */
const CLAIM_TTL_SECONDS = 4;

describe.runIf(testEngine === "postgresql")("three bot instances on one PostgreSQL database", () => {
  let testDb: TestDb;
  let api: FakeApiProcess;
  const instances: Instance[] = [];

  beforeAll(async () => {
    testDb = await createTestDb();
    // A network's round trip, so that a send can be on the wire when its process dies.
    api = await startFakeApiProcess({ token: TEST_BOT_TOKEN, globalPerSecond: GLOBAL_PER_SECOND, latencyMs: 20 });
  }, 30_000);

  afterAll(async () => {
    await Promise.allSettled(instances.map((instance) => stopInstance(instance, 5_000)));
    await api?.close();
    await testDb?.dispose();
  }, 30_000);

  it("drain a broadcast together under the global limit; a SIGKILL costs at most its messages in flight", async () => {
    const testStart = performance.now();
    const phases: string[] = [];
    const phase = (name: string) => phases.push(`${name} ${((performance.now() - testStart) / 1000).toFixed(1)} s`);
    const { db } = testDb;
    const recipients = await seedRecipients(db, RECIPIENTS);
    // Installed first, as by an earlier start: instances starting together on a database without them
    // race to install them, and all but one fail to start on the unique (code, version).
    await ensureDefaultQuestionnaires({ db, clock: systemClock });
    phase("seeded");
    const env = {
      DELIVERY_GLOBAL_PER_SECOND: String(INSTANCE_PER_SECOND),
      DELIVERY_CONCURRENCY: String(CONCURRENCY),
      DELIVERY_CLAIM_TTL_SECONDS: String(CLAIM_TTL_SECONDS),
    };
    instances.push(...(await startInstances(["a", "b", "c"], { databaseUrl: testDb.url, apiRoot: api.apiRoot, env })));
    phase("started");
    // The broadcast goes out while the last to join may still hold its first send: the join rule
    // keeps the sum under the limit meanwhile.
    await waitForWorkers(db, 3);

    const lease = await waitFor(async () => (await db.lease.findUnique({ where: { name: "scheduler" } })) ?? undefined);
    const leader = instances.find((instance) => lease.holder.startsWith(instance.idPrefix));
    expect(leader, `lease holder ${lease.holder}`).toBeDefined();
    const victim = instances.find((instance) => instance !== leader)!;

    const holders = new Set<string>([lease.holder]);
    const watchLease = setInterval(() => {
      void db.lease.findUnique({ where: { name: "scheduler" } }).then((row) => row && holders.add(row.holder));
    }, 200);

    const killed = api.afterSends(KILL_AFTER_SENDS).then(() => void victim.main.child.kill("SIGKILL"));
    await api.report(); // the watch is in place before anything is sent

    try {
      const drainStart = performance.now();
      await enqueueBroadcast(db, recipients, "scale", (chatId) => `Pengumuman untuk ${chatId}`);
      await killed;
      await victim.main.exited;
      phase("killed");
      // What the dead process held: only these may be sent twice.
      const heldByDead = await db.delivery.findMany({
        where: { status: "SENDING", claimedBy: { startsWith: victim.idPrefix } },
        select: { id: true, chatId: true },
      });
      await waitFor(async () => ((await db.delivery.count({ where: { status: "SENT" } })) === RECIPIENTS ? true : undefined), 60_000);
      const drainSeconds = (performance.now() - drainStart) / 1000;
      phase("drained");
      clearInterval(watchLease);

      const { stats, arrivals } = await api.report();
      const delivered = stats.deliveredByChat;
      const counts = recipients.map((r) => delivered[String(r.chatId)] ?? 0);
      const twice = recipients.filter((r) => delivered[String(r.chatId)] === 2).map((r) => String(r.chatId));
      const maxWindow = maxPerSecond(arrivals);
      const heartbeatHolds = instances.flatMap((instance) => logEntries(instance, "delivery heartbeat overdue: holding sends"));
      process.stdout.write(
        `multi-instance: ${RECIPIENTS} messages in ${drainSeconds.toFixed(1)} s, killed ${victim.name} after ${KILL_AFTER_SENDS} sends ` +
          `holding ${heldByDead.length} claims, duplicates ${twice.length}, max ${maxWindow} per 1-s window ` +
          `(instances at ${INSTANCE_PER_SECOND}, refused above ${GLOBAL_PER_SECOND}), 429s ${stats.tooManyRequests}, ` +
          `heartbeat holds ${heartbeatHolds.length}, test ${((performance.now() - testStart) / 1000).toFixed(1)} s (${phases.join(", ")})\n`,
      );

      // Every recipient reached; duplicates only among the dead one's claims, each recovered.
      expect(counts.filter((count) => count === 0)).toHaveLength(0);
      expect(Math.max(...counts)).toBeLessThanOrEqual(2);
      const heldChats = new Set(heldByDead.map((row) => row.chatId));
      expect(twice.filter((chatId) => !heldChats.has(chatId))).toEqual([]);
      expect(twice.length).toBeLessThanOrEqual(CONCURRENCY);
      const twiceRows = await db.delivery.findMany({ where: { chatId: { in: twice } } });
      for (const row of twiceRows) expect(row.lastError).toContain("claim expired");
      expect(await db.delivery.groupBy({ by: ["status"], _count: { _all: true } })).toEqual([
        { status: "SENT", _count: { _all: RECIPIENTS } },
      ]);

      // Never above the bot's limit: by the checker, and over any one-second window of arrivals.
      expect(stats.tooManyRequests).toBe(0);
      expect(maxWindow).toBeLessThanOrEqual(GLOBAL_PER_SECOND);
      expect(stats.peakPerSecond).toBeLessThanOrEqual(GLOBAL_PER_SECOND);

      // One scheduler leader throughout: the lease never changed hands, and nobody else claimed it.
      expect([...holders]).toEqual([lease.holder]);
      expect(instances.map((instance) => logEntries(instance, "became scheduler leader").length)).toEqual(
        instances.map((instance) => (instance === leader ? 1 : 0)),
      );
    } finally {
      clearInterval(watchLease);
    }
  }, 85_000);
});
