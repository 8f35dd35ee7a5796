import type { Conversation } from "@grammyjs/conversations";
import { checkIn, type CheckInResult } from "../src/services/activities/attendance.js";
import { findLinkedAccount } from "../src/services/identity/accounts.js";
import { formatDateTime, formatTime } from "../src/i18n/format-date.js";
import { escapeHtml } from "../src/i18n/html.js";
import type { Locale, Translate } from "../src/i18n/index.js";
import type { BotContext, ConversationContext } from "../src/telegram/context.js";
import type { BotDeps } from "../src/telegram/deps.js";
import { conversationLocale } from "./translate.js";
import { CANCEL, waitForText } from "./wait-for-text.js";

export const CHECK_IN = "check-in";

type Jsonified<T> = { [K in keyof T]: T[K] extends Date ? string : T[K] extends Date | null ? string | null : T[K] };

/**
 * A check-in result as plain JSON (conversations replay external results from storage), or
 * "need-link" when the Telegram account is not linked to an active employee.
 */
export type CheckInOutcome = (CheckInResult extends infer R ? (R extends CheckInResult ? Jsonified<R> : never) : never) | { status: "need-link" };

/** Checks in the employee behind a Telegram user with a typed code. */
export async function checkInFromTelegram(deps: BotDeps, telegramUserId: number, code: string): Promise<CheckInOutcome> {
  const account = await findLinkedAccount(deps, "TELEGRAM", String(telegramUserId));
  if (!account?.active) return { status: "need-link" };
  const result = await checkIn(
    { db: deps.db, clock: deps.clock, settings: deps.config.activities },
    { employeeId: account.employeeId, code },
  );
  return JSON.parse(JSON.stringify(result)) as CheckInOutcome;
}

/** The answer to a check-in, in the person's language, with times in the configured zone (WIB). */
export function describeCheckIn(
  t: Translate,
  outcome: CheckInOutcome,
  options: { locale: Locale; timezone: string; inConversation?: boolean },
): string {
  const when = (iso: string) => formatDateTime(new Date(iso), options.locale, options.timezone);
  switch (outcome.status) {
    case "need-link":
      return t("need-link");
    case "checked-in":
      return t("attendance-checked-in", {
        title: escapeHtml(outcome.title),
        time: formatTime(new Date(outcome.checkedInAt), options.locale, options.timezone),
      });
    case "already":
      return t("attendance-already", { title: escapeHtml(outcome.title) });
    case "wrong-code":
      return t(options.inConversation ? "attendance-wrong-code-again" : "attendance-wrong-code");
    case "too-early":
      return t("attendance-too-early", { title: escapeHtml(outcome.title), time: when(outcome.opensAt) });
    case "too-late":
      return t("attendance-too-late", { title: escapeHtml(outcome.title), time: when(outcome.closedAt) });
    case "not-registered": {
      const key =
        outcome.registrationStatus === "WAITLISTED"
          ? "attendance-not-registered-waitlisted"
          : outcome.registrationStatus === "PENDING_APPROVAL"
            ? "attendance-not-registered-pending"
            : "attendance-not-registered";
      return t(key, { title: escapeHtml(outcome.title) });
    }
    case "locked":
      return t("attendance-locked", { time: formatTime(new Date(outcome.retryAt), options.locale, options.timezone) });
  }
}

/** `/hadir` without a code: asks for it, and again after a wrong one, until it is accepted, refused or /batal. */
export function createCheckInConversation(deps: BotDeps) {
  return async function checkInConversation(
    conversation: Conversation<BotContext, ConversationContext>,
    ctx: ConversationContext,
  ): Promise<void> {
    const { locale, t } = await conversationLocale(conversation, deps);
    const userId = ctx.from?.id;
    if (userId === undefined) return;

    await ctx.reply(t("attendance-ask-code"), { parse_mode: "HTML" });
    for (;;) {
      const answer = await waitForText(conversation, t, "attendance-in-progress-command");
      if (answer === CANCEL) return void (await ctx.reply(t("attendance-cancelled")));
      const outcome = await conversation.external(() => checkInFromTelegram(deps, userId, answer.text));
      await answer.ctx.reply(describeCheckIn(t, outcome, { locale, timezone: deps.config.timezone, inConversation: true }), {
        parse_mode: "HTML",
      });
      if (outcome.status !== "wrong-code") return;
    }
  };
}
