import { loadConfigOrExit, openApp } from "./app.js";
import { runEmulator } from "./emulator/terminal.js";
import { runTelegram } from "./telegram/run.js";

const config = loadConfigOrExit();

if (config.botToken) {
  let app = await openApp(config);
  // Slack runs next to Telegram when configured; its libraries are not even loaded otherwise.
  if (config.slack) ({ app } = await (await import("./slack/run.js")).attachSlack(app));
  if (config.telegramMode === "webhook") {
    await (await import("./telegram/webhook.js")).runTelegramWebhook(app, config.botToken);
  } else {
    await runTelegram(app, config.botToken);
  }
} else if (config.slack) {
  await (await import("./slack/run.js")).runSlackOnly(await openApp(config));
} else {
  await runEmulator(config);
}
