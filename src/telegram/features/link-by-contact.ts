import { escapeHtml } from "../../i18n/html.js";
import { Composer } from "grammy";
import { linkByContact } from "../../services/identity/link-by-contact.js";
import type { BotContext } from "../context.js";
import type { BotDeps } from "../deps.js";
import { telegramIdentity } from "../identity.js";
import { linkKeyboard } from "../keyboards/link-keyboard.js";
import { afterLinked } from "./after-linked.js";

/** A shared contact links the account when the phone matches the roster. */
export function linkByContactFeature(deps: BotDeps): Composer<BotContext> {
  const feature = new Composer<BotContext>();
  feature.chatType("private").on("message:contact", async (ctx) => {
    if (ctx.caller.account) {
      await ctx.reply(ctx.t("link-account-already-linked", { name: escapeHtml(ctx.caller.account.name) }), {
        parse_mode: "HTML",
        reply_markup: { remove_keyboard: true },
      });
      return;
    }
    const contact = ctx.message.contact;
    const result = await linkByContact(deps, telegramIdentity(ctx), {
      senderId: String(ctx.from.id),
      contactUserId: contact.user_id === undefined ? null : String(contact.user_id),
      phone: contact.phone_number,
    });
    ctx.log.info({ outcome: result.ok ? "linked" : result.error }, "link by contact");
    if (result.ok) {
      await afterLinked(deps, ctx, result.name);
      return;
    }
    const name = ("linkedName" in result && result.linkedName) || "";
    await ctx.reply(ctx.t(`link-${result.error}`, { name: escapeHtml(name) }), { parse_mode: "HTML", reply_markup: linkKeyboard(ctx.t) });
  });
  return feature;
}
