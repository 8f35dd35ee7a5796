import { randomBytes } from "node:crypto";
import { hostname } from "node:os";
import { schedule, validate, type Logger as CronLogger, type ScheduledTask } from "node-cron";
import type { ServiceDeps } from "../services/deps.js";
import type { Logger } from "../logger.js";
import type { JobDefinition } from "./jobs.js";
import { releaseLease, tryAcquireLease } from "./lease.js";
import { runJob, type JobRunResult } from "./run-job.js";

export interface SchedulerOptions<D> {
  /** Handed to every job; `db` and `clock` are also used for the lease. */
  deps: D & ServiceDeps;
  jobs: JobDefinition<D>[];
  /** IANA time zone the cron expressions are read in. */
  timezone: string;
  logger: Logger;
  /** Who this instance is in the lease table. Defaults to `hostname:pid:random`. */
  holder?: string;
  leaseName?: string;
  leaseTtlMs?: number;
  /** How often the lease is renewed (or a takeover attempted). Defaults to a third of the TTL. */
  renewEveryMs?: number;
}

export interface StopOptions {
  /**
   * Release the lease so another instance can take over at once (default). `false` behaves like a
   * crash: the lease stays until it expires.
   */
  release?: boolean;
}

export const DEFAULT_LEASE_NAME = "scheduler";
export const DEFAULT_LEASE_TTL_MS = 30_000;

export function defaultHolder(): string {
  return `${hostname()}:${process.pid}:${randomBytes(4).toString("hex")}`;
}

/**
 * Runs cron jobs on exactly one instance among all those sharing the database.
 *
 * Leadership is a lease row (see lease.ts), renewed on an interval while the instance is alive.
 * Every instance keeps its cron tasks ticking, but a tick only runs its job while this instance
 * holds a lease that has not expired by its clock; so when the leader stops or dies, another
 * instance takes over within one renewal interval after the lease is released or expires.
 */
export class Scheduler<D> {
  readonly holder: string;
  readonly leaseName: string;
  readonly leaseTtlMs: number;
  readonly renewEveryMs: number;
  readonly timezone: string;

  private readonly deps: D & ServiceDeps;
  private readonly jobs: ReadonlyMap<string, JobDefinition<D>>;
  private readonly logger: Logger;
  /** Per instance, so two schedulers in one process behave like two processes. */
  private readonly inFlight = new Set<string>();
  private readonly running = new Set<Promise<JobRunResult>>();
  private readonly tasks = new Map<string, ScheduledTask>();

  private started = false;
  private renewTimer: NodeJS.Timeout | undefined;
  private renewing: Promise<void> | undefined;
  /** Expiry of the lease as this instance last wrote it; null when it does not hold it. */
  private leaseExpiresAt: Date | null = null;
  /** Leadership as last logged, so each change is logged once. */
  private announcedLeader = false;

  constructor(options: SchedulerOptions<D>) {
    this.deps = options.deps;
    this.timezone = options.timezone;
    this.holder = options.holder ?? defaultHolder();
    this.leaseName = options.leaseName ?? DEFAULT_LEASE_NAME;
    this.leaseTtlMs = options.leaseTtlMs ?? DEFAULT_LEASE_TTL_MS;
    this.renewEveryMs = options.renewEveryMs ?? Math.floor(this.leaseTtlMs / 3);
    this.logger = options.logger.child({ holder: this.holder });

    if (!(this.leaseTtlMs > 0)) throw new Error(`Scheduler lease TTL must be positive, got ${this.leaseTtlMs}`);
    if (!(this.renewEveryMs > 0 && this.renewEveryMs < this.leaseTtlMs)) {
      throw new Error(`Scheduler renewal interval must be positive and shorter than the lease TTL, got ${this.renewEveryMs}`);
    }

    const jobs = new Map<string, JobDefinition<D>>();
    for (const job of options.jobs) {
      if (jobs.has(job.name)) throw new Error(`Job "${job.name}" is defined twice`);
      if (!validate(job.cron)) throw new Error(`Job "${job.name}" has an invalid cron expression: "${job.cron}"`);
      jobs.set(job.name, job);
    }
    this.jobs = jobs;
  }

  /** Whether this instance holds the lease right now (and has not been stopped). */
  get isLeader(): boolean {
    return this.started && this.leaseExpiresAt !== null && this.deps.clock.now().getTime() < this.leaseExpiresAt.getTime();
  }

  get jobNames(): string[] {
    return [...this.jobs.keys()];
  }

  /** When a job's cron fires next (whether or not this instance will run it); null before `start`. */
  nextRun(jobName: string): Date | null {
    return this.tasks.get(jobName)?.getNextRun() ?? null;
  }

  /** Tries to take the lease, starts renewing it, and starts the cron tasks. */
  async start(): Promise<void> {
    if (this.started) return;
    this.started = true;
    this.logger.info(
      { jobs: this.jobNames, timezone: this.timezone, leaseTtlMs: this.leaseTtlMs, renewEveryMs: this.renewEveryMs },
      "scheduler starting",
    );
    await this.renew();
    if (!this.started) return; // stopped while the first renewal was under way
    this.renewTimer = setInterval(() => void this.renew(), this.renewEveryMs);
    const cronLogger = toCronLogger(this.logger);
    for (const job of this.jobs.values()) {
      // No `noOverlap`: runJob already refuses overlapping runs, and logs them.
      const task = schedule(job.cron, () => this.tick(job), { timezone: this.timezone, name: job.name, logger: cronLogger });
      this.tasks.set(job.name, task);
    }
  }

  /**
   * Stops the cron tasks and the renewal, waits for running jobs, then releases the lease unless
   * `{ release: false }` (which leaves it to expire, as a crashed process would).
   */
  async stop(options: StopOptions = {}): Promise<void> {
    if (!this.started) return;
    this.started = false;
    clearInterval(this.renewTimer);
    this.renewTimer = undefined;
    for (const task of this.tasks.values()) await task.destroy();
    this.tasks.clear();

    await this.renewing;
    await Promise.allSettled([...this.running]);

    const heldLease = this.leaseExpiresAt !== null && this.deps.clock.now().getTime() < this.leaseExpiresAt.getTime();
    this.leaseExpiresAt = null;
    if (options.release !== false && heldLease) {
      try {
        await releaseLease(this.deps, { name: this.leaseName, holder: this.holder });
      } catch (error) {
        this.logger.error({ err: error }, "could not release the scheduler lease; it will expire");
      }
    }
    this.announce(false, options.release === false ? "stopped without releasing" : "stopped");
    this.logger.info("scheduler stopped");
  }

  /**
   * Runs a job now. Like a cron tick it only runs on the leader, unless `force` is set
   * (e.g. an admin running a job by hand). Never throws for a failing job; throws for an unknown name.
   */
  async runNow(jobName: string, options: { force?: boolean } = {}): Promise<JobRunResult> {
    const job = this.jobs.get(jobName);
    if (!job) throw new Error(`Unknown job "${jobName}"; known jobs: ${this.jobNames.join(", ") || "none"}`);
    if (!options.force && !this.isLeader) {
      this.logger.info({ job: jobName }, "job not run: this instance is not the scheduler leader");
      return { ok: false, skipped: "not-leader", durationMs: 0 };
    }
    return this.track(job);
  }

  private async tick(job: JobDefinition<D>): Promise<void> {
    if (!this.started) return;
    if (!this.isLeader) {
      this.logger.debug({ job: job.name }, "tick ignored: not the scheduler leader");
      return;
    }
    await this.track(job);
  }

  private track(job: JobDefinition<D>): Promise<JobRunResult> {
    const run = runJob(job, this.deps, { clock: this.deps.clock, logger: this.logger, inFlight: this.inFlight });
    this.running.add(run);
    void run.finally(() => this.running.delete(run));
    return run;
  }

  /** One renewal at a time: a slow database must not pile up attempts. */
  private renew(): Promise<void> {
    if (this.renewing) return this.renewing;
    this.renewing = this.renewOnce().finally(() => {
      this.renewing = undefined;
    });
    return this.renewing;
  }

  private async renewOnce(): Promise<void> {
    try {
      const lease = await tryAcquireLease(this.deps, { name: this.leaseName, holder: this.holder, ttlMs: this.leaseTtlMs });
      // Recorded even when stopping meanwhile, so that stop() knows to release what was just taken.
      this.leaseExpiresAt = lease.leader ? lease.expiresAt : null;
      if (this.started) this.announce(lease.leader, lease.leader ? undefined : `held by ${lease.holder}`);
    } catch (error) {
      // Keep the last known expiry: leadership lapses by itself when it passes without a renewal.
      this.logger.error({ err: error }, "could not renew the scheduler lease");
      if (this.started && !this.isLeader) this.announce(false, "lease renewal failed");
    }
  }

  private announce(leader: boolean, reason?: string): void {
    if (leader === this.announcedLeader) return;
    this.announcedLeader = leader;
    if (leader) {
      this.logger.info({ leaseName: this.leaseName, expiresAt: this.leaseExpiresAt?.toISOString() }, "became scheduler leader");
    } else {
      this.logger.warn({ leaseName: this.leaseName, reason }, "lost scheduler leadership");
    }
  }
}

/** node-cron's own messages (missed executions, ...) go to the application log. */
function toCronLogger(logger: Logger): CronLogger {
  const log = logger.child({ component: "node-cron" });
  const write = (level: "error" | "debug", message: string | Error, err?: Error) =>
    message instanceof Error ? log[level]({ err: message }, message.message) : log[level]({ err }, message);
  return {
    info: (message) => log.info(message),
    warn: (message) => log.warn(message),
    error: (message, err) => write("error", message, err),
    debug: (message, err) => write("debug", message, err),
  };
}
