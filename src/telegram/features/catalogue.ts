import { Composer } from "grammy";
import type { BotContext } from "../context.js";
import type { BotDeps } from "../deps.js";

// Placeholder until the catalogue lands: the menu entry says it is coming.
export function showCatalogue(_deps: BotDeps) {
  return (ctx: BotContext) => comingSoon(ctx, "menu-catalogue");
}

export function catalogueFeature(_deps: BotDeps): Composer<BotContext> {
  return new Composer<BotContext>();
}

export async function comingSoon(ctx: BotContext, labelKey: string): Promise<void> {
  await ctx.reply(ctx.t("coming-soon", { feature: ctx.t(labelKey) }), { parse_mode: "HTML" });
}
