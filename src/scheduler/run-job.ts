import { performance } from "node:perf_hooks";
import type { Clock } from "../clock.js";
import type { Logger } from "../logger.js";
import type { JobDefinition, JobOutcome } from "./jobs.js";

export interface JobRunResult {
  /** True when the job ran and finished without an error. */
  ok: boolean;
  /** Set when the job did not run at all, and why. */
  skipped?: "already-running" | "not-leader";
  durationMs: number;
  outcome?: JobOutcome;
  error?: Error;
}

export interface RunJobOptions {
  clock: Clock;
  logger: Logger;
  /**
   * Names of the jobs running right now, shared by everything that must not overlap.
   * Defaults to one registry for the whole process.
   */
  inFlight?: Set<string>;
}

const processInFlight = new Set<string>();

/**
 * Runs a job once and logs its start and end with the duration and outcome (or error).
 * Never throws. Refuses to start while a run of the same job is still going on.
 */
export async function runJob<D>(job: JobDefinition<D>, deps: D, options: RunJobOptions): Promise<JobRunResult> {
  const inFlight = options.inFlight ?? processInFlight;
  const log = options.logger.child({ job: job.name });

  if (inFlight.has(job.name)) {
    log.warn("job skipped: the previous run is still running");
    return { ok: false, skipped: "already-running", durationMs: 0 };
  }

  inFlight.add(job.name);
  const startedAt = performance.now();
  const elapsed = () => Math.round(performance.now() - startedAt);
  try {
    const now = options.clock.now();
    log.info({ now: now.toISOString() }, "job started");
    const outcome = (await job.run(deps, { now, log })) ?? {};
    const durationMs = elapsed();
    log.info({ durationMs, outcome }, "job finished");
    return { ok: true, durationMs, outcome };
  } catch (thrown) {
    const durationMs = elapsed();
    const error = thrown instanceof Error ? thrown : new Error(String(thrown));
    try {
      log.error({ durationMs, err: error }, "job failed");
    } catch {
      // A broken log destination must not turn a reported failure into a thrown one.
    }
    return { ok: false, durationMs, error };
  } finally {
    inFlight.delete(job.name);
  }
}
