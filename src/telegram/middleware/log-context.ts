import type { MiddlewareFn } from "grammy";
import type { BotContext } from "../context.js";
import type { BotDeps } from "../deps.js";

/** Every log line of an update carries its id and the user, never message contents. */
export function logContext(deps: BotDeps): MiddlewareFn<BotContext> {
  return (ctx, next) => {
    ctx.log = deps.logger.child({ updateId: ctx.update.update_id, userId: ctx.from?.id });
    return next();
  };
}
