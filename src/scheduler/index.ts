import { createConfig, type Config } from "../config.js";
import type { Logger } from "../logger.js";
import type { ServiceDeps } from "../services/deps.js";
import { createMessages } from "../services/messages.js";
import type { NotifyDeps } from "../services/notify.js";
import type { JobDefinition } from "./jobs.js";
import { announcementDispatchJob } from "./jobs/announcement-dispatch.js";
import { announcementFollowUpJob } from "./jobs/announcement-follow-up.js";
import { campaignTicksJob } from "./jobs/campaign-ticks.js";
import { activityCompletionJob } from "./jobs/activity-completion.js";
import { activityRemindersJob } from "./jobs/activity-reminders.js";
import { approvalEscalationJob } from "./jobs/approval-escalation.js";
import { evaluationAssignmentJob } from "./jobs/evaluation-assignment.js";
import { evaluationNudgesJob } from "./jobs/evaluation-nudges.js";
import { housekeepingJob } from "./jobs/housekeeping.js";
import { Scheduler, type SchedulerOptions } from "./scheduler.js";

export type { JobContext, JobDefinition, JobOutcome } from "./jobs.js";
export { currentLease, releaseLease, tryAcquireLease, type LeaseResult, type LeaseState } from "./lease.js";
export { runJob, type JobRunResult } from "./run-job.js";
export { Scheduler, type SchedulerOptions, type StopOptions } from "./scheduler.js";

/** The settings jobs read: the time zone, the default language and the activity timings. */
export type JobConfig = Pick<Config, "timezone" | "defaultLocale" | "activities" | "quietHours" | "evaluations" | "announcements">;

/** What every job gets: the services' deps, translations for the messages it queues, and the settings. */
export interface JobDeps extends NotifyDeps {
  config: JobConfig;
}

/** The jobs every scheduler runs. Add new jobs here. */
export const defaultJobs: JobDefinition<JobDeps>[] = [
  housekeepingJob,
  activityRemindersJob,
  approvalEscalationJob,
  activityCompletionJob,
  evaluationAssignmentJob,
  evaluationNudgesJob,
  announcementDispatchJob,
  campaignTicksJob,
  announcementFollowUpJob,
];

export interface CreateSchedulerInput {
  deps: ServiceDeps;
  /** The application's configuration. Settings left out (tests that only set the time zone) take their defaults. */
  config: Pick<Config, "timezone"> &
    Partial<Omit<JobConfig, "evaluations" | "announcements">> & {
      evaluations?: Partial<JobConfig["evaluations"]>;
      announcements?: Partial<JobConfig["announcements"]>;
    };
  logger: Logger;
  /** Overrides for tests and tools: holder, lease name and timings. */
  options?: Pick<SchedulerOptions<JobDeps>, "holder" | "leaseName" | "leaseTtlMs" | "renewEveryMs">;
}

/** The deps handed to every job: `{ db, clock, messages, config }`. */
export function createJobDeps(deps: ServiceDeps, config: CreateSchedulerInput["config"]): JobDeps {
  // The documented defaults (as with an empty environment) fill in what the caller left out.
  const defaults = createConfig({ TIMEZONE: config.timezone });
  const full: JobConfig = {
    timezone: config.timezone,
    defaultLocale: config.defaultLocale ?? defaults.defaultLocale,
    activities: config.activities ?? defaults.activities,
    quietHours: config.quietHours === undefined ? defaults.quietHours : config.quietHours,
    // Evaluation settings left out (e.g. only the delays given) take their defaults one by one.
    evaluations: { ...defaults.evaluations, ...config.evaluations },
    announcements: { ...defaults.announcements, ...config.announcements },
  };
  return { db: deps.db, clock: deps.clock, messages: createMessages(full), config: full };
}

/** The application's scheduler: the default jobs, in the configured time zone. Call `start()` to run it. */
export function createScheduler(input: CreateSchedulerInput): Scheduler<JobDeps> {
  return new Scheduler<JobDeps>({
    ...input.options,
    deps: createJobDeps(input.deps, input.config),
    jobs: [...defaultJobs],
    timezone: input.config.timezone,
    logger: input.logger.child({ component: "scheduler" }),
  });
}
