import type { ChatFullInfo, Message, User, UserFromGetMe } from "grammy/types";
import { formatText } from "./fake-bot-api-format.js";
import { isUploadedFile, uploadedBytes } from "./fake-bot-api-http.js";
import {
  badRequest,
  checkCallbackAnswerText,
  checkCaption,
  checkMessageText,
  isInlineKeyboard,
  isRecord,
  isReplyKeyboard,
  LIMITS,
  notModified,
  requireChatId,
  requireMessageId,
  validateCommands,
  validateReplyMarkup,
  type ChatId,
  type Payload,
  type ReplyMarkup,
} from "./fake-bot-api-limits.js";
import type { FileStore, MessageStore, StoredFile } from "./fake-bot-api-store.js";
import type { UpdateQueue } from "./fake-bot-api-updates.js";

/** Bot-level state that a few methods read and write. */
export interface BotSettings {
  webhookUrl: string;
  commands: Map<string, Array<{ command: string; description: string }>>;
  menuButtons: Map<string, unknown>;
  texts: Map<string, string>;
}

export interface MethodContext {
  readonly bot: UserFromGetMe;
  readonly store: MessageStore;
  readonly files: FileStore;
  readonly updates: UpdateQueue;
  readonly settings: BotSettings;
  /** callback_query id → chat id, for queries pushed as updates */
  readonly callbackQueries: Map<string, ChatId>;
  now(): number;
}

export type MethodHandler = (ctx: MethodContext, payload: Payload) => unknown;

type Content = Record<string, unknown>;

const unix = (ms: number): number => Math.floor(ms / 1000);

const botUser = (bot: UserFromGetMe): User => ({
  id: bot.id,
  is_bot: true,
  first_name: bot.first_name,
  username: bot.username,
});

const sameJson = (a: unknown, b: unknown): boolean => {
  const norm = (v: unknown): unknown => (Array.isArray(v) && v.length === 0 ? null : (v ?? null));
  return JSON.stringify(norm(a)) === JSON.stringify(norm(b));
};

function withoutUndefined(content: Content): Content {
  return Object.fromEntries(Object.entries(content).filter(([, v]) => v !== undefined));
}

function textContent(payload: Payload, field: "text" | "caption"): Content {
  const raw = payload[field];
  const entitiesField = field === "text" ? "entities" : "caption_entities";
  const formatted = formatText(raw === undefined || raw === null ? "" : String(raw), payload.parse_mode, payload[entitiesField]);
  if (field === "text") checkMessageText(formatted.text);
  else checkCaption(formatted.text);
  if (formatted.text === "") return {};
  return withoutUndefined({ [field]: formatted.text, [entitiesField]: formatted.entities });
}

const captionContent = (payload: Payload): Content => (payload.caption == null ? {} : textContent(payload, "caption"));

function replyTarget(ctx: MethodContext, chatId: ChatId, payload: Payload): Message | undefined {
  const params = isRecord(payload.reply_parameters)
    ? payload.reply_parameters
    : payload.reply_to_message_id !== undefined
      ? { message_id: payload.reply_to_message_id, allow_sending_without_reply: payload.allow_sending_without_reply }
      : undefined;
  if (!params) return undefined;
  const targetChat = params.chat_id === undefined ? chatId : requireChatId(params);
  const target = ctx.store.get(targetChat, Number(params.message_id));
  if (target) {
    const { reply_to_message: _nested, ...rest } = target;
    return rest as Message;
  }
  if (params.allow_sending_without_reply === true) return undefined;
  throw badRequest("message to be replied not found");
}

/** Turns validated content into a stored bot message; only now is a message id used up. */
function commit(ctx: MethodContext, chatId: ChatId, payload: Payload, content: Content, markup?: ReplyMarkup): Message {
  const replyTo = replyTarget(ctx, chatId, payload);
  const chat = ctx.store.chat(chatId);
  const message = withoutUndefined({
    message_id: ctx.store.nextMessageId(chat.id),
    message_thread_id: payload.message_thread_id,
    from: botUser(ctx.bot),
    chat,
    date: unix(ctx.now()),
    reply_to_message: replyTo,
    ...content,
    reply_markup: isInlineKeyboard(markup) ? markup : undefined,
    has_protected_content: payload.protect_content === true ? true : undefined,
  }) as unknown as Message;
  ctx.store.save(message);
  if (isReplyKeyboard(markup)) ctx.store.setReplyKeyboard(chatId, { messageId: message.message_id, markup });
  else if (markup !== undefined && "remove_keyboard" in markup && markup.remove_keyboard) ctx.store.setReplyKeyboard(chatId, undefined);
  return message;
}

const MIME_BY_EXTENSION: Record<string, string> = {
  csv: "text/csv",
  txt: "text/plain",
  pdf: "application/pdf",
  json: "application/json",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  zip: "application/zip",
  jpg: "image/jpeg",
  jpeg: "image/jpeg",
  png: "image/png",
  mp4: "video/mp4",
  mp3: "audio/mpeg",
  ogg: "audio/ogg",
};

function mimeFor(fileName: string | undefined): string | undefined {
  const extension = /\.(\w+)$/.exec(fileName ?? "")?.[1]?.toLowerCase();
  return extension ? MIME_BY_EXTENSION[extension] : undefined;
}

function storeMedia(ctx: MethodContext, kind: string, value: unknown): StoredFile {
  if (value === undefined || value === null || value === "") throw badRequest(`there is no ${kind} in the request`);
  if (isUploadedFile(value)) {
    const data = uploadedBytes(value);
    const file_name = value.filename;
    const mime_type = mimeFor(file_name) ?? "application/octet-stream";
    return ctx.files.register(kind, data ? { data, file_name, mime_type } : { file_name, mime_type });
  }
  if (typeof value !== "string") throw badRequest("wrong file identifier/HTTP URL specified");
  if (/^https?:\/\//i.test(value)) {
    const file_name = decodeURIComponent(new URL(value).pathname.split("/").pop() || kind);
    const mime_type = mimeFor(file_name);
    return ctx.files.register(kind, mime_type ? { file_name, mime_type } : { file_name });
  }
  // Unknown file ids are accepted so ids stored by the bot survive a restart of the fake server.
  return ctx.files.register(kind, { file_id: value });
}

function mediaContent(ctx: MethodContext, kind: string, value: unknown, payload: Payload): Content {
  const file = storeMedia(ctx, kind, value);
  const base = { file_id: file.file_id, file_unique_id: file.file_unique_id, file_size: file.file_size };
  const named = withoutUndefined({ ...base, file_name: file.file_name, mime_type: file.mime_type });
  const duration = typeof payload.duration === "number" ? payload.duration : 10;
  switch (kind) {
    case "photo": {
      const thumb = (size: number): Content => {
        const small = ctx.files.register("photo", { file_size: Math.ceil((file.file_size ?? 1024) / (800 / size)) });
        return { file_id: small.file_id, file_unique_id: small.file_unique_id, file_size: small.file_size, width: size, height: size };
      };
      return { photo: [thumb(90), thumb(320), { ...base, width: 800, height: 800 }] };
    }
    case "video":
    case "animation":
      return { [kind]: { ...named, width: 1280, height: 720, duration, mime_type: file.mime_type ?? "video/mp4" } };
    case "audio":
      return { audio: { ...named, duration, mime_type: file.mime_type ?? "audio/mpeg" } };
    case "voice":
      return { voice: { ...base, duration, mime_type: "audio/ogg" } };
    case "video_note":
      return { video_note: { ...base, length: 240, duration } };
    case "sticker":
      return { sticker: { ...base, type: "regular", width: 512, height: 512, is_animated: false, is_video: false } };
    default:
      return { document: named };
  }
}

const sendMedia =
  (kind: string): MethodHandler =>
  (ctx, payload) => {
    const chatId = requireChatId(payload);
    const content = { ...mediaContent(ctx, kind, payload[kind], payload), ...captionContent(payload) };
    return commit(ctx, chatId, payload, content, validateReplyMarkup(payload.reply_markup));
  };

const ALBUM_TYPES = new Set(["photo", "video", "document", "audio"]);

function sendMediaGroup(ctx: MethodContext, payload: Payload): Message[] {
  const chatId = requireChatId(payload);
  const media = payload.media;
  if (!Array.isArray(media)) throw badRequest("can't parse media JSON object");
  if (media.length < LIMITS.mediaGroupMin || media.length > LIMITS.mediaGroupMax) {
    throw badRequest("wrong number of media in the album");
  }
  const contents = media.map((item: unknown) => {
    if (!isRecord(item) || typeof item.type !== "string" || !ALBUM_TYPES.has(item.type)) {
      throw badRequest("can't parse InputMedia: media type is invalid");
    }
    return { ...mediaContent(ctx, item.type, item.media, item), ...captionContent(item) };
  });
  const media_group_id = `${unix(ctx.now())}${Math.floor(Math.random() * 1e6)}`;
  return contents.map((content) => commit(ctx, chatId, payload, { ...content, media_group_id }));
}

const COPIED_FIELDS = [
  "text",
  "entities",
  "caption",
  "caption_entities",
  "photo",
  "document",
  "video",
  "audio",
  "voice",
  "animation",
  "sticker",
  "video_note",
  "contact",
  "location",
  "venue",
  "poll",
] as const;

function sourceMessage(ctx: MethodContext, payload: Payload, verb: "copy" | "forward"): Message {
  const fromChat = requireChatId(payload, "from_chat_id");
  const source = ctx.store.get(fromChat, requireMessageId(payload));
  if (!source) throw badRequest(`message to ${verb} not found`);
  return source;
}

function copyContent(source: Message): Content {
  const record = source as unknown as Record<string, unknown>;
  return withoutUndefined(Object.fromEntries(COPIED_FIELDS.map((field) => [field, record[field]])));
}

function copyMessage(ctx: MethodContext, payload: Payload): { message_id: number } {
  const chatId = requireChatId(payload);
  const source = sourceMessage(ctx, payload, "copy");
  const markup = validateReplyMarkup(payload.reply_markup);
  const content = copyContent(source);
  if (payload.caption != null || payload.remove_caption === true) {
    delete content.caption;
    delete content.caption_entities;
    if (payload.remove_caption !== true) Object.assign(content, captionContent(payload));
  }
  return { message_id: commit(ctx, chatId, payload, content, markup).message_id };
}

function forwardMessage(ctx: MethodContext, payload: Payload): Message {
  const chatId = requireChatId(payload);
  const source = sourceMessage(ctx, payload, "forward");
  const forward_origin = source.from
    ? { type: "user", sender_user: source.from, date: source.date }
    : { type: "hidden_user", sender_user_name: "Unknown", date: source.date };
  return commit(ctx, chatId, payload, { ...copyContent(source), forward_origin });
}

function editableMessage(ctx: MethodContext, payload: Payload): Message {
  const chatId = requireChatId(payload);
  const message = ctx.store.get(chatId, requireMessageId(payload));
  if (!message) throw badRequest("message to edit not found");
  if (message.from?.id !== ctx.bot.id) throw badRequest("message can't be edited");
  return message;
}

function editMarkup(payload: Payload): ReplyMarkup | undefined {
  const markup = validateReplyMarkup(payload.reply_markup);
  if (markup !== undefined && !isInlineKeyboard(markup)) throw badRequest("inline keyboard expected");
  return markup;
}

/** Applies an edit; fields set to undefined are removed, as a missing reply_markup removes the keyboard. */
function applyEdit(ctx: MethodContext, message: Message, changes: Content): Message {
  const edited = withoutUndefined({ ...message, ...changes, edit_date: unix(ctx.now()) }) as unknown as Message;
  ctx.store.save(edited);
  return edited;
}

function editMessageText(ctx: MethodContext, payload: Payload): Message | true {
  const formatted = formatText(String(payload.text ?? ""), payload.parse_mode, payload.entities);
  checkMessageText(formatted.text, true);
  const markup = editMarkup(payload);
  if (payload.inline_message_id !== undefined) return true;
  const message = editableMessage(ctx, payload);
  if (message.text === undefined) throw badRequest("there is no text in the message to edit");
  if (message.text === formatted.text && sameJson(message.entities, formatted.entities) && sameJson(message.reply_markup, markup)) {
    throw notModified();
  }
  return applyEdit(ctx, message, { text: formatted.text, entities: formatted.entities, reply_markup: markup });
}

function editMessageCaption(ctx: MethodContext, payload: Payload): Message | true {
  const caption = captionContent(payload);
  const markup = editMarkup(payload);
  if (payload.inline_message_id !== undefined) return true;
  const message = editableMessage(ctx, payload);
  if (message.text !== undefined) throw badRequest("there is no caption in the message to edit");
  if (
    sameJson(message.caption, caption.caption) &&
    sameJson(message.caption_entities, caption.caption_entities) &&
    sameJson(message.reply_markup, markup)
  ) {
    throw notModified();
  }
  return applyEdit(ctx, message, {
    caption: caption.caption,
    caption_entities: caption.caption_entities,
    reply_markup: markup,
  });
}

function editMessageReplyMarkup(ctx: MethodContext, payload: Payload): Message | true {
  const markup = editMarkup(payload);
  if (payload.inline_message_id !== undefined) return true;
  const message = editableMessage(ctx, payload);
  if (sameJson(message.reply_markup, markup)) throw notModified();
  return applyEdit(ctx, message, { reply_markup: markup });
}

function editMessageMedia(ctx: MethodContext, payload: Payload): Message | true {
  const media = payload.media;
  if (!isRecord(media) || typeof media.type !== "string") throw badRequest("can't parse InputMedia JSON object");
  const content = { ...mediaContent(ctx, media.type, media.media, media), ...captionContent(media) };
  const markup = editMarkup(payload);
  if (payload.inline_message_id !== undefined) return true;
  const message = editableMessage(ctx, payload);
  if (message.text !== undefined) throw badRequest("there is no media in the message to edit");
  const cleared = Object.fromEntries(COPIED_FIELDS.map((field) => [field, undefined]));
  return applyEdit(ctx, message, { ...cleared, ...content, reply_markup: markup });
}

function deleteMessage(ctx: MethodContext, payload: Payload): true {
  const chatId = requireChatId(payload);
  if (!ctx.store.delete(chatId, requireMessageId(payload))) throw badRequest("message to delete not found");
  return true;
}

function deleteMessages(ctx: MethodContext, payload: Payload): true {
  const chatId = requireChatId(payload);
  const ids = payload.message_ids;
  if (!Array.isArray(ids) || ids.length === 0 || ids.length > 100) throw badRequest("message identifiers are invalid");
  for (const id of ids) ctx.store.delete(chatId, Number(id));
  return true;
}

const CHAT_ACTIONS = new Set([
  "typing",
  "upload_photo",
  "record_video",
  "upload_video",
  "record_voice",
  "upload_voice",
  "upload_document",
  "choose_sticker",
  "find_location",
  "record_video_note",
  "upload_video_note",
]);

function getChat(ctx: MethodContext, payload: Payload): ChatFullInfo {
  const chat = ctx.store.chat(requireChatId(payload));
  return {
    ...chat,
    accent_color_id: 0,
    max_reaction_count: 11,
    accepted_gift_types: {
      unlimited_gifts: false,
      limited_gifts: false,
      unique_gifts: false,
      premium_subscription: false,
      gifts_from_channels: false,
    },
  } as ChatFullInfo;
}

function getFile(ctx: MethodContext, payload: Payload): Content {
  const file = typeof payload.file_id === "string" ? ctx.files.get(payload.file_id) : undefined;
  if (!file) throw badRequest("invalid file_id");
  return withoutUndefined({
    file_id: file.file_id,
    file_unique_id: file.file_unique_id,
    file_size: file.file_size,
    file_path: file.file_path,
  });
}

const commandsKey = (payload: Payload): string =>
  `${JSON.stringify(payload.scope ?? { type: "default" })}|${String(payload.language_code ?? "")}`;

const botText =
  (field: "name" | "description" | "short_description", set: boolean): MethodHandler =>
  (ctx, payload) => {
    const key = `${field}|${String(payload.language_code ?? "")}`;
    if (!set) return { [field]: ctx.settings.texts.get(key) ?? (field === "name" ? ctx.bot.first_name : "") };
    ctx.settings.texts.set(key, String(payload[field] ?? ""));
    return true;
  };

function setWebhook(ctx: MethodContext, payload: Payload): true {
  const url = String(payload.url ?? "");
  if (url !== "" && !url.startsWith("https://")) throw badRequest("bad webhook: An HTTPS URL must be provided for webhook");
  if (payload.drop_pending_updates === true) ctx.updates.dropAll();
  ctx.settings.webhookUrl = url;
  return true;
}

/** Every method except getUpdates, which the server handles itself because it long-polls. */
export const METHODS: Record<string, MethodHandler> = {
  getMe: (ctx) => ctx.bot,
  logOut: () => true,
  close: () => true,
  sendMessage: (ctx, payload) => {
    const chatId = requireChatId(payload);
    const content = { ...textContent(payload, "text"), link_preview_options: payload.link_preview_options };
    return commit(ctx, chatId, payload, withoutUndefined(content), validateReplyMarkup(payload.reply_markup));
  },
  sendPhoto: sendMedia("photo"),
  sendDocument: sendMedia("document"),
  sendVideo: sendMedia("video"),
  sendAnimation: sendMedia("animation"),
  sendAudio: sendMedia("audio"),
  sendVoice: sendMedia("voice"),
  sendVideoNote: sendMedia("video_note"),
  sendSticker: sendMedia("sticker"),
  sendMediaGroup,
  copyMessage,
  forwardMessage,
  editMessageText,
  editMessageCaption,
  editMessageReplyMarkup,
  editMessageMedia,
  deleteMessage,
  deleteMessages,
  answerCallbackQuery: (ctx, payload) => {
    if (!ctx.callbackQueries.has(String(payload.callback_query_id ?? ""))) {
      throw badRequest("query is too old and response timeout expired or query ID is invalid");
    }
    checkCallbackAnswerText(payload.text);
    return true;
  },
  sendChatAction: (_ctx, payload) => {
    requireChatId(payload);
    if (!CHAT_ACTIONS.has(String(payload.action))) throw badRequest("wrong parameter action in request");
    return true;
  },
  getChat,
  getChatMember: (ctx, payload) => {
    requireChatId(payload);
    const userId = Number(payload.user_id);
    const user = userId === ctx.bot.id ? botUser(ctx.bot) : ctx.store.chat(userId);
    return { status: "member", user: { is_bot: false, first_name: "User", ...user, id: userId } };
  },
  getFile,
  setMyCommands: (ctx, payload) => {
    ctx.settings.commands.set(commandsKey(payload), validateCommands(payload.commands));
    return true;
  },
  getMyCommands: (ctx, payload) => ctx.settings.commands.get(commandsKey(payload)) ?? [],
  deleteMyCommands: (ctx, payload) => {
    ctx.settings.commands.delete(commandsKey(payload));
    return true;
  },
  setChatMenuButton: (ctx, payload) => {
    ctx.settings.menuButtons.set(String(payload.chat_id ?? ""), payload.menu_button ?? { type: "default" });
    return true;
  },
  getChatMenuButton: (ctx, payload) => ctx.settings.menuButtons.get(String(payload.chat_id ?? "")) ?? { type: "default" },
  setMyName: botText("name", true),
  getMyName: botText("name", false),
  setMyDescription: botText("description", true),
  getMyDescription: botText("description", false),
  setMyShortDescription: botText("short_description", true),
  getMyShortDescription: botText("short_description", false),
  setWebhook,
  deleteWebhook: (ctx, payload) => {
    if (payload.drop_pending_updates === true) ctx.updates.dropAll();
    ctx.settings.webhookUrl = "";
    return true;
  },
  getWebhookInfo: (ctx) =>
    withoutUndefined({
      url: ctx.settings.webhookUrl,
      has_custom_certificate: false,
      pending_update_count: ctx.updates.size,
      max_connections: ctx.settings.webhookUrl ? 40 : undefined,
    }),
};

/** Methods that deliver a message to a chat: rate limited, blocked by users, counted as deliveries. */
export const isSendMethod = (method: string): boolean =>
  (method.startsWith("send") && method !== "sendChatAction") ||
  ["copyMessage", "copyMessages", "forwardMessage", "forwardMessages"].includes(method);
