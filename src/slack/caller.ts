import { isLocale, type Locale } from "../i18n/index.js";
import type { RoleSet } from "../services/capabilities.js";
import { findLinkedAccount, type LinkedAccount } from "../services/identity/accounts.js";
import { getRoles } from "../services/roles.js";
import type { SlackDeps } from "./deps.js";

export interface SlackCaller {
  slackUserId: string;
  /** The linked account, or null when this Slack user is not linked yet. */
  account: LinkedAccount | null;
  roles: RoleSet;
  locale: Locale;
}

const NO_ROLES: RoleSet = { admin: false, leader: false, supervisor: false };

/** Who is acting in Slack: the linked employee (by Slack user id), their roles and their language. */
export async function resolveSlackCaller(deps: SlackDeps, slackUserId: string): Promise<SlackCaller> {
  const account = await findLinkedAccount(deps, "SLACK", slackUserId);
  const locale = isLocale(account?.locale) ? account.locale : deps.config.defaultLocale;
  if (!account || !account.active) return { slackUserId, account, roles: NO_ROLES, locale };
  const roles = await getRoles(deps, account.employeeId);
  return { slackUserId, account, roles: { admin: roles.admin, leader: roles.leader, supervisor: roles.supervisor }, locale };
}
