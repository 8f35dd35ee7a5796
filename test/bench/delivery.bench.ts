/**
 * Delivery benchmark: a bulk broadcast through the outbox dispatcher against the fake Bot API with
 * Telegram's flood limits and a realistic network latency, compared in the same run with the
 * plain `for` loop plus auto-retry that grammY's documentation suggests for broadcasts.
 *
 *   npm run bench:delivery                      # 10,000 chats each (about 15 minutes)
 *   npm run bench:delivery -- --count 600       # quick check
 *   npm run bench:delivery -- --concurrency 8 --skip-baseline
 *
 * Progress goes to stderr every 10 s; the figures and a one-line JSON summary go to stdout.
 * The fake Bot API runs in a child process of its own (a fresh one per phase, see
 * fake-server-process.ts), so its latency timers and rate-limit clock do not share an event loop
 * with the dispatcher and SQLite, as with the real Telegram on another machine; the memory figures
 * are this process only and exclude the server. Everything else runs here on 127.0.0.1 with a
 * temporary SQLite database that is removed at the end.
 */
import { parseArgs } from "node:util";
import { autoRetry } from "@grammyjs/auto-retry";
import { Api, Bot } from "grammy";
import { systemClock } from "../../src/clock.js";
import { createConfig } from "../../src/config.js";
import { createDispatcher, enqueueMany, type EnqueueInput } from "../../src/delivery/index.js";
import { TELEGRAM_RATE_LIMITS } from "../../src/emulator/fake-bot-api.js";
import { createLogger } from "../../src/logger.js";
import { createTestDb } from "../kit/db.js";
import { startFakeServerProcess, type FakeServerProcess, type LatencySummary } from "./fake-server-client.js";
import { MemorySampler, type MemoryPeak } from "./memory.js";
import { seedRecipients } from "./seed.js";
import {
  checkDeliveries,
  commandLine,
  fixed,
  int,
  machineFacts,
  percent,
  round,
  startProgress,
  table,
  type DeliveryCheck,
} from "./report.js";

const LATENCY_MS = { min: 30, max: 80 };
const GOAL_RATIO = 0.95;
const TEXT =
  "Announcement: the quarterly competency development session for all staff takes place next Monday " +
  "at 09:00 in the main hall. Please bring your learning log and confirm your attendance in this chat.";

interface Options {
  count: number;
  concurrency: number;
  skipBaseline: boolean;
}

interface PhaseResult extends DeliveryCheck {
  count: number;
  seconds: number;
  perSecond: number;
  peakPerSecond: number;
  tooManyRequests: number;
  /** Messages given up on (the dispatcher marked them FAILED, or the loop caught an error). */
  failed: number;
  memory: MemoryPeak;
  /** Arrival to answer per call, measured inside the fake server's process. */
  serverLatency: LatencySummary;
  interrupted: boolean;
}

interface OursResult extends PhaseResult {
  seedSeconds: number;
  enqueueSeconds: number;
  dispatcher: { sent: number; retried: number; failed: number; rateLimited: number };
  statuses: Record<string, number>;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
const seconds = (since: number) => (performance.now() - since) / 1000;

function parseOptions(): Options {
  const { values } = parseArgs({
    options: {
      count: { type: "string" },
      concurrency: { type: "string" },
      "skip-baseline": { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  if (values.help) {
    process.stdout.write("usage: npm run bench:delivery -- [--count N] [--concurrency N] [--skip-baseline]\n");
    process.exit(0);
  }
  const positive = (name: string, raw: string | undefined, fallback: number) => {
    if (raw === undefined) return fallback;
    const value = Number(raw);
    if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} must be a positive integer, got "${raw}"`);
    return value;
  };
  const defaults = createConfig({}).delivery;
  return {
    count: positive("count", values.count, 10_000),
    concurrency: positive("concurrency", values.concurrency, defaults.concurrency),
    skipBaseline: values["skip-baseline"],
  };
}

/** Ctrl-C (or a phase running far past its expected time) stops the current phase cleanly. */
class StopSignal {
  reason: string | null = null;
  private listeners = new Set<() => void>();

  request(reason: string): void {
    if (this.reason) return;
    this.reason = reason;
    process.stderr.write(`stopping: ${reason}\n`);
    for (const listener of this.listeners) listener();
  }

  /** Runs `listener` on a stop request, and at once if one was already made. */
  onStop(listener: () => void): () => void {
    if (this.reason) listener();
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}

/** A phase that takes this long has gone wrong; expected: about 36 ms per message for ours, 60 ms for the loop. */
function deadline(stop: StopSignal, label: string, ms: number): () => void {
  const timer = setTimeout(() => stop.request(`${label} exceeded its ${Math.round(ms / 1000)} s deadline`), ms);
  timer.unref();
  return () => clearTimeout(timer);
}

/** A fresh fake Bot API in its own process, Telegram's flood limits on. */
function startFakeApi(): Promise<FakeServerProcess> {
  return startFakeServerProcess({ latencyMs: LATENCY_MS, rateLimits: "telegram" });
}

/**
 * The 429 count for progress lines: each call shows the figure fetched at the previous one and
 * asks for a fresh one, since the server answers asynchronously from its own process.
 */
function tooManyRequestsGauge(api: FakeServerProcess): () => string {
  let latest: number | null = null;
  let asking = false;
  const ask = () => {
    if (asking) return;
    asking = true;
    api.stats().then(
      (stats) => {
        latest = stats.tooManyRequests;
        asking = false;
      },
      () => {
        asking = false;
      },
    );
  };
  ask();
  return () => {
    ask();
    return latest === null ? "?" : String(latest);
  };
}

/** What the server recorded for a phase: its stats, the delivery check against the expected chats and its latency. */
async function serverFigures(api: FakeServerProcess, chatIds: number[]) {
  const [stats, deliveries] = await Promise.all([api.stats(), api.deliveries()]);
  const check = checkDeliveries({ deliveredByChat: stats.deliveredByChat, arrivals: deliveries.arrivals }, chatIds);
  return { stats, check, latency: deliveries.latency };
}

async function runOurs(options: Options, stop: StopSignal): Promise<{ result: OursResult; chatIds: number[] }> {
  const memory = new MemorySampler(100);
  memory.start("setup");
  const testDb = await createTestDb();
  let api: FakeServerProcess | undefined;
  try {
    api = await startFakeApi();
    const { db } = testDb;
    memory.mark("seed");
    let started = performance.now();
    const recipients = await seedRecipients(db, options.count);
    const seedSeconds = seconds(started);
    const chatIds = recipients.map((r) => r.chatId);

    const inputs: EnqueueInput[] = recipients.map((r) => ({
      recipient: { employeeId: r.employeeId },
      payload: { text: TEXT },
      priority: "bulk",
      dedupeKey: `bench:${r.chatId}`,
    }));
    memory.mark("enqueue");
    started = performance.now();
    const rows = await enqueueMany({ db, clock: systemClock }, inputs);
    const enqueueSeconds = seconds(started);
    process.stderr.write(`[ours] enqueued ${int(rows.length)} messages in ${fixed(enqueueSeconds)} s\n`);

    // The bot's own wiring with the default limits; quiet hours off so the run does not depend on the time of day.
    const config = createConfig({ QUIET_HOURS: "off", DELIVERY_CONCURRENCY: String(options.concurrency) });
    const dispatcher = createDispatcher({
      db,
      clock: systemClock,
      logger: createLogger("silent"),
      config,
      telegram: new Api(api.token, { apiRoot: api.apiRoot }),
    });
    memory.mark("send");
    started = performance.now();
    const offStop = stop.onStop(() => void dispatcher.stop());
    const cancelDeadline = deadline(stop, "our dispatcher", 120_000 + options.count * 100);
    let lastSent = 0;
    const tooManyRequests = tooManyRequestsGauge(api);
    const stopProgress = startProgress("ours", () => {
      const sent = dispatcher.stats.sent;
      const window = (sent - lastSent) / 10;
      lastSent = sent;
      const overall = sent / seconds(started);
      return `sent ${int(sent)}/${int(options.count)}  ${fixed(overall, 1)} msg/s (last 10 s: ${fixed(window, 1)})  429s ${tooManyRequests()}  rss ${int(MemorySampler.rssMb())} MB`;
    });
    try {
      // Transient failures come back later (backoff); keep draining until nothing is pending.
      for (;;) {
        await dispatcher.drain();
        if (stop.reason) break;
        const next = await db.delivery.findFirst({
          where: { status: "PENDING" },
          orderBy: { nextAttemptAt: "asc" },
          select: { nextAttemptAt: true },
        });
        if (!next) break;
        await sleep(Math.max(50, next.nextAttemptAt.getTime() - Date.now()));
      }
    } finally {
      stopProgress();
      cancelDeadline();
      offStop();
    }
    const drainSeconds = seconds(started);
    const peak = memory.stop();

    const grouped = await db.delivery.groupBy({ by: ["status"], _count: { _all: true } });
    const statuses = Object.fromEntries(grouped.map((g) => [g.status, g._count._all]));
    const { stats, check, latency } = await serverFigures(api, chatIds);
    const { sent, retried, failed, rateLimited } = dispatcher.stats;
    return {
      chatIds,
      result: {
        ...check,
        count: options.count,
        seconds: drainSeconds,
        perSecond: check.delivered / drainSeconds,
        peakPerSecond: stats.peakPerSecond,
        tooManyRequests: stats.tooManyRequests,
        failed,
        memory: peak,
        serverLatency: latency,
        interrupted: stop.reason !== null,
        seedSeconds,
        enqueueSeconds,
        dispatcher: { sent, retried, failed, rateLimited },
        statuses,
      },
    };
  } finally {
    memory.stop();
    try {
      await api?.close();
    } finally {
      await testDb.dispose();
    }
  }
}

async function runBaseline(chatIds: number[], stop: StopSignal): Promise<PhaseResult> {
  const memory = new MemorySampler(100);
  memory.start("send");
  const api = await startFakeApi();
  try {
    // As grammY's documentation suggests for broadcasts: a plain loop, auto-retry handling any 429.
    const bot = new Bot(api.token, { client: { apiRoot: api.apiRoot }, botInfo: api.botInfo });
    bot.api.config.use(autoRetry());

    let sent = 0;
    let failed = 0;
    let lastSent = 0;
    const tooManyRequests = tooManyRequestsGauge(api);
    const cancelDeadline = deadline(stop, "the baseline loop", 120_000 + chatIds.length * 200);
    const started = performance.now();
    const stopProgress = startProgress("baseline", () => {
      const window = (sent - lastSent) / 10;
      lastSent = sent;
      return `sent ${int(sent)}/${int(chatIds.length)}  ${fixed(sent / seconds(started), 1)} msg/s (last 10 s: ${fixed(window, 1)})  429s ${tooManyRequests()}  rss ${int(MemorySampler.rssMb())} MB`;
    });
    try {
      for (const chatId of chatIds) {
        if (stop.reason) break;
        try {
          await bot.api.sendMessage(chatId, TEXT);
          sent += 1;
        } catch {
          failed += 1;
        }
      }
    } finally {
      stopProgress();
      cancelDeadline();
    }
    const loopSeconds = seconds(started);
    const peak = memory.stop();
    const { stats, check, latency } = await serverFigures(api, chatIds);
    return {
      ...check,
      count: chatIds.length,
      seconds: loopSeconds,
      perSecond: check.delivered / loopSeconds,
      peakPerSecond: stats.peakPerSecond,
      tooManyRequests: stats.tooManyRequests,
      failed,
      memory: peak,
      serverLatency: latency,
      interrupted: stop.reason !== null,
    };
  } finally {
    memory.stop();
    await api.close();
  }
}

const mb = (value: number) => `${fixed(value, 1)} MB`;

function stagePeak(result: PhaseResult, stage: string): string {
  const figures = result.memory.stages[stage];
  return figures ? `${fixed(figures.rssMb, 0)} / ${fixed(figures.heapUsedMb, 0)} MB` : "n/a";
}

function report(options: Options, ours: OursResult, baseline: PhaseResult | null): void {
  const limit = TELEGRAM_RATE_LIMITS.globalPerSecond;
  const ratio = ours.perSecond / limit;
  const col = (f: (r: PhaseResult) => string) => [f(ours), baseline ? f(baseline) : "skipped"];
  const rows: string[][] = [
    ["messages (chats)", ...col((r) => int(r.count)), ""],
    ["delivered", ...col((r) => int(r.delivered)), int(options.count)],
    ["send time", ...col((r) => `${fixed(r.seconds, 1)} s`), ""],
    ["sustained msgs/s (delivered / send time)", ...col((r) => fixed(r.perSecond)), ""],
    [`  share of the ${limit} msg/s limit`, ...col((r) => percent(r.perSecond / limit)), `>= ${percent(GOAL_RATIO)}`],
    ["msgs/s first to last arrival", ...col((r) => fixed(r.steadyPerSecond)), ""],
    ["peak msgs in any 1 s (server)", ...col((r) => int(r.peakPerSecond)), `<= ${limit}`],
    ["429s provoked", ...col((r) => int(r.tooManyRequests)), "0"],
    ["duplicates (chats with > 1)", ...col((r) => int(r.duplicates)), "0"],
    ["missing (chats with none)", ...col((r) => int(r.missing)), "0"],
    ["failed for good", ...col((r) => int(r.failed)), "0"],
    ["gap between sends mean / p50 ms", ...col((r) => `${fixed(r.gaps.meanMs)} / ${r.gaps.p50Ms}`), ""],
    ["gap between sends p95 / p99 / max ms", ...col((r) => `${r.gaps.p95Ms} / ${r.gaps.p99Ms} / ${r.gaps.maxMs}`), ""],
    [
      "server latency p50 / p95 / max ms",
      ...col((r) => `${r.serverLatency.p50Ms} / ${r.serverLatency.p95Ms} / ${r.serverLatency.maxMs}`),
      `${LATENCY_MS.min}-${LATENCY_MS.max}`,
    ],
    ["peak RSS (whole phase)", ...col((r) => mb(r.memory.rssMb)), ""],
    ["  RSS when the phase started", ...col((r) => mb(r.memory.startRssMb)), ""],
    ["peak heap used (whole phase)", ...col((r) => mb(r.memory.heapUsedMb)), ""],
    ["peak RSS / heap while enqueueing", ...col((r) => stagePeak(r, "enqueue")), ""],
    ["peak RSS / heap while sending", ...col((r) => stagePeak(r, "send")), ""],
  ];
  const out: string[] = [""];
  out.push(table(["figure", "ours (outbox dispatcher)", "baseline (for loop + auto-retry)", "goal"], rows));
  out.push("");
  out.push(`enqueue (enqueueMany, one call): ${fixed(ours.enqueueSeconds)} s for ${int(ours.count)} messages (${int(ours.count / ours.enqueueSeconds)} msgs/s)`);
  out.push(`seeding recipients (setup, not part of any figure): ${fixed(ours.seedSeconds)} s`);
  out.push(
    `dispatcher stats: sent ${int(ours.dispatcher.sent)}, retried ${ours.dispatcher.retried}, failed ${ours.dispatcher.failed}, rate-limited ${ours.dispatcher.rateLimited}; ` +
      `outbox rows: ${Object.entries(ours.statuses).map(([status, n]) => `${status} ${int(n)}`).join(", ")}`,
  );
  if (baseline) {
    out.push(`ours time / baseline time: ${fixed(ours.seconds / baseline.seconds, 3)}`);
    out.push(`baseline msgs/s / ours msgs/s: ${fixed(baseline.perSecond / ours.perSecond, 3)}`);
  }
  const verdict = [
    ratio >= GOAL_RATIO ? "throughput goal met" : `throughput goal NOT met (${percent(ratio)} < ${percent(GOAL_RATIO)})`,
    ours.tooManyRequests === 0 ? "no 429s" : `${ours.tooManyRequests} 429s provoked`,
    ours.duplicates === 0 ? "no duplicates" : `${ours.duplicates} duplicates`,
    ours.missing === 0 ? "none missing" : `${ours.missing} missing`,
  ];
  out.push(`verdict (ours): ${verdict.join("; ")}${ours.interrupted || baseline?.interrupted ? " (run interrupted: figures are partial)" : ""}`);
  out.push("");

  const phase = (r: PhaseResult) => ({
    seconds: round(r.seconds, 1),
    msgsPerSecond: round(r.perSecond),
    ratioToLimit: round(r.perSecond / limit, 4),
    steadyMsgsPerSecond: round(r.steadyPerSecond),
    peakPerSecond: r.peakPerSecond,
    tooManyRequests: r.tooManyRequests,
    duplicates: r.duplicates,
    missing: r.missing,
    failed: r.failed,
    meanGapMs: r.gaps.meanMs,
    serverLatencyMs: { p50: r.serverLatency.p50Ms, p95: r.serverLatency.p95Ms, max: r.serverLatency.maxMs },
    peakRssMb: round(r.memory.rssMb, 1),
    peakHeapMb: round(r.memory.heapUsedMb, 1),
    sendPeakRssMb: round(r.memory.stages.send?.rssMb ?? 0, 1),
    sendPeakHeapMb: round(r.memory.stages.send?.heapUsedMb ?? 0, 1),
  });
  const summary = {
    bench: "delivery",
    count: options.count,
    concurrency: options.concurrency,
    latencyMs: [LATENCY_MS.min, LATENCY_MS.max],
    fakeBotApi: "separate process",
    limits: TELEGRAM_RATE_LIMITS,
    machine: machineFacts(),
    ours: {
      ...phase(ours),
      enqueueSeconds: round(ours.enqueueSeconds, 2),
      enqueuePeakHeapMb: round(ours.memory.stages.enqueue?.heapUsedMb ?? 0, 1),
    },
    baseline: baseline ? phase(baseline) : null,
    oursTimeOverBaseline: baseline ? round(ours.seconds / baseline.seconds, 3) : null,
    baselineRateOverOurs: baseline ? round(baseline.perSecond / ours.perSecond, 3) : null,
    interrupted: ours.interrupted || (baseline?.interrupted ?? false),
  };
  out.push("summary (JSON):");
  out.push(JSON.stringify(summary));
  process.stdout.write(`${out.join("\n")}\n`);
}

async function main(): Promise<void> {
  const options = parseOptions();
  const machine = machineFacts();
  const limits = TELEGRAM_RATE_LIMITS;
  process.stdout.write(
    [
      `Delivery benchmark: ${int(options.count)} bulk messages to ${int(options.count)} distinct chats`,
      `command: ${commandLine()}`,
      `machine: node ${machine.node}, ${machine.platform}, ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGb} GB RAM`,
      `fake Bot API in a separate process on 127.0.0.1 (memory figures exclude it): ${limits.globalPerSecond} msg/s global, ${limits.perPrivateChatPerSecond}/s per chat, ${limits.perGroupPerMinute}/min per group (429 with retry_after), latency ${LATENCY_MS.min}-${LATENCY_MS.max} ms per call`,
      `ours: enqueueMany + Dispatcher with the default Pacer limits, concurrency ${options.concurrency}`,
      `baseline: ${options.skipBaseline ? "skipped" : "sequential bot.api.sendMessage loop with autoRetry(), fresh fake Bot API process"}`,
      "",
    ].join("\n"),
  );

  const stop = new StopSignal();
  const onSignal = (signal: NodeJS.Signals) => stop.request(`received ${signal}`);
  process.on("SIGINT", onSignal);
  process.on("SIGTERM", onSignal);
  try {
    const { result: ours, chatIds } = await runOurs(options, stop);
    process.stderr.write(`[ours] done: ${int(ours.delivered)} delivered in ${fixed(ours.seconds, 1)} s (${fixed(ours.perSecond)} msg/s)\n`);
    let baseline: PhaseResult | null = null;
    if (!options.skipBaseline && !stop.reason) {
      baseline = await runBaseline(chatIds, stop);
      process.stderr.write(`[baseline] done: ${int(baseline.delivered)} delivered in ${fixed(baseline.seconds, 1)} s (${fixed(baseline.perSecond)} msg/s)\n`);
    }
    report(options, ours, baseline);
  } finally {
    process.off("SIGINT", onSignal);
    process.off("SIGTERM", onSignal);
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`delivery benchmark failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  },
);
