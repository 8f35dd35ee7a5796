import type { ConversationFlavor } from "@grammyjs/conversations";
import type { I18nFlavor } from "@grammyjs/i18n";
import type { Context, SessionFlavor } from "grammy";
import type { Locale } from "../i18n/index.js";
import type { Logger } from "../logger.js";
import type { RoleSet } from "../services/capabilities.js";
import type { LinkedAccount } from "../services/identity/accounts.js";

export interface SessionData {
  locale?: Locale;
}

/** Who is talking, resolved once per update by the load-account middleware. */
export interface Caller {
  account: LinkedAccount | null;
  roles: RoleSet;
}

interface BotExtras {
  caller: Caller;
  log: Logger;
}

export type BaseContext = Context & SessionFlavor<SessionData> & I18nFlavor & BotExtras;
export type BotContext = ConversationFlavor<BaseContext>;
/** Context objects inside conversations: plain, since outside middleware does not run there. */
export type ConversationContext = Context;
