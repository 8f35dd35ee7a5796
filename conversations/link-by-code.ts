import { escapeHtml } from "../src/i18n/html.js";
import type { Conversation } from "@grammyjs/conversations";
import { formatTime } from "../src/i18n/format-date.js";
import { linkByCode } from "../src/services/identity/link-by-code.js";
import { normalizeNip } from "../src/services/roster/nip.js";
import type { BotContext, ConversationContext } from "../src/telegram/context.js";
import type { BotDeps } from "../src/telegram/deps.js";
import { prepareLinkedCaller, sendLinkedWelcome } from "../src/telegram/features/after-linked.js";
import { telegramIdentity } from "../src/telegram/identity.js";
import { conversationLocale } from "./translate.js";
import { CANCEL, waitForText } from "./wait-for-text.js";

export const LINK_BY_CODE = "link-by-code";

/** Asks for the NIP, then the activation code, until the link succeeds, is refused for good, or is cancelled. */
export function createLinkByCodeConversation(deps: BotDeps) {
  return async function linkByCodeConversation(
    conversation: Conversation<BotContext, ConversationContext>,
    ctx: ConversationContext,
  ): Promise<void> {
    const { locale, t } = await conversationLocale(conversation, deps);
    const identity = telegramIdentity(ctx);

    await ctx.reply(t("link-ask-nip"), { parse_mode: "HTML", reply_markup: { remove_keyboard: true } });
    let nip: string | undefined;
    while (!nip) {
      const answer = await waitForText(conversation, t, "link-in-progress-command");
      if (answer === CANCEL) return void (await ctx.reply(t("link-cancelled")));
      const candidate = normalizeNip(answer.text);
      if (/^\d{18}$/.test(candidate)) nip = candidate;
      else await answer.ctx.reply(t("link-nip-malformed"), { parse_mode: "HTML" });
    }

    await ctx.reply(t("link-ask-code"), { parse_mode: "HTML" });
    for (;;) {
      const answer = await waitForText(conversation, t, "link-in-progress-command");
      if (answer === CANCEL) return void (await ctx.reply(t("link-cancelled")));
      const result = await conversation.external(async () => {
        const outcome = await linkByCode(
          { ...deps, limits: { maxFailedAttempts: deps.config.linkMaxFailedAttempts, lockoutMinutes: deps.config.linkLockoutMinutes } },
          identity,
          { nip: nip!, code: answer.text },
        );
        // External results are replayed from storage, so they must be plain JSON.
        return outcome.ok
          ? { ok: true as const, name: outcome.name, caller: await prepareLinkedCaller(deps, Number(identity.externalId)) }
          : {
              ok: false as const,
              error: outcome.error,
              linkedName: "linkedName" in outcome ? outcome.linkedName : undefined,
              retryAt: "retryAt" in outcome ? outcome.retryAt.toISOString() : undefined,
            };
      });
      if (result.ok) return sendLinkedWelcome(answer.ctx, t, result.name, result.caller);
      if (result.error === "code-invalid") {
        await answer.ctx.reply(t("link-code-invalid"));
        continue;
      }
      const time = result.retryAt ? formatTime(new Date(result.retryAt), locale, deps.config.timezone) : "";
      await answer.ctx.reply(t(`link-${result.error}`, { name: escapeHtml(result.linkedName ?? ""), time }), { parse_mode: "HTML" });
      return;
    }
  };
}
