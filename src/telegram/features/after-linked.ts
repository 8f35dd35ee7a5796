import { escapeHtml } from "../../i18n/html.js";
import type { Context } from "grammy";
import type { Translate } from "../../i18n/index.js";
import { bootstrapTelegramAdmin } from "../../services/identity/bootstrap-admins.js";
import type { Caller } from "../context.js";
import type { BotDeps } from "../deps.js";
import { renderMainMenu } from "../keyboards/main-menu.js";
import { resolveCaller } from "../middleware/load-caller.js";

/** The database side of a fresh link: admin bootstrap by Telegram id, then the caller's roles. */
export async function prepareLinkedCaller(deps: BotDeps, telegramId: number): Promise<Caller> {
  await bootstrapTelegramAdmin(deps, { telegramId: String(telegramId), adminTelegramIds: deps.config.adminTelegramIds });
  return resolveCaller(deps, telegramId);
}

/** Greets a freshly linked user, removes the contact keyboard and shows their menu. */
export async function sendLinkedWelcome(ctx: Context, t: Translate, name: string, caller: Caller): Promise<void> {
  await ctx.reply(t("link-success", { name: escapeHtml(name) }), { parse_mode: "HTML", reply_markup: { remove_keyboard: true } });
  const menu = renderMainMenu(t, caller);
  await ctx.reply(menu.text, { parse_mode: "HTML", reply_markup: menu.reply_markup });
}

export async function afterLinked(deps: BotDeps, ctx: Context & { t: Translate }, name: string): Promise<void> {
  await sendLinkedWelcome(ctx, ctx.t, name, await prepareLinkedCaller(deps, ctx.from!.id));
}
