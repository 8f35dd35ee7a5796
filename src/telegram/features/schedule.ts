import { Composer } from "grammy";
import type { BotContext } from "../context.js";
import type { BotDeps } from "../deps.js";
import { comingSoon } from "./catalogue.js";

export function showSchedule(_deps: BotDeps) {
  return (ctx: BotContext) => comingSoon(ctx, "menu-schedule");
}

export function scheduleFeature(_deps: BotDeps): Composer<BotContext> {
  return new Composer<BotContext>();
}
