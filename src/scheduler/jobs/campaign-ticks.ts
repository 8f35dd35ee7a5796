import { runCampaignTicks } from "../../services/campaigns/campaign-tick.js";
import type { JobDeps } from "../index.js";
import type { JobDefinition } from "../jobs.js";

/**
 * Every minute: each active campaign whose schedule has come sends its next message. The campaign
 * advances with a conditional update after the queue has the message, so a double tick, a second
 * instance or a restart never sends a message twice.
 */
export const campaignTicksJob: JobDefinition<JobDeps> = {
  name: "campaign-ticks",
  cron: "0 * * * * *",
  async run(deps, { now }) {
    const result = await runCampaignTicks(
      { ...deps, settings: deps.config.announcements, timezone: deps.config.timezone },
      { now },
    );
    return { ...result };
  },
};
