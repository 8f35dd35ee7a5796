import type { App, ViewSubmitAction } from "@slack/bolt";
import type { CallbackArgs, SlackCallbacks } from "../../callbacks.js";
import type { SlackDeps } from "../../deps.js";
import { refreshHome } from "../home/refresh.js";
import { SETTINGS_PATTERNS } from "../home/settings-section.js";
import { pressedOnHome } from "./answer.js";
import { LINK_CODE_CALLBACK, openLinkCodeModal, submitLinkCode } from "./code-modal.js";
import { confirmEmailLink } from "./confirm-email.js";
import { LINK_PATTERNS } from "./link-prompt.js";
import { chooseLanguage, choosePlatform } from "./preferences.js";

/** "❌ Bukan": the roster entry of the profile email is somebody else, so NIP and code it is. */
export async function declineEmailMatch(deps: SlackDeps, args: CallbackArgs): Promise<void> {
  await openLinkCodeModal(deps, args);
  if (!args.caller.account && pressedOnHome(args.press)) {
    await refreshHome(deps, args.press.client, args.press.body.user.id, { skipEmailMatch: true });
  }
}

/**
 * Linking a Slack user to the roster (by profile email, confirmed once, or by NIP and activation
 * code) and the account's settings (language, where proactive messages go).
 */
export function register(app: App, deps: SlackDeps, callbacks: SlackCallbacks): void {
  callbacks
    .on(LINK_PATTERNS.confirmEmail, (args) => confirmEmailLink(deps, args))
    .on(LINK_PATTERNS.notMe, (args) => declineEmailMatch(deps, args))
    .on(LINK_PATTERNS.withCode, (args) => openLinkCodeModal(deps, args))
    .on(SETTINGS_PATTERNS.language, (args) => chooseLanguage(deps, args))
    .on(SETTINGS_PATTERNS.platform, (args) => choosePlatform(deps, args));
  app.view<ViewSubmitAction>({ callback_id: LINK_CODE_CALLBACK, type: "view_submission" }, (args) => submitLinkCode(deps, args));
}
