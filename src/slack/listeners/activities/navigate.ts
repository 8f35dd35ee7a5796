import type { CallbackArgs } from "../../callbacks.js";
import type { SlackDeps } from "../../deps.js";
import { tellPresser } from "./reply.js";
import { renderScreen } from "./render.js";
import type { SlackCaller } from "../../caller.js";
import type { SlackWebClient } from "../../web-client.js";
import { backFrom, FIRST_PAGE, parseScreen, showView, type Notice, type Screen } from "./screen.js";
import { slackText, type SlackText } from "./text.js";

/** The linked, active employee behind a press, or null after telling them to link first. */
export async function employeeOf(deps: SlackDeps, args: CallbackArgs, text: SlackText): Promise<number | null> {
  const account = args.caller.account;
  if (account?.active) return account.employeeId;
  await tellPresser(deps, args.press, text.mrkdwn("slack-activities-need-link"));
  return null;
}

/** Draws a screen of the catalogue modal, in place when the press came from it. */
export async function show(deps: SlackDeps, args: CallbackArgs, employeeId: number, screen: Screen, notice?: Notice): Promise<void> {
  const text = slackText(deps, args.caller.locale);
  await showView(args.press, await renderScreen(deps, text, employeeId, screen, notice));
}

/** A page, the filter picker or an activity's detail (`scat:`, `scatf:`, `sact:`, and `act:` from notices). */
export async function navigate(deps: SlackDeps, args: CallbackArgs): Promise<void> {
  const text = slackText(deps, args.caller.locale);
  const employeeId = await employeeOf(deps, args, text);
  if (employeeId === null) return;
  const screen = parseScreen(args.data, backFrom(args.press));
  if (!screen) return tellPresser(deps, args.press, text.mrkdwn("catalogue-bad-button"));
  await show(deps, args, employeeId, screen);
}

/**
 * Opens the catalogue's first page in a new modal, for entry points other than a button (e.g. the
 * slash command with an argument). False when the caller is not linked yet (nothing is opened).
 */
export async function openCatalogue(deps: SlackDeps, client: SlackWebClient, caller: SlackCaller, triggerId: string): Promise<boolean> {
  const account = caller.account;
  if (!account?.active) return false;
  const view = await renderScreen(deps, slackText(deps, caller.locale), account.employeeId, FIRST_PAGE);
  await client.views.open({ trigger_id: triggerId, view });
  return true;
}
