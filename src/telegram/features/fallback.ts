import { Composer } from "grammy";
import type { BotContext } from "../context.js";

/** Whatever no feature handled: a friendly pointer to the menu, and a polite answer to stale buttons. */
export function fallbackFeature(): Composer<BotContext> {
  const feature = new Composer<BotContext>();
  feature.on("callback_query", (ctx) => ctx.answerCallbackQuery({ text: ctx.t("callback-stale") }));
  feature.on("message", async (ctx) => {
    const command = ctx.message.text?.match(/^\/\w+/)?.[0];
    await ctx.reply(command ? ctx.t("fallback-command", { command }) : ctx.t("fallback-text"));
  });
  return feature;
}
