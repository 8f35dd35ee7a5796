import { createDueEvaluationRequests } from "../../services/evaluations/assignment.js";
import type { JobDeps } from "../index.js";
import type { JobDefinition } from "../jobs.js";

/**
 * Every 15 minutes: evaluation requests whose time has come (the reaction questionnaire at an
 * activity's end, the behaviour ones some weeks later) are created for completed registrations.
 * A second run (or a concurrent one) creates nothing twice.
 */
export const evaluationAssignmentJob: JobDefinition<JobDeps> = {
  name: "evaluation-assignment",
  cron: "45 */15 * * * *",
  async run(deps, { now }) {
    const result = await createDueEvaluationRequests({ ...deps, settings: deps.config.evaluations }, { now });
    return { ...result };
  },
};
