import { InlineKeyboard } from "grammy";
import { escapeHtml } from "../../i18n/html.js";
import type { Translate } from "../../i18n/index.js";
import { capabilitiesFor } from "../../services/capabilities.js";
import type { Caller } from "../context.js";

export interface RenderedMessage {
  text: string;
  reply_markup: InlineKeyboard;
}

/** Role names the caller holds, in the caller's language. */
export function roleNames(t: Translate, caller: Caller): string {
  const names = [t("role-asn")];
  if (caller.roles.supervisor) names.push(t("role-supervisor"));
  if (caller.roles.leader) names.push(t("role-leader"));
  if (caller.roles.admin) names.push(t("role-admin"));
  return names.join(", ");
}

export function renderMainMenu(t: Translate, caller: Caller): RenderedMessage {
  const account = caller.account!;
  const keyboard = new InlineKeyboard();
  capabilitiesFor(caller.roles).forEach((capability, index) => {
    keyboard.text(t(`menu-${capability}`), `menu:${capability}`);
    if (index % 2 === 1) keyboard.row();
  });
  keyboard.row().text(t("menu-language"), "menu:language").text(t("menu-help"), "menu:help");
  const text = `${t("menu-greeting", { name: escapeHtml(account.name), unit: escapeHtml(account.unitName) })}\n\n${t("menu-roles", { roles: roleNames(t, caller) })}`;
  return { text, reply_markup: keyboard };
}
