import { pino } from "pino";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ManualClock, systemClock } from "../../src/clock.js";
import { createScheduler, defaultJobs } from "../../src/scheduler/index.js";
import { HOUSEKEEPING_RETENTION_DAYS, housekeepingJob } from "../../src/scheduler/jobs/housekeeping.js";
import { runJob } from "../../src/scheduler/run-job.js";
import type { ServiceDeps } from "../../src/services/deps.js";
import { createTestDb, type TestDb } from "../kit/db.js";

const DAY = 24 * 60 * 60 * 1000;
const NOW = new Date("2026-06-15T20:00:00Z"); // 03:00 WIB on 16 June

let testDb: TestDb;
let clock: ManualClock;
let deps: ServiceDeps;
let employeeId: number;

const daysAgo = (days: number, extraMs = 0) => new Date(NOW.getTime() - days * DAY - extraMs);
const daysAhead = (days: number) => new Date(NOW.getTime() + days * DAY);
const quiet = pino({ level: "silent" });

beforeEach(async () => {
  testDb = await createTestDb();
  clock = new ManualClock(NOW);
  deps = { db: testDb.db, clock };
  const unit = await testDb.db.unit.create({ data: { code: "BKPSDM", name: "Badan Kepegawaian" } });
  const employee = await testDb.db.employee.create({
    data: {
      nip: "198609262015051001",
      name: "Rahmat Hidayat",
      unitId: unit.id,
      position: "Analis SDM Aparatur",
      positionType: "FUNGSIONAL",
      grade: "III/b",
      employmentType: "PNS",
    },
  });
  employeeId = employee.id;
});

afterEach(async () => {
  await testDb.dispose();
});

async function seed(): Promise<void> {
  const attempt = (createdAt: Date, externalId: string) =>
    testDb.db.linkAttempt.create({
      data: { platform: "TELEGRAM", externalId, nip: "198609262015051001", succeeded: false, createdAt },
    });
  await attempt(daysAgo(90), "old-1");
  await attempt(daysAgo(30, 1), "old-2"); // just past the retention period
  await attempt(daysAgo(30), "edge"); // exactly 30 days: kept
  await attempt(daysAgo(1), "recent");

  const code = (codeHash: string, expiresAt: Date, usedAt: Date | null) =>
    testDb.db.activationCode.create({
      data: { employeeId, codeHash, expiresAt, usedAt, issuedBy: "cli", createdAt: new Date(expiresAt.getTime() - 3 * DAY) },
    });
  await code("expired-long-ago-unused", daysAgo(45), null);
  await code("expired-long-ago-used", daysAgo(31), daysAgo(33));
  await code("expired-recently", daysAgo(29), null);
  await code("used-recently", daysAgo(10), daysAgo(12));
  await code("still-valid", daysAhead(2), null);
}

describe("housekeeping job", () => {
  it("runs daily at 03:00", () => {
    expect(housekeepingJob.name).toBe("housekeeping");
    expect(housekeepingJob.cron).toBe("0 0 3 * * *");
    expect(HOUSEKEEPING_RETENTION_DAYS).toBe(30);
    expect(defaultJobs).toContain(housekeepingJob);
  });

  it("deletes link attempts and activation codes past the retention period, and nothing else", async () => {
    await seed();

    const outcome = await housekeepingJob.run(deps, { now: clock.now(), log: quiet });

    expect(outcome).toEqual({ linkAttemptsDeleted: 2, activationCodesDeleted: 2, processedUpdatesDeleted: 0 });
    const attempts = await testDb.db.linkAttempt.findMany({ orderBy: { externalId: "asc" } });
    expect(attempts.map((a) => a.externalId)).toEqual(["edge", "recent"]);
    const codes = await testDb.db.activationCode.findMany({ orderBy: { codeHash: "asc" } });
    expect(codes.map((c) => c.codeHash)).toEqual(["expired-recently", "still-valid", "used-recently"]);
    // The employee the codes belonged to is untouched.
    expect(await testDb.db.employee.count()).toBe(1);
  });

  it("is idempotent: running it again deletes nothing more", async () => {
    await seed();
    const first = await runJob(housekeepingJob, deps, { clock, logger: quiet });
    const second = await runJob(housekeepingJob, deps, { clock, logger: quiet });

    expect(first).toMatchObject({ ok: true, outcome: { linkAttemptsDeleted: 2, activationCodesDeleted: 2 } });
    expect(second).toMatchObject({ ok: true, outcome: { linkAttemptsDeleted: 0, activationCodesDeleted: 0 } });
    expect(await testDb.db.linkAttempt.count()).toBe(2);
    expect(await testDb.db.activationCode.count()).toBe(3);
  });

  it("uses the job's now: a day later the next rows fall out of the window", async () => {
    await seed();
    await housekeepingJob.run(deps, { now: clock.now(), log: quiet });

    clock.advance(2 * DAY);
    const later = await housekeepingJob.run(deps, { now: clock.now(), log: quiet });
    expect(later).toEqual({ linkAttemptsDeleted: 1, activationCodesDeleted: 1, processedUpdatesDeleted: 0 });
    expect((await testDb.db.linkAttempt.findMany()).map((a) => a.externalId)).toEqual(["recent"]);
  });
});

describe("createScheduler", () => {
  it("schedules the default jobs in the configured time zone", async () => {
    const config = { timezone: "Asia/Jakarta" };
    const scheduler = createScheduler({ deps: { db: testDb.db, clock: systemClock }, config, logger: quiet });
    try {
      expect(scheduler.timezone).toBe("Asia/Jakarta");
      expect(scheduler.jobNames).toEqual(defaultJobs.map((job) => job.name));
      expect(scheduler.nextRun("housekeeping")).toBeNull();

      await scheduler.start();
      expect(scheduler.isLeader).toBe(true);
      const next = scheduler.nextRun("housekeeping");
      // 03:00 WIB is 20:00 UTC the day before.
      expect(next?.getUTCHours()).toBe(20);
      expect(next?.getUTCMinutes()).toBe(0);
      expect(next?.getUTCSeconds()).toBe(0);
      expect(next!.getTime() - Date.now()).toBeGreaterThan(0);
      expect(next!.getTime() - Date.now()).toBeLessThanOrEqual(DAY);
    } finally {
      await scheduler.stop();
    }
  });

  it("follows another time zone", async () => {
    const config = { timezone: "Asia/Jayapura" };
    const scheduler = createScheduler({ deps: { db: testDb.db, clock: systemClock }, config, logger: quiet });
    try {
      await scheduler.start();
      // 03:00 WIT is 18:00 UTC.
      expect(scheduler.nextRun("housekeeping")?.getUTCHours()).toBe(18);
    } finally {
      await scheduler.stop();
    }
  });
});
