import { InlineKeyboard, type CallbackQueryContext } from "grammy";
import { formatDateTime } from "../../../i18n/format-date.js";
import { escapeHtml } from "../../../i18n/html.js";
import { findOwnRegistration } from "../../../services/activities/own-registration.js";
import { cancelRegistration } from "../../../services/activities/registration.js";
import { ACTIVE_STATUSES } from "../../../services/activities/seats.js";
import type { BotContext } from "../../context.js";
import type { BotDeps } from "../../deps.js";
import { localeOf } from "../../locale.js";
import { showDetail } from "./activity-detail.js";
import { catalogueData, confirmCancelData, detailData, parseIdData } from "./callback-data.js";
import { needLinkAnswer, pressedOnCatalogueScreen, showScreen } from "./screen.js";

/** A press on Cancel (`unreg:`): asks to confirm, or says why it cannot be cancelled. */
export async function askCancel(ctx: CallbackQueryContext<BotContext>, deps: BotDeps): Promise<void> {
  const account = ctx.caller.account;
  if (!account?.active) return needLinkAnswer(ctx);
  const registrationId = parseIdData(ctx.callbackQuery.data);
  const own =
    registrationId === null ? null : await findOwnRegistration(deps, { employeeId: account.employeeId, registrationId });
  if (!own) return void (await ctx.answerCallbackQuery({ text: ctx.t("catalogue-registration-not-found") }));
  if (own.status === "CANCELLED") return void (await ctx.answerCallbackQuery({ text: ctx.t("catalogue-cancel-already") }));
  if (!ACTIVE_STATUSES.includes(own.status)) {
    return void (await ctx.answerCallbackQuery({ text: ctx.t("catalogue-cancel-not-cancellable") }));
  }
  if (own.activity.startsAt <= deps.clock.now()) {
    return void (await ctx.answerCallbackQuery({ text: ctx.t("catalogue-cancel-started") }));
  }
  await ctx.answerCallbackQuery();
  const locale = await localeOf(ctx, deps);
  const lines = [
    ctx.t("catalogue-cancel-confirm", {
      title: escapeHtml(own.activity.title),
      start: formatDateTime(own.activity.startsAt, locale, deps.config.timezone),
    }),
  ];
  if (own.status === "REGISTERED") lines.push(ctx.t("catalogue-cancel-confirm-seat"));
  const keyboard = new InlineKeyboard()
    .text(ctx.t("catalogue-button-cancel-yes"), confirmCancelData(own.id))
    .text(ctx.t("catalogue-button-cancel-no"), detailData(own.activity.id));
  // From a detail the question replaces it; from the schedule it comes as a new message.
  await showScreen(ctx, lines.join("\n\n"), keyboard, pressedOnCatalogueScreen(ctx));
}

/** A press on "yes, cancel" (`unregy:`). */
export async function confirmCancel(ctx: CallbackQueryContext<BotContext>, deps: BotDeps): Promise<void> {
  const account = ctx.caller.account;
  if (!account?.active) return needLinkAnswer(ctx);
  const registrationId = parseIdData(ctx.callbackQuery.data);
  if (registrationId === null) return void (await ctx.answerCallbackQuery({ text: ctx.t("catalogue-registration-not-found") }));
  const result = await cancelRegistration(deps, { employeeId: account.employeeId, registrationId });
  if (!result.ok) {
    const key =
      result.error === "not-found"
        ? "catalogue-registration-not-found"
        : result.error === "already-started"
          ? "catalogue-cancel-started"
          : "catalogue-cancel-not-cancellable";
    return void (await ctx.answerCallbackQuery({ text: ctx.t(key) }));
  }
  if (result.alreadyDone) return void (await ctx.answerCallbackQuery({ text: ctx.t("catalogue-cancel-already") }));

  await ctx.answerCallbackQuery({ text: ctx.t("catalogue-cancelled-short") });
  const own = await findOwnRegistration(deps, { employeeId: account.employeeId, registrationId });
  if (!own) return;
  await showDetail(ctx, deps, own.activity.id, pressedOnCatalogueScreen(ctx), catalogueData(1));
  await ctx.reply(ctx.t("catalogue-cancelled", { title: escapeHtml(own.activity.title) }), { parse_mode: "HTML" });
}
