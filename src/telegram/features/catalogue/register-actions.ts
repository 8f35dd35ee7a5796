import { InlineKeyboard, type CallbackQueryContext } from "grammy";
import { formatDateTime, formatTime } from "../../../i18n/format-date.js";
import { escapeHtml } from "../../../i18n/html.js";
import type { Locale, Translate } from "../../../i18n/index.js";
import { getActivityDetail } from "../../../services/activities/activity-detail.js";
import { alreadyRegisteredMessageKey, registeredMessageKey } from "../../../services/activities/registration-messages.js";
import { registerForActivity, type Clash } from "../../../services/activities/registration.js";
import type { BotContext } from "../../context.js";
import type { BotDeps } from "../../deps.js";
import { localeOf } from "../../locale.js";
import { renderDetail } from "./activity-detail.js";
import { detailData, parseIdData, registerDespiteClashData } from "./callback-data.js";
import { placeOf } from "./format.js";
import { refusalText } from "./refusal.js";
import { needLinkAnswer, pressedOnCatalogueScreen, returnTarget, showScreen } from "./screen.js";

function clashText(
  t: Translate,
  activity: { title: string; startsAt: Date },
  clashes: Clash[],
  locale: Locale,
  timeZone: string,
): string {
  const lines = [
    t("catalogue-clash", { title: escapeHtml(activity.title), start: formatDateTime(activity.startsAt, locale, timeZone) }),
    ...clashes.map((clash) =>
      t("catalogue-clash-item", {
        title: escapeHtml(clash.title),
        start: formatDateTime(clash.startsAt, locale, timeZone),
        end: formatTime(clash.endsAt, locale, timeZone),
      }),
    ),
  ];
  return `${lines.join("\n")}\n\n${t("catalogue-clash-question")}`;
}

/** A press on Register (`reg:`) or, after a clash warning, Register anyway (`regc:`). */
export async function register(ctx: CallbackQueryContext<BotContext>, deps: BotDeps, confirmClash: boolean): Promise<void> {
  const account = ctx.caller.account;
  if (!account?.active) return needLinkAnswer(ctx);
  const activityId = parseIdData(ctx.callbackQuery.data);
  if (activityId === null) return void (await ctx.answerCallbackQuery({ text: ctx.t("catalogue-bad-button") }));
  const locale = await localeOf(ctx, deps);
  const timeZone = deps.config.timezone;
  const back = returnTarget(ctx);

  const result = await registerForActivity(deps, { employeeId: account.employeeId, activityId, confirmClash });
  if (!result.ok) {
    const detail = await getActivityDetail(deps, { employeeId: account.employeeId, activityId });
    const known = "error" in detail ? null : detail;
    if (result.error.code === "clash") {
      await ctx.answerCallbackQuery();
      if (!known) return;
      const keyboard = new InlineKeyboard()
        .text(ctx.t("catalogue-button-register-anyway"), registerDespiteClashData(activityId))
        .text(ctx.t("catalogue-button-dismiss"), detailData(activityId));
      const text = clashText(ctx.t, known, result.error.clashes, locale, timeZone);
      return showScreen(ctx, text, keyboard, pressedOnCatalogueScreen(ctx));
    }
    await ctx.answerCallbackQuery();
    const text = known
      ? ctx.t("catalogue-register-refused", {
          title: escapeHtml(known.title),
          reason: refusalText(ctx.t, result.error, known.audience, locale, timeZone),
        })
      : ctx.t("catalogue-register-refused-unknown");
    await ctx.reply(text, { parse_mode: "HTML" });
    return;
  }

  if (result.alreadyDone) {
    const text = ctx.t(alreadyRegisteredMessageKey(result.status), { rank: result.waitlistRank ?? 0 });
    return void (await ctx.answerCallbackQuery({ text, show_alert: true }));
  }

  await ctx.answerCallbackQuery();
  const detail = await getActivityDetail(deps, { employeeId: account.employeeId, activityId });
  if ("error" in detail) return;
  if (pressedOnCatalogueScreen(ctx)) {
    const { text, keyboard } = renderDetail(ctx.t, detail, { locale, timeZone, back });
    await showScreen(ctx, text, keyboard, true);
  }
  const vars = {
    title: escapeHtml(detail.title),
    start: formatDateTime(detail.startsAt, locale, timeZone),
    place: escapeHtml(placeOf(detail)),
    rank: result.waitlistRank ?? 0,
  };
  await ctx.reply(ctx.t(registeredMessageKey(result.status), vars), { parse_mode: "HTML", link_preview_options: { is_disabled: true } });
}
