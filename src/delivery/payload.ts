import { z } from "zod";

/** Telegram's hard limits; other platforms' senders split or trim to their own. */
export const TEXT_LIMIT = 4096;
export const CAPTION_LIMIT = 1024;

const button = z.union([
  z.object({ text: z.string().min(1), data: z.string().min(1) }),
  z.object({ text: z.string().min(1), url: z.url() }),
]);

const attachment = z.object({
  kind: z.enum(["photo", "document"]),
  /** A platform file id, an http(s) URL, or a local file path. */
  source: z.union([z.object({ fileId: z.string() }), z.object({ url: z.url() }), z.object({ path: z.string() })]),
  filename: z.string().optional(),
});

/** What a delivery sends, independent of the platform that will carry it. */
export const deliveryPayload = z.object({
  text: z.string(),
  parseMode: z.enum(["HTML"]).optional(),
  keyboard: z.array(z.array(button)).optional(),
  attachment: attachment.optional(),
  disableLinkPreview: z.boolean().optional(),
});

export type DeliveryPayload = z.infer<typeof deliveryPayload>;
export type DeliveryButton = z.infer<typeof button>;

/**
 * Splits text over the limit on paragraph boundaries, then on line boundaries, and only as a
 * last resort inside a line, so each part still reads well on its own.
 */
export function splitText(text: string, limit = TEXT_LIMIT): string[] {
  if (text.length <= limit) return [text];
  const parts: string[] = [];
  let current = "";
  const flush = () => {
    if (current.trim()) parts.push(current.trim());
    current = "";
  };
  for (const paragraph of text.split(/\n{2,}/)) {
    const candidate = current ? `${current}\n\n${paragraph}` : paragraph;
    if (candidate.length <= limit) {
      current = candidate;
      continue;
    }
    flush();
    if (paragraph.length <= limit) {
      current = paragraph;
      continue;
    }
    for (const line of paragraph.split("\n")) {
      const withLine = current ? `${current}\n${line}` : line;
      if (withLine.length <= limit) {
        current = withLine;
        continue;
      }
      flush();
      for (let start = 0; start < line.length; start += limit) {
        const piece = line.slice(start, start + limit);
        if (piece.length === limit) parts.push(piece);
        else current = piece;
      }
    }
  }
  flush();
  return parts;
}

/**
 * One payload becomes the messages that are actually sent: long text in parts, the keyboard on
 * the last part, and an attachment whose text is too long for a caption sent before the text.
 */
export function toMessages(payload: DeliveryPayload): DeliveryPayload[] {
  const { attachment, keyboard, ...rest } = payload;
  if (attachment && payload.text.length <= CAPTION_LIMIT) return [payload];
  const textParts = payload.text ? splitText(payload.text) : [];
  const messages: DeliveryPayload[] = textParts.map((text) => ({ ...rest, text }));
  if (messages.length > 0 && keyboard) messages[messages.length - 1]!.keyboard = keyboard;
  if (attachment) messages.unshift({ text: "", attachment, ...(messages.length === 0 && keyboard ? { keyboard } : {}) });
  return messages;
}
