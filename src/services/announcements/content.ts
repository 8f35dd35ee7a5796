import { z } from "zod";
import { TEXT_LIMIT, type DeliveryButton, type DeliveryPayload } from "../../delivery/payload.js";
import type { Locale } from "../../i18n/index.js";
import type { Messages } from "../messages.js";

/** Link buttons stay readable on a phone. */
export const LINK_TEXT_LIMIT = 64;

/**
 * What an author writes. The body is Telegram HTML and may be up to a full message long: with media,
 * a body that does not fit in a caption (1024) is sent as the media first and the text after it, with
 * the buttons under the text (see `toMessages` in the delivery queue).
 */
export const announcementContent = z.object({
  bodyHtml: z.string().trim().min(1, "empty-body").max(TEXT_LIMIT, "body-too-long"),
  media: z
    .object({ kind: z.enum(["photo", "document"]), fileId: z.string().trim().min(1, "bad-media") })
    .optional(),
  link: z
    .object({
      text: z.string().trim().min(1, "bad-link-text").max(LINK_TEXT_LIMIT, "bad-link-text"),
      url: z.url({ protocol: /^https?$/, hostname: z.regexes.domain, error: "bad-link-url" }),
    })
    .optional(),
});

export type AnnouncementContent = z.infer<typeof announcementContent>;

export type ContentErrorCode = "empty-body" | "body-too-long" | "bad-media" | "bad-link-text" | "bad-link-url";
const CONTENT_ERROR_CODES: readonly string[] = ["empty-body", "body-too-long", "bad-media", "bad-link-text", "bad-link-url"];

export type ContentCheck = { ok: true; content: AnnouncementContent } | { ok: false; code: ContentErrorCode };

/** Checks what an author wrote; the first problem is reported as a code the chat can explain. */
export function checkContent(input: unknown): ContentCheck {
  const parsed = announcementContent.safeParse(input);
  if (parsed.success) return { ok: true, content: parsed.data };
  const message = parsed.error.issues[0]?.message ?? "";
  const code = CONTENT_ERROR_CODES.includes(message) ? (message as ContentErrorCode) : "empty-body";
  return { ok: false, code };
}

/** The stored columns of an announcement, as content again. */
export function contentOf(row: {
  body: string;
  mediaKind: string | null;
  mediaRef: string | null;
  linkText: string | null;
  linkUrl: string | null;
}): AnnouncementContent {
  return {
    bodyHtml: row.body,
    ...(row.mediaRef && (row.mediaKind === "photo" || row.mediaKind === "document")
      ? { media: { kind: row.mediaKind, fileId: row.mediaRef } }
      : {}),
    ...(row.linkText && row.linkUrl ? { link: { text: row.linkText, url: row.linkUrl } } : {}),
  };
}

/** Content as the Announcement columns store it. */
export function contentColumns(content: AnnouncementContent) {
  return {
    body: content.bodyHtml,
    parseMode: "HTML",
    mediaKind: content.media?.kind ?? null,
    mediaRef: content.media?.fileId ?? null,
    linkText: content.link?.text ?? null,
    linkUrl: content.link?.url ?? null,
  };
}

export const ACK_PREFIX = "ack:";
/** Evaluation requests, pulses included, are answered from `ev:<requestId>`. */
export const PULSE_ANSWER_PREFIX = "ev:";

export interface RenderInput {
  content: AnnouncementContent;
  /** Null for the author's preview: the acknowledgement button then carries `ack:preview`. */
  announcementId: number | null;
  needsAck: boolean;
  pulseRequestId?: number;
}

/**
 * The one rendering of an announcement: the author's preview and every recipient's message come from
 * here, so what the author approves is what people get.
 */
export function renderAnnouncement(messages: Messages, locale: Locale, input: RenderInput): DeliveryPayload {
  const { content } = input;
  const keyboard: DeliveryButton[][] = [];
  if (content.link) keyboard.push([{ text: content.link.text, url: content.link.url }]);
  if (input.needsAck) {
    const data = `${ACK_PREFIX}${input.announcementId ?? "preview"}`;
    keyboard.push([{ text: messages.t(locale, "announcements-ack-button"), data }]);
  }
  if (input.pulseRequestId !== undefined) {
    keyboard.push([
      { text: messages.t(locale, "announcements-pulse-button"), data: `${PULSE_ANSWER_PREFIX}${input.pulseRequestId}` },
    ]);
  }
  return {
    text: content.bodyHtml,
    parseMode: "HTML",
    ...(content.media ? { attachment: { kind: content.media.kind, source: { fileId: content.media.fileId } } } : {}),
    ...(keyboard.length > 0 ? { keyboard } : {}),
  };
}

const ENTITIES: Record<string, string> = { "&lt;": "<", "&gt;": ">", "&quot;": '"', "&#39;": "'", "&amp;": "&" };

/** The body as plain text, shortened on a word boundary: for lists and reminders. */
export function plainExcerpt(bodyHtml: string, max = 80): string {
  const plain = bodyHtml
    .replace(/<br\s*\/?>/gi, " ")
    .replace(/<[^>]*>/g, "")
    .replace(/&(lt|gt|quot|#39|amp);/g, (entity) => ENTITIES[entity] ?? entity)
    .replace(/\s+/g, " ")
    .trim();
  if (plain.length <= max) return plain;
  const cut = plain.slice(0, max - 1);
  const space = cut.lastIndexOf(" ");
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
