import type { Conversation } from "@grammyjs/conversations";
import { isLocale, type Locale, type Translate } from "../src/i18n/index.js";
import type { BotContext, ConversationContext } from "../src/telegram/context.js";
import type { BotDeps } from "../src/telegram/deps.js";

/**
 * Conversations replay with plain context objects, so outside plugins such as i18n do not run
 * in them. The user's locale is read once from the outside context and replayed from then on.
 */
export async function conversationLocale(
  conversation: Conversation<BotContext, ConversationContext>,
  deps: Pick<BotDeps, "i18n" | "config">,
): Promise<{ locale: Locale; t: Translate }> {
  const stored = await conversation.external((outside) => outside.i18n.getLocale());
  const locale = isLocale(stored) ? stored : deps.config.defaultLocale;
  return { locale, t: (key, vars) => deps.i18n.t(locale, key, vars) };
}
