import type { Api } from "grammy";
import type { Clock } from "../clock.js";
import type { Config } from "../config.js";
import type { Db } from "../db/client.js";
import type { Logger } from "../logger.js";
import { Dispatcher } from "./dispatcher.js";
import { Pacer } from "./pacer.js";
import { createTelegramSender } from "./telegram-sender.js";

export { enqueue, enqueueMany, type EnqueueInput, type Recipient } from "./enqueue.js";
export type { DeliveryPayload } from "./payload.js";
export type { Priority } from "./priority.js";

/** Retry schedule for server and network errors: 5 s, 10 s, 20 s, ... at most 15 minutes apart. */
export const DEFAULT_BACKOFF = { baseMs: 5_000, maxMs: 15 * 60_000 };

/** The dispatcher as the bot runs it: Telegram sender, configured limits and quiet hours. */
export function createDispatcher(deps: { db: Db; clock: Clock; logger: Logger; config: Config; telegram: Api }): Dispatcher {
  const { config } = deps;
  return new Dispatcher({
    db: deps.db,
    clock: deps.clock,
    logger: deps.logger.child({ component: "delivery" }),
    senders: { TELEGRAM: createTelegramSender(deps.telegram) },
    pacer: new Pacer({ limits: config.delivery }),
    concurrency: config.delivery.concurrency,
    backoff: { ...DEFAULT_BACKOFF, maxAttempts: config.delivery.maxAttempts },
    quietHours: config.quietHours && { ...config.quietHours, timezone: config.timezone },
  });
}
