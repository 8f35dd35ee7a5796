import { Api } from "grammy";
import type { Clock } from "../../src/clock.js";
import type { Db } from "../../src/db/client.js";
import { Dispatcher } from "../../src/delivery/dispatcher.js";
import { Pacer } from "../../src/delivery/pacer.js";
import { createTelegramSender } from "../../src/delivery/telegram-sender.js";
import type { FakeBotApi } from "../../src/emulator/fake-bot-api.js";
import { createLogger } from "../../src/logger.js";

/** The real dispatcher sending the queue to the fake Bot API, at Telegram's limits, with WIB quiet hours. */
export function createTestDispatcher(deps: { db: Db; clock: Clock }, api: FakeBotApi): Dispatcher {
  return new Dispatcher({
    db: deps.db,
    clock: deps.clock,
    logger: createLogger("silent"),
    senders: { TELEGRAM: createTelegramSender(new Api(api.token, { apiRoot: api.apiRoot })) },
    pacer: new Pacer({ limits: { globalPerSecond: 30, perChatPerSecond: 1, perGroupPerMinute: 20 } }),
    concurrency: 4,
    backoff: { baseMs: 5_000, maxMs: 60_000, maxAttempts: 3 },
    quietHours: { start: "21:00", end: "06:00", timezone: "Asia/Jakarta" },
  });
}
