import type { JobDeps } from "../index.js";
import type { JobDefinition } from "../jobs.js";

/** Every minute: each active campaign whose schedule has come sends its next message. */
export const campaignTicksJob: JobDefinition<JobDeps> = {
  name: "campaign-ticks",
  cron: "0 * * * * *",
  async run() {
    return {};
  },
};
