import { GrammyError } from "grammy";
import type { BotContext } from "../context.js";

/**
 * Edits the pressed message to show `text`. True when shown (an unchanged message counts); false
 * when the message can no longer be edited (e.g. it is a photo's caption): send it anew then.
 */
export async function editInPlace(ctx: BotContext, text: string, options: Parameters<BotContext["editMessageText"]>[1]): Promise<boolean> {
  try {
    await ctx.editMessageText(text, options);
    return true;
  } catch (error) {
    if (error instanceof GrammyError && error.description.includes("message is not modified")) return true;
    if (error instanceof GrammyError && error.error_code === 400) return false;
    throw error;
  }
}
