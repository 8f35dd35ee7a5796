import { autoRetry } from "@grammyjs/auto-retry";
import { run } from "@grammyjs/runner";
import type { Api, Bot, RawApi } from "grammy";
import type { App } from "../app.js";
import { startBackgroundWork, type BackgroundWork } from "../background.js";
import { createI18n } from "../i18n/index.js";
import { bootstrapAdmins } from "../services/roles.js";
import { createBot, type CreateBotOptions } from "./bot.js";
import { publishCommands } from "./commands.js";
import type { BotContext } from "./context.js";

export interface StartedBot {
  bot: Bot<BotContext, Api<RawApi>>;
  background: BackgroundWork;
}

/**
 * What polling and webhook mode share: the configured admins, the bot with retries on 429s,
 * its identity and command menu, and the background work (delivery dispatcher and scheduler).
 */
export async function startBot(
  app: App,
  token: string,
  options: Pick<CreateBotOptions, "onUpdateError"> = {},
): Promise<StartedBot> {
  const { config } = app;
  await bootstrapAdmins(app, { adminNips: config.adminNips });
  const bot = createBot(app, { token, apiRoot: config.telegramApiRoot, ...options });
  bot.api.config.use(autoRetry({ maxRetryAttempts: 3, maxDelaySeconds: 60 }));
  await bot.init();
  await publishCommands(bot.api, { i18n: createI18n(config.defaultLocale), config });
  const background = startBackgroundWork(app, { token, apiRoot: config.telegramApiRoot });
  return { bot, background };
}

/** Runs the bot for real: long polling with grammY's runner, one update per chat at a time. */
export async function runTelegram(app: App, token: string): Promise<void> {
  const { config, logger } = app;
  const { bot, background } = await startBot(app, token);
  logger.info({ mode: "long polling", bot: bot.botInfo.username, apiRoot: config.telegramApiRoot }, "Telegram bot started");

  const runner = run(bot, { runner: { fetch: { allowed_updates: ["message", "callback_query"] } } });
  const stop = async (signal: string) => {
    logger.info({ signal }, "stopping");
    if (runner.isRunning()) await runner.stop();
  };
  process.once("SIGINT", () => void stop("SIGINT"));
  process.once("SIGTERM", () => void stop("SIGTERM"));
  await runner.task();
  // The runner's task ends when polling stops, not when the updates already fetched are handled.
  while (runner.size() > 0) await new Promise((resolve) => setTimeout(resolve, 50));
  await background.stop();
  await app.close();
}
