import { Composer, InlineKeyboard } from "grammy";
import { COMPOSE_ANNOUNCEMENT, type ComposeOptions } from "../../../../conversations/compose-announcement.js";
import { COMPOSE_PREFIX } from "../../../../conversations/compose-chat.js";
import { announcerScope } from "../../../services/announcements/scope.js";
import type { BotContext } from "../../context.js";
import type { BotDeps } from "../../deps.js";
import { showCampaigns } from "./campaigns.js";
import { showMyAnnouncements } from "./my-announcements.js";

/**
 * "📣 Pengumuman": the hub for leaders and admins (`anh:new`, `anh:mine`, `anh:campaigns`,
 * `anh:pulse`) and `/umumkan` (`/announce`) to start composing. The menu hides the hub from others,
 * but each entry asks the service again who may announce, so a typed command or a forged button
 * from anybody else is refused and starts nothing.
 */

const HUB_PREFIX = "anh:";

/** The caller's refusal, or null when they may announce. */
async function refusal(ctx: BotContext, deps: BotDeps): Promise<string | null> {
  const account = ctx.caller.account;
  if (!account?.active) return ctx.t("need-link");
  const scope = await announcerScope(deps, account.employeeId);
  return scope.ok ? null : ctx.t("announcements-error-not-allowed");
}

export function showAnnouncements(deps: BotDeps) {
  return async (ctx: BotContext): Promise<void> => {
    const refused = await refusal(ctx, deps);
    if (refused) return void (await ctx.reply(refused));
    const keyboard = new InlineKeyboard()
      .text(ctx.t("compose-hub-new"), `${HUB_PREFIX}new`)
      .row()
      .text(ctx.t("compose-hub-mine"), `${HUB_PREFIX}mine`)
      .text(ctx.t("compose-hub-campaigns"), `${HUB_PREFIX}campaigns`)
      .row()
      .text(ctx.t("compose-hub-pulse"), `${HUB_PREFIX}pulse`);
    await ctx.reply(ctx.t("compose-hub-title"), { parse_mode: "HTML", reply_markup: keyboard });
  };
}

async function startComposing(ctx: BotContext, options: ComposeOptions = {}): Promise<void> {
  await ctx.conversation.enter(COMPOSE_ANNOUNCEMENT, options);
}

export function announcementsFeature(deps: BotDeps): Composer<BotContext> {
  const feature = new Composer<BotContext>();

  feature.chatType("private").command(["umumkan", "announce"], async (ctx) => {
    const refused = await refusal(ctx, deps);
    if (refused) return void (await ctx.reply(refused));
    await startComposing(ctx);
  });

  feature.callbackQuery(/^anh:(new|mine|campaigns|pulse)$/, async (ctx) => {
    const refused = await refusal(ctx, deps);
    if (refused) return void (await ctx.answerCallbackQuery({ text: refused, show_alert: true }));
    await ctx.answerCallbackQuery();
    switch (ctx.match[1]) {
      case "new":
        return startComposing(ctx);
      case "pulse":
        return startComposing(ctx, { preset: "pulse" });
      case "mine":
        return showMyAnnouncements(deps)(ctx);
      case "campaigns":
        return showCampaigns(deps)(ctx);
    }
  });

  // Buttons of a composing conversation that has ended, e.g. ✅ Kirim pressed twice.
  feature.callbackQuery(new RegExp(`^${COMPOSE_PREFIX}`), async (ctx) => {
    await ctx.answerCallbackQuery({ text: ctx.t("compose-button-stale") });
  });

  return feature;
}
