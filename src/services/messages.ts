import type { Config } from "../config.js";
import { createI18n, type Locale } from "../i18n/index.js";

export type MessageVars = Record<string, string | number>;

/**
 * Translations for messages that services write for people who are not in the conversation:
 * a supervisor asked to approve, a waitlisted colleague promoted, every registrant of a
 * cancelled activity. Each is rendered in its recipient's language.
 */
export interface Messages {
  readonly defaultLocale: Locale;
  readonly timezone: string;
  t(locale: Locale, key: string, vars?: MessageVars): string;
}

export function createMessages(config: Pick<Config, "defaultLocale" | "timezone">): Messages {
  const i18n = createI18n(config.defaultLocale);
  return {
    defaultLocale: config.defaultLocale,
    timezone: config.timezone,
    t: (locale, key, vars) => i18n.t(locale, key, vars),
  };
}
