import type { I18n } from "@grammyjs/i18n";
import type { Clock } from "../clock.js";
import type { Config } from "../config.js";
import type { Db } from "../db/client.js";
import type { Logger } from "../logger.js";
import type { Messages } from "../services/messages.js";
import type { BotContext } from "./context.js";

export interface BotDeps {
  db: Db;
  clock: Clock;
  config: Config;
  logger: Logger;
  i18n: I18n<BotContext>;
  /** Translations for messages to other people (through the delivery queue). */
  messages: Messages;
}
