import type { InlineKeyboardButton, KeyboardButton, Message } from "grammy/types";

const BOLD = "\u001b[1m";
const DIM = "\u001b[2m";
const CYAN = "\u001b[36m";
const YELLOW = "\u001b[33m";
const RESET = "\u001b[0m";

/** Telegram HTML as a terminal would show it. */
export function htmlToTerminal(html: string): string {
  return html
    .replace(/<b>|<strong>/g, BOLD)
    .replace(/<\/b>|<\/strong>/g, RESET)
    .replace(/<code>|<pre>/g, CYAN)
    .replace(/<\/code>|<\/pre>/g, RESET)
    .replace(/<a href="([^"]*)">([^<]*)<\/a>/g, `$2 ${DIM}($1)${RESET}`)
    .replace(/<[^>]+>/g, "")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, "&");
}

export type PressableButton =
  | { kind: "inline"; label: string; data: string; messageId: number }
  | { kind: "url"; label: string; url: string }
  | { kind: "reply"; label: string; requestContact: boolean };

export function inlineButtons(message: Message): PressableButton[] {
  const rows: InlineKeyboardButton[][] = message.reply_markup?.inline_keyboard ?? [];
  return rows.flat().map((button) =>
    "callback_data" in button
      ? { kind: "inline", label: button.text, data: button.callback_data, messageId: message.message_id }
      : { kind: "url", label: button.text, url: "url" in button ? button.url : "" },
  );
}

export function replyButtons(rows: KeyboardButton[][]): PressableButton[] {
  return rows.flat().map((button) =>
    typeof button === "string"
      ? { kind: "reply", label: button, requestContact: false }
      : { kind: "reply", label: button.text, requestContact: "request_contact" in button && Boolean(button.request_contact) },
  );
}

/** A bot message with its buttons numbered from `firstNumber`. */
export function renderMessage(text: string, buttons: PressableButton[], firstNumber: number, edited = false): string {
  const lines = [`${YELLOW}🤖${edited ? " (diedit)" : ""}${RESET} ${htmlToTerminal(text).replace(/\n/g, "\n   ")}`];
  buttons.forEach((button, index) => {
    const hint = button.kind === "reply" && button.requestContact ? ` ${DIM}(bagikan kontak)${RESET}` : "";
    lines.push(`   ${CYAN}[${firstNumber + index}]${RESET} ${button.label}${hint}`);
  });
  return lines.join("\n");
}

export function renderNotice(text: string): string {
  return `${DIM}🔔 ${text}${RESET}`;
}

/** A photo's or document's caption (if any) and where its file was saved. */
export function attachmentText(caption: string | undefined, savedPath: string): string {
  return [caption, `📎 ${savedPath}`].filter((line) => line !== undefined && line !== "").join("\n");
}

/**
 * "<timestamp>-<message id>-<name>" for a saved file: the UTC time of sending (to the second) and the
 * message id keep names unique and in order; the name keeps only safe characters.
 */
export function attachmentFileName(sentAt: Date, messageId: number, name: string): string {
  const stamp = sentAt.toISOString().replace(/\.\d+Z$/, "").replace(/[-:]/g, "").replace("T", "-");
  const safe = name.replace(/[^A-Za-z0-9._-]+/g, "-").replace(/^[-.]+/, "") || "berkas";
  return `${stamp}-${messageId}-${safe}`;
}
