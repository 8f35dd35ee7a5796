import type { InlineKeyboard } from "grammy";
import type { BotContext } from "../context.js";
import { editInPlace } from "./edit-in-place.js";

/** Raw HTML per message, well below Telegram's 4096 characters of parsed text. */
export const MESSAGE_BUDGET = 3800;

/**
 * Screens of a feature with its own buttons (announcements, campaigns, readiness, reports). A press on
 * one of the feature's own buttons is answered here; a press that only called in (the main menu, the
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

/** Groups lines into messages under the budget; a line longer than that is cut between words. */
export function splitLines(lines: string[], budget = MESSAGE_BUDGET): string[] {
  const parts: string[] = [];
  let current: string[] = [];
  let length = 0;
  const flush = () => {
    const text = current.join("\n").replace(/^\n+|\n+$/g, "");
    if (text.trim() !== "") parts.push(text);
    current = [];
    length = 0;
  };
  for (const line of lines.flatMap((line) => cutLine(line, budget))) {
    if (current.length > 0 && length + 1 + line.length > budget) flush();
    length += (current.length > 0 ? 1 : 0) + line.length;
    current.push(line);
  }
  flush();
  return parts;
}

/** Long lines are escaped record text without tags; a cut never splits an HTML entity such as `&amp;`. */
function cutLine(line: string, budget: number): string[] {
  const pieces: string[] = [];
  let rest = line;
  while (rest.length > budget) {
    let cut = rest.lastIndexOf(" ", budget);
    if (cut < budget / 2) cut = budget;
    const entity = rest.lastIndexOf("&", cut - 1);
    if (entity >= 0 && cut - entity < 10 && !rest.slice(entity, cut).includes(";")) cut = entity;
    pieces.push(rest.slice(0, cut));
    rest = rest.slice(cut).trimStart();
  }
  pieces.push(rest);
  return pieces;
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
