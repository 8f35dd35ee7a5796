import { autoRetry } from "@grammyjs/auto-retry";
import { run } from "@grammyjs/runner";
import type { App } from "../app.js";
import { startBackgroundWork } from "../background.js";
import { createI18n } from "../i18n/index.js";
import { bootstrapAdmins } from "../services/roles.js";
import { createBot } from "./bot.js";
import { publishCommands } from "./commands.js";

/** Runs the bot for real: long polling with grammY's runner, one update per chat at a time. */
export async function runTelegram(app: App, token: string): Promise<void> {
  const { config, logger } = app;
  await bootstrapAdmins(app, { adminNips: config.adminNips });
  const bot = createBot(app, { token, apiRoot: config.telegramApiRoot });
  bot.api.config.use(autoRetry({ maxRetryAttempts: 3, maxDelaySeconds: 60 }));
  await bot.init();
  await publishCommands(bot.api, { i18n: createI18n(config.defaultLocale), config });
  logger.info({ mode: "long polling", bot: bot.botInfo.username, apiRoot: config.telegramApiRoot }, "Telegram bot started");

  const background = startBackgroundWork(app, { token, apiRoot: config.telegramApiRoot });

  const runner = run(bot, { runner: { fetch: { allowed_updates: ["message", "callback_query"] } } });
  const stop = async (signal: string) => {
    logger.info({ signal }, "stopping");
    if (runner.isRunning()) await runner.stop();
  };
  process.once("SIGINT", () => void stop("SIGINT"));
  process.once("SIGTERM", () => void stop("SIGTERM"));
  await runner.task();
  await background.stop();
  await app.close();
}
