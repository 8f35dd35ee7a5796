import { Keyboard } from "grammy";
import { LOCALES, type Translate } from "../../i18n/index.js";
import type { BotDeps } from "../deps.js";

export function linkKeyboard(t: Translate): Keyboard {
  return new Keyboard()
    .requestContact(t("link-share-contact"))
    .row()
    .text(t("link-with-code"))
    .resized()
    .oneTime();
}

/** The "link with code" button label in every language, so a press matches whatever the user sees. */
export function linkWithCodeLabels(deps: Pick<BotDeps, "i18n">): string[] {
  return LOCALES.map((locale) => deps.i18n.t(locale, "link-with-code"));
}
