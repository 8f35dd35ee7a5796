import { enqueueDueReminders } from "../../services/activities/reminders.js";
import type { JobDeps } from "../index.js";
import type { JobDefinition } from "../jobs.js";

/**
 * Every 5 minutes: queues the activity reminders that have become due (the day before, and shortly
 * before the start). Each is keyed by registration and kind, so a tick that fires twice queues nothing
 * twice; reminders of registrations or activities cancelled meanwhile are withdrawn.
 */
export const activityRemindersJob: JobDefinition<JobDeps> = {
  name: "activity-reminders",
  cron: "0 */5 * * * *",
  async run(deps) {
    const result = await enqueueDueReminders({
      ...deps,
      settings: deps.config.activities,
      timezone: deps.config.timezone,
      quietHours: deps.config.quietHours,
    });
    return { ...result };
  },
};
