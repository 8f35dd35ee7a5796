import { Composer } from "grammy";
import type { BotContext } from "../context.js";
import type { BotDeps } from "../deps.js";
import { comingSoon } from "./catalogue.js";

export function showApprovals(_deps: BotDeps) {
  return (ctx: BotContext) => comingSoon(ctx, "menu-approvals");
}

export function approvalsFeature(_deps: BotDeps): Composer<BotContext> {
  return new Composer<BotContext>();
}
