import { createI18n, type Locale, type Translate } from "../../i18n/index.js";

/**
 * The reader's language for a report: column headers, titles and the scope line are written in it.
 * Chat passes the person's locale and translator; the CLI and tests may use `reportLanguage(locale)`.
 */
export interface ReportLanguage {
  locale: Locale;
  t: Translate;
}

let shared: ReturnType<typeof createI18n> | null = null;

/** A report language backed by the project's locale files (loaded once per process). */
export function reportLanguage(locale: Locale = "id"): ReportLanguage {
  shared ??= createI18n("id");
  const i18n = shared;
  return { locale, t: (key, vars) => i18n.t(locale, key, vars) };
}
