import type { Clock } from "../clock.js";
import type { Config } from "../config.js";
import type { Db } from "../db/client.js";
import type { Logger } from "../logger.js";
import type { Messages } from "../services/messages.js";

/** What every Slack listener gets: the same services' dependencies as the Telegram adapter. */
export interface SlackDeps {
  db: Db;
  clock: Clock;
  config: Config;
  logger: Logger;
  /** The shared translations; Slack renders the same keys as Telegram. */
  messages: Messages;
}
