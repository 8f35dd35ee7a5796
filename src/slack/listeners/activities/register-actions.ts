import { formatDateTime, formatTime } from "../../../i18n/format-date.js";
import { escapeHtml } from "../../../i18n/html.js";
import { getActivityDetail } from "../../../services/activities/activity-detail.js";
import { alreadyRegisteredMessageKey, registeredMessageKey } from "../../../services/activities/registration-messages.js";
import { registerForActivity, type Clash, type RegisterResult } from "../../../services/activities/registration.js";
import type { CallbackArgs } from "../../callbacks.js";
import type { SlackDeps } from "../../deps.js";
import { htmlToMrkdwn } from "../../mrkdwn.js";
import { idOf, PATTERNS, registerDespiteClashData } from "./callback-data.js";
import { placeOf, refusalText } from "./labels.js";
import { employeeOf, show } from "./navigate.js";
import { refreshHomeAfterChange, tellPresser } from "./reply.js";
import { backFrom, currentScreen, screenData, type Notice, type Screen } from "./screen.js";
import { slackText, type SlackText } from "./text.js";

function clashText(text: SlackText, activity: { title: string; startsAt: Date }, clashes: Clash[]): string {
  const date = (value: Date) => formatDateTime(value, text.locale, text.timezone);
  const lines = [
    text.html("catalogue-clash", { title: escapeHtml(activity.title), start: date(activity.startsAt) }),
    ...clashes.map((clash) =>
      text.html("catalogue-clash-item", {
        title: escapeHtml(clash.title),
        start: date(clash.startsAt),
        end: formatTime(clash.endsAt, text.locale, text.timezone),
      }),
    ),
  ];
  return htmlToMrkdwn(`${lines.join("\n")}\n\n${text.html("catalogue-clash-question")}`);
}

/** The outcome of a registration in the same words as Telegram. */
async function outcomeNotice(
  deps: SlackDeps,
  text: SlackText,
  employeeId: number,
  activityId: number,
  result: RegisterResult,
  screen: Screen,
): Promise<Notice> {
  const found = await getActivityDetail(deps, { employeeId, activityId });
  const detail = "error" in found ? null : found;
  if (!result.ok) {
    if (result.error.code === "clash") {
      if (!detail) return { text: text.mrkdwn("catalogue-register-refused-unknown") };
      return {
        text: clashText(text, detail, result.error.clashes),
        buttons: [
          { text: text.plain("catalogue-button-register-anyway"), value: registerDespiteClashData(activityId), style: "primary" },
          { text: text.plain("catalogue-button-dismiss"), value: screenData(screen) },
        ],
      };
    }
    return {
      text: detail
        ? text.mrkdwn("catalogue-register-refused", {
            title: escapeHtml(detail.title),
            reason: refusalText(text, result.error, detail.audience),
          })
        : text.mrkdwn("catalogue-register-refused-unknown"),
    };
  }
  if (result.alreadyDone) {
    return { text: text.mrkdwn(alreadyRegisteredMessageKey(result.status), { rank: result.waitlistRank ?? 0 }) };
  }
  return {
    text: text.mrkdwn(registeredMessageKey(result.status), {
      title: escapeHtml(detail?.title ?? ""),
      start: detail ? formatDateTime(detail.startsAt, text.locale, text.timezone) : "-",
      place: escapeHtml(detail ? placeOf(detail) : "-"),
      rank: result.waitlistRank ?? 0,
    }),
  };
}

/**
 * "Daftar" (`sreg:`) or, after a clash warning, "Tetap daftar" (`sregc:`). The service decides
 * everything (seat, waiting list, approval, a double press); the screen the press came from is
 * drawn again with the outcome on top, or the activity's detail when it came from elsewhere.
 */
export async function register(deps: SlackDeps, args: CallbackArgs, confirmClash: boolean): Promise<void> {
  const text = slackText(deps, args.caller.locale);
  const employeeId = await employeeOf(deps, args, text);
  if (employeeId === null) return;
  const activityId = idOf(args.data, confirmClash ? PATTERNS.registerDespiteClash : PATTERNS.register);
  if (activityId === null) return tellPresser(deps, args.press, text.mrkdwn("catalogue-bad-button"));

  const result = await registerForActivity(deps, { employeeId, activityId, confirmClash });
  const screen = currentScreen(args.press) ?? { kind: "detail" as const, activityId, back: backFrom(args.press) };
  const notice = await outcomeNotice(deps, text, employeeId, activityId, result, screen);
  await show(deps, args, employeeId, screen, notice);
  if (result.ok && !result.alreadyDone) await refreshHomeAfterChange(deps, args.press.client, args.press.body.user.id);
}
