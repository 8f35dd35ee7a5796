import { resolveSlackCaller } from "../../caller.js";
import type { SlackDeps } from "../../deps.js";
import type { SlackWebClient } from "../../web-client.js";
import { homeBlocks, type HomeOptions } from "./build.js";

/**
 * Publishes the user's App Home tab anew. Other categories call it after a change the home shows
 * (a registration, an answered evaluation), so the tab is current when the user looks again.
 */
export async function refreshHome(
  deps: SlackDeps,
  client: SlackWebClient,
  slackUserId: string,
  options: Omit<HomeOptions, "surface"> = {},
): Promise<void> {
  const caller = await resolveSlackCaller(deps, slackUserId);
  const blocks = await homeBlocks(deps, client, caller, { ...options, surface: "home" });
  await client.views.publish({ user_id: slackUserId, view: { type: "home", blocks } });
}
