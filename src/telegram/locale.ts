import { isLocale, type Locale } from "../i18n/index.js";
import type { BotContext } from "./context.js";
import type { BotDeps } from "./deps.js";

/** The language the caller reads: their chosen one, or the configured default. */
export async function localeOf(ctx: BotContext, deps: BotDeps): Promise<Locale> {
  const locale = await ctx.i18n.getLocale();
  return isLocale(locale) ? locale : deps.config.defaultLocale;
}
