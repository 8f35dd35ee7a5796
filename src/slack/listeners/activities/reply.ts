import type { ButtonPress } from "../../callbacks.js";
import type { SlackDeps } from "../../deps.js";
import { tellUser } from "../../notice.js";
import type { SlackWebClient } from "../../web-client.js";
import { refreshHome } from "../home/refresh.js";

/**
 * A short answer to the person who pressed: on top of their App Home when they pressed there,
 * ephemeral under the message when the press came from one, otherwise a direct message from the app.
 */
export async function tellPresser(deps: SlackDeps, press: ButtonPress, text: string): Promise<void> {
  if (press.body.view?.type === "home") {
    await refreshHome(deps, press.client, press.body.user.id, { notice: text });
    return;
  }
  await tellUser(press.client, press.body, text, press.respond);
}

/**
 * Publishes the user's App Home again after a change it shows (a registration, a decision), so the
 * tab is current when they look. The change itself is done: a failure here is only logged.
 */
export async function refreshHomeAfterChange(deps: SlackDeps, client: SlackWebClient, slackUserId: string): Promise<void> {
  try {
    await refreshHome(deps, client, slackUserId);
  } catch (error) {
    deps.logger.warn({ err: error }, "App Home not refreshed after a change");
  }
}
