import { sendDueAnnouncements } from "../../services/announcements/send.js";
import type { JobDeps } from "../index.js";
import type { JobDefinition } from "../jobs.js";

/**
 * Every minute: scheduled announcements whose time has come are sent, and a send a crash left half
 * done is resumed. Each announcement is claimed with a conditional update and every recipient's
 * message is keyed, so a double tick or a second instance sends nothing twice.
 */
export const announcementDispatchJob: JobDefinition<JobDeps> = {
  name: "announcement-dispatch",
  cron: "0 * * * * *",
  async run(deps, { now }) {
    const result = await sendDueAnnouncements({ ...deps, settings: deps.config.announcements }, { now });
    return { ...result };
  },
};
