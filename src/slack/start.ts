import type { SlackSettings } from "../config.js";
import { createSlackApp } from "./app.js";
import type { SlackDeps } from "./deps.js";

export interface RunningSlack {
  mode: "socket mode" | "http";
  stop(): Promise<void>;
}

/** Connects the Slack app: a Socket Mode connection, or the HTTP endpoint /slack/events on SLACK_PORT. */
export async function startSlack(deps: SlackDeps, settings: SlackSettings): Promise<RunningSlack> {
  const { app, mode } = createSlackApp(deps, { settings });
  const slackMode = mode === "socket mode" ? "socket mode" : "http";
  if (slackMode === "http") await app.start(settings.port);
  else await app.start();
  deps.logger.info(
    { slack: slackMode, ...(slackMode === "http" ? { port: settings.port, path: "/slack/events" } : {}), apiUrl: settings.apiUrl },
    "Slack app started",
  );
  return {
    mode: slackMode,
    async stop() {
      await app.stop();
    },
  };
}
