import type { Conversation } from "@grammyjs/conversations";
import { GrammyError, InlineKeyboard } from "grammy";
import type { InlineKeyboardButton, Message } from "grammy/types";
import type { Translate } from "../src/i18n/index.js";
import type { BotContext, ConversationContext } from "../src/telegram/context.js";

/**
 * The composing conversation's side of the chat: one prompt at a time, each with its buttons and a
 * cancel button. Only the buttons of the prompt on screen count; older ones are answered as stale.
 *
 * Callback data: `cmp:<value>` (values are short ids: `u:<unitId>`, `p:<page>`, `send`, ...), and
 * `cmp:x` to cancel. Buttons pressed after the conversation has ended are answered by the
 * announcements feature.
 */
export const COMPOSE_PREFIX = "cmp:";
const CANCEL_VALUE = "x";
const CANCEL_COMMAND = /^\/(batal|cancel)(@\w+)?$/i;
/** The preview's acknowledgement button (see renderAnnouncement). */
const PREVIEW_ACK = "ack:preview";

export type Rows = InlineKeyboardButton[][];

export interface Screen {
  text: string;
  rows: Rows;
}

export type Input = { kind: "button"; value: string } | { kind: "message"; message: Message } | { kind: "cancel" };

export const button = (label: string, value: string): InlineKeyboardButton => InlineKeyboard.text(label, `${COMPOSE_PREFIX}${value}`);

function isCommand(message: Message): boolean {
  return message.entities?.some((entity) => entity.type === "bot_command" && entity.offset === 0) ?? false;
}

function ignorable(error: unknown): boolean {
  return error instanceof GrammyError && /message is not modified|message to edit not found/.test(error.description);
}

export class ComposeChat {
  /** The latest update's context: replies go there. */
  last: ConversationContext;
  private shown: { chatId: number; messageId: number } | null = null;
  private notes: string[] = [];
  private readonly previews = new Set<number>();

  constructor(
    private readonly conversation: Conversation<BotContext, ConversationContext>,
    private readonly t: Translate,
    first: ConversationContext,
  ) {
    this.last = first;
  }

  /** The author's private chat. */
  get chatId(): number {
    return this.last.chat?.id ?? this.last.from!.id;
  }

  /** A line shown above the next prompt, e.g. what the last step decided. */
  note(text: string): void {
    this.notes.push(text);
  }

  /** Sends a prompt (with the notes so far) and makes its buttons the ones that count. */
  async show(screen: Screen): Promise<void> {
    await this.settle();
    const text = [...this.notes, screen.text].join("\n\n");
    this.notes = [];
    const rows = [...screen.rows, [button(this.t("compose-button-cancel"), CANCEL_VALUE)]];
    const sent = await this.last.reply(text, { parse_mode: "HTML", reply_markup: InlineKeyboard.from(rows) });
    this.shown = { chatId: sent.chat.id, messageId: sent.message_id };
  }

  /** Redraws the prompt on screen in place, e.g. after a toggle or a page turn. */
  async redraw(screen: Screen): Promise<void> {
    if (!this.shown) return this.show(screen);
    const rows = [...screen.rows, [button(this.t("compose-button-cancel"), CANCEL_VALUE)]];
    try {
      await this.last.api.editMessageText(this.shown.chatId, this.shown.messageId, screen.text, {
        parse_mode: "HTML",
        reply_markup: InlineKeyboard.from(rows),
      });
    } catch (error) {
      if (!ignorable(error)) throw error;
    }
  }

  /** Removes the buttons of the prompt on screen: its step is over. */
  async settle(): Promise<void> {
    if (!this.shown) return;
    const { chatId, messageId } = this.shown;
    this.shown = null;
    try {
      await this.last.api.editMessageReplyMarkup(chatId, messageId);
    } catch (error) {
      if (!ignorable(error)) throw error;
    }
  }

  /** A message without buttons, after the notes so far. */
  async say(text: string): Promise<void> {
    const full = [...this.notes, text].join("\n\n");
    this.notes = [];
    await this.last.reply(full, { parse_mode: "HTML" });
  }

  /** Remembers a preview message, whose buttons only explain themselves. */
  markPreview(messageId: number): void {
    this.previews.add(messageId);
  }

  /**
   * The next thing the author does: a button of the prompt on screen, a message, or cancelling
   * (the cancel button or /batal). Other buttons and commands are answered here and waited past.
   */
  async read(): Promise<Input> {
    for (;;) {
      const next = await this.conversation.wait();
      this.last = next;
      const query = next.callbackQuery;
      if (query) {
        const data = query.data ?? "";
        const messageId = query.message?.message_id;
        if (this.shown && messageId === this.shown.messageId && data.startsWith(COMPOSE_PREFIX)) {
          await next.answerCallbackQuery();
          const value = data.slice(COMPOSE_PREFIX.length);
          if (value !== CANCEL_VALUE) return { kind: "button", value };
          await this.settle();
          return { kind: "cancel" };
        }
        const answer =
          messageId !== undefined && this.previews.has(messageId)
            ? this.t(data === PREVIEW_ACK ? "announcements-ack-preview" : "compose-preview-only")
            : this.t(data.startsWith(COMPOSE_PREFIX) ? "compose-button-stale" : "compose-in-progress");
        await next.answerCallbackQuery({ text: answer });
        continue;
      }
      const message = next.message;
      if (!message) continue;
      if (message.text !== undefined && CANCEL_COMMAND.test(message.text.trim())) {
        await this.settle();
        return { kind: "cancel" };
      }
      if (isCommand(message)) {
        await next.reply(this.t("compose-in-progress"));
        continue;
      }
      return { kind: "message", message };
    }
  }
}
