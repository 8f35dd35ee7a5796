import { Composer, GrammyError } from "grammy";
import type { InlineKeyboardButton, InlineKeyboardMarkup } from "grammy/types";
import { formatDateTime, formatTime } from "../../i18n/format-date.js";
import { acknowledge } from "../../services/announcements/acknowledge.js";
import { ACK_PREFIX } from "../../services/announcements/content.js";
import type { BotContext } from "../context.js";
import type { BotDeps } from "../deps.js";
import { localeOf } from "../locale.js";
import { callerId, parseId } from "./chat-screen.js";

/**
 * The "✅ Saya sudah membaca" button under announcements and their reminder (`ack:<announcementId>`).
 * The first press records the time; the button then reads "✅ Dibaca 09.15 WIB" and keeps its data,
 * so pressing it again only says when it was recorded. The other buttons (the link, the pulse) stay.
 */

const PREVIEW = "preview";

export function acknowledgementsFeature(deps: BotDeps): Composer<BotContext> {
  const feature = new Composer<BotContext>();

  feature.callbackQuery(new RegExp(`^${ACK_PREFIX}`), async (ctx) => {
    const data = ctx.callbackQuery.data;
    const raw = data.slice(ACK_PREFIX.length);
    if (raw === PREVIEW) return void (await ctx.answerCallbackQuery({ text: ctx.t("announcements-ack-preview"), show_alert: true }));
    const employeeId = callerId(ctx);
    if (employeeId === null) return void (await ctx.answerCallbackQuery({ text: ctx.t("need-link"), show_alert: true }));
    const announcementId = parseId(raw);
    if (announcementId === null) return void (await ctx.answerCallbackQuery({ text: ctx.t("callback-stale"), show_alert: true }));

    // The button proves nothing: the service checks that the announcement was sent to this person.
    const result = await acknowledge(deps, { announcementId, employeeId });
    if (!result.ok) {
      return void (await ctx.answerCallbackQuery({ text: ctx.t(`announcements-error-${result.code}`), show_alert: true }));
    }
    const locale = await localeOf(ctx, deps);
    const answer = result.first
      ? ctx.t("announcements-ack-thanks")
      : ctx.t("announcements-ack-already", { at: formatDateTime(result.ackAt, locale, deps.config.timezone) });
    await ctx.answerCallbackQuery({ text: answer });
    const done = ctx.t("ack-done-button", { time: formatTime(result.ackAt, locale, deps.config.timezone) });
    await markRead(ctx, data, done);
  });

  return feature;
}

/**
 * Shows the acknowledgement on the pressed message (or the reminder's), unless it already does.
 * A message that is gone or can no longer be edited keeps its buttons: the time is recorded anyway.
 */
async function markRead(ctx: BotContext, data: string, label: string): Promise<void> {
  const markup = ctx.callbackQuery?.message?.reply_markup;
  if (!markup) return;
  let changed = false;
  const inline_keyboard = markup.inline_keyboard.map((row) =>
    row.map((button): InlineKeyboardButton => {
      if (!("callback_data" in button) || button.callback_data !== data || button.text === label) return button;
      changed = true;
      return { text: label, callback_data: data };
    }),
  );
  if (!changed) return;
  const next: InlineKeyboardMarkup = { inline_keyboard };
  try {
    await ctx.editMessageReplyMarkup({ reply_markup: next });
  } catch (error) {
    if (!(error instanceof GrammyError) || error.error_code !== 400) throw error;
    ctx.log.debug({ err: error }, "acknowledgement button not updated");
  }
}
