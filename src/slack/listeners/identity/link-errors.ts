import { formatTime } from "../../../i18n/format-date.js";
import { escapeHtml } from "../../../i18n/html.js";
import type { CodeLinkResult } from "../../../services/identity/link-by-code.js";
import type { EmailLinkResult } from "../../../services/identity/link-by-email.js";
import type { MessageVars } from "../../../services/messages.js";
import type { SlackTranslate } from "../home/blocks.js";

export type LinkRefusal = Extract<EmailLinkResult | CodeLinkResult, { ok: false }>;
export type LinkRefusalCode = LinkRefusal["error"];

// A Record over the union fails to compile when a service gains a refusal without a message.
export const LINK_REFUSAL_KEYS: Record<LinkRefusalCode, string> = {
  "email-unknown": "slack-identity-error-email-unknown",
  "email-mismatch": "slack-identity-error-email-mismatch",
  "account-already-linked": "slack-identity-error-account-already-linked",
  "employee-already-linked": "slack-identity-error-employee-already-linked",
  "employee-inactive": "link-employee-inactive",
  "nip-invalid": "slack-identity-error-nip-invalid",
  "code-invalid": "slack-identity-error-code-invalid",
  "code-expired": "slack-identity-error-code-expired",
  "code-used": "slack-identity-error-code-used",
  "rate-limited": "link-rate-limited",
};

function refusalVars(refusal: LinkRefusal, locale: SlackTranslate["locale"], timezone: string): MessageVars {
  if (refusal.error === "rate-limited") return { time: formatTime(refusal.retryAt, locale, timezone) };
  if ("linkedName" in refusal) return { name: escapeHtml(refusal.linkedName ?? "") };
  return {};
}

/** Why a link was refused, in the user's language: mrkdwn for messages, plain for modal input errors. */
export function refusalText(tr: SlackTranslate, refusal: LinkRefusal, timezone: string, form: "md" | "plain" = "md"): string {
  return tr[form](LINK_REFUSAL_KEYS[refusal.error], refusalVars(refusal, tr.locale, timezone));
}
