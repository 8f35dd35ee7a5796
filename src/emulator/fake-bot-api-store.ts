import { randomBytes } from "node:crypto";
import type { Chat, File, Message, ReplyKeyboardMarkup, User } from "grammy/types";
import type { ChatId } from "./fake-bot-api-limits.js";

const key = (chatId: ChatId | undefined): string => String(chatId);

/** Channel usernames have no numeric id here, so derive a stable fake one. */
function idForUsername(username: string): number {
  let hash = 0;
  for (const ch of username.toLowerCase()) hash = (hash * 31 + ch.charCodeAt(0)) % 1_000_000_000;
  return -1_000_000_000_000 - hash;
}

export interface CurrentReplyKeyboard {
  messageId: number;
  markup: ReplyKeyboardMarkup;
}

/** Messages per chat, in the shape Telegram would hold them (after edits and deletions). */
export class MessageStore {
  private readonly byChat = new Map<string, Map<number, Message>>();
  private readonly lastIds = new Map<string, number>();
  private readonly chats = new Map<string, Chat>();
  private readonly users = new Map<number, User>();
  private readonly replyKeyboards = new Map<string, CurrentReplyKeyboard>();

  /** In Telegram a private chat shares one message id sequence between both sides. */
  nextMessageId(chatId: ChatId): number {
    const next = (this.lastIds.get(key(chatId)) ?? 0) + 1;
    this.lastIds.set(key(chatId), next);
    return next;
  }

  rememberUser(user: User | undefined): void {
    if (user && !this.users.has(user.id)) this.users.set(user.id, user);
  }

  rememberChat(chat: Chat | undefined): void {
    if (chat) this.chats.set(key(chat.id), chat);
  }

  /** A known chat, or a plausible one derived from the id sign (negative ids are groups). */
  chat(chatId: ChatId): Chat {
    const known = this.chats.get(key(chatId));
    if (known) return known;
    if (typeof chatId === "string") {
      return { id: idForUsername(chatId), type: "channel", title: chatId.slice(1), username: chatId.slice(1) };
    }
    if (chatId > 0) {
      const user = this.users.get(chatId);
      return {
        id: chatId,
        type: "private",
        first_name: user?.first_name ?? "User",
        ...(user?.last_name ? { last_name: user.last_name } : {}),
        ...(user?.username ? { username: user.username } : {}),
      };
    }
    return chatId <= -1_000_000_000_000
      ? { id: chatId, type: "supergroup", title: `Supergroup ${chatId}` }
      : { id: chatId, type: "group", title: `Group ${chatId}` };
  }

  /** Stores a user's message; its id is moved forward if the bot already used it. */
  acceptIncoming<M extends Message>(message: M): M {
    this.rememberChat(message.chat);
    this.rememberUser(message.from);
    const chatKey = key(message.chat.id);
    const last = this.lastIds.get(chatKey) ?? 0;
    const stored = message.message_id > last ? message : { ...message, message_id: last + 1 };
    this.lastIds.set(chatKey, stored.message_id);
    this.save(stored);
    return stored;
  }

  save(message: Message): void {
    const chatKey = key(message.chat.id);
    let messages = this.byChat.get(chatKey);
    if (!messages) this.byChat.set(chatKey, (messages = new Map()));
    messages.set(message.message_id, message);
  }

  get(chatId: ChatId, messageId: number): Message | undefined {
    return this.byChat.get(key(this.chatIdOf(chatId)))?.get(messageId);
  }

  delete(chatId: ChatId, messageId: number): boolean {
    return this.byChat.get(key(this.chatIdOf(chatId)))?.delete(messageId) ?? false;
  }

  list(chatId: ChatId): Message[] {
    const messages = this.byChat.get(key(this.chatIdOf(chatId)));
    return messages ? [...messages.values()].sort((a, b) => a.message_id - b.message_id) : [];
  }

  setReplyKeyboard(chatId: ChatId, value: CurrentReplyKeyboard | undefined): void {
    if (value) this.replyKeyboards.set(key(chatId), value);
    else this.replyKeyboards.delete(key(chatId));
  }

  replyKeyboard(chatId: ChatId): CurrentReplyKeyboard | undefined {
    return this.replyKeyboards.get(key(chatId));
  }

  /** Messages are keyed by the numeric chat id, also for `@username` chats. */
  chatIdOf(chatId: ChatId): number {
    return typeof chatId === "string" ? this.chat(chatId).id : chatId;
  }
}

export interface StoredFile extends File {
  file_path: string;
  file_name?: string;
  mime_type?: string;
  data?: Buffer;
}

/** Uploaded and registered files, so getFile and downloads behave like Telegram. */
export class FileStore {
  private readonly byId = new Map<string, StoredFile>();
  private readonly byPath = new Map<string, StoredFile>();
  private counter = 0;

  register(
    kind: string,
    meta: { data?: Buffer; file_name?: string; mime_type?: string; file_size?: number; file_id?: string },
  ): StoredFile {
    if (meta.file_id) {
      const known = this.byId.get(meta.file_id);
      if (known) return known;
    }
    this.counter += 1;
    const unique = randomBytes(6).toString("base64url");
    const file_id = meta.file_id ?? `BQACAgIAAxk${unique}${this.counter.toString(36)}`;
    const extension = /\.[\w]+$/.exec(meta.file_name ?? "")?.[0] ?? "";
    const file: StoredFile = {
      file_id,
      file_unique_id: `AgAD${unique}`,
      file_path: `${kind}s/file_${this.counter}${extension}`,
      file_size: meta.data?.length ?? meta.file_size ?? 1024 * (1 + (this.counter % 50)),
      ...(meta.file_name ? { file_name: meta.file_name } : {}),
      ...(meta.mime_type ? { mime_type: meta.mime_type } : {}),
      ...(meta.data ? { data: meta.data } : {}),
    };
    this.byId.set(file.file_id, file);
    this.byPath.set(file.file_path, file);
    return file;
  }

  get(fileId: string): StoredFile | undefined {
    return this.byId.get(fileId);
  }

  getByPath(path: string): StoredFile | undefined {
    return this.byPath.get(path);
  }
}
