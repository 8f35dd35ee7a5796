import { Composer } from "grammy";
import type { BotContext } from "../../context.js";
import type { BotDeps } from "../../deps.js";
import { openDetail } from "./activity-detail.js";
import { CALLBACK_PATTERNS, NO_FILTER } from "./callback-data.js";
import { askCancel, confirmCancel } from "./cancel-actions.js";
import { openPage, showCataloguePage } from "./catalogue-page.js";
import { openFilterPicker } from "./filter-picker.js";
import { register } from "./register-actions.js";

/**
 * The ASN's activity catalogue: one message paged and filtered in place, an activity's detail
 * with Register / Cancel / Calendar buttons, and the registration and cancellation flows.
 * Every press is checked again by the services; a stale or forged button gets a polite answer.
 */

/** The first catalogue page, as a new message (from the menu or /katalog). */
export function showCatalogue(deps: BotDeps) {
  return async (ctx: BotContext): Promise<void> => {
    if (!ctx.caller.account?.active) return void (await ctx.reply(ctx.t("need-link")));
    await showCataloguePage(ctx, deps, 1, NO_FILTER, false, false);
  };
}

export function catalogueFeature(deps: BotDeps): Composer<BotContext> {
  const feature = new Composer<BotContext>();

  feature.chatType("private").command(["katalog", "catalogue"], showCatalogue(deps));

  feature.callbackQuery(CALLBACK_PATTERNS.page, (ctx) => openPage(ctx, deps));
  feature.callbackQuery(CALLBACK_PATTERNS.filter, (ctx) => openFilterPicker(ctx));
  feature.callbackQuery(CALLBACK_PATTERNS.detail, (ctx) => openDetail(ctx, deps));
  feature.callbackQuery(CALLBACK_PATTERNS.register, (ctx) => register(ctx, deps, false));
  feature.callbackQuery(CALLBACK_PATTERNS.registerDespiteClash, (ctx) => register(ctx, deps, true));
  feature.callbackQuery(CALLBACK_PATTERNS.askCancel, (ctx) => askCancel(ctx, deps));
  feature.callbackQuery(CALLBACK_PATTERNS.confirmCancel, (ctx) => confirmCancel(ctx, deps));

  return feature;
}
