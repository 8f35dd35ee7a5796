import { autoRetry } from "@grammyjs/auto-retry";
import { run, sequentialize, type RunnerHandle } from "@grammyjs/runner";
import { Bot, type Context } from "grammy";
import type { Clock } from "../../src/clock.js";
import type { Config } from "../../src/config.js";
import type { Db } from "../../src/db/client.js";
import type { FakeBotApi } from "../../src/emulator/fake-bot-api.js";
import { Writable } from "node:stream";
import { pino } from "pino";
import { createBot } from "../../src/telegram/bot.js";

/**
 * The two bots of the updates benchmark, both run the way production runs the bot in polling mode
 * (src/telegram/run.ts): grammY's runner fetching message and callback_query updates, handled
 * concurrently, one chat at a time (sequentialize), 429s retried by auto-retry. `onHandled` is told
 * when the runner's call to `bot.handleUpdate` has settled, i.e. when the update is fully handled.
 */

export interface RunningBot {
  /** Handler failures that reached the error boundary (ours only; each earns the user an apology). */
  readonly handlerErrors: number;
  /** The distinct errors the bot logged, with how often. */
  readonly loggedErrors: Map<string, number>;
  stop(): Promise<void>;
}

/** A logger that keeps what the bot logs at warn and above, so a failing run can say why. */
function collectingLogger(into: Map<string, number>) {
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString("utf8").split("\n").filter(Boolean)) {
        const entry = JSON.parse(line) as { msg?: string; err?: { message?: string } };
        const key = `${entry.msg ?? ""}: ${entry.err?.message?.split("\n").filter(Boolean).at(-1) ?? ""}`.slice(0, 300);
        into.set(key, (into.get(key) ?? 0) + 1);
      }
      done();
    },
  });
  return pino({ level: "warn" }, stream);
}

function startRunner<C extends Context>(bot: Bot<C>, onHandled: (updateId: number) => void): RunnerHandle {
  bot.api.config.use(autoRetry({ maxRetryAttempts: 3, maxDelaySeconds: 60 }));
  const handleUpdate = bot.handleUpdate.bind(bot);
  bot.handleUpdate = async (update, webhookReplyEnvelope) => {
    try {
      return await handleUpdate(update, webhookReplyEnvelope);
    } finally {
      onHandled(update.update_id);
    }
  };
  return run(bot, { runner: { fetch: { allowed_updates: ["message", "callback_query"] } } });
}

const stopRunner = async (runner: RunnerHandle) => {
  if (runner.isRunning()) await runner.stop();
};

/** The real bot with every feature, on the benchmark's database. */
export function startOurBot(
  api: FakeBotApi,
  deps: { db: Db; clock: Clock; config: Config },
  onHandled: (updateId: number) => void,
): RunningBot {
  let handlerErrors = 0;
  const loggedErrors = new Map<string, number>();
  const bot = createBot(
    { ...deps, logger: collectingLogger(loggedErrors) },
    { token: api.token, apiRoot: api.apiRoot, botInfo: api.botInfo, onUpdateError: () => void (handlerErrors += 1) },
  );
  const runner = startRunner(bot, onHandled);
  return {
    get handlerErrors() {
      return handlerErrors;
    },
    loggedErrors,
    stop: () => stopRunner(runner),
  };
}

/** The framework's ceiling: the same runner and sequentialize, and a handler that only answers. */
export function startBareBot(api: FakeBotApi, onHandled: (updateId: number) => void): RunningBot {
  const bot = new Bot(api.token, { client: { apiRoot: api.apiRoot }, botInfo: api.botInfo });
  bot.use(sequentialize((ctx) => ctx.chat?.id.toString()));
  bot.on("callback_query", (ctx) => ctx.answerCallbackQuery());
  bot.on("message", (ctx) => ctx.reply("OK"));
  const runner = startRunner(bot, onHandled);
  return { handlerErrors: 0, loggedErrors: new Map(), stop: () => stopRunner(runner) };
}
