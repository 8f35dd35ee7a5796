import type { JobDeps } from "../index.js";
import type { JobDefinition } from "../jobs.js";

/** Acknowledgement reminders and the authors' automatic reach reports. */
export const announcementFollowUpJob: JobDefinition<JobDeps> = {
  name: "announcement-follow-up",
  cron: "0 * * * * *",
  async run() {
    return {};
  },
};
