import { Composer } from "grammy";
import type { BotContext } from "../context.js";
import type { BotDeps } from "../deps.js";
import { comingSoon } from "./catalogue.js";

export function showJp(_deps: BotDeps) {
  return (ctx: BotContext) => comingSoon(ctx, "menu-jp");
}

export function showTeam(_deps: BotDeps) {
  return (ctx: BotContext) => comingSoon(ctx, "menu-team");
}

export function jpFeature(_deps: BotDeps): Composer<BotContext> {
  return new Composer<BotContext>();
}
