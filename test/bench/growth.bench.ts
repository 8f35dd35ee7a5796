/**
 * Growth benchmark: how the scheduler's due scans cost as the tables grow while what is DUE stays
 * the same 50. Three jobs, run as the scheduler runs them (`job.run` with "now" fixed): the activity
 * reminders (the due-reminder scan), and on the evaluation side the nudges (open requests due for a
 * notice or reminder) and the assignment (completed registrations whose questionnaires are due).
 * Sizes are counted in registrations (10k, 100k, 1M); the history that fills them also brings the
 * L1 requests and the sent reminders and notices (see growth-seed.ts). Flat is the goal: with the
 * right indexes a scan's cost follows what is due, not what is stored.
 *
 *   npm run bench:growth                                  # SQLite and PostgreSQL, up to 1M (a few minutes)
 *   npm run bench:growth -- --quick                       # up to 100k
 *   npm run bench:growth -- --engines sqlite --runs 3
 *
 * Each engine gets a throwaway database (a temporary SQLite file; a PostgreSQL database on
 * TEST_POSTGRES_URL's server, default postgresql://postgres@127.0.0.1:5432) that grows from one size to
 * the next and is removed at the end. Rows are bulk-inserted (growth-writers.ts), then the planner
 * statistics refreshed. Per size and job: one warm-up run, then the median of `--runs` runs; the
 * database is put back after every run (growth-jobs.ts). The plans are EXPLAINed from the SQL the
 * jobs send (growth-explain.ts). Progress goes to stderr, the tables and a JSON summary to stdout.
 */
import { join } from "node:path";
import { parseArgs } from "node:util";
import { connectDb, createDb, type Db } from "../../src/db/client.js";
import type { Engine } from "../../src/db/engine.js";
import { explain, openLoggingDb, scanStatements, type Plan, type Statement } from "./growth-explain.js";
import { jobDeps, outcomeProblem, restorePoint, runJob, TIMED_JOBS, type TimedJob } from "./growth-jobs.js";
import { DUE, historicChunks, nextIds, NOW, REGISTRATIONS_PER_ACTIVITY, seedBase, type BaseSeed } from "./growth-seed.js";
import { openBulkWriter } from "./growth-writers.js";
import { MemorySampler } from "./memory.js";
import { throwawayDatabase } from "./throwaway-database.js";
import { fixed, int, machineFacts, round, table } from "./report.js";

const FULL_SIZES = [10_000, 100_000, 1_000_000];
/** A job's timed runs at one size stop once they have taken this long (at least one run). */
const RUN_BUDGET_MS = 60_000;
/** At or below this ratio to the smallest size a scan counts as flat. */
const FLAT_RATIO = 2;

interface Options {
  sizes: number[];
  engines: Engine[];
  runs: number;
}

interface JobFigures {
  name: string;
  /** NaN when the job failed (see `error`) or was not run. */
  medianMs: number;
  /** The job threw: its error, shortened; or "not run" after it failed at a smaller size. */
  error: string | null;
  runs: number;
  minMs: number;
  maxMs: number;
  /** What the job reported on its last run. */
  outcome: Record<string, number>;
  problems: string[];
}

interface SizeResult {
  registrations: number;
  evaluationRequests: number;
  deliveries: number;
  activities: number;
  seedSeconds: number;
  jobs: JobFigures[];
  plans: Record<string, Plan[]>;
}

interface EngineResult {
  engine: Engine;
  baseSeconds: number;
  sizes: SizeResult[];
  peakRssMb: number;
}

function parseOptions(): Options {
  const { values } = parseArgs({
    options: {
      quick: { type: "boolean", default: false },
      sizes: { type: "string" },
      engines: { type: "string" },
      runs: { type: "string" },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  if (values.help) {
    process.stdout.write("usage: npm run bench:growth -- [--quick] [--sizes 10000,100000] [--engines sqlite,postgresql] [--runs N]\n");
    process.exit(0);
  }
  const sizes = values.sizes
    ? values.sizes.split(",").map((raw) => {
        const size = Number(raw.replaceAll("_", ""));
        if (!Number.isInteger(size) || size < 1_000) throw new Error(`--sizes takes whole numbers of at least 1000, got "${raw}"`);
        return size;
      })
    : values.quick
      ? FULL_SIZES.slice(0, 2)
      : FULL_SIZES;
  const engines = (values.engines ?? "sqlite,postgresql").split(",").map((raw) => {
    if (raw !== "sqlite" && raw !== "postgresql") throw new Error(`--engines takes sqlite and/or postgresql, got "${raw}"`);
    return raw;
  });
  const runs = values.runs === undefined ? 5 : Number(values.runs);
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs must be a positive integer, got "${values.runs}"`);
  return { sizes: [...sizes].sort((a, b) => a - b), engines, runs };
}

const progress = (engine: Engine, line: string) => process.stderr.write(`[growth ${engine}] ${line}\n`);
const seconds = (since: number) => (performance.now() - since) / 1000;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}


async function openDb(url: string): Promise<Db> {
  const db = createDb(url);
  await connectDb(db);
  return db;
}

/**
 * Adds history until the database holds `size` registrations; returns the seconds it took. The ORM's
 * client is closed meanwhile (the bulk writer has its own connection) and a fresh one returned, so
 * every connection plans with the statistics just refreshed.
 */
async function grow(url: string, db: Db, base: BaseSeed, size: number): Promise<{ db: Db; seconds: number }> {
  const current = await db.registration.count();
  const activities = Math.max(0, Math.ceil((size - current) / REGISTRATIONS_PER_ACTIVITY));
  const ids = await nextIds(db);
  await db.$disconnect();
  const started = performance.now();
  const writer = await openBulkWriter(url);
  try {
    for (const chunk of historicChunks({ activities, ids, base, seed: size })) await writer.write(chunk);
    await writer.finish();
  } catch (error) {
    await writer.abort();
    throw error;
  }
  const took = seconds(started);
  return { db: await openDb(url), seconds: took };
}

async function timeJob(
  engine: Engine,
  db: Db,
  timed: TimedJob,
  restore: () => Promise<void>,
  runs: number,
  warmUp: boolean,
): Promise<JobFigures> {
  const deps = jobDeps(db);
  const problems = new Set<string>();
  const times: number[] = [];
  let outcome: Record<string, number> = {};
  const once = async () => {
    const run = await runJob(deps, timed);
    await restore();
    const problem = outcomeProblem(timed, run.outcome);
    if (problem) problems.add(problem);
    outcome = run.outcome;
    return run.ms;
  };
  try {
    if (warmUp) await once();
    let spent = 0;
    while (times.length < runs && (times.length === 0 || spent < RUN_BUDGET_MS)) {
      const ms = await once();
      times.push(ms);
      spent += ms;
    }
  } catch (error) {
    await restore();
    const message = shortError(error);
    progress(engine, `  ${timed.job.name}: FAILED: ${message}`);
    return failedJob(timed, message);
  }
  progress(engine, `  ${timed.job.name}: median ${fixed(median(times), 1)} ms over ${times.length} run(s)`);
  return {
    name: timed.job.name,
    medianMs: median(times),
    error: null,
    runs: times.length,
    minMs: Math.min(...times),
    maxMs: Math.max(...times),
    outcome,
    problems: [...problems],
  };
}

function failedJob(timed: TimedJob, error: string): JobFigures {
  return { name: timed.job.name, medianMs: Number.NaN, error, runs: 0, minMs: Number.NaN, maxMs: Number.NaN, outcome: {}, problems: [] };
}

/** The last line of a Prisma error is the database's own words; the rest is the call site. */
function shortError(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  const lines = text.split("\n").map((line) => line.trim()).filter(Boolean);
  return (lines.at(-1) ?? text).slice(0, 200);
}

/** The SQL each job sends, captured once on a logging client (the database is put back afterwards). */
async function captureStatements(url: string, base: BaseSeed): Promise<Record<string, Statement[]>> {
  const logging = openLoggingDb(url);
  try {
    const restore = await restorePoint(logging.db, base.dueRequestIds);
    const captured: Record<string, Statement[]> = {};
    for (const timed of TIMED_JOBS) {
      logging.take();
      await runJob(jobDeps(logging.db), timed);
      captured[timed.job.name] = scanStatements(logging.take());
      await restore();
    }
    return captured;
  } finally {
    await logging.close();
  }
}

async function runEngine(engine: Engine, options: Options): Promise<EngineResult> {
  const memory = new MemorySampler(250);
  memory.start();
  progress(engine, "creating and migrating a throwaway database");
  const database = await throwawayDatabase(engine, "growth");
  let db: Db | null = null;
  try {
    db = await openDb(database.url);
    let started = performance.now();
    const base = await seedBase(db);
    const baseSeconds = seconds(started);
    progress(engine, `base seeded in ${fixed(baseSeconds, 1)} s (employees, questionnaires, the due set)`);

    let statements: Record<string, Statement[]> | null = null;
    const sizes: SizeResult[] = [];
    for (const size of options.sizes) {
      progress(engine, `growing to ${int(size)} registrations`);
      const grown = await grow(database.url, db, base, size);
      db = grown.db;
      const seedSeconds = grown.seconds;
      const [registrations, evaluationRequests, deliveries, activities] = await Promise.all([
        db.registration.count(),
        db.evaluationRequest.count(),
        db.delivery.count(),
        db.activity.count(),
      ]);
      progress(
        engine,
        `${int(registrations)} registrations, ${int(evaluationRequests)} requests, ${int(deliveries)} deliveries (seeded in ${fixed(seedSeconds, 1)} s)`,
      );
      statements ??= await captureStatements(database.url, base);
      const restore = await restorePoint(db, base.dueRequestIds);
      const previous = sizes.at(-1);
      const jobs: JobFigures[] = [];
      for (const timed of TIMED_JOBS) {
        const before = previous?.jobs.find((job) => job.name === timed.job.name);
        if (before?.error) {
          jobs.push(failedJob(timed, "not run (failed at a smaller size)"));
          continue;
        }
        // A warm-up is worth it for the quick scans; a scan that took seconds is warm after its first run anyway.
        jobs.push(await timeJob(engine, db, timed, restore, options.runs, !before || before.medianMs < 5_000));
      }
      const plans: Record<string, Plan[]> = {};
      for (const timed of TIMED_JOBS) plans[timed.job.name] = await explain(database.url, statements[timed.job.name] ?? []);
      sizes.push({ registrations, evaluationRequests, deliveries, activities, seedSeconds, jobs, plans });
    }
    return { engine, baseSeconds, sizes, peakRssMb: memory.stop().rssMb };
  } finally {
    memory.stop();
    await db?.$disconnect();
    await database.drop();
    progress(engine, "throwaway database removed");
  }
}

/** The SQL as a line: long IN lists and placeholder runs shortened. */
function shortSql(sql: string): string {
  return sql
    .replace(/\s+/g, " ")
    .replace(/`main`\./g, "")
    .replace(/"public"\./g, "")
    .replace(/\((\?|\$\d+)(,\s*(\?|\$\d+)){3,}\)/g, "(…)")
    .slice(0, 600);
}

/** How many completed registrations the assignment job read at the largest size where it ran. */
function assignmentLooked(result: EngineResult): string {
  for (const size of [...result.sizes].reverse()) {
    const job = size.jobs.find((entry) => entry.name === "evaluation-assignment");
    if (job && !job.error) return `${int(job.outcome.registrations ?? 0)} completed registrations at ${int(size.registrations)}`;
  }
  return "nothing: it never ran";
}

function engineName(engine: Engine): string {
  return engine === "sqlite" ? "SQLite" : "PostgreSQL";
}

function report(options: Options, results: EngineResult[]): string[] {
  const out: string[] = [];
  const ratio = (value: number, first: number) => (first > 0 ? `x${fixed(value / first, 2)}` : "");
  for (const result of results) {
    const name = engineName(result.engine);
    const first = result.sizes[0]!;
    out.push("");
    out.push(`${name}: scan time of each job with ${DUE} due, median of up to ${options.runs} runs after a warm-up (ms); x = ratio to the ${int(first.registrations)} size`);
    const rows = result.sizes.map((size) => {
      const cells = [int(size.registrations), int(size.evaluationRequests), int(size.deliveries), fixed(size.seedSeconds, 1)];
      for (const job of size.jobs) {
        const firstJob = first.jobs.find((entry) => entry.name === job.name)!;
        if (job.error) cells.push(job.error.startsWith("not run") ? "not run" : "FAILED", "");
        else cells.push(`${fixed(job.medianMs, 1)}${job.runs < options.runs ? ` (${job.runs})` : ""}`, ratio(job.medianMs, firstJob.medianMs));
      }
      return cells;
    });
    out.push(
      table(
        ["registrations", "eval requests", "deliveries", "seed s", "activity-reminders", "", "evaluation-nudges", "", "evaluation-assignment", ""],
        rows,
      ),
    );
    out.push(`  seed s: bulk insert from the previous size plus the statistics refresh; base (10,000 employees, the due set) ${fixed(result.baseSeconds, 1)} s. (n): runs within the ${RUN_BUDGET_MS / 1000} s budget.`);
    out.push(`  peak RSS of the benchmark process: ${int(result.peakRssMb)} MB`);
    const problems = result.sizes.flatMap((size) => size.jobs.flatMap((job) => job.problems.map((problem) => `${int(size.registrations)}: ${problem}`)));
    const last = result.sizes.at(-1)!;
    for (const size of result.sizes) {
      for (const job of size.jobs) {
        if (job.error && !job.error.startsWith("not run")) out.push(`  FAILED at ${int(size.registrations)} registrations: ${job.name}: ${job.error}`);
      }
    }
    out.push(
      problems.length === 0
        ? `  work done, every run at every size: ${DUE} day-before reminders queued, ${DUE} evaluation notices queued, ${DUE} L1 requests created ` +
            `(assignment looked at ${assignmentLooked(result)})`
        : `  UNEXPECTED OUTCOMES: ${problems.join("; ")}`,
    );

    out.push("");
    out.push(`${name}: plans at ${int(last.registrations)} registrations (statements of each job that read Registration, EvaluationRequest or Delivery)`);
    for (const timed of TIMED_JOBS) {
      out.push(`  ${timed.job.name} (${timed.scans}):`);
      for (const plan of last.plans[timed.job.name] ?? []) {
        out.push(`    ${plan.fullScans.length > 0 ? `FULL SCAN of ${plan.fullScans.join(", ")}: ` : ""}${shortSql(plan.sql)}`);
        for (const line of plan.lines) out.push(`      ${line.length > 200 ? `${line.slice(0, 200)}…` : line}`);
      }
    }

    out.push("");
    for (const timed of TIMED_JOBS) {
      const lastJob = last.jobs.find((job) => job.name === timed.job.name)!;
      const firstJob = first.jobs.find((job) => job.name === timed.job.name)!;
      const scans = [...new Set((last.plans[timed.job.name] ?? []).flatMap((plan) => plan.fullScans))];
      const scanNote = scans.length > 0 ? `; full scan of ${scans.join(", ")}` : "; no full scan of a big table";
      const failedAt = result.sizes.find((size) => size.jobs.some((job) => job.name === timed.job.name && job.error && !job.error.startsWith("not run")));
      if (failedAt) {
        const error = failedAt.jobs.find((job) => job.name === timed.job.name)!.error;
        out.push(`verdict ${name} ${timed.job.name}: FAILS from ${int(failedAt.registrations)} registrations on (${error})${scanNote}`);
        continue;
      }
      const growth = lastJob.medianMs / firstJob.medianMs;
      const flat = growth <= FLAT_RATIO;
      const previous = result.sizes.at(-2);
      const previousJob = previous?.jobs.find((job) => job.name === timed.job.name);
      const lastStep =
        previous && previous !== first && previousJob && !previousJob.error
          ? `, x${fixed(lastJob.medianMs / previousJob.medianMs, 2)} from ${int(previous.registrations)}`
          : "";
      out.push(
        `verdict ${name} ${timed.job.name}: ${flat ? "flat" : "NOT flat"} (x${fixed(growth, 2)} from ${int(first.registrations)} to ${int(last.registrations)} registrations${lastStep})${scanNote}`,
      );
    }
  }
  return out;
}

function summary(options: Options, results: EngineResult[]): object {
  return {
    bench: "growth",
    now: NOW.toISOString(),
    due: DUE,
    runs: options.runs,
    machine: machineFacts(),
    engines: results.map((result) => ({
      engine: result.engine,
      baseSeconds: round(result.baseSeconds, 1),
      peakRssMb: round(result.peakRssMb, 0),
      sizes: result.sizes.map((size) => ({
        registrations: size.registrations,
        evaluationRequests: size.evaluationRequests,
        deliveries: size.deliveries,
        seedSeconds: round(size.seedSeconds, 1),
        jobs: Object.fromEntries(
          size.jobs.map((job) => [
            job.name,
            job.error
              ? { error: job.error }
              : { medianMs: round(job.medianMs, 1), minMs: round(job.minMs, 1), maxMs: round(job.maxMs, 1), runs: job.runs, ok: job.problems.length === 0 },
          ]),
        ),
        fullScans: Object.fromEntries(
          Object.entries(size.plans).map(([job, plans]) => [job, [...new Set(plans.flatMap((plan) => plan.fullScans))]]),
        ),
      })),
    })),
  };
}

function commandLine(): string {
  const args = process.argv.slice(2).join(" ");
  return process.env.npm_lifecycle_event ? `npm run ${process.env.npm_lifecycle_event}${args ? ` -- ${args}` : ""}` : `tsx test/bench/growth.bench.ts${args ? ` ${args}` : ""}`;
}

async function main(): Promise<void> {
  const options = parseOptions();
  const machine = machineFacts();
  const started = performance.now();
  process.stdout.write(
    [
      `Growth benchmark: the scheduler's due scans at ${options.sizes.map(int).join(", ")} registrations, ${DUE} due each time`,
      `command: ${commandLine()}`,
      `machine: node ${machine.node}, ${machine.platform}, ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGb} GB RAM`,
      `now: ${NOW.toISOString()} (16:00 WIB); engines: ${options.engines.map(engineName).join(", ")}`,
      ...TIMED_JOBS.map((timed) => `  ${timed.job.name}: ${timed.scans}`),
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
    process.stderr.write(`growth benchmark failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  },
);
