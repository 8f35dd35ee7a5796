import type { JobDeps } from "../index.js";
import type { JobDefinition } from "../jobs.js";

/** Every minute: scheduled announcements whose time has come are sent. */
export const announcementDispatchJob: JobDefinition<JobDeps> = {
  name: "announcement-dispatch",
  cron: "0 * * * * *",
  async run() {
    return {};
  },
};
