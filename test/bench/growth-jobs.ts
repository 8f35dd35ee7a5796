import { ManualClock } from "../../src/clock.js";
import type { Db } from "../../src/db/client.js";
import { createLogger } from "../../src/logger.js";
import { createJobDeps, type JobDefinition, type JobDeps, type JobOutcome } from "../../src/scheduler/index.js";
import { activityRemindersJob } from "../../src/scheduler/jobs/activity-reminders.js";
import { evaluationAssignmentJob } from "../../src/scheduler/jobs/evaluation-assignment.js";
import { evaluationNudgesJob } from "../../src/scheduler/jobs/evaluation-nudges.js";
import { DUE, NOW } from "./growth-seed.js";

/**
 * The scheduler jobs the growth benchmark times, each run as the scheduler runs it (`job.run`) with
 * "now" fixed, and what each must have done: the same 50 at every size. Every run writes (queued
 * messages, new requests, marks), so the database is put back after each one, outside the timing.
 */

export interface TimedJob {
  job: JobDefinition<JobDeps>;
  /** What the scan is about, for the tables. */
  scans: string;
  /** The outcome's figure that must equal DUE, and the other figures that must be zero. */
  dueFigure: string;
  zeroFigures: string[];
}

export const TIMED_JOBS: TimedJob[] = [
  {
    job: activityRemindersJob,
    scans: "REGISTERED registrations of PUBLISHED activities starting within 48 h",
    dueFigure: "dayBefore",
    zeroFigures: ["soon", "withdrawn"],
  },
  {
    job: evaluationNudgesJob,
    scans: "open (PENDING, IN_PROGRESS) evaluation requests, and those to expire",
    dueFigure: "created",
    zeroFigures: ["beforeDue", "overdue", "digests", "expired"],
  },
  {
    job: evaluationAssignmentJob,
    scans: "COMPLETED registrations of ended activities, with their requests",
    dueFigure: "created",
    zeroFigures: ["noSupervisor"],
  },
];

export function jobDeps(db: Db): JobDeps {
  return createJobDeps({ db, clock: new ManualClock(NOW) }, { timezone: "Asia/Jakarta" });
}

const log = createLogger("silent");

export async function runJob(deps: JobDeps, timed: TimedJob): Promise<{ ms: number; outcome: JobOutcome }> {
  const started = performance.now();
  const outcome = (await timed.job.run(deps, { now: NOW, log })) ?? {};
  return { ms: performance.now() - started, outcome };
}

/** Why an outcome is not the expected one, or null when the job did exactly the due work. */
export function outcomeProblem(timed: TimedJob, outcome: JobOutcome): string | null {
  const problems: string[] = [];
  if (outcome[timed.dueFigure] !== DUE) problems.push(`${timed.dueFigure} = ${outcome[timed.dueFigure]} (expected ${DUE})`);
  for (const figure of timed.zeroFigures) if ((outcome[figure] ?? 0) !== 0) problems.push(`${figure} = ${outcome[figure]}`);
  return problems.length > 0 ? `${timed.job.name}: ${problems.join(", ")}` : null;
}

export interface Restore {
  (): Promise<void>;
}

/** Remembers where the written tables end; the returned function removes what a run added and unmarks the due requests. */
export async function restorePoint(db: Db, dueRequestIds: number[]): Promise<Restore> {
  const [delivery, request] = await Promise.all([
    db.delivery.aggregate({ _max: { id: true } }),
    db.evaluationRequest.aggregate({ _max: { id: true } }),
  ]);
  const lastDelivery = delivery._max.id ?? 0;
  const lastRequest = request._max.id ?? 0;
  return async () => {
    await db.delivery.deleteMany({ where: { id: { gt: lastDelivery } } });
    await db.evaluationRequest.deleteMany({ where: { id: { gt: lastRequest } } });
    await db.evaluationRequest.updateMany({
      where: { id: { in: dueRequestIds } },
      data: { lastRemindedAt: null, remindersSent: 0, status: "PENDING" },
    });
  };
}
