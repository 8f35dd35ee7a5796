// Update builders shared by the terminal emulator and the test kit.
import type { CallbackQuery, Chat, Message, Update, User } from "grammy/types";
import type { Clock } from "../clock.js";
import type { NewUpdate } from "./fake-bot-api.js";

/** A chat a user can write in (channels excluded, as for Update.message). */
export type UserChat = Exclude<Chat, Chat.ChannelChat>;

export interface BuildOptions {
  /** Source of the message date (default: the system clock). */
  clock?: Clock;
  /** Defaults to the private chat with the sender. */
  chat?: UserChat;
  /** The fake server moves it forward if the id is already taken in the chat. */
  message_id?: number;
}

type MessageUpdate<M extends Message> = NewUpdate & { message: M & Update.NonChannel };

let userSeq = 0;
let messageSeq = 0;
let querySeq = 0;

const unixNow = (clock?: Clock): number => Math.floor((clock ? clock.now().getTime() : Date.now()) / 1000);

/** A Telegram user with Indonesian locale; each call gets a fresh id unless overridden. */
export function user(overrides: Partial<User> = {}): User {
  userSeq += 1;
  return {
    id: 700_000_000 + userSeq,
    is_bot: false,
    first_name: `Pegawai ${userSeq}`,
    language_code: "id",
    ...overrides,
  };
}

export function privateChat(from: User): Chat.PrivateChat {
  return {
    id: from.id,
    type: "private",
    first_name: from.first_name,
    ...(from.last_name ? { last_name: from.last_name } : {}),
    ...(from.username ? { username: from.username } : {}),
  };
}

function baseMessage(from: User, options: BuildOptions): Message.ServiceMessage & Update.NonChannel {
  messageSeq += 1;
  return {
    message_id: options.message_id ?? messageSeq,
    from,
    chat: options.chat ?? privateChat(from),
    date: unixNow(options.clock),
  };
}

export function textMessage(from: User, text: string, options: BuildOptions = {}): MessageUpdate<Message.TextMessage> {
  return { message: { ...baseMessage(from, options), text } };
}

/** `/name payload` with the bot_command entity Telegram adds. */
export function command(
  from: User,
  name: string,
  payload?: string,
  options: BuildOptions = {},
): MessageUpdate<Message.TextMessage> {
  const commandText = `/${name.replace(/^\//, "")}`;
  const text = payload ? `${commandText} ${payload}` : commandText;
  return {
    message: {
      ...baseMessage(from, options),
      text,
      entities: [{ type: "bot_command", offset: 0, length: commandText.length }],
    },
  };
}

export interface ContactInput {
  phone_number: string;
  first_name: string;
  last_name?: string;
  user_id?: number;
}

export function contactMessage(
  from: User,
  contact: ContactInput,
  options: BuildOptions = {},
): MessageUpdate<Message.ContactMessage> {
  return { message: { ...baseMessage(from, options), contact: { ...contact } } };
}

/** Telegram's chat_instance is an opaque, stable string per chat. */
function chatInstance(chatId: number): string {
  return String(BigInt.asIntN(64, BigInt(chatId) * 2_654_435_761n + 97_531n));
}

/** The user pressing an inline button with `data` under `message` (the bot's message). */
export function callbackQuery(from: User, data: string, message: Message): NewUpdate & { callback_query: CallbackQuery } {
  querySeq += 1;
  return {
    callback_query: {
      id: `${BigInt(from.id) * 1_000_000n + BigInt(querySeq)}`,
      from,
      message,
      chat_instance: chatInstance(message.chat.id),
      data,
    },
  };
}
