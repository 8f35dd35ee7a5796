import { escapeHtml } from "../../../i18n/html.js";
import { findOwnRegistration } from "../../../services/activities/own-registration.js";
import { cancelRegistration, type CancelResult } from "../../../services/activities/registration.js";
import type { CallbackArgs } from "../../callbacks.js";
import type { SlackDeps } from "../../deps.js";
import { idOf, PATTERNS } from "./callback-data.js";
import { employeeOf, show } from "./navigate.js";
import { refreshHomeAfterChange, tellPresser } from "./reply.js";
import { currentScreen } from "./screen.js";
import { slackText } from "./text.js";

function outcomeKey(result: CancelResult): string {
  if (!result.ok) {
    if (result.error === "not-found") return "catalogue-registration-not-found";
    return result.error === "already-started" ? "catalogue-cancel-started" : "catalogue-cancel-not-cancellable";
  }
  return result.alreadyDone ? "catalogue-cancel-already" : "catalogue-cancelled";
}

/**
 * "Batalkan pendaftaran" (`sunr:<registrationId>`), already confirmed in Slack's own dialog. The
 * service only cancels the caller's own registration. In the catalogue modal the outcome is shown
 * over the same screen; on App Home the tab is drawn again with the outcome on top.
 */
export async function cancel(deps: SlackDeps, args: CallbackArgs): Promise<void> {
  const text = slackText(deps, args.caller.locale);
  const employeeId = await employeeOf(deps, args, text);
  if (employeeId === null) return;
  const registrationId = idOf(args.data, PATTERNS.cancel);
  const own = registrationId === null ? null : await findOwnRegistration(deps, { employeeId, registrationId });
  if (!own) return tellPresser(deps, args.press, text.mrkdwn("catalogue-registration-not-found"));

  const result = await cancelRegistration(deps, { employeeId, registrationId: own.id });
  const notice = text.mrkdwn(outcomeKey(result), { title: escapeHtml(own.activity.title) });
  const screen = currentScreen(args.press);
  if (screen) await show(deps, args, employeeId, screen, { text: notice });
  else await tellPresser(deps, args.press, notice);
  const fromHome = args.press.body.view?.type === "home";
  if (result.ok && !result.alreadyDone && !fromHome) await refreshHomeAfterChange(deps, args.press.client, args.press.body.user.id);
}
