/**
 * The fake Bot API in a process of its own for the multi-instance test and the queue benchmark, so
 * that the arrival times it records and its rate checks do not wait on the test's own work (seeding,
 * enqueueing, database polling), just as Telegram runs on another machine. Started by fake-api.ts
 * with an IPC channel:
 *
 *   node --import tsx test/scale/fake-api-process.ts --token T --limit 30 --latency 25
 *
 * Replies `{ type: "ready", apiRoot }`, then answers the requests of FakeApiRequest. Exits when the
 * parent goes away; ignores SIGINT, which the parent handles for the whole process group.
 */
import { parseArgs } from "node:util";
import { FakeBotApi, TELEGRAM_RATE_LIMITS, type FakeBotApiStats } from "../../src/emulator/fake-bot-api.js";

export type FakeApiRequest =
  | { type: "limit"; id: number; globalPerSecond: number }
  | { type: "reset"; id: number }
  | { type: "report"; id: number }
  /** Tell the parent when this many sendMessage calls have succeeded. */
  | { type: "watch"; id: number; sends: number };

export type FakeApiReply =
  | { type: "ready"; apiRoot: string }
  | { type: "done"; id: number }
  | { type: "report"; id: number; stats: FakeBotApiStats; arrivals: number[] }
  | { type: "sends"; id: number; count: number };

if (!process.send) throw new Error("fake-api-process: start it with an IPC channel (see fake-api.ts)");
const reply = (message: FakeApiReply) => {
  if (process.connected) process.send!(message);
};

const { values } = parseArgs({ options: { token: { type: "string" }, limit: { type: "string" }, latency: { type: "string" } } });
const limits = (globalPerSecond: number) => ({ ...TELEGRAM_RATE_LIMITS, globalPerSecond });
const api = await FakeBotApi.start({
  ...(values.token ? { token: values.token } : {}),
  rateLimits: limits(Number(values.limit ?? TELEGRAM_RATE_LIMITS.globalPerSecond)),
});
api.setLatency(Number(values.latency ?? 0));

const watches: Array<{ id: number; sends: number }> = [];
let sent = 0;
api.onCall((call) => {
  if (call.method !== "sendMessage" || call.status !== 200) return;
  sent += 1;
  for (const watch of watches.filter((w) => w.sends === sent)) reply({ type: "sends", id: watch.id, count: sent });
});

process.on("message", (request: FakeApiRequest) => {
  switch (request.type) {
    case "limit":
      api.setRateLimits(limits(request.globalPerSecond));
      return reply({ type: "done", id: request.id });
    case "reset":
      api.clearCalls();
      api.resetStats();
      sent = 0;
      watches.length = 0;
      return reply({ type: "done", id: request.id });
    case "report": {
      const arrivals = api.callsTo("sendMessage").filter((call) => call.status === 200).map((call) => call.at);
      return reply({ type: "report", id: request.id, stats: api.stats(), arrivals });
    }
    case "watch":
      watches.push({ id: request.id, sends: request.sends });
      return;
  }
});
process.on("disconnect", () => void api.close().finally(() => process.exit(0)));
process.on("SIGINT", () => {});

reply({ type: "ready", apiRoot: api.apiRoot });
