import { timingSafeEqual } from "node:crypto";
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { Update } from "grammy/types";
import type { App } from "../app.js";
import { pendingMigrations, migrationsFor, type MigrationFile } from "../db/migrate.js";
import { cachedQueueDepth, renderMetrics, WebhookCounters } from "./metrics.js";
import { startBot } from "./run.js";
import { claimUpdate } from "./update-guard.js";

const SECRET_HEADER = "x-telegram-bot-api-secret-token";
/** Telegram gives up on a webhook answer after a while and redelivers; answer well before that. */
const ANSWER_WITHIN_MS = 10_000;
const MAX_BODY_BYTES = 1_000_000;

export interface WebhookServerOptions {
  /** Overrides WEBHOOK_PORT, e.g. 0 for an ephemeral port in tests. */
  port?: number;
  /** The migrations /readyz compares the database with (the shipped folder by default). */
  migrations?: () => MigrationFile[];
}

export interface WebhookServer {
  /** The port the server listens on. */
  port: number;
  counters: WebhookCounters;
  /** Stops accepting updates, waits for those in flight, stops the background work; the database stays open. */
  stop(): Promise<void>;
}

/** Runs the bot for real in webhook mode until SIGINT or SIGTERM. */
export async function runTelegramWebhook(app: App, token: string): Promise<void> {
  const server = await startTelegramWebhook(app, token);
  const stopped = new Promise<string>((resolve) => {
    process.once("SIGINT", () => resolve("SIGINT"));
    process.once("SIGTERM", () => resolve("SIGTERM"));
  });
  app.logger.info({ signal: await stopped }, "stopping");
  await server.stop();
  await app.close();
}

/** Starts the bot, the HTTP server for Telegram, health, readiness and metrics, and registers the webhook. */
export async function startTelegramWebhook(
  app: App,
  token: string,
  options: WebhookServerOptions = {},
): Promise<WebhookServer> {
  const { config, logger } = app;
  const settings = config.webhook;
  if (!settings) throw new Error("webhook mode needs the webhook settings (BOT_MODE=webhook)");
  const counters = new WebhookCounters();
  const queueDepth = cachedQueueDepth(app);
  const { bot, background } = await startBot(app, token, { onUpdateError: () => counters.updateErrors++ });
  const hookPath = new URL(settings.url).pathname;
  const migrations = options.migrations ?? (() => migrationsFor(config.databaseUrl));
  const inFlight = new Set<Promise<void>>();
  let stopping = false;

  const handleUpdate = async (update: Update): Promise<void> => {
    if (!(await claimUpdate(app, update.update_id))) {
      counters.duplicatesSkipped++;
      logger.info({ updateId: update.update_id }, "duplicate update skipped");
      return;
    }
    try {
      await bot.handleUpdate(update);
    } catch (error) {
      // Only reached when the apology itself failed; the error boundary handled the rest.
      logger.error({ err: error, updateId: update.update_id }, "update failed");
    } finally {
      counters.updatesHandled++;
    }
  };

  const receive = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    if (!hasSecret(req, settings.secret)) return send(res, 401, "text/plain", "unauthorized");
    if (stopping) return send(res, 503, "text/plain", "stopping");
    const update = parseUpdate(await readBody(req));
    if (!update) return send(res, 400, "text/plain", "not an update");
    const task = handleUpdate(update).catch((error: unknown) => {
      logger.error({ err: error, updateId: update.update_id }, "update could not be taken");
    });
    inFlight.add(task);
    void task.finally(() => inFlight.delete(task));
    // A slow update keeps running; Telegram gets its answer in time and does not redeliver.
    await Promise.race([task, delay(ANSWER_WITHIN_MS)]);
    send(res, 200, "application/json", "{}");
  };

  const isReady = async (): Promise<boolean> => {
    try {
      await app.db.$queryRawUnsafe("SELECT 1");
      return (await pendingMigrations(config.databaseUrl, migrations())).length === 0;
    } catch (error) {
      logger.warn({ err: error }, "readiness check failed");
      return false;
    }
  };

  const server = createServer((req, res) => {
    const path = new URL(req.url ?? "/", "http://localhost").pathname;
    const route = `${req.method ?? "GET"} ${path}`;
    const answer = async (): Promise<void> => {
      if (route === `POST ${hookPath}`) return receive(req, res);
      if (route === "GET /healthz") return send(res, 200, "application/json", JSON.stringify({ status: "ok" }));
      const monitoring = route === "GET /readyz" || route === "GET /metrics";
      if (monitoring && !mayMonitor(req, settings.metricsToken)) return send(res, 403, "text/plain", "forbidden");
      if (route === "GET /readyz") {
        const ready = await isReady();
        return send(res, ready ? 200 : 503, "application/json", JSON.stringify({ status: ready ? "ready" : "not ready" }));
      }
      if (route === "GET /metrics") {
        return send(res, 200, "text/plain; version=0.0.4", await renderMetrics(app, counters, queueDepth));
      }
      send(res, 404, "text/plain", "not found");
    };
    answer().catch((error: unknown) => {
      logger.error({ err: error, route }, "webhook server request failed");
      if (!res.headersSent) send(res, 500, "text/plain", "internal error");
    });
  });
  try {
    await listen(server, options.port ?? settings.port, settings.host);
    await bot.api.setWebhook(settings.url, {
      secret_token: settings.secret,
      allowed_updates: ["message", "callback_query"],
      drop_pending_updates: false,
    });
  } catch (error) {
    // A busy port or a refused URL: leave nothing running behind the error.
    if (server.listening) await new Promise((resolve) => server.close(resolve));
    await background.stop();
    throw error;
  }
  const port = (server.address() as AddressInfo).port;
  logger.info({ mode: "webhook", bot: bot.botInfo.username, url: settings.url, port }, "Telegram bot started");

  return {
    port,
    counters,
    async stop() {
      stopping = true;
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      await Promise.allSettled([...inFlight]);
      server.closeAllConnections();
      await closed;
      await background.stop();
      if (settings.deleteOnShutdown) {
        await bot.api.deleteWebhook().catch((error: unknown) => logger.warn({ err: error }, "could not delete the webhook"));
      }
      logger.info("webhook server stopped");
    },
  };
}

function hasSecret(req: IncomingMessage, secret: string): boolean {
  return sameSecret(req.headers[SECRET_HEADER], secret);
}

/**
 * /readyz and /metrics tell about the database and the queue: they are for this machine (a local
 * Prometheus, curl on the server) or for a client that shows the configured METRICS_TOKEN as a bearer token.
 */
export function mayMonitor(
  req: { headers: IncomingHttpHeaders; socket: { remoteAddress?: string | undefined } },
  token: string | null,
): boolean {
  if (isLoopback(req.socket.remoteAddress)) return true;
  if (token === null) return false;
  const bearer = /^Bearer (.+)$/i.exec(req.headers.authorization ?? "")?.[1];
  return sameSecret(bearer, token);
}

/** The peer is this machine: 127.0.0.1, ::1 or IPv4 loopback seen through an IPv6 socket. */
export function isLoopback(address: string | undefined): boolean {
  return address === "127.0.0.1" || address === "::1" || address === "::ffff:127.0.0.1";
}

function sameSecret(given: unknown, secret: string): boolean {
  if (typeof given !== "string") return false;
  const a = Buffer.from(given);
  const b = Buffer.from(secret);
  return a.length === b.length && timingSafeEqual(a, b);
}

function parseUpdate(body: string | null): Update | null {
  if (body === null) return null;
  try {
    const value = JSON.parse(body) as unknown;
    const id = (value as { update_id?: unknown } | null)?.update_id;
    return typeof id === "number" && Number.isInteger(id) ? (value as Update) : null;
  } catch {
    return null;
  }
}

async function readBody(req: IncomingMessage): Promise<string | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) return null;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString("utf8");
}

function send(res: ServerResponse, status: number, contentType: string, body: string): void {
  res.writeHead(status, { "content-type": contentType }).end(body);
}

function listen(server: Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      server.off("error", reject);
      resolve();
    });
  });
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms).unref());
}
