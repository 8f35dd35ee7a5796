import type { Config } from "../config.js";
import type { Logger } from "../logger.js";
import type { ServiceDeps } from "../services/deps.js";
import type { JobDefinition } from "./jobs.js";
import { housekeepingJob } from "./jobs/housekeeping.js";
import { Scheduler, type SchedulerOptions } from "./scheduler.js";

export type { JobContext, JobDefinition, JobOutcome } from "./jobs.js";
export { currentLease, releaseLease, tryAcquireLease, type LeaseResult, type LeaseState } from "./lease.js";
export { runJob, type JobRunResult } from "./run-job.js";
export { Scheduler, type SchedulerOptions, type StopOptions } from "./scheduler.js";

/** The jobs every scheduler runs. Add new jobs here. */
export const defaultJobs: JobDefinition<ServiceDeps>[] = [housekeepingJob];

export interface CreateSchedulerInput {
  deps: ServiceDeps;
  config: Pick<Config, "timezone">;
  logger: Logger;
  /** Overrides for tests and tools: holder, lease name and timings. */
  options?: Pick<SchedulerOptions<ServiceDeps>, "holder" | "leaseName" | "leaseTtlMs" | "renewEveryMs">;
}

/** The application's scheduler: the default jobs, in the configured time zone. Call `start()` to run it. */
export function createScheduler(input: CreateSchedulerInput): Scheduler<ServiceDeps> {
  return new Scheduler<ServiceDeps>({
    ...input.options,
    deps: input.deps,
    jobs: [...defaultJobs],
    timezone: input.config.timezone,
    logger: input.logger.child({ component: "scheduler" }),
  });
}
