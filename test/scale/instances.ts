/**
 * Several real bot processes (`npm start`) on one database, for the multi-instance test and the
 * queue benchmark. Each runs in webhook mode on a port of its own, since only one process may
 * long-poll a bot token, and talks to the fake Bot API given.
 */
import { createServer } from "node:net";
import { hostname } from "node:os";
import { systemClock } from "../../src/clock.js";
import type { Db } from "../../src/db/client.js";
import { enqueueMany } from "../../src/delivery/enqueue.js";
import { WORKER_PREFIX } from "../../src/delivery/rate-share.js";
import { startMain, TEST_BOT_TOKEN, waitFor, type MainProcess } from "../kit/main-process.js";
import type { Recipient } from "../kit/recipients.js";

export interface Instance {
  name: string;
  pid: number;
  main: MainProcess;
  /** How this process's dispatcher and scheduler name themselves in the database: `host:pid:`. */
  idPrefix: string;
}

export interface InstanceSettings {
  databaseUrl: string;
  /** The fake Bot API, started with TEST_BOT_TOKEN. */
  apiRoot: string;
  /** DELIVERY_* and other settings on top of the defaults below. */
  env?: Record<string, string>;
}

/** A port nobody listens on right now, for a webhook server. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

/**
 * Starts one instance and resolves once it serves its webhook (bot, dispatcher and scheduler running).
 * Starting compiles and loads the whole program, a few seconds of CPU each; several at once on a busy
 * two-core machine take a while, hence the generous timeout.
 */
export async function startInstance(name: string, settings: InstanceSettings, timeoutMs = 45_000): Promise<Instance> {
  const port = await freePort();
  const main = startMain({
    BOT_TOKEN: TEST_BOT_TOKEN,
    TELEGRAM_API_ROOT: settings.apiRoot,
    DATABASE_URL: settings.databaseUrl,
    BOT_MODE: "webhook",
    WEBHOOK_URL: `https://bot.example.test/telegram/${name}`,
    WEBHOOK_SECRET: "scale-test-secret",
    WEBHOOK_HOST: "127.0.0.1",
    WEBHOOK_PORT: String(port),
    // The run must not depend on the time of day.
    QUIET_HOURS: "off",
    ...settings.env,
  });
  try {
    await Promise.race([
      waitFor(() => (main.output.log.includes("Telegram bot started") ? true : undefined), timeoutMs),
      main.exited.then(({ code, signal }) => {
        throw new Error(`instance ${name} exited (${signal ?? code}) before it started:\n${main.output.log.slice(-4000)}`);
      }),
    ]);
  } catch (error) {
    main.child.kill("SIGKILL");
    throw error;
  }
  return { name, pid: main.child.pid!, main, idPrefix: `${hostname()}:${main.child.pid}:` };
}

/** Starts instances side by side; when one fails to start, the others are stopped again. */
export async function startInstances(names: string[], settings: InstanceSettings): Promise<Instance[]> {
  const started = await Promise.allSettled(names.map((name) => startInstance(name, settings)));
  const instances = started.flatMap((result) => (result.status === "fulfilled" ? [result.value] : []));
  const failure = started.find((result) => result.status === "rejected");
  if (!failure) return instances;
  await Promise.allSettled(instances.map((instance) => stopInstance(instance)));
  throw failure.reason;
}

/**
 * One message to each recipient through the service path, as an announcement queues it. In chunks:
 * thousands of rows in one transaction can outlast its 5 s timeout on a busy machine while the
 * instances drain the queue.
 */
export async function enqueueBroadcast(db: Db, recipients: Recipient[], keyPrefix: string, text: (chatId: number) => string): Promise<void> {
  for (let i = 0; i < recipients.length; i += 250) {
    await enqueueMany(
      { db, clock: systemClock },
      recipients.slice(i, i + 250).map((r) => ({
        recipient: { employeeId: r.employeeId },
        payload: { text: text(r.chatId) },
        priority: "bulk" as const,
        dedupeKey: `${keyPrefix}:${r.chatId}`,
      })),
    );
  }
}

/** Dispatchers with a live heartbeat row. */
export function liveWorkers(db: Db): Promise<number> {
  return db.lease.count({ where: { name: { startsWith: WORKER_PREFIX }, expiresAt: { gt: new Date() } } });
}

/**
 * Waits until `count` dispatchers heartbeat; with `settle`, also until the last one to join has
 * waited out its hold (a heartbeat, a window and a margin, see rate-share.ts) and sends at its share.
 */
export async function waitForWorkers(db: Db, count: number, options: { settle?: boolean } = {}): Promise<void> {
  await waitFor(async () => ((await liveWorkers(db)) === count ? true : undefined), 20_000);
  if (options.settle) await new Promise((resolve) => setTimeout(resolve, 2_500));
}

/** Stops an instance the way systemd does, killing it if it does not exit in time. */
export async function stopInstance(instance: Instance, timeoutMs = 10_000): Promise<void> {
  const { child, exited } = instance.main;
  if (child.exitCode !== null || child.signalCode !== null) return;
  const timer = setTimeout(() => child.kill("SIGKILL"), timeoutMs);
  child.kill("SIGTERM");
  await exited;
  clearTimeout(timer);
}

/** The pino lines of an instance's log with this message, parsed. */
export function logEntries(instance: Instance, message: string): Array<Record<string, unknown> & { time: number }> {
  return instance.main.output.log
    .split("\n")
    .filter((line) => line.includes(`"msg":"${message}"`))
    .map((line) => JSON.parse(line) as Record<string, unknown> & { time: number });
}

/** The most arrivals within any one-second window (`arrivals` in ms, in any order). */
export function maxPerSecond(arrivals: number[]): number {
  const sorted = [...arrivals].sort((a, b) => a - b);
  let max = 0;
  let first = 0;
  for (let last = 0; last < sorted.length; last++) {
    while (sorted[first]! <= sorted[last]! - 1000) first++;
    max = Math.max(max, last - first + 1);
  }
  return max;
}
