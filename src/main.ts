import { loadConfigOrExit, openApp } from "./app.js";
import { runEmulator } from "./emulator/terminal.js";
import { runTelegram } from "./telegram/run.js";

const config = loadConfigOrExit();

if (config.botToken) {
  await runTelegram(await openApp(config), config.botToken);
} else {
  await runEmulator(config);
}
