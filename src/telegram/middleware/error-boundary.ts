import type { BotError } from "grammy";
import type { BotContext } from "../context.js";
import type { BotDeps } from "../deps.js";

/** Logs the failure and apologises to the user instead of leaving them with silence. */
export function apologise(deps: BotDeps) {
  return async (error: BotError<BotContext>): Promise<void> => {
    const ctx = error.ctx;
    const log = ctx.log ?? deps.logger.child({ updateId: ctx.update.update_id, userId: ctx.from?.id });
    log.error({ err: error.error }, "update failed");
    const text =
      typeof ctx.t === "function" ? ctx.t("error-generic") : deps.i18n.t(deps.config.defaultLocale, "error-generic");
    try {
      if (ctx.callbackQuery) await ctx.answerCallbackQuery();
      if (ctx.chat) await ctx.reply(text);
    } catch (replyError) {
      log.warn({ err: replyError }, "could not send the apology");
    }
  };
}
