/**
 * Updates benchmark: how many updates per second the real bot handles, on SQLite and on
 * PostgreSQL in the same run, against the framework's ceiling (a bare grammY bot that only answers).
 *
 *   npm run bench:updates                        # 4,000 updates from 200 users per engine (a few minutes)
 *   npm run bench:updates -- --quick             # 600 updates from 40 users
 *   npm run bench:updates -- --updates 5000 --users 200 --engines sqlite
 *
 * Each engine gets a throwaway database (a temporary SQLite file; a PostgreSQL database on
 * TEST_POSTGRES_URL's server, default postgresql://postgres@127.0.0.1:5432), migrated and seeded with
 * the demo roster and activities, more catalogue activities and open reaction questionnaires for
 * every user (updates-seed.ts); it is removed at the end. The users (updates-users.ts) are linked
 * people who open the main menu, page through the catalogue, open an activity and register, list
 * their evaluations and answer a questionnaire question by question, each choosing its next update
 * from the bot's last answer. All users run at once; each waits for its update to be handled before
 * sending the next. Both bots run as production runs in polling mode: grammY's runner with
 * sequentialize (updates-bots.ts). The bare bot is sent exactly the updates ours was sent, user by
 * user. Both start after a warm-up of one /menu per user. The fake Bot API runs in this process
 * without latency or flood limits, so the figures are the handling cost; memory figures include it.
 * Progress goes to stderr, the tables and a JSON summary to stdout.
 */
import { join } from "node:path";
import { parseArgs } from "node:util";
import { ManualClock } from "../../src/clock.js";
import { createConfig, type Config } from "../../src/config.js";
import { connectDb, createDb, type Db } from "../../src/db/client.js";
import type { Engine } from "../../src/db/engine.js";
import { FakeBotApi, type RecordedCall } from "../../src/emulator/fake-bot-api.js";
import { createMessages } from "../../src/services/messages.js";
import { MemorySampler, type MemoryPeak } from "./memory.js";
import { fixed, int, machineFacts, round, table } from "./report.js";
import { createRandom } from "./reports-random.js";
import { throwawayDatabase } from "./throwaway-database.js";
import { startBareBot, startOurBot, type RunningBot } from "./updates-bots.js";
import { seedUpdatesData, type BenchPeople } from "./updates-seed.js";
import { BenchUser, Feeder, replay, runScript, type UpdateKind } from "./updates-users.js";

/** Monday 7 December 2026, 09:00 WIB: the catalogue's activities start the week after. */
const NOW = "2026-12-07T02:00:00Z";
const KINDS: UpdateKind[] = ["command", "callback", "text"];

interface Options {
  updates: number;
  users: number;
  engines: Engine[];
}

interface PhaseResult {
  updates: number;
  seconds: number;
  perSecond: number;
  latency: Record<UpdateKind | "all", { count: number; p50: number; p99: number; max: number }>;
  memory: MemoryPeak;
  handlerErrors: number;
  /** Bot API calls the fake server refused (4xx), e.g. editing a message that is gone. */
  apiErrors: number;
  apiCalls: number;
  /** Button presses answered with a notice (a stale or refused button) and messages the bot did not understand. */
  notices: number;
  notUnderstood: number;
  /** What the bot logged at warn or above, by message, with how often. */
  loggedErrors: Record<string, number>;
}

/** Counts the bot's answers that mean the user's update did not do what it was meant to. */
function refusals(config: Config): (calls: RecordedCall[]) => { notices: number; notUnderstood: number } {
  const messages = createMessages(config);
  const plain = (text: string) => text.replace(/[\u2068\u2069]/g, "");
  const locale = config.defaultLocale;
  const fallbackText = plain(messages.t(locale, "fallback-text"));
  const [before = "", after = ""] = plain(messages.t(locale, "fallback-command", { command: "\u0000" })).split("\u0000");
  return (calls) => ({
    notices: calls.filter((call) => call.method === "answerCallbackQuery" && typeof call.payload.text === "string").length,
    notUnderstood: calls.filter((call) => {
      if (call.method !== "sendMessage" || typeof call.payload.text !== "string") return false;
      const text = plain(call.payload.text);
      return text === fallbackText || (text.startsWith(before) && text.endsWith(after));
    }).length,
  });
}

interface WorkDone {
  registrations: Record<string, number>;
  responses: number;
  answers: number;
  submittedRequests: number;
  openRequestsBefore: number;
  sessions: number;
}

interface EngineResult {
  engine: Engine;
  seedSeconds: number;
  ours: PhaseResult;
  bare: PhaseResult;
  work: WorkDone;
}

function parseOptions(): Options {
  const { values } = parseArgs({
    options: {
      updates: { type: "string" },
      users: { type: "string" },
      engines: { type: "string" },
      quick: { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  if (values.help) {
    process.stdout.write("usage: npm run bench:updates -- [--updates N] [--users N] [--quick] [--engines sqlite,postgresql]\n");
    process.exit(0);
  }
  const positive = (name: string, raw: string | undefined, fallback: number) => {
    if (raw === undefined) return fallback;
    const value = Number(raw.replaceAll("_", ""));
    if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} must be a positive integer, got "${raw}"`);
    return value;
  };
  const engines = (values.engines ?? "sqlite,postgresql").split(",").map((raw) => {
    if (raw !== "sqlite" && raw !== "postgresql") throw new Error(`--engines takes sqlite and/or postgresql, got "${raw}"`);
    return raw;
  });
  return {
    updates: positive("updates", values.updates, values.quick ? 600 : 4_000),
    users: positive("users", values.users, values.quick ? 40 : 200),
    engines,
  };
}

const progress = (line: string) => process.stderr.write(`[updates] ${line}\n`);
const seconds = (since: number) => (performance.now() - since) / 1000;


function percentile(sorted: number[], q: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!;
}

function latencySummary(values: number[]) {
  const sorted = [...values].sort((a, b) => a - b);
  return { count: sorted.length, p50: percentile(sorted, 0.5), p99: percentile(sorted, 0.99), max: sorted.at(-1) ?? 0 };
}

/**
 * One phase: a fresh fake Bot API and bot, a warm-up of one /menu per user, then `drive` feeding the
 * measured updates through `feeder`. Time runs from the first measured update to the last handled.
 */
async function runPhase(
  count: ReturnType<typeof refusals>,
  clock: ManualClock,
  users: number[],
  budget: number,
  startBot: (api: FakeBotApi, onHandled: (updateId: number) => void) => RunningBot,
  drive: (api: FakeBotApi, feeder: Feeder) => Promise<void>,
): Promise<PhaseResult> {
  const api = await FakeBotApi.start({ clock });
  let feeder = new Feeder(api, users.length);
  const bot = startBot(api, (updateId) => feeder.handled(updateId));
  try {
    const warmUp = feeder;
    const warmRandom = createRandom(1);
    await Promise.all(users.map((id) => new BenchUser(id, api, warmUp, warmRandom).command("menu")));
    const callsBefore = api.calls.length;
    const errorsBefore = bot.handlerErrors;

    feeder = new Feeder(api, budget);
    const memory = new MemorySampler(50);
    memory.start("updates");
    const started = performance.now();
    await drive(api, feeder);
    const took = seconds(started);
    const peak = memory.stop();

    const calls = api.calls.slice(callsBefore).filter((call) => call.method !== "getUpdates");
    const all = KINDS.flatMap((kind) => feeder.latencies[kind]);
    return {
      updates: feeder.fed,
      seconds: took,
      perSecond: feeder.fed / took,
      latency: {
        all: latencySummary(all),
        command: latencySummary(feeder.latencies.command),
        callback: latencySummary(feeder.latencies.callback),
        text: latencySummary(feeder.latencies.text),
      },
      memory: peak,
      handlerErrors: bot.handlerErrors - errorsBefore,
      apiErrors: calls.filter((call) => call.error !== undefined).length,
      apiCalls: calls.length,
      ...count(calls),
      loggedErrors: Object.fromEntries(bot.loggedErrors),
    };
  } finally {
    await bot.stop();
    await api.close();
  }
}

async function workDone(db: Db, people: BenchPeople): Promise<WorkDone> {
  const employeeId = { in: people.employeeIds };
  const registrations = await db.registration.groupBy({
    by: ["status"],
    where: { employeeId, activity: { status: "PUBLISHED" } },
    _count: { _all: true },
  });
  const [responses, answers, submittedRequests, sessions] = await Promise.all([
    db.response.count({ where: { respondentId: employeeId } }),
    db.answer.count({ where: { response: { respondentId: employeeId } } }),
    db.evaluationRequest.count({ where: { respondentId: employeeId, status: "SUBMITTED" } }),
    db.session.count(),
  ]);
  return {
    registrations: Object.fromEntries(registrations.map((row) => [row.status, row._count._all])),
    responses,
    answers,
    submittedRequests,
    openRequestsBefore: people.openRequests,
    sessions,
  };
}

async function runEngine(engine: Engine, options: Options): Promise<EngineResult> {
  progress(`${engine}: creating, migrating and seeding a throwaway database`);
  const database = await throwawayDatabase(engine, "updates");
  const clock = new ManualClock(NOW);
  const config: Config = createConfig({ DATABASE_URL: database.url, LOG_LEVEL: "silent" });
  const db = createDb(database.url);
  try {
    await connectDb(db);
    let started = performance.now();
    const people = await seedUpdatesData(db, clock, { users: options.users, evaluations: config.evaluations });
    const seedSeconds = seconds(started);
    // The demo history holds registrations and answers of some users already: the work done is the difference.
    const before = await workDone(db, people);
    progress(`${engine}: seeded in ${fixed(seedSeconds, 1)} s: ${people.telegramIds.length} linked users, ${people.openRequests} open evaluation requests`);

    const users: BenchUser[] = [];
    started = performance.now();
    const count = refusals(config);
    const ours = await runPhase(
      count,
      clock,
      people.telegramIds,
      options.updates,
      (api, onHandled) => startOurBot(api, { db, clock, config }, onHandled),
      async (api, feeder) => {
        people.telegramIds.forEach((id, i) => users.push(new BenchUser(id, api, feeder, createRandom(1_000 + i))));
        await Promise.all(users.map((u, i) => runScript(u, i)));
      },
    );
    progress(`${engine}: ours handled ${int(ours.updates)} updates in ${fixed(ours.seconds, 1)} s (${fixed(ours.perSecond, 1)}/s)`);
    const after = await workDone(db, people);
    const work: WorkDone = {
      registrations: Object.fromEntries(
        Object.entries(after.registrations).map(([status, count]) => [status, count - (before.registrations[status] ?? 0)]),
      ),
      responses: after.responses - before.responses,
      answers: after.answers - before.answers,
      submittedRequests: after.submittedRequests - before.submittedRequests,
      openRequestsBefore: people.openRequests,
      sessions: after.sessions,
    };

    const bare = await runPhase(count, clock, people.telegramIds, options.updates, startBareBot, async (_api, feeder) => {
      await Promise.all(users.map((u) => replay(feeder, u.sent)));
    });
    progress(`${engine}: bare grammY handled ${int(bare.updates)} updates in ${fixed(bare.seconds, 1)} s (${fixed(bare.perSecond, 1)}/s)`);
    return { engine, seedSeconds, ours, bare, work };
  } finally {
    await db.$disconnect();
    await database.drop();
  }
}

const engineName = (engine: Engine) => (engine === "sqlite" ? "SQLite" : "PostgreSQL");
const ms = (value: number) => fixed(value, 1);

function report(options: Options, results: EngineResult[]): string[] {
  const out: string[] = [""];
  const header = ["figure"];
  for (const result of results) header.push(`ours, ${engineName(result.engine)}`, "bare grammY", "ours / bare");
  const row = (label: string, pick: (phase: PhaseResult) => number, format: (value: number) => string, ratio = true) => {
    const cells = [label];
    for (const result of results) {
      const [a, b] = [pick(result.ours), pick(result.bare)];
      cells.push(format(a), format(b), ratio && b > 0 ? fixed(a / b, 2) : "");
    }
    return cells;
  };
  const rows = [
    row("updates handled", (p) => p.updates, int, false),
    row("time s", (p) => p.seconds, (v) => fixed(v, 2)),
    row("updates/s", (p) => p.perSecond, (v) => fixed(v, 1)),
    row("latency p50 ms (fed -> handled)", (p) => p.latency.all.p50, ms),
    row("latency p99 ms", (p) => p.latency.all.p99, ms),
    row("latency max ms", (p) => p.latency.all.max, ms),
    ...KINDS.map((kind) => row(`  ${kind}: count`, (p) => p.latency[kind].count, int, false)),
    ...KINDS.map((kind) => {
      const cells = [`  ${kind}: p50 / p99 ms (ratio of p50)`];
      const both = (p: PhaseResult) => `${ms(p.latency[kind].p50)} / ${ms(p.latency[kind].p99)}`;
      for (const { ours, bare } of results) {
        cells.push(both(ours), both(bare), bare.latency[kind].p50 > 0 ? fixed(ours.latency[kind].p50 / bare.latency[kind].p50, 2) : "");
      }
      return cells;
    }),
    row("peak RSS MB", (p) => p.memory.rssMb, (v) => fixed(v, 0)),
    row("peak heap used MB", (p) => p.memory.heapUsedMb, (v) => fixed(v, 0)),
    row("Bot API calls (no getUpdates)", (p) => p.apiCalls, int),
    row("Bot API calls refused", (p) => p.apiErrors, int, false),
    row("handler errors (apologies)", (p) => p.handlerErrors, int, false),
    row("presses answered with a notice", (p) => p.notices, int, false),
    row("replies \"not understood\"", (p) => p.notUnderstood, int, false),
  ];
  out.push(`Updates: ${int(options.updates)} per bot from ${int(options.users)} users at once (one run each; ours / bare: ratio of the two)`);
  out.push(table(header, rows));
  out.push("  memory: peak of this process while the updates ran (the bot, the database client and the in-process fake Bot API), sampled every 50 ms.");
  for (const result of results) {
    const w = result.work;
    const registered = Object.entries(w.registrations).filter(([, count]) => count !== 0);
    out.push(
      `work done by ours on ${engineName(result.engine)}: new registrations ${registered.length ? registered.map(([status, count]) => `${status} ${int(count)}`).join(", ") : "none"}; ` +
        `questionnaires submitted ${int(w.submittedRequests)} (${int(w.responses)} responses, ${int(w.answers)} answers stored) of ${int(w.openRequestsBefore)} open; ` +
        `sessions stored ${int(w.sessions)}; seeding took ${fixed(result.seedSeconds, 1)} s`,
    );
  }
  const failures = results.filter((r) => r.ours.handlerErrors + r.ours.apiErrors + r.ours.notices + r.ours.notUnderstood > 0);
  out.push(
    failures.length === 0
      ? "check: ours had no handler errors, no refused Bot API calls, no press answered with a notice and no \"not understood\" reply"
      : `check: ERRORS: ${failures
          .map((r) => `${engineName(r.engine)}: ${r.ours.handlerErrors} handler errors, ${r.ours.apiErrors} refused calls, ${r.ours.notices} notices, ${r.ours.notUnderstood} not understood`)
          .join("; ")}`,
  );
  for (const result of results) {
    for (const [message, times] of Object.entries(result.ours.loggedErrors)) out.push(`  logged by ours on ${engineName(result.engine)} (${times}x): ${message}`);
  }
  return out;
}

function summary(options: Options, results: EngineResult[]): object {
  const phase = (p: PhaseResult) => ({
    updates: p.updates,
    seconds: round(p.seconds, 2),
    perSecond: round(p.perSecond, 1),
    p50Ms: round(p.latency.all.p50, 1),
    p99Ms: round(p.latency.all.p99, 1),
    peakRssMb: round(p.memory.rssMb, 0),
    peakHeapMb: round(p.memory.heapUsedMb, 0),
    handlerErrors: p.handlerErrors,
    apiErrors: p.apiErrors,
    notices: p.notices,
    notUnderstood: p.notUnderstood,
  });
  return {
    bench: "updates",
    updates: options.updates,
    users: options.users,
    machine: machineFacts(),
    engines: results.map((result) => ({
      engine: result.engine,
      ours: phase(result.ours),
      bare: phase(result.bare),
      oursOverBareRate: round(result.ours.perSecond / result.bare.perSecond, 3),
      work: result.work,
    })),
  };
}

function commandLine(): string {
  const args = process.argv.slice(2).join(" ");
  return process.env.npm_lifecycle_event ? `npm run ${process.env.npm_lifecycle_event}${args ? ` -- ${args}` : ""}` : `tsx test/bench/updates.bench.ts${args ? ` ${args}` : ""}`;
}

async function main(): Promise<void> {
  const options = parseOptions();
  const machine = machineFacts();
  const started = performance.now();
  process.stdout.write(
    [
      `Updates benchmark: ${int(options.updates)} updates from ${int(options.users)} linked users, the real bot against a bare grammY bot`,
      `command: ${commandLine()}`,
      `machine: node ${machine.node}, ${machine.platform}, ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGb} GB RAM`,
      "path: grammY runner (long polling) + sequentialize per chat, as src/telegram/run.ts; fake Bot API in this process, no latency, no flood limits",
      `engines: ${options.engines.map(engineName).join(", ")}`,
      "",
    ].join("\n"),
  );
  const results: EngineResult[] = [];
  for (const engine of options.engines) results.push(await runEngine(engine, options));
  const out = report(options, results);
  out.push("");
  out.push(`total time: ${fixed(seconds(started), 0)} s`);
  out.push("summary (JSON):");
  out.push(JSON.stringify(summary(options, results)));
  process.stdout.write(`${out.join("\n")}\n`);
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`updates benchmark failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  },
);
