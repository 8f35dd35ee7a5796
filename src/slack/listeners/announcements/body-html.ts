import { escapeHtml } from "../../../i18n/html.js";

/**
 * What an author typed in Slack's plain text field, as the Telegram HTML announcements are stored in:
 * everything escaped, and Slack's simple markers *tebal*, _miring_ and ~coret~ kept as formatting
 * where Slack itself would format them (next to a space or punctuation, within one line).
 */
export function plainToHtml(text: string): string {
  let html = escapeHtml(text.trim().replace(/\r\n?/g, "\n"));
  for (const [marker, tag] of [
    ["\\*", "b"],
    ["_", "i"],
    ["~", "s"],
  ] as const) {
    const pattern = new RegExp(`(^|[\\s(“"'])${marker}(?=\\S)([^\\n]*?\\S)${marker}(?=$|[\\s.,;:!?)”"'])`, "gm");
    html = html.replace(pattern, `$1<${tag}>$2</${tag}>`);
  }
  return html;
}
