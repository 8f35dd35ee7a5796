import { Composer } from "grammy";
import { hasCapability, isCapability, CAPABILITIES, type Capability } from "../../services/capabilities.js";
import type { BotContext } from "../context.js";
import { renderMainMenu } from "../keyboards/main-menu.js";
import { showHelp } from "./help.js";
import { showLanguagePicker } from "./language.js";

export type MenuEntries = Partial<Record<Capability, (ctx: BotContext) => Promise<void>>>;

/**
 * The role-aware main menu. Each press is checked against the caller's roles again; `entries`
 * maps the capabilities built so far to their handlers, the rest say they are coming.
 */
export function menuFeature(entries: MenuEntries = {}): Composer<BotContext> {
  const feature = new Composer<BotContext>();

  feature.chatType("private").command("menu", async (ctx) => {
    if (!ctx.caller.account?.active) return void (await ctx.reply(ctx.t("need-link")));
    const menu = renderMainMenu(ctx.t, ctx.caller);
    await ctx.reply(menu.text, { parse_mode: "HTML", reply_markup: menu.reply_markup });
  });

  feature.callbackQuery(/^menu:([a-z]+)$/, async (ctx) => {
    const entry = ctx.match[1]!;
    if (entry === "help") {
      await ctx.answerCallbackQuery();
      return showHelp(ctx);
    }
    if (entry === "language") {
      await ctx.answerCallbackQuery();
      return showLanguagePicker(ctx);
    }
    if (!ctx.caller.account?.active) {
      return void (await ctx.answerCallbackQuery({ text: ctx.t("need-link"), show_alert: true }));
    }
    if (!isCapability(entry)) return void (await ctx.answerCallbackQuery({ text: ctx.t("callback-stale") }));
    if (!hasCapability(ctx.caller.roles, entry)) {
      const role = ctx.t(`role-${CAPABILITIES[entry]}`);
      return void (await ctx.answerCallbackQuery({ text: ctx.t("not-allowed", { role }), show_alert: true }));
    }
    await ctx.answerCallbackQuery();
    const handler = entries[entry];
    if (handler) return handler(ctx);
    await ctx.reply(ctx.t("coming-soon", { feature: ctx.t(`menu-${entry}`) }), { parse_mode: "HTML" });
  });

  return feature;
}
