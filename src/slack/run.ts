import type { App } from "../app.js";
import { startBackgroundWork } from "../background.js";
import { createMessages } from "../services/messages.js";
import { bootstrapAdmins } from "../services/roles.js";
import { startSlack, type RunningSlack } from "./start.js";

/** Starts the Slack app for the process; `close()` on the returned App stops Slack before the database. */
export async function attachSlack(app: App): Promise<{ app: App; slack: RunningSlack }> {
  const settings = app.config.slack;
  if (!settings) throw new Error("Slack is not configured");
  const slack = await startSlack({ ...app, messages: createMessages(app.config) }, settings);
  return {
    slack,
    app: {
      ...app,
      async close() {
        await slack.stop();
        await app.close();
      },
    },
  };
}

/** Slack without Telegram: the Slack app, the delivery queue and the scheduler, until SIGINT or SIGTERM. */
export async function runSlackOnly(opened: App): Promise<void> {
  const { logger, config } = opened;
  await bootstrapAdmins(opened, { adminNips: config.adminNips });
  const { app } = await attachSlack(opened);
  const background = startBackgroundWork(app, null);
  const signal = await new Promise<string>((resolve) => {
    process.once("SIGINT", () => resolve("SIGINT"));
    process.once("SIGTERM", () => resolve("SIGTERM"));
  });
  logger.info({ signal }, "stopping");
  await background.stop();
  await app.close();
}
