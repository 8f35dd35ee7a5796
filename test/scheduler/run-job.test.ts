import { Writable } from "node:stream";
import { setTimeout as sleep } from "node:timers/promises";
import { pino } from "pino";
import { beforeEach, describe, expect, it } from "vitest";
import { ManualClock } from "../../src/clock.js";
import type { Logger } from "../../src/logger.js";
import type { JobDefinition } from "../../src/scheduler/jobs.js";
import { runJob } from "../../src/scheduler/run-job.js";

interface LogLine {
  level: number;
  msg: string;
  job?: string;
  durationMs?: number;
  outcome?: Record<string, number>;
  err?: { message: string; type: string };
  [key: string]: unknown;
}

function memoryLogger(): { logger: Logger; lines: () => LogLine[] } {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk.toString("utf8"));
      done();
    },
  });
  const logger = pino({ level: "debug" }, stream);
  const lines = () =>
    chunks
      .join("")
      .split("\n")
      .filter((line) => line.length > 0)
      .map((line) => JSON.parse(line) as LogLine);
  return { logger, lines };
}

function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

interface Deps {
  label: string;
}

let clock: ManualClock;
let log: ReturnType<typeof memoryLogger>;
let inFlight: Set<string>;

beforeEach(() => {
  clock = new ManualClock("2026-04-01T20:00:00Z");
  log = memoryLogger();
  inFlight = new Set();
});

const options = () => ({ clock, logger: log.logger, inFlight });

describe("runJob", () => {
  it("passes deps, the clock's now and a job logger, and logs the outcome with the duration", async () => {
    const seen: { label: string; now: Date }[] = [];
    const job: JobDefinition<Deps> = {
      name: "reminders",
      cron: "0 * * * *",
      async run(deps, { now, log: jobLog }) {
        seen.push({ label: deps.label, now });
        jobLog.info({ batch: 1 }, "working");
        await sleep(40);
        return { enqueued: 3, skipped: 1 };
      },
    };

    const result = await runJob(job, { label: "deps" }, options());

    expect(result.ok).toBe(true);
    expect(result.outcome).toEqual({ enqueued: 3, skipped: 1 });
    expect(result.durationMs).toBeGreaterThanOrEqual(35);
    expect(result.error).toBeUndefined();
    expect(seen).toEqual([{ label: "deps", now: new Date("2026-04-01T20:00:00Z") }]);

    const lines = log.lines();
    expect(lines.map((line) => line.msg)).toEqual(["job started", "working", "job finished"]);
    expect(lines.every((line) => line.job === "reminders")).toBe(true);
    const finished = lines[2]!;
    expect(finished.level).toBe(30);
    expect(finished.outcome).toEqual({ enqueued: 3, skipped: 1 });
    expect(finished.durationMs).toBe(result.durationMs);
    expect(lines[0]!.now).toBe("2026-04-01T20:00:00.000Z");
  });

  it("reports a job that returns nothing as an empty outcome", async () => {
    const job: JobDefinition<Deps> = { name: "quiet", cron: "* * * * *", run: async () => undefined };
    const result = await runJob(job, { label: "x" }, options());
    expect(result).toMatchObject({ ok: true, outcome: {} });
    expect(log.lines().find((line) => line.msg === "job finished")?.outcome).toEqual({});
  });

  it("reports a failing job with its error and duration instead of throwing", async () => {
    const job: JobDefinition<Deps> = {
      name: "broken",
      cron: "* * * * *",
      async run() {
        await sleep(20);
        throw new Error("database is on fire");
      },
    };

    const result = await runJob(job, { label: "x" }, options());

    expect(result.ok).toBe(false);
    expect(result.outcome).toBeUndefined();
    expect(result.error?.message).toBe("database is on fire");
    expect(result.durationMs).toBeGreaterThanOrEqual(15);

    const failed = log.lines().find((line) => line.msg === "job failed");
    expect(failed).toBeDefined();
    expect(failed!.level).toBe(50);
    expect(failed!.job).toBe("broken");
    expect(failed!.err?.message).toBe("database is on fire");
    expect(failed!.durationMs).toBe(result.durationMs);
    expect(log.lines().some((line) => line.msg === "job finished")).toBe(false);

    // The job is not stuck as running after the failure.
    expect(inFlight.size).toBe(0);
  });

  it("wraps something thrown that is not an Error", async () => {
    const job: JobDefinition<Deps> = {
      name: "odd",
      cron: "* * * * *",
      run: () => Promise.reject("plain string"),
    };
    const result = await runJob(job, { label: "x" }, options());
    expect(result.ok).toBe(false);
    expect(result.error).toBeInstanceOf(Error);
    expect(result.error?.message).toBe("plain string");
  });

  it("skips a run while the previous run of the same job is still going, but not other jobs", async () => {
    const gate = deferred();
    let started = 0;
    const slow: JobDefinition<Deps> = {
      name: "slow",
      cron: "* * * * * *",
      async run() {
        started++;
        await gate.promise;
        return { done: 1 };
      },
    };
    const other: JobDefinition<Deps> = { name: "other", cron: "* * * * * *", run: async () => ({ done: 1 }) };

    const first = runJob(slow, { label: "x" }, options());
    const second = await runJob(slow, { label: "x" }, options());
    expect(second).toEqual({ ok: false, skipped: "already-running", durationMs: 0 });
    expect(started).toBe(1);
    expect((await runJob(other, { label: "x" }, options())).ok).toBe(true);

    const skippedLine = log.lines().find((line) => line.msg.startsWith("job skipped"));
    expect(skippedLine).toMatchObject({ job: "slow", level: 40 });

    gate.resolve();
    expect(await first).toMatchObject({ ok: true, outcome: { done: 1 } });

    // Once finished, the job runs again.
    expect((await runJob(slow, { label: "x" }, options())).ok).toBe(true);
    expect(started).toBe(2);
  });

  it("guards overlaps process-wide when no registry is given", async () => {
    const gate = deferred();
    const slow: JobDefinition<Deps> = {
      name: "process-wide",
      cron: "* * * * * *",
      run: async () => {
        await gate.promise;
      },
    };
    const first = runJob(slow, { label: "x" }, { clock, logger: log.logger });
    expect((await runJob(slow, { label: "x" }, { clock, logger: log.logger })).skipped).toBe("already-running");
    // A separate registry (another scheduler instance) is not blocked.
    const separate = runJob(slow, { label: "x" }, options());
    gate.resolve();
    expect((await first).ok).toBe(true);
    expect((await separate).ok).toBe(true);
  });
});
