import { Composer } from "grammy";
import { getQueueOverviewFor } from "../../services/queue-overview.js";
import { renderQueueOverview } from "../../services/queue-overview-text.js";
import type { BotContext } from "../context.js";
import type { BotDeps } from "../deps.js";
import { localeOf } from "../locale.js";

/** Admins' short view of the delivery queue (the CLI has the detailed one). */
export function showQueueStatus(deps: BotDeps) {
  return async (ctx: BotContext): Promise<void> => {
    const account = ctx.caller.account;
    if (!account?.active) return void (await ctx.reply(ctx.t("need-link")));
    const result = await getQueueOverviewFor(deps, account.employeeId);
    if (!result.ok) return void (await ctx.reply(ctx.t("not-allowed", { role: ctx.t("role-admin") })));
    const text = renderQueueOverview(ctx.t, result.overview, {
      locale: await localeOf(ctx, deps),
      timezone: deps.config.timezone,
      detailed: false,
    });
    await ctx.reply(text);
  };
}

export function queueStatusFeature(deps: BotDeps): Composer<BotContext> {
  const feature = new Composer<BotContext>();
  feature.chatType("private").command(["antrean", "queue"], showQueueStatus(deps));
  return feature;
}
