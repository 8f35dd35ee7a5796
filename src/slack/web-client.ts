import { webApi } from "@slack/bolt";
import type { SlackSettings } from "../config.js";
import type { Logger } from "../logger.js";
import { boltLogger } from "./logger.js";

export type SlackWebClient = webApi.WebClient;

/**
 * Options for every Slack Web API client: the configured API URL (tests and proxies) and a short
 * retry policy, because a person is waiting for interactive answers.
 */
export function slackClientOptions(settings: Pick<SlackSettings, "apiUrl">, logger: Logger): webApi.WebClientOptions {
  return {
    slackApiUrl: settings.apiUrl,
    logger: boltLogger(logger),
    retryConfig: { retries: 2, factor: 2, minTimeout: 250, maxTimeout: 2_000 },
    timeout: 15_000,
  };
}

/**
 * The client the delivery queue sends with. It never retries and never waits out a rate limit on
 * its own: a 429 comes back at once, so the dispatcher pauses Slack sending for Retry-After.
 */
export function createDeliveryWebClient(settings: Pick<SlackSettings, "apiUrl" | "botToken">, logger: Logger): webApi.WebClient {
  return new webApi.WebClient(settings.botToken, {
    ...slackClientOptions(settings, logger),
    retryConfig: { retries: 0 },
    rejectRateLimitedCalls: true,
  });
}
