import type { Locale } from "../../../i18n/index.js";
import type { MessageVars } from "../../../services/messages.js";
import type { SlackDeps } from "../../deps.js";
import { htmlToMrkdwn, htmlToPlainText } from "../../mrkdwn.js";

/**
 * The shared Fluent strings in one locale, as Slack needs them. The strings are Telegram HTML, so
 * values from people and records go in escaped with escapeHtml, exactly as on Telegram.
 */
export interface SlackText {
  locale: Locale;
  timezone: string;
  /** The string as Telegram HTML, for building longer texts that are converted once. */
  html(key: string, vars?: MessageVars): string;
  /** For mrkdwn fields (sections, context). */
  mrkdwn(key: string, vars?: MessageVars): string;
  /** For plain_text fields (buttons, titles, labels, options). */
  plain(key: string, vars?: MessageVars): string;
}

export function slackText(deps: Pick<SlackDeps, "messages" | "config">, locale: Locale): SlackText {
  const html = (key: string, vars?: MessageVars) => deps.messages.t(locale, key, vars);
  return {
    locale,
    timezone: deps.config.timezone,
    html,
    mrkdwn: (key, vars) => htmlToMrkdwn(html(key, vars)),
    plain: (key, vars) => htmlToPlainText(html(key, vars)),
  };
}
