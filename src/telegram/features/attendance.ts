import { createConversation } from "@grammyjs/conversations";
import { Composer } from "grammy";
import { CHECK_IN, checkInFromTelegram, createCheckInConversation, describeCheckIn } from "../../../conversations/check-in.js";
import type { BotContext } from "../context.js";
import type { BotDeps } from "../deps.js";
import { localeOf } from "../locale.js";

/** The check-in conversation, registered with the others in createBot. */
export function checkInConversation(deps: BotDeps) {
  return createConversation(createCheckInConversation(deps), CHECK_IN);
}

/** `/hadir <code>` checks in at once; `/hadir` alone asks for the code. */
export function attendanceFeature(deps: BotDeps): Composer<BotContext> {
  const feature = new Composer<BotContext>();
  feature.chatType("private").command(["hadir", "checkin"], async (ctx) => {
    const account = ctx.caller.account;
    if (!account?.active) return void (await ctx.reply(ctx.t("need-link")));
    const code = ctx.match.trim();
    if (code === "") return void (await ctx.conversation.enter(CHECK_IN));
    const outcome = await checkInFromTelegram(deps, ctx.from.id, code);
    const text = describeCheckIn(ctx.t, outcome, {
      locale: await localeOf(ctx, deps),
      timezone: deps.config.timezone,
    });
    await ctx.reply(text, { parse_mode: "HTML" });
  });
  return feature;
}
