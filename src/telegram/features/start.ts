import { Composer } from "grammy";
import type { BotContext } from "../context.js";
import { linkKeyboard } from "../keyboards/link-keyboard.js";
import { renderMainMenu } from "../keyboards/main-menu.js";

/** /start: the main menu for a linked user, the two ways to link for anyone else. */
export function startFeature(): Composer<BotContext> {
  const feature = new Composer<BotContext>();
  feature.chatType("private").command("start", async (ctx) => {
    const { account } = ctx.caller;
    if (account && !account.active) {
      await ctx.reply(ctx.t("link-employee-inactive"));
      return;
    }
    if (account) {
      const menu = renderMainMenu(ctx.t, ctx.caller);
      await ctx.reply(menu.text, { parse_mode: "HTML", reply_markup: menu.reply_markup });
      return;
    }
    await ctx.reply(ctx.t("link-welcome"), { parse_mode: "HTML", reply_markup: linkKeyboard(ctx.t) });
  });
  return feature;
}
