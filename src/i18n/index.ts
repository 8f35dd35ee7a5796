import { resolve } from "node:path";
import { I18n, type I18nFlavor } from "@grammyjs/i18n";
import type { Context } from "grammy";

export const LOCALES = ["id", "en"] as const;
export type Locale = (typeof LOCALES)[number];

export const LOCALES_DIR = resolve(import.meta.dirname, "locales");

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

/**
 * One Fluent instance for every surface (Telegram, CLI, later Slack): `locales/<locale>/<feature>.ftl`.
 * Outside grammY use `translator.t(locale, key, vars)`.
 */
export function createI18n<C extends Context & I18nFlavor>(
  defaultLocale: Locale,
  localeNegotiator?: (ctx: C) => string | undefined | PromiseLike<string | undefined>,
): I18n<C> {
  return new I18n<C>({
    defaultLocale,
    directory: LOCALES_DIR,
    useSession: false,
    localeNegotiator,
    // Telegram renders our messages as HTML; Fluent's bidi isolation marks would show as garbage.
    fluentBundleOptions: { useIsolating: false },
  });
}

export type Translate = (key: string, vars?: Record<string, string | number | Date>) => string;

/** A translator bound to a locale, for services' messages rendered outside a chat context. */
export function translatorFor(i18n: I18n<never> | I18n<any>, locale: Locale): Translate {
  return (key, vars) => i18n.t(locale, key, vars);
}
