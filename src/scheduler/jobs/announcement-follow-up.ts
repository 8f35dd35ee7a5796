import { sendAckReminders } from "../../services/announcements/ack-reminders.js";
import { sendDueReports } from "../../services/announcements/due-reports.js";
import type { JobDeps } from "../index.js";
import type { JobDefinition } from "../jobs.js";

/**
 * Every ten minutes: the one reminder to recipients who have not acknowledged an announcement, and
 * the authors' automatic reach reports. Both are keyed and marked on the announcement, so they go
 * out once.
 */
export const announcementFollowUpJob: JobDefinition<JobDeps> = {
  name: "announcement-follow-up",
  cron: "30 */10 * * * *",
  async run(deps, { now }) {
    const serviceDeps = { ...deps, settings: deps.config.announcements };
    const reminders = await sendAckReminders(serviceDeps, { now });
    const reports = await sendDueReports(serviceDeps, { now });
    return { reminded: reminders.reminded, reports: reports.reports };
  },
};
