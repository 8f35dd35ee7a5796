import type {
  InlineKeyboardButton,
  InlineKeyboardMarkup,
  KeyboardButton,
  ReplyKeyboardMarkup,
} from "grammy/types";

export type Payload = Record<string, unknown>;
export type ChatId = number | string;

export interface ErrorParameters {
  retry_after?: number;
  migrate_to_chat_id?: number;
}

/** An error answered by the fake server, shaped like Telegram's `{ ok: false }` bodies. */
export class BotApiError extends Error {
  constructor(
    readonly errorCode: number,
    readonly description: string,
    readonly parameters?: ErrorParameters,
  ) {
    super(description);
    this.name = "BotApiError";
  }

  toBody(): { ok: false; error_code: number; description: string; parameters?: ErrorParameters } {
    return {
      ok: false,
      error_code: this.errorCode,
      description: this.description,
      ...(this.parameters ? { parameters: this.parameters } : {}),
    };
  }
}

export const badRequest = (detail: string): BotApiError => new BotApiError(400, `Bad Request: ${detail}`);

export const tooManyRequests = (retryAfter: number): BotApiError =>
  new BotApiError(429, `Too Many Requests: retry after ${retryAfter}`, { retry_after: retryAfter });

export const blockedByUser = (): BotApiError => new BotApiError(403, "Forbidden: bot was blocked by the user");

export const LIMITS = {
  messageText: 4096,
  caption: 1024,
  callbackDataBytes: 64,
  callbackAnswerText: 200,
  mediaGroupMin: 2,
  mediaGroupMax: 10,
  commands: 100,
  commandName: 32,
  commandDescription: 256,
} as const;

const NOT_MODIFIED =
  "message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message";

export const notModified = (): BotApiError => badRequest(NOT_MODIFIED);

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Reads `chat_id` (or another chat field); numeric strings become numbers as Telegram does. */
export function requireChatId(payload: Payload, field = "chat_id"): ChatId {
  const value = payload[field];
  if (value === undefined || value === null || value === "") throw badRequest("chat_id is empty");
  if (typeof value === "number" && Number.isInteger(value)) return value;
  if (typeof value === "string") {
    if (/^-?\d+$/.test(value)) return Number(value);
    if (/^@\w{4,}$/.test(value)) return value;
  }
  throw badRequest("chat not found");
}

export function requireMessageId(payload: Payload, field = "message_id"): number {
  const value = payload[field];
  const id = typeof value === "string" && /^\d+$/.test(value) ? Number(value) : value;
  if (typeof id !== "number" || !Number.isInteger(id) || id <= 0) {
    throw badRequest("message identifier is not specified");
  }
  return id;
}

/** `text` is the text after entity parsing; length counts UTF-16 code units. */
export function checkMessageText(text: string, edit = false): void {
  if (text.trim().length === 0) throw badRequest("message text is empty");
  if (text.length > LIMITS.messageText) throw badRequest(edit ? "MESSAGE_TOO_LONG" : "message is too long");
}

export function checkCaption(caption: string | undefined): void {
  if (caption !== undefined && caption.length > LIMITS.caption) throw badRequest("message caption is too long");
}

export function checkCallbackAnswerText(text: unknown): void {
  if (typeof text === "string" && text.length > LIMITS.callbackAnswerText) throw badRequest("MESSAGE_TOO_LONG");
}

export type ReplyMarkup =
  | InlineKeyboardMarkup
  | ReplyKeyboardMarkup
  | { remove_keyboard: true; selective?: boolean }
  | { force_reply: true; input_field_placeholder?: string; selective?: boolean };

export function isInlineKeyboard(markup: unknown): markup is InlineKeyboardMarkup {
  return isRecord(markup) && Array.isArray(markup.inline_keyboard);
}

export function isReplyKeyboard(markup: unknown): markup is ReplyKeyboardMarkup {
  return isRecord(markup) && Array.isArray(markup.keyboard);
}

const markupUnparsable = (): BotApiError => badRequest("can't parse reply keyboard markup JSON object");

/** Validates `reply_markup` and returns it normalised (reply keyboard strings become `{ text }`). */
export function validateReplyMarkup(markup: unknown): ReplyMarkup | undefined {
  if (markup === undefined || markup === null) return undefined;
  let value = markup;
  if (typeof value === "string") {
    try {
      value = JSON.parse(value);
    } catch {
      throw markupUnparsable();
    }
  }
  if (!isRecord(value)) throw markupUnparsable();
  if ("inline_keyboard" in value) return { ...value, inline_keyboard: validateInlineKeyboard(value.inline_keyboard) };
  if ("keyboard" in value) return { ...value, keyboard: validateReplyKeyboard(value.keyboard) } as ReplyKeyboardMarkup;
  if (value.remove_keyboard === true || value.force_reply === true) return value as ReplyMarkup;
  throw markupUnparsable();
}

const INLINE_ACTIONS = [
  "url",
  "callback_data",
  "web_app",
  "login_url",
  "switch_inline_query",
  "switch_inline_query_current_chat",
  "switch_inline_query_chosen_chat",
  "copy_text",
  "callback_game",
  "pay",
] as const;

function validateInlineKeyboard(rows: unknown): InlineKeyboardButton[][] {
  if (!Array.isArray(rows) || !rows.every(Array.isArray)) {
    throw badRequest('field "inline_keyboard" must be an Array of Arrays');
  }
  for (const row of rows as unknown[][]) {
    for (const button of row) {
      if (!isRecord(button)) throw badRequest("can't parse inline keyboard button: InlineKeyboardButton must be an Object");
      if (typeof button.text !== "string") {
        throw badRequest('can\'t parse inline keyboard button: Field "text" must be of type String');
      }
      if (!INLINE_ACTIONS.some((action) => button[action] !== undefined)) {
        throw badRequest("can't parse inline keyboard button: Text buttons are unallowed in the inline keyboard");
      }
      if (button.callback_data !== undefined) checkCallbackData(button.callback_data);
      if (button.url !== undefined && !isValidButtonUrl(button.url)) throw badRequest("BUTTON_URL_INVALID");
    }
  }
  return rows as InlineKeyboardButton[][];
}

function checkCallbackData(data: unknown): void {
  if (typeof data !== "string") throw badRequest("BUTTON_DATA_INVALID");
  const bytes = Buffer.byteLength(data, "utf8");
  if (bytes < 1 || bytes > LIMITS.callbackDataBytes) throw badRequest("BUTTON_DATA_INVALID");
}

// Telegram rejects URLs it cannot open from a phone, notably localhost.
function isValidButtonUrl(url: unknown): boolean {
  if (typeof url !== "string" || url.trim() === "" || /\s/.test(url)) return false;
  if (/^(tg|ton):\/\/\S+$/i.test(url)) return true;
  try {
    const parsed = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(url) ? url : `http://${url}`);
    return (parsed.protocol === "http:" || parsed.protocol === "https:") && parsed.hostname.includes(".");
  } catch {
    return false;
  }
}

function validateReplyKeyboard(rows: unknown): KeyboardButton[][] {
  if (!Array.isArray(rows) || !rows.every(Array.isArray)) {
    throw badRequest('field "keyboard" must be an Array of Arrays');
  }
  return (rows as unknown[][]).map((row) =>
    row.map((button) => {
      if (typeof button === "string") return { text: button };
      if (!isRecord(button) || typeof button.text !== "string") {
        throw badRequest('can\'t parse keyboard button: Field "text" must be of type String');
      }
      return button as unknown as KeyboardButton;
    }),
  );
}

export function validateCommands(commands: unknown): Array<{ command: string; description: string }> {
  if (!Array.isArray(commands)) throw badRequest("can't parse commands JSON object");
  if (commands.length > LIMITS.commands) throw badRequest("BOT_COMMANDS_TOO_MUCH");
  return commands.map((entry) => {
    if (!isRecord(entry) || typeof entry.command !== "string" || typeof entry.description !== "string") {
      throw badRequest("can't parse BotCommand");
    }
    const command = entry.command.replace(/^\//, "");
    if (!/^[a-z0-9_]{1,32}$/.test(command)) throw badRequest("BOT_COMMAND_INVALID");
    if (entry.description.trim().length === 0 || entry.description.length > LIMITS.commandDescription) {
      throw badRequest("BOT_COMMAND_DESCRIPTION_INVALID");
    }
    return { command, description: entry.description };
  });
}
