import { Composer } from "grammy";
import { hasCapability } from "../../services/capabilities.js";
import type { BotContext } from "../context.js";

export async function showHelp(ctx: BotContext): Promise<void> {
  const { account, roles } = ctx.caller;
  const parts = [ctx.t("help-text")];
  if (!account) parts.push(ctx.t("help-unlinked"));
  if (roles.supervisor) parts.push(ctx.t("help-supervisor"));
  // Admins may do everything a leader may, so they get the leader's commands too.
  if (hasCapability(roles, "announce")) parts.push(ctx.t("help-leader"));
  if (roles.admin) parts.push(ctx.t("help-admin"));
  parts.push(ctx.t("help-contact"));
  await ctx.reply(parts.join("\n\n"), { parse_mode: "HTML" });
}

export function helpFeature(): Composer<BotContext> {
  const feature = new Composer<BotContext>();
  feature.command(["help", "bantuan"], showHelp);
  feature.command(["batal", "cancel"], (ctx) => ctx.reply(ctx.t("cancel-nothing")));
  return feature;
}
