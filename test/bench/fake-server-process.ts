/**
 * The fake Bot API in a process of its own, so that its latency timers and rate-limit clock do not
 * share an event loop with the code under test (real Telegram is another machine, after all).
 *
 *   node --import tsx test/bench/fake-server-process.ts [--latency-min 30] [--latency-max 80] [--rate-limits telegram|off]
 *
 * It must be started with an IPC channel (child_process.fork, see fake-server-client.ts). Once
 * listening it sends `{ type: "ready", apiRoot, token, botInfo }`, then answers requests carrying an
 * `id` (see FakeServerRequest) and exits after `{ type: "close" }` or when the parent goes away.
 * Ctrl-C reaches the whole process group; this process ignores SIGINT and leaves stopping to the
 * parent, which still needs the figures after an interrupted phase.
 */
import { parseArgs } from "node:util";
import { FakeBotApi, TELEGRAM_RATE_LIMITS, type RecordedCall } from "../../src/emulator/fake-bot-api.js";
import type { FakeServerReply, FakeServerRequest, LatencySummary } from "./fake-server-client.js";

if (!process.send) {
  process.stderr.write("fake-server-process: start this with an IPC channel (child_process.fork)\n");
  process.exit(2);
}
const ipcSend = process.send.bind(process);
const send = (message: FakeServerReply, callback?: (error: Error | null) => void): void => {
  ipcSend(message, undefined, {}, callback);
};

function numberOption(name: string, raw: string | undefined, fallback: number): number {
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value < 0) throw new Error(`--${name} must be a number >= 0, got "${raw}"`);
  return value;
}

const { values } = parseArgs({
  options: {
    "latency-min": { type: "string" },
    "latency-max": { type: "string" },
    "rate-limits": { type: "string", default: "telegram" },
  },
});
const latencyMin = numberOption("latency-min", values["latency-min"], 0);
const latencyMax = numberOption("latency-max", values["latency-max"], latencyMin);
if (values["rate-limits"] !== "telegram" && values["rate-limits"] !== "off") {
  throw new Error(`--rate-limits must be "telegram" or "off", got "${values["rate-limits"]}"`);
}

const api = await FakeBotApi.start({ rateLimits: values["rate-limits"] === "telegram" ? TELEGRAM_RATE_LIMITS : false });
api.setLatency(latencyMin, latencyMax);

/** Time from a call's arrival to its answer, measured here, i.e. without the client's event loop. */
const answerMs: number[] = [];
api.onCall((call: RecordedCall) => {
  if (call.method !== "getUpdates" && call.status !== undefined) answerMs.push(Date.now() - call.at);
});

function latencySummary(): LatencySummary {
  const sorted = [...answerMs].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  const mean = sorted.length ? sorted.reduce((sum, ms) => sum + ms, 0) / sorted.length : 0;
  return { calls: sorted.length, meanMs: Math.round(mean * 100) / 100, p50Ms: at(0.5), p95Ms: at(0.95), p99Ms: at(0.99), maxMs: sorted[sorted.length - 1] ?? 0 };
}

/** IPC messages are JSON; a round trip turns any Map or class instance into plain data (or fails loudly here). */
const plain = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

let closing: Promise<void> | undefined;
function shutDown(exitCode: number): Promise<void> {
  closing ??= (async () => {
    const forceExit = setTimeout(() => process.exit(exitCode || 1), 5_000);
    forceExit.unref();
    try {
      await api.close();
    } finally {
      if (process.connected) {
        // Let the "closed" reply reach the parent before the channel goes away.
        send({ type: "closed" }, () => {
          if (process.connected) process.disconnect();
          process.exit(exitCode);
        });
      } else {
        process.exit(exitCode);
      }
    }
  })();
  return closing;
}

function reply(message: FakeServerReply): void {
  if (process.connected) send(message);
}

process.on("message", (raw: unknown) => {
  const request = raw as FakeServerRequest;
  try {
    switch (request?.type) {
      case "stats":
        reply({ type: "stats", id: request.id, stats: plain(api.stats()) });
        break;
      case "deliveries":
        reply({
          type: "deliveries",
          id: request.id,
          arrivals: api
            .callsTo("sendMessage")
            .filter((call) => call.status === 200)
            .map((call) => call.at),
          latency: latencySummary(),
        });
        break;
      case "close":
        void shutDown(0);
        break;
      default:
        reply({ type: "error", id: (request as { id?: number } | undefined)?.id ?? null, message: `unknown request ${JSON.stringify(raw)}` });
    }
  } catch (error) {
    reply({ type: "error", id: request?.type === "close" ? null : (request?.id ?? null), message: error instanceof Error ? error.message : String(error) });
  }
});
// The parent exited, crashed or closed the channel: nobody is left to talk to.
process.on("disconnect", () => void shutDown(0));
process.on("SIGINT", () => {});
process.on("SIGTERM", () => void shutDown(0));

reply({ type: "ready", apiRoot: api.apiRoot, token: api.token, botInfo: api.botInfo, pid: process.pid });
