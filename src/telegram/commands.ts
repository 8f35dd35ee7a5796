import type { I18n } from "@grammyjs/i18n";
import type { Api } from "grammy";
import type { BotCommand } from "grammy/types";
import { LOCALES, type Locale } from "../i18n/index.js";
import type { Config } from "../config.js";

const COMMANDS: Array<[command: string, key: string]> = [
  ["start", "command-start"],
  ["menu", "command-menu"],
  ["katalog", "command-catalogue"],
  ["jadwal", "command-schedule"],
  ["jp", "command-jp"],
  ["hadir", "command-checkin"],
  ["evaluasi", "command-evaluations"],
  ["bantuan", "command-help"],
  ["bahasa", "command-language"],
  ["batal", "command-cancel"],
];

/** Registers the command list shown by Telegram's "/" menu, in each language. */
export async function publishCommands(api: Api, deps: { i18n: I18n<never>; config: Config }): Promise<void> {
  const list = (locale: Locale): BotCommand[] =>
    COMMANDS.map(([command, key]) => ({ command, description: deps.i18n.t(locale, key) }));
  await api.setMyCommands(list(deps.config.defaultLocale));
  for (const locale of LOCALES) await api.setMyCommands(list(locale), { language_code: locale });
}
