import { completeEndedActivities } from "../../services/activities/completion.js";
import type { JobDeps } from "../index.js";
import type { JobDefinition } from "../jobs.js";

/**
 * Every 15 minutes: activities whose check-in window has closed are completed; attendees are credited
 * their JP once, the others become no-shows. A second run (or a concurrent one) credits nothing twice.
 */
export const activityCompletionJob: JobDefinition<JobDeps> = {
  name: "activity-completion",
  cron: "30 */15 * * * *",
  async run(deps, { now }) {
    const result = await completeEndedActivities(
      { ...deps, settings: deps.config.activities, timezone: deps.config.timezone },
      { now },
    );
    return { ...result };
  },
};
