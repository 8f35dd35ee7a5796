import { Writable } from "node:stream";
import { setTimeout as sleep } from "node:timers/promises";
import { pino } from "pino";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ManualClock, systemClock, type Clock } from "../../src/clock.js";
import { connectDb, createDb, type Db } from "../../src/db/client.js";
import type { Logger } from "../../src/logger.js";
import type { JobDefinition } from "../../src/scheduler/jobs.js";
import { currentLease } from "../../src/scheduler/lease.js";
import { Scheduler } from "../../src/scheduler/scheduler.js";
import { createTestDb, type TestDb } from "../kit/db.js";

interface ProbeDeps {
  db: Db;
  clock: Clock;
  label: string;
}

interface Run {
  holder: string;
  at: Date;
}

function memoryLogger(): { logger: Logger; lines: () => { msg: string; holder?: string; reason?: string }[] } {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk.toString("utf8"));
      done();
    },
  });
  return {
    logger: pino({ level: "info" }, stream),
    lines: () =>
      chunks
        .join("")
        .split("\n")
        .filter((line) => line.length > 0)
        .map((line) => JSON.parse(line) as { msg: string; holder?: string }),
  };
}

/** Polls until `condition` holds, or fails after `timeoutMs`. */
async function waitFor(condition: () => boolean, timeoutMs: number, what: string): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  while (!condition()) {
    if (performance.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await sleep(50);
  }
}

const TTL_MS = 1_500;
const RENEW_MS = 300;

let testDb: TestDb;
let secondDb: Db;
let runs: Run[];
let log: ReturnType<typeof memoryLogger>;
let schedulers: { stop(): Promise<void> }[];

const probe: JobDefinition<ProbeDeps> = {
  name: "probe",
  cron: "* * * * * *",
  async run(deps, { now }) {
    runs.push({ holder: deps.label, at: now });
    return { recorded: 1 };
  },
};

/** One scheduler per database client, as two processes sharing the database file would have. */
function makeScheduler(db: Db, holder: string): Scheduler<ProbeDeps> {
  const scheduler = new Scheduler<ProbeDeps>({
    deps: { db, clock: systemClock, label: holder },
    jobs: [probe],
    holder,
    timezone: "Asia/Jakarta",
    logger: log.logger,
    leaseTtlMs: TTL_MS,
    renewEveryMs: RENEW_MS,
  });
  schedulers.push(scheduler);
  return scheduler;
}

const runsBy = (holder: string) => runs.filter((run) => run.holder === holder);

beforeEach(async () => {
  testDb = await createTestDb();
  secondDb = createDb(testDb.url);
  await connectDb(secondDb);
  runs = [];
  log = memoryLogger();
  schedulers = [];
});

afterEach(async () => {
  await Promise.all(schedulers.map((scheduler) => scheduler.stop()));
  await secondDb.$disconnect();
  await testDb.dispose();
});

describe("two scheduler instances on one database", () => {
  it("runs jobs on the leader only, and hands over at once when the leader stops", async () => {
    const alpha = makeScheduler(testDb.db, "alpha");
    const beta = makeScheduler(secondDb, "beta");
    await Promise.all([alpha.start(), beta.start()]);

    expect([alpha.isLeader, beta.isLeader].filter(Boolean)).toHaveLength(1);
    const [leader, follower] = alpha.isLeader ? [alpha, beta] : [beta, alpha];

    await sleep(3_500);

    expect(runsBy(leader.holder).length).toBeGreaterThanOrEqual(2);
    expect(runsBy(follower.holder)).toHaveLength(0);
    // One tick, one run: no second-level slot ran twice.
    const slots = runsBy(leader.holder).map((run) => Math.floor(run.at.getTime() / 1000));
    expect(new Set(slots).size).toBe(slots.length);
    expect(leader.isLeader).toBe(true);
    expect(follower.isLeader).toBe(false);

    const leaderRuns = runsBy(leader.holder).length;
    await leader.stop();
    expect(leader.isLeader).toBe(false);

    // Released: the follower takes over on its next renewal, well before the TTL would have run out,
    // and runs the job on the next tick.
    await waitFor(() => follower.isLeader, RENEW_MS + 400, "the follower to take the released lease");
    await waitFor(() => runsBy(follower.holder).length >= 1, 1_000 + 500, "the follower to run the job");
    expect(follower.isLeader).toBe(true);
    expect(runsBy(leader.holder)).toHaveLength(leaderRuns);
    expect(await currentLease({ db: testDb.db, clock: systemClock }, "scheduler")).toMatchObject({
      holder: follower.holder,
      valid: true,
    });

    const leadership = log.lines().filter((line) => line.msg.includes("scheduler lead"));
    expect(leadership.map((line) => `${line.holder}: ${line.msg}`)).toEqual([
      `${leader.holder}: became scheduler leader`,
      `${leader.holder}: lost scheduler leadership`,
      `${follower.holder}: became scheduler leader`,
    ]);
  });

  it("takes over after the TTL when the leader dies without releasing the lease", async () => {
    const alpha = makeScheduler(testDb.db, "alpha");
    const beta = makeScheduler(secondDb, "beta");
    await alpha.start();
    await beta.start();
    expect(alpha.isLeader).toBe(true);
    expect(beta.isLeader).toBe(false);

    await waitFor(() => runsBy("alpha").length >= 1, 1_500, "the leader to run the job");
    await alpha.stop({ release: false });

    // The dead leader's lease is still in the table and keeps the follower out until it expires.
    const stale = await currentLease({ db: secondDb, clock: systemClock }, "scheduler");
    expect(stale).toMatchObject({ holder: "alpha", valid: true });
    await sleep(RENEW_MS + 100);
    expect(beta.isLeader).toBe(false);

    await waitFor(() => runsBy("beta").length >= 1, TTL_MS + RENEW_MS + 1_000 + 700, "the follower to take over");
    expect(beta.isLeader).toBe(true);
    const firstFollowerRun = runsBy("beta")[0]!;
    expect(firstFollowerRun.at.getTime()).toBeGreaterThanOrEqual(stale!.expiresAt.getTime());
    expect(runs.filter((run) => run.holder === "alpha" && run.at >= stale!.expiresAt)).toHaveLength(0);
  });
});

describe("Scheduler", () => {
  const quiet = () => pino({ level: "silent" });

  it("refuses an invalid cron expression, naming the job", () => {
    expect(
      () =>
        new Scheduler({
          deps: { db: testDb.db, clock: systemClock },
          jobs: [{ name: "nightly-report", cron: "0 25 * * *", run: async () => undefined }],
          timezone: "Asia/Jakarta",
          logger: quiet(),
        }),
    ).toThrow(/nightly-report/);
  });

  it("refuses two jobs with the same name and a renewal interval not shorter than the TTL", () => {
    const job = { name: "twice", cron: "* * * * *", run: async () => undefined };
    const base = { deps: { db: testDb.db, clock: systemClock }, timezone: "Asia/Jakarta", logger: quiet() };
    expect(() => new Scheduler({ ...base, jobs: [job, job] })).toThrow(/twice/);
    expect(() => new Scheduler({ ...base, jobs: [job], leaseTtlMs: 1_000, renewEveryMs: 1_000 })).toThrow(/renewal/);
  });

  it("runNow runs on the leader, is refused elsewhere unless forced, and follows the lease clock", async () => {
    const clock = new ManualClock("2026-05-01T00:00:00Z");
    const seen: string[] = [];
    const job: JobDefinition<{ db: Db; clock: Clock; label: string }> = {
      name: "manual",
      cron: "0 0 3 * * *",
      async run(deps, { now }) {
        seen.push(`${deps.label}@${now.toISOString()}`);
        return { done: 1 };
      },
    };
    const make = (db: Db, label: string) => {
      const scheduler = new Scheduler({
        deps: { db, clock, label },
        jobs: [job],
        holder: label,
        timezone: "Asia/Jakarta",
        logger: quiet(),
        leaseTtlMs: 60_000,
      });
      schedulers.push(scheduler);
      return scheduler;
    };
    const one = make(testDb.db, "one");
    const two = make(secondDb, "two");

    expect(await one.runNow("manual")).toMatchObject({ ok: false, skipped: "not-leader" });
    await one.start();
    await two.start();
    expect(one.nextRun("manual")).toBeInstanceOf(Date);

    expect(await one.runNow("manual")).toMatchObject({ ok: true, outcome: { done: 1 } });
    expect(await two.runNow("manual")).toMatchObject({ ok: false, skipped: "not-leader" });
    expect(await two.runNow("manual", { force: true })).toMatchObject({ ok: true });
    await expect(one.runNow("missing")).rejects.toThrow(/missing/);

    // By its own clock the leader's lease has run out, so it no longer counts as leader.
    clock.advance(60_000);
    expect(one.isLeader).toBe(false);
    expect(await one.runNow("manual")).toMatchObject({ skipped: "not-leader" });

    expect(seen).toEqual(["one@2026-05-01T00:00:00.000Z", "two@2026-05-01T00:00:00.000Z"]);
  });

  it("waits for a running job before releasing the lease on stop", async () => {
    let finish!: () => void;
    const gate = new Promise<void>((resolve) => (finish = resolve));
    let finished = false;
    const job: JobDefinition<{ db: Db; clock: Clock }> = {
      name: "slow",
      cron: "0 0 3 * * *",
      async run() {
        await gate;
        finished = true;
      },
    };
    const scheduler = new Scheduler({
      deps: { db: testDb.db, clock: systemClock },
      jobs: [job],
      holder: "solo",
      timezone: "Asia/Jakarta",
      logger: quiet(),
    });
    schedulers.push(scheduler);
    await scheduler.start();
    const running = scheduler.runNow("slow");
    const stopping = scheduler.stop();
    await sleep(50);
    expect(await currentLease({ db: testDb.db, clock: systemClock }, "scheduler")).toMatchObject({ holder: "solo", valid: true });
    finish();
    await stopping;
    expect(finished).toBe(true);
    expect((await running).ok).toBe(true);
    expect(await currentLease({ db: testDb.db, clock: systemClock }, "scheduler")).toMatchObject({ valid: false });
  });
});
