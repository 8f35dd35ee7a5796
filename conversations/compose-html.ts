import { escapers, serialisers, serialiseWith } from "@telegraf/entity";
import type { Message, MessageEntity } from "grammy/types";
import { escapeHtml } from "../src/i18n/html.js";

type Serialiser = Parameters<typeof serialiseWith>[0];
type PackageEntities = NonNullable<Extract<Parameters<ReturnType<typeof serialiseWith>>[0], { text: string }>["entities"]>;

/** An attribute value inside double quotes. */
const attribute = (value: string): string => escapeHtml(value).replace(/"/g, "&quot;");

/**
 * Telegram HTML as recipients will get it. The package's serialiser is kept for the plain formats;
 * links get their address escaped (it writes it raw), automatically detected addresses, mentions and
 * custom emoji stay plain text (Telegram links addresses again on its own, and bots may not send
 * custom emoji), and a code block's language is escaped too.
 */
const telegramHtml: Serialiser = (match, node) => {
  switch (node?.type) {
    case "text_link":
      return `<a href="${attribute(node.url)}">${match}</a>`;
    case "text_mention":
      return `<a href="tg://user?id=${node.user.id}">${match}</a>`;
    case "pre":
      return node.language ? `<pre><code class="language-${attribute(node.language)}">${match}</code></pre>` : `<pre>${match}</pre>`;
    case "url":
    case "custom_emoji":
      return match;
    default:
      return serialisers.HTML(match, node);
  }
};

const serialise = serialiseWith(telegramHtml, escapers.HTML);

/** Text with its formatting entities as Telegram HTML (plain characters escaped). */
export function entitiesToHtml(text: string, entities: readonly MessageEntity[] = []): string {
  // grammY knows newer entity kinds (date_time, ...) than the package's types; unknown kinds stay plain text.
  return serialise({ text, entities: [...entities] as unknown as PackageEntities });
}

export type MessageContent =
  | { ok: true; bodyHtml: string; media?: { kind: "photo" | "document"; fileId: string } }
  | { ok: false; code: "no-caption" | "unsupported" };

/**
 * What a message an author sends becomes: its text, or a photo or document with its caption as the
 * body. The largest size of a photo is kept (the last one Telegram lists).
 */
export function contentFromMessage(message: Message): MessageContent {
  if (message.text !== undefined) return { ok: true, bodyHtml: entitiesToHtml(message.text, message.entities) };
  const photo = message.photo?.at(-1);
  const media = photo
    ? { kind: "photo" as const, fileId: photo.file_id }
    : message.document
      ? { kind: "document" as const, fileId: message.document.file_id }
      : null;
  if (!media) return { ok: false, code: "unsupported" };
  if (!message.caption?.trim()) return { ok: false, code: "no-caption" };
  return { ok: true, bodyHtml: entitiesToHtml(message.caption, message.caption_entities), media };
}
