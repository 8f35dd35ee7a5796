import { Composer } from "grammy";
import type { BotContext } from "../context.js";
import type { BotDeps } from "../deps.js";

export function attendanceFeature(_deps: BotDeps): Composer<BotContext> {
  return new Composer<BotContext>();
}
