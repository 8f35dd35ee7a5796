/**
 * Queue benchmark: one, two and three bot instances (`npm start`, webhook mode) drain one broadcast
 * together from one PostgreSQL database, against the fake Bot API.
 *
 *   npm run bench:queue                                  # 3,000 messages at 30/s, then at 1,000/s
 *   npm run bench:queue -- --count 600 --raised 500      # quick check
 *   npm run bench:queue -- --instances 1,3 --skip-raised
 *
 * "At the Telegram limit": the bot's limit is shared among the instances (src/delivery/rate-share.ts),
 * so any number of them should send at about the limit, never above it. "Limit raised": the same with
 * a limit far above what the machine can send, to show what the claim path itself carries.
 *
 * Creates a database of its own on the local server (TEST_POSTGRES_URL, see test/kit/postgres.ts) and
 * drops it at the end. Progress goes to stderr; the table goes to stdout. The instances and the fake
 * Bot API (test/scale/fake-api-process.ts) are child processes.
 */
import { loadavg } from "node:os";
import { parseArgs } from "node:util";
import { systemClock } from "../../src/clock.js";
import { connectDb, createDb, type Db } from "../../src/db/client.js";
import { migrate } from "../../src/db/migrate.js";
import { ensureDefaultQuestionnaires } from "../../src/services/evaluations/defaults.js";
import { TEST_BOT_TOKEN, waitFor } from "../kit/main-process.js";
import { createDatabase, databaseUrl, dropDatabase } from "../kit/postgres.js";
import type { Recipient } from "../kit/recipients.js";
import { startFakeApiProcess, type FakeApiProcess } from "../scale/fake-api.js";
import { enqueueBroadcast, logEntries, maxPerSecond, startInstances, stopInstance, waitForWorkers, type Instance } from "../scale/instances.js";
import { fixed, int, machineFacts, table } from "./report.js";
import { seedRecipients } from "./seed.js";

/** A network round trip to Telegram, roughly. */
const LATENCY_MS = 25;
const TEXT = "Pengumuman: rapat koordinasi pengembangan kompetensi hari Senin pukul 09.00 di aula utama.";

interface Options {
  count: number;
  limit: number;
  raised: number;
  instances: number[];
  skipRaised: boolean;
}

interface Scenario {
  label: string;
  limit: number;
  /** Messages on the wire at once per instance: at a high limit, latency rather than the limit caps each one. */
  concurrency: number;
}

interface Row {
  scenario: string;
  instances: number;
  messages: number;
  seconds: number;
  perSecond: number;
  limit: number;
  maxWindow: number;
  duplicates: number;
  missing: number;
  tooManyRequests: number;
  heartbeatHolds: number;
}

function parseOptions(): Options {
  const { values } = parseArgs({
    options: {
      count: { type: "string", default: "3000" },
      limit: { type: "string", default: "30" },
      raised: { type: "string", default: "1000" },
      instances: { type: "string", default: "1,2,3" },
      "skip-raised": { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  if (values.help) {
    process.stdout.write("usage: npm run bench:queue -- [--count N] [--limit N] [--raised N] [--instances 1,2,3] [--skip-raised]\n");
    process.exit(0);
  }
  const positive = (name: string, raw: string) => {
    const value = Number(raw);
    if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} must be a positive integer, got "${raw}"`);
    return value;
  };
  return {
    count: positive("count", values.count),
    limit: positive("limit", values.limit),
    raised: positive("raised", values.raised),
    instances: values.instances.split(",").map((n) => positive("instances", n.trim())),
    skipRaised: values["skip-raised"],
  };
}

const log = (line: string) => process.stderr.write(`${line}\n`);
/** Ctrl-C reaches the instances too; the phase under way gives up and the database is dropped. */
const stop = { requested: false };
const sentCount = (db: Db) => db.delivery.count({ where: { status: "SENT" } });

async function runPhase(
  context: { db: Db; url: string; api: FakeApiProcess; recipients: Recipient[] },
  scenario: Scenario,
  instanceCount: number,
  phase: number,
): Promise<Row> {
  const { db, url, api, recipients } = context;
  await db.delivery.deleteMany();
  await api.reset();
  await api.setGlobalLimit(scenario.limit);
  const env = { DELIVERY_GLOBAL_PER_SECOND: String(scenario.limit), DELIVERY_CONCURRENCY: String(scenario.concurrency) };
  const names = Array.from({ length: instanceCount }, (_, i) => `p${phase}-${i + 1}`);
  const instances: Instance[] = [];
  try {
    instances.push(...(await startInstances(names, { databaseUrl: url, apiRoot: api.apiRoot, env })));
    await waitForWorkers(db, instanceCount, { settle: true });

    const begin = performance.now();
    await enqueueBroadcast(db, recipients, `bench-queue:${phase}`, () => TEXT);
    const expectedSeconds = recipients.length / scenario.limit;
    const progress = setInterval(() => {
      void sentCount(db).then((sent) => log(`  ${((performance.now() - begin) / 1000).toFixed(0).padStart(4)} s  sent ${int(sent)}/${int(recipients.length)}`));
    }, 10_000);
    try {
      await waitFor(async () => {
        if (stop.requested) throw new Error("interrupted");
        return (await sentCount(db)) === recipients.length ? true : undefined;
      }, 60_000 + expectedSeconds * 3_000);
    } finally {
      clearInterval(progress);
    }
    const seconds = (performance.now() - begin) / 1000;

    const { stats, arrivals } = await api.report();
    const counts = recipients.map((r) => stats.deliveredByChat[String(r.chatId)] ?? 0);
    return {
      scenario: scenario.label,
      instances: instanceCount,
      messages: recipients.length,
      seconds,
      perSecond: recipients.length / seconds,
      limit: scenario.limit,
      maxWindow: maxPerSecond(arrivals),
      duplicates: counts.reduce((sum, count) => sum + Math.max(0, count - 1), 0),
      missing: counts.filter((count) => count === 0).length,
      tooManyRequests: stats.tooManyRequests,
      heartbeatHolds: instances.flatMap((instance) => logEntries(instance, "delivery heartbeat overdue: holding sends")).length,
    };
  } finally {
    await Promise.allSettled(instances.map((instance) => stopInstance(instance)));
  }
}

async function main(): Promise<void> {
  const options = parseOptions();
  const name = `pembinaan_bench_queue_${process.pid}`;
  const url = databaseUrl(name);
  await createDatabase(name);
  let db: Db | undefined;
  let api: FakeApiProcess | undefined;
  const interrupted = () => {
    stop.requested = true;
    log("interrupted: cleaning up");
  };
  process.once("SIGINT", interrupted);
  const loadBefore = loadavg()[0]!;
  try {
    await migrate(url);
    db = createDb(url);
    await connectDb(db);
    // As a first start would; instances starting together would race to install them.
    await ensureDefaultQuestionnaires({ db, clock: systemClock });
    const recipients = await seedRecipients(db, options.count);
    api = await startFakeApiProcess({ token: TEST_BOT_TOKEN, globalPerSecond: options.limit, latencyMs: LATENCY_MS });

    const scenarios: Scenario[] = [{ label: "at the Telegram limit", limit: options.limit, concurrency: 4 }];
    if (!options.skipRaised) scenarios.push({ label: "limit raised", limit: options.raised, concurrency: 32 });
    const rows: Row[] = [];
    let phase = 0;
    for (const scenario of scenarios) {
      for (const count of options.instances) {
        phase += 1;
        log(`${scenario.label} (${scenario.limit}/s): ${count} instance(s), ${int(options.count)} messages`);
        const row = await runPhase({ db, url, api, recipients }, scenario, count, phase);
        log(`  ${fixed(row.perSecond, 1)} msg/s, max ${row.maxWindow} in 1 s, ${row.duplicates} duplicates, ${row.tooManyRequests} 429s`);
        rows.push(row);
      }
    }

    const facts = machineFacts();
    process.stdout.write(
      `\nQueue benchmark: instances of the bot on one PostgreSQL database, fake Bot API with ${LATENCY_MS} ms latency\n` +
        `node ${facts.node}, ${facts.platform}, ${facts.cores} cores (${facts.cpu}), ` +
        `load average ${fixed(loadBefore, 1)} before and ${fixed(loadavg()[0]!, 1)} after\n\n`,
    );
    process.stdout.write(
      table(
        ["scenario", "instances", "messages", "seconds", "msgs/s", "limit", "ratio", "max in 1 s", "duplicates", "missing", "429s", "holds"],
        rows.map((row) => [
          row.scenario,
          String(row.instances),
          int(row.messages),
          fixed(row.seconds, 1),
          fixed(row.perSecond, 1),
          int(row.limit),
          fixed(row.perSecond / row.limit, 2),
          int(row.maxWindow),
          String(row.duplicates),
          String(row.missing),
          String(row.tooManyRequests),
          String(row.heartbeatHolds),
        ]),
      ) + "\n",
    );
    process.stdout.write(
      "\nseconds: from the start of enqueueing the broadcast to its last message recorded SENT. max in 1 s: the most sendMessage calls\n" +
        "the fake Bot API received in any one-second window. 429s: refused by its checker (the limit column); on a\n" +
        "loaded machine arrivals can jitter by more than the pacer's 50 ms margin, with one instance as with three.\n" +
        "holds: sends held because an instance's heartbeat was late.\n",
    );
  } finally {
    process.off("SIGINT", interrupted);
    await api?.close();
    await db?.$disconnect();
    await dropDatabase(name);
  }
}

await main();
