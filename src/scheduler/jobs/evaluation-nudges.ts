import { sendEvaluationNudges } from "../../services/evaluations/nudges.js";
import type { JobDeps } from "../index.js";
import type { JobDefinition } from "../jobs.js";

/**
 * Hourly: unanswered evaluation requests get their notice, the reminder before the due date and the
 * one after it (a digest for supervisors with several overdue staff assessments); requests long past
 * due after that last reminder expire. Every message is keyed, so a second run queues nothing twice.
 */
export const evaluationNudgesJob: JobDefinition<JobDeps> = {
  name: "evaluation-nudges",
  cron: "20 10 * * * *",
  async run(deps, { now }) {
    const result = await sendEvaluationNudges(
      { ...deps, settings: deps.config.evaluations, timezone: deps.config.timezone },
      { now },
    );
    return { ...result };
  },
};
