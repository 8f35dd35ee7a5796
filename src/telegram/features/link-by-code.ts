import { escapeHtml } from "../../i18n/html.js";
import { Composer } from "grammy";
import { LINK_BY_CODE } from "../../../conversations/link-by-code.js";
import type { BotContext } from "../context.js";
import type { BotDeps } from "../deps.js";
import { linkWithCodeLabels } from "../keyboards/link-keyboard.js";

/** The keyboard button or /tautkan starts the NIP-plus-code conversation. */
export function linkByCodeFeature(deps: BotDeps): Composer<BotContext> {
  const feature = new Composer<BotContext>();
  const privateChat = feature.chatType("private");
  const enter = async (ctx: BotContext) => {
    if (ctx.caller.account) {
      await ctx.reply(ctx.t("link-account-already-linked", { name: escapeHtml(ctx.caller.account.name) }), {
        parse_mode: "HTML",
        reply_markup: { remove_keyboard: true },
      });
      return;
    }
    await ctx.conversation.enter(LINK_BY_CODE);
  };
  privateChat.hears(linkWithCodeLabels(deps), enter);
  privateChat.command(["tautkan", "link"], enter);
  return feature;
}
