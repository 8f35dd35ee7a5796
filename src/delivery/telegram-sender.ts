import { GrammyError, HttpError, InlineKeyboard, InputFile, type Api } from "grammy";
import type { Message } from "grammy/types";
import type { DeliveryPayload } from "./payload.js";
import type { Sender, SendResult } from "./sender.js";

function keyboardOf(payload: DeliveryPayload): InlineKeyboard | undefined {
  if (!payload.keyboard) return undefined;
  return InlineKeyboard.from(
    payload.keyboard.map((row) =>
      row.map((button) =>
        "url" in button ? InlineKeyboard.url(button.text, button.url) : InlineKeyboard.text(button.text, button.data),
      ),
    ),
  );
}

function fileOf(source: NonNullable<DeliveryPayload["attachment"]>["source"], filename?: string): string | InputFile {
  if ("fileId" in source) return source.fileId;
  if ("url" in source) return source.url;
  return new InputFile(source.path, filename);
}

async function deliver(api: Api, chatId: string, payload: DeliveryPayload): Promise<Message> {
  const common = {
    ...(payload.parseMode ? { parse_mode: payload.parseMode } : {}),
    ...(payload.keyboard ? { reply_markup: keyboardOf(payload) } : {}),
  };
  const attachment = payload.attachment;
  if (attachment) {
    const file = fileOf(attachment.source, attachment.filename);
    const caption = payload.text ? { caption: payload.text } : {};
    return attachment.kind === "photo"
      ? api.sendPhoto(chatId, file, { ...common, ...caption })
      : api.sendDocument(chatId, file, { ...common, ...caption });
  }
  return api.sendMessage(chatId, payload.text, {
    ...common,
    ...(payload.disableLinkPreview ? { link_preview_options: { is_disabled: true } } : {}),
  });
}

/** Sends through the Bot API and maps its answers to what the dispatcher should do next. */
export function createTelegramSender(api: Api): Sender {
  return {
    isGroup: (chatId) => chatId.startsWith("-"),
    async send(chatId, payload): Promise<SendResult> {
      try {
        const message = await deliver(api, chatId, payload);
        return { ok: true, messageRef: String(message.message_id) };
      } catch (error) {
        return classify(error);
      }
    },
  };
}

export function classify(error: unknown): SendResult {
  if (error instanceof GrammyError) {
    const description = `${error.error_code}: ${error.description}`;
    if (error.error_code === 429) {
      return { ok: false, kind: "rate-limited", retryAfterMs: (error.parameters.retry_after ?? 1) * 1000, error: description };
    }
    if (error.error_code === 403) return { ok: false, kind: "blocked", error: description };
    if (error.error_code >= 500) return { ok: false, kind: "transient", error: description };
    return { ok: false, kind: "permanent", error: description };
  }
  if (error instanceof HttpError) return { ok: false, kind: "transient", error: `network: ${error.message}` };
  return { ok: false, kind: "transient", error: error instanceof Error ? error.message : String(error) };
}
