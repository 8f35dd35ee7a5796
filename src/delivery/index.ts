import type { Api } from "grammy";
import type { Clock } from "../clock.js";
import type { Config } from "../config.js";
import type { Db } from "../db/client.js";
import type { Logger } from "../logger.js";
import { Dispatcher } from "./dispatcher.js";
import type { Platform } from "../generated/prisma/enums.js";
import type { SlackWebClient } from "../slack/web-client.js";
import { Pacer } from "./pacer.js";
import type { Sender } from "./sender.js";
import { createSlackSender } from "./slack-sender.js";
import { createTelegramSender } from "./telegram-sender.js";

export { enqueue, enqueueMany, type EnqueueInput, type Recipient } from "./enqueue.js";
export type { DeliveryPayload } from "./payload.js";
export type { Priority } from "./priority.js";

/** Retry schedule for server and network errors: 5 s, 10 s, 20 s, ... at most 15 minutes apart. */
export const DEFAULT_BACKOFF = { baseMs: 5_000, maxMs: 15 * 60_000 };

/**
 * The dispatcher as the bot runs it: a sender for each platform that is running (Telegram, Slack or
 * both), each platform paced under its own limits shared with the other instances on the database,
 * and quiet hours.
 */
export function createDispatcher(deps: {
  db: Db;
  clock: Clock;
  logger: Logger;
  config: Config;
  telegram?: Api;
  /** A Web API client without retries of its own (see createDeliveryWebClient). */
  slack?: SlackWebClient;
}): Dispatcher {
  const { config } = deps;
  const senders: Partial<Record<Platform, Sender>> = {};
  const pacers: Partial<Record<Platform, Pacer>> = {};
  if (deps.telegram) senders.TELEGRAM = createTelegramSender(deps.telegram);
  if (deps.slack) {
    senders.SLACK = createSlackSender(deps.slack);
    const limits = config.slack?.delivery;
    if (!limits) throw new Error("a Slack client was given without the Slack settings (SLACK_BOT_TOKEN, ...)");
    pacers.SLACK = new Pacer({
      limits: {
        globalPerSecond: limits.globalPerSecond,
        perChatPerSecond: limits.perChannelPerSecond,
        perGroupPerMinute: limits.perChannelPerSecond * 60,
      },
    });
  }
  return new Dispatcher({
    db: deps.db,
    clock: deps.clock,
    logger: deps.logger.child({ component: "delivery" }),
    senders,
    pacer: new Pacer({ limits: config.delivery }),
    pacers,
    concurrency: config.delivery.concurrency,
    claimTtlMs: config.delivery.claimTtlSeconds * 1000,
    // Instances sharing the database send for one bot, and Telegram's limit is per bot.
    rateShare: {},
    backoff: { ...DEFAULT_BACKOFF, maxAttempts: config.delivery.maxAttempts },
    quietHours: config.quietHours && { ...config.quietHours, timezone: config.timezone },
  });
}
