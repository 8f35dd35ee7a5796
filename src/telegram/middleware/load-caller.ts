import type { MiddlewareFn } from "grammy";
import type { Clock } from "../../clock.js";
import type { Db } from "../../db/client.js";
import type { RoleSet } from "../../services/capabilities.js";
import { findLinkedAccount } from "../../services/identity/accounts.js";
import { getRoles } from "../../services/roles.js";
import type { BotContext, Caller } from "../context.js";

export const NO_ROLES: RoleSet = { admin: false, leader: false, supervisor: false };

export async function resolveCaller(deps: { db: Db; clock: Clock }, telegramUserId: number): Promise<Caller> {
  const account = await findLinkedAccount(deps, "TELEGRAM", String(telegramUserId));
  if (!account || !account.active) return { account, roles: NO_ROLES };
  const roles = await getRoles(deps, account.employeeId);
  return { account, roles: { admin: roles.admin, leader: roles.leader, supervisor: roles.supervisor } };
}

export function loadCaller(deps: { db: Db; clock: Clock }): MiddlewareFn<BotContext> {
  return async (ctx, next) => {
    ctx.caller = ctx.from ? await resolveCaller(deps, ctx.from.id) : { account: null, roles: NO_ROLES };
    await next();
  };
}
