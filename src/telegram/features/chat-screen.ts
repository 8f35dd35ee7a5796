import type { InlineKeyboard } from "grammy";
import type { BotContext } from "../context.js";
import { editInPlace } from "./edit-in-place.js";
import { splitLines } from "./reports/screen.js";

/**
 * Screens of a feature with its own buttons (announcements, campaigns, readiness). A press on one of
 * the feature's own buttons is answered here; a press that only called in (the main menu, the
 * announcement hub) has been answered by its caller.
 */
export interface ChatScreen {
  /** The press is one of this feature's own buttons. */
  ownPress(ctx: BotContext): boolean;
  /** A refusal or a problem: an alert for an own press, a message otherwise. */
  tell(ctx: BotContext, text: string): Promise<void>;
  /** Answers an own press, once the services have agreed to show something. */
  acknowledge(ctx: BotContext, text?: string): Promise<void>;
  /**
   * Lines as a screen: in place of the pressed message when it fits in one message and `inPlace`
   * allows, else as new messages split on line boundaries, the keyboard under the last one.
   */
  show(ctx: BotContext, lines: string[], keyboard?: InlineKeyboard, options?: { inPlace?: boolean }): Promise<void>;
}

export function chatScreen(pattern: RegExp): ChatScreen {
  const ownPress = (ctx: BotContext) => pattern.test(ctx.callbackQuery?.data ?? "");
  return {
    ownPress,
    async tell(ctx, text) {
      if (ownPress(ctx)) await ctx.answerCallbackQuery({ text, show_alert: true });
      else await ctx.reply(text, { parse_mode: "HTML" });
    },
    async acknowledge(ctx, text) {
      if (ownPress(ctx)) await ctx.answerCallbackQuery(text === undefined ? undefined : { text });
    },
    async show(ctx, lines, keyboard, options = {}) {
      const parts = splitLines(lines);
      const common = { parse_mode: "HTML" as const, link_preview_options: { is_disabled: true } };
      if (parts.length === 1 && (options.inPlace ?? true) && ownPress(ctx) && ctx.callbackQuery?.message) {
        if (await editInPlace(ctx, parts[0]!, { ...common, ...(keyboard ? { reply_markup: keyboard } : {}) })) return;
      }
      for (const [index, part] of parts.entries()) {
        const last = index === parts.length - 1;
        await ctx.reply(part, { ...common, ...(last && keyboard ? { reply_markup: keyboard } : {}) });
      }
    },
  };
}

/** The linked, active caller's employee id, or null. */
export function callerId(ctx: BotContext): number | null {
  const account = ctx.caller.account;
  return account?.active ? account.employeeId : null;
}

/** A positive database id from callback data or a command argument ("12" or "#12"); null otherwise. */
export function parseId(text: string): number | null {
  const match = /^#?([1-9]\d{0,9})$/.exec(text.trim());
  if (!match) return null;
  const id = Number(match[1]);
  return id <= 2_147_483_647 ? id : null;
}
