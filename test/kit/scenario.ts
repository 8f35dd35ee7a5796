import type { Bot, Context } from "grammy";
import type { InlineKeyboardButton, KeyboardButton, Message, Update, User } from "grammy/types";
import type { FakeBotApi, NewUpdate, Payload, RecordedCall } from "../../src/emulator/fake-bot-api.js";
import {
  callbackQuery,
  command,
  contactMessage,
  privateChat,
  textMessage,
  type BuildOptions,
  type UserChat,
} from "./updates.js";

export interface Polling {
  /** Stops long polling (confirming the last update) and waits for the loop to end. */
  stop(): Promise<void>;
  /** Settles when the polling loop has ended, whether stopped or crashed. */
  readonly done: Promise<void>;
  /** The error that ended polling, if the bot crashed. */
  readonly error: unknown;
  readonly isRunning: boolean;
}

export interface PollingOptions {
  /** Long polling timeout in seconds (grammY's default is 30). */
  timeout?: number;
}

const pollings = new WeakMap<FakeBotApi, Polling>();

/**
 * Runs `bot.start()` (grammY's sequential long polling) in the background and resolves once the
 * first getUpdates request was sent. Pass the FakeBotApi so chats can report a crashed bot.
 */
export async function startPolling<C extends Context>(
  bot: Bot<C>,
  api?: FakeBotApi,
  options: PollingOptions = {},
): Promise<Polling> {
  let markPolled!: () => void;
  const polled = new Promise<void>((resolve) => (markPolled = resolve));
  bot.api.config.use((prev, method, payload, signal) => {
    if (method === "getUpdates") markPolled();
    return prev(method, payload, signal);
  });

  let error: unknown;
  const done = bot
    .start({ drop_pending_updates: false, timeout: options.timeout ?? 30 })
    .then(undefined, (e: unknown) => {
      error = e;
    });
  const started = await Promise.race([polled.then(() => true), done.then(() => false)]);
  if (!started) throw error ?? new Error("bot.start() returned before it began polling");

  const polling: Polling = {
    async stop() {
      if (bot.isRunning()) {
        // A closed server makes the final confirming getUpdates fail; the loop still ends.
        await bot.stop().catch(() => undefined);
      }
      await done;
    },
    done,
    get error() {
      return error;
    },
    get isRunning() {
      return bot.isRunning();
    },
  };
  if (api) pollings.set(api, polling);
  return polling;
}

const MESSAGE_METHODS = new Set([
  "sendMessage",
  "sendPhoto",
  "sendDocument",
  "sendVideo",
  "sendAnimation",
  "sendAudio",
  "sendVoice",
  "sendVideoNote",
  "sendSticker",
  "sendMediaGroup",
  "sendLocation",
  "sendContact",
  "sendPoll",
  "copyMessage",
  "forwardMessage",
  "editMessageText",
  "editMessageCaption",
  "editMessageMedia",
  "editMessageReplyMarkup",
]);

function keyboardRows(markup: unknown): string[][] {
  if (typeof markup !== "object" || markup === null) return [];
  const record = markup as { inline_keyboard?: InlineKeyboardButton[][]; keyboard?: KeyboardButton[][] };
  if (Array.isArray(record.inline_keyboard)) return record.inline_keyboard.map((row) => row.map((b) => b.text));
  if (Array.isArray(record.keyboard)) {
    return record.keyboard.map((row) => row.map((b) => (typeof b === "string" ? b : b.text)));
  }
  return [];
}

interface Delivered {
  call: RecordedCall;
  message: Message;
}

/** What the bot did while handling one update. */
export class Reply {
  private readonly delivered: Delivered[];

  constructor(
    readonly update: Update,
    /** Every call attributed to the update, in arrival order. */
    readonly calls: RecordedCall[],
    private readonly chatId: number,
    lookup: (messageId: number) => Message | undefined,
  ) {
    this.delivered = calls
      .filter((c) => c.status === 200 && MESSAGE_METHODS.has(c.method) && String(c.chatId) === String(chatId))
      .flatMap((call) => {
        const results = Array.isArray(call.result) ? call.result : [call.result];
        return results.flatMap((result: unknown) => {
          if (typeof result !== "object" || result === null) return [];
          const message =
            "chat" in result ? (result as Message) : lookup((result as { message_id: number }).message_id);
          return message ? [{ call, message }] : [];
        });
      });
  }

  get updateId(): number {
    return this.update.update_id;
  }

  /** Messages sent or edited in this chat, as returned by the server. */
  get messages(): Message[] {
    return this.delivered.map((d) => d.message);
  }

  /** Texts (or captions) of messages sent or edited in this chat; markup-only edits are skipped. */
  get texts(): string[] {
    return this.delivered
      .filter((d) => d.call.method !== "editMessageReplyMarkup")
      .flatMap((d) => {
        const text = d.message.text ?? d.message.caption;
        return text === undefined ? [] : [text];
      });
  }

  get last(): string | undefined {
    return this.texts.at(-1);
  }

  get callbackAnswers(): Payload[] {
    return this.calls.filter((c) => c.method === "answerCallbackQuery").map((c) => c.payload);
  }

  /** Labels of the inline or reply keyboard sent with the last sent or edited message. */
  get keyboardRows(): string[][] {
    const last = this.delivered.at(-1);
    return last ? keyboardRows(last.call.payload.reply_markup) : [];
  }

  get keyboard(): string[] {
    return this.keyboardRows.flat();
  }

  /** Calls the server refused (for example 400 or 429), useful to spot silent failures. */
  get errors(): RecordedCall[] {
    return this.calls.filter((c) => c.error !== undefined || c.networkFailure === true);
  }
}

export interface ChatOptions {
  clock?: BuildOptions["clock"];
  /** Defaults to the private chat with the user. */
  chat?: UserChat;
  /** How long to wait for the bot to confirm an update (default 10 s). */
  timeoutMs?: number;
}

const defaultPhone = (userId: number): string => `628${String(userId).slice(-9).padStart(9, "0")}`;

/** A user talking to the bot through the fake server; every action resolves with the bot's Reply. */
export class TestChat {
  readonly chat: UserChat;

  constructor(
    readonly api: FakeBotApi,
    readonly user: User,
    private readonly options: ChatOptions = {},
  ) {
    this.chat = options.chat ?? privateChat(user);
  }

  get id(): number {
    return this.chat.id;
  }

  /** The bot's messages in this chat as currently stored (after edits and deletions). */
  get messages(): Message[] {
    return this.api.botMessages(this.id);
  }

  get lastMessage(): Message | undefined {
    return this.messages.at(-1);
  }

  send(text: string): Promise<Reply> {
    return this.push(textMessage(this.user, text, this.buildOptions()));
  }

  command(name: string, payload?: string): Promise<Reply> {
    return this.push(command(this.user, name, payload, this.buildOptions()));
  }

  /** Shares a contact; by default the user's own, as a request_contact button does. */
  shareContact(phone?: string, userId?: number): Promise<Reply> {
    const contact = {
      phone_number: phone ?? defaultPhone(this.user.id),
      first_name: this.user.first_name,
      user_id: userId ?? this.user.id,
      ...(this.user.last_name ? { last_name: this.user.last_name } : {}),
    };
    return this.push(contactMessage(this.user, contact, this.buildOptions()));
  }

  /**
   * Presses the button labelled `label`: an inline button on the most recent bot message that has
   * one, or a button of the current reply keyboard (whichever was sent last).
   */
  press(label: string | RegExp): Promise<Reply> {
    const matches = (text: string): boolean => (typeof label === "string" ? text === label : label.test(text));
    let inline: { message: Message; button: InlineKeyboardButton } | undefined;
    for (const message of [...this.messages].reverse()) {
      const button = message.reply_markup?.inline_keyboard.flat().find((b) => matches(b.text));
      if (button) {
        inline = { message, button };
        break;
      }
    }
    const current = this.api.replyKeyboard(this.id);
    const replyButton = current?.markup.keyboard
      .flat()
      .map((b) => (typeof b === "string" ? { text: b } : b))
      .find((b) => matches(b.text));
    if (current && replyButton && (!inline || current.messageId > inline.message.message_id)) {
      return "request_contact" in replyButton && replyButton.request_contact
        ? this.shareContact()
        : this.send(replyButton.text);
    }
    if (inline) {
      if ("callback_data" in inline.button) return this.pressData(inline.button.callback_data, inline.message);
      return Promise.reject(new Error(`Button "${inline.button.text}" has no callback_data`));
    }
    return Promise.reject(new Error(`No button matching ${String(label)} in chat ${this.id}; ${this.describeButtons()}`));
  }

  /** Sends a callback query with arbitrary data, on `message` or the bot's latest message. */
  pressData(data: string, message?: Message): Promise<Reply> {
    const target = message ?? this.lastMessage;
    if (!target) return Promise.reject(new Error(`No bot message in chat ${this.id} to press a button on`));
    const current = this.api.message(this.id, target.message_id) ?? target;
    return this.push(callbackQuery(this.user, data, current));
  }

  /** Pushes any update and waits until the bot has handled it. */
  async push(input: NewUpdate): Promise<Reply> {
    const polling = pollings.get(this.api);
    if (polling && !polling.isRunning) {
      throw new Error("The bot is not polling", { cause: polling.error });
    }
    const update = this.api.enqueueUpdate(input);
    await this.waitHandled(update.update_id, polling);
    const calls = this.api.calls.filter((c) => c.updateId === update.update_id);
    return new Reply(update, calls, this.id, (id) => this.api.message(this.id, id));
  }

  private async waitHandled(updateId: number, polling: Polling | undefined): Promise<void> {
    const timeoutMs = this.options.timeoutMs ?? 10_000;
    let timer: NodeJS.Timeout | undefined;
    const outcome = await Promise.race([
      this.api.waitForConfirmation(updateId).then(() => "confirmed" as const),
      new Promise<"timeout">((resolve) => (timer = setTimeout(() => resolve("timeout"), timeoutMs))),
      ...(polling ? [polling.done.then(() => "stopped" as const)] : []),
    ]);
    clearTimeout(timer);
    if (outcome === "timeout") {
      throw new Error(`Update ${updateId} was not handled within ${timeoutMs} ms; is the bot polling?`);
    }
    // grammY's default error handler stops the bot, which confirms the failed update on its way out.
    if (polling && (outcome === "stopped" || !polling.isRunning)) {
      await polling.done;
      if (polling.error !== undefined) throw polling.error;
      throw new Error(`The bot stopped while handling update ${updateId}`);
    }
  }

  private buildOptions(): BuildOptions {
    return {
      chat: this.chat,
      ...(this.options.clock ? { clock: this.options.clock } : {}),
    };
  }

  private describeButtons(): string {
    const inline = this.messages.flatMap((m) => m.reply_markup?.inline_keyboard.flat().map((b) => b.text) ?? []);
    const reply = keyboardRows(this.api.replyKeyboard(this.id)?.markup).flat();
    return `inline buttons: [${inline.join(", ")}], reply keyboard: [${reply.join(", ")}]`;
  }
}

export function createChat(api: FakeBotApi, from: User, options: ChatOptions = {}): TestChat {
  return new TestChat(api, from, options);
}
