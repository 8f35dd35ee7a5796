import type { Context } from "grammy";
import type { ChatIdentity } from "../services/identity/link-account.js";

/** The platform-free identity of a Telegram private chat, as the identity services expect it. */
export function telegramIdentity(ctx: Context, locale?: string): ChatIdentity {
  const from = ctx.from!;
  return {
    platform: "TELEGRAM",
    externalId: String(from.id),
    chatId: String(ctx.chat?.id ?? from.id),
    username: from.username ?? null,
    displayName: [from.first_name, from.last_name].filter(Boolean).join(" "),
    locale: locale ?? null,
  };
}
