import type { InlineKeyboard } from "grammy";
import type { BotContext } from "../../context.js";
import { editInPlace } from "../edit-in-place.js";
import { isCatalogueScreen, returnTargetOf } from "./callback-data.js";

/** Showing the catalogue's screens: in place of the pressed message when it is one of ours. */

export async function needLinkAnswer(ctx: BotContext): Promise<void> {
  await ctx.answerCallbackQuery({ text: ctx.t("need-link"), show_alert: true });
}

/** Callback data of every button on the message the pressed button belongs to. */
function pressedData(ctx: BotContext): string[] {
  const rows = ctx.callbackQuery?.message?.reply_markup?.inline_keyboard ?? [];
  return rows.flat().flatMap((button) => ("callback_data" in button && button.callback_data ? [button.callback_data] : []));
}

/**
 * Whether the pressed message is one of the catalogue's own screens, which are edited in place.
 * Anything else (a notification, the schedule) keeps its text and gets a new message.
 */
export const pressedOnCatalogueScreen = (ctx: BotContext): boolean => isCatalogueScreen(pressedData(ctx));

/** Callback data for going back to the catalogue page the pressed screen came from. */
export const returnTarget = (ctx: BotContext): string => returnTargetOf(pressedData(ctx));

/** Edits the pressed message when it is one of ours, otherwise sends a new one. */
export async function showScreen(
  ctx: BotContext,
  text: string,
  keyboard: InlineKeyboard | undefined,
  inPlace: boolean,
): Promise<void> {
  const options = {
    parse_mode: "HTML" as const,
    link_preview_options: { is_disabled: true },
    ...(keyboard ? { reply_markup: keyboard } : {}),
  };
  if (inPlace && ctx.callbackQuery?.message && (await editInPlace(ctx, text, options))) return;
  await ctx.reply(text, options);
}
