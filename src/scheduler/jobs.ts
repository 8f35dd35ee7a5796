import type { Logger } from "../logger.js";

/** What a job reports about its run, logged as is: counts such as `{ enqueued: 3 }`. */
export type JobOutcome = Record<string, number>;

export interface JobContext {
  /** The scheduler's clock at the start of the run: the job's "now". */
  now: Date;
  /** A logger already bound to the job's name. */
  log: Logger;
}

/**
 * A scheduled job: a plain async function with injected dependencies, plus when to run it.
 *
 * Jobs must be idempotent: a tick that fires twice, or a re-run after a crash, must not write
 * anything twice (use dedupe keys or conditional writes on what they write).
 */
export interface JobDefinition<D> {
  /** Unique within a scheduler; used in logs and by `runNow`. */
  name: string;
  /** A node-cron expression (five fields, or six with seconds), in the scheduler's time zone. */
  cron: string;
  run(deps: D, context: JobContext): Promise<JobOutcome | void>;
}
