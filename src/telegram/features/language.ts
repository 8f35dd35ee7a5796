import { Composer, InlineKeyboard } from "grammy";
import { isLocale } from "../../i18n/index.js";
import { setAccountLocale } from "../../services/identity/accounts.js";
import type { BotContext } from "../context.js";
import type { BotDeps } from "../deps.js";

export async function showLanguagePicker(ctx: BotContext): Promise<void> {
  const keyboard = new InlineKeyboard().text(ctx.t("language-id"), "lang:id").text(ctx.t("language-en"), "lang:en");
  await ctx.reply(ctx.t("language-choose"), { reply_markup: keyboard });
}

/** /bahasa: Indonesian or English, remembered in the session and on the linked account. */
export function languageFeature(deps: BotDeps): Composer<BotContext> {
  const feature = new Composer<BotContext>();
  feature.command(["bahasa", "language"], showLanguagePicker);
  feature.callbackQuery(/^lang:(\w+)$/, async (ctx) => {
    const locale = ctx.match[1];
    if (!isLocale(locale)) return void (await ctx.answerCallbackQuery({ text: ctx.t("callback-stale") }));
    ctx.session.locale = locale;
    ctx.i18n.useLocale(locale);
    if (ctx.from) await setAccountLocale(deps, "TELEGRAM", String(ctx.from.id), locale);
    await ctx.answerCallbackQuery({ text: ctx.t("language-set") });
    await ctx.editMessageText(ctx.t("language-set"));
  });
  return feature;
}
