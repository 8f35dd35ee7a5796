import type { InlineKeyboard } from "grammy";
import type { BotContext } from "../../context.js";
import { editInPlace } from "../edit-in-place.js";
import { REPORTS_PATTERN } from "./callback-data.js";

/** Showing the reports' screens and answering their buttons. */

/** Raw HTML per message, well below Telegram's 4096 characters of parsed text. */
const MESSAGE_BUDGET = 3800;

/** A press on one of the reports' own buttons (the main menu answers its own before calling in). */
export function ownPress(ctx: BotContext): boolean {
  return REPORTS_PATTERN.test(ctx.callbackQuery?.data ?? "");
}

/** The linked caller's employee id; otherwise says how to link and gives null. */
export async function viewerOf(ctx: BotContext): Promise<number | null> {
  const account = ctx.caller.account;
  if (account?.active) return account.employeeId;
  await tell(ctx, ctx.t("need-link"));
  return null;
}

/** A refusal or a problem: an alert for a press, a message for a command or the menu. */
export async function tell(ctx: BotContext, text: string): Promise<void> {
  if (ownPress(ctx)) await ctx.answerCallbackQuery({ text, show_alert: true });
  else await ctx.reply(text, { parse_mode: "HTML" });
}

/** Answers the press (once the services have agreed to show something). */
export async function acknowledge(ctx: BotContext, text?: string): Promise<void> {
  if (ownPress(ctx)) await ctx.answerCallbackQuery(text === undefined ? undefined : { text });
}

/** A one-message screen: in place of the pressed hub or list, or as a new message. */
export async function showScreen(ctx: BotContext, text: string, keyboard: InlineKeyboard): Promise<void> {
  const options = { parse_mode: "HTML" as const, reply_markup: keyboard, link_preview_options: { is_disabled: true } };
  if (ownPress(ctx) && ctx.callbackQuery?.message && (await editInPlace(ctx, text, options))) return;
  await ctx.reply(text, options);
}

/** Long text as new messages split on line boundaries, the keyboard under the last one. */
export async function sendLines(ctx: BotContext, lines: string[], keyboard?: InlineKeyboard): Promise<void> {
  const parts = splitLines(lines);
  for (const [index, part] of parts.entries()) {
    const last = index === parts.length - 1;
    await ctx.reply(part, {
      parse_mode: "HTML",
      link_preview_options: { is_disabled: true },
      ...(last && keyboard ? { reply_markup: keyboard } : {}),
    });
  }
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
