import type { ButtonPress } from "../../callbacks.js";
import type { SlackDeps } from "../../deps.js";
import { tellUser } from "../../notice.js";
import { refreshHome } from "../home/refresh.js";

/** The press came from the App Home tab (not from a message or a modal). */
export function pressedOnHome(press: ButtonPress): boolean {
  return press.body.view?.type === "home";
}

/**
 * A short answer to a button press: on the App Home tab it is shown on top of the refreshed tab;
 * under a message it goes ephemerally to the person who pressed.
 */
export async function answerPress(deps: SlackDeps, press: ButtonPress, text: string): Promise<void> {
  if (pressedOnHome(press)) await refreshHome(deps, press.client, press.body.user.id, { notice: text });
  else await tellUser(press.client, press.body, text);
}

/** Replaces the message whose button was pressed (a one-time question) with the outcome. */
export async function replacePressedMessage(press: ButtonPress, text: string): Promise<void> {
  if (pressedOnHome(press) || !press.body.response_url) return;
  await press.respond({ replace_original: true, text });
}
