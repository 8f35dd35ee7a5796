import type { SlackSettings } from "../config.js";
import { createSlackApp, type SlackApp } from "./app.js";
import type { SlackDeps } from "./deps.js";

export interface RunningSlack {
  mode: SlackApp["mode"];
  stop(): Promise<void>;
}

/** Connects the Slack app: a Socket Mode connection, or the HTTP endpoint /slack/events on SLACK_PORT. */
export async function startSlack(deps: SlackDeps, settings: SlackSettings): Promise<RunningSlack> {
  const { app, mode } = createSlackApp(deps, { settings });
  if (mode === "http") await app.start(settings.port);
  else await app.start();
  deps.logger.info(
    { slack: mode, ...(mode === "http" ? { port: settings.port, path: "/slack/events" } : {}), apiUrl: settings.apiUrl },
    "Slack app started",
  );
  return {
    mode,
    async stop() {
      await app.stop();
    },
  };
}
