import type { Conversation } from "@grammyjs/conversations";
import type { Translate } from "../src/i18n/index.js";
import type { BotContext, ConversationContext } from "../src/telegram/context.js";

export const CANCEL = Symbol("cancel");

/**
 * Waits for typed text. Anything else is answered and waited for again; /batal (or /cancel)
 * ends the flow; other commands get a reminder of what is in progress.
 */
export async function waitForText(
  conversation: Conversation<BotContext, ConversationContext>,
  t: Translate,
  inProgressKey: string,
): Promise<{ text: string; ctx: ConversationContext } | typeof CANCEL> {
  for (;;) {
    const ctx = await conversation.waitFor("message:text", {
      otherwise: (other) => other.reply(t("link-text-expected")),
    });
    const text = ctx.message.text.trim();
    if (/^\/(batal|cancel)(@\w+)?$/i.test(text)) return CANCEL;
    if (text.startsWith("/")) {
      await ctx.reply(t(inProgressKey));
      continue;
    }
    return { text, ctx };
  }
}
