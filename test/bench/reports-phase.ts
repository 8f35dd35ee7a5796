/**
 * One measured phase of the reports benchmark (one report, our JP figures per unit alone, or the
 * baseline) in a Node process of its own, so each one's peak RSS is its own and not what seeding or
 * an earlier report left behind.
 *
 * The parent forks the benchmark script with `--phase` and the phase's arguments; the child times
 * the subject for each scope (a warm-up, then `runs` timed runs), then, for a report, the report
 * followed by its XLSX export and by its chart (as package-charts.ts draws it), and sends one
 * `PhaseReply` over IPC before it exits. It runs with --expose-gc, so every timed run starts from a
 * collected heap.
 */
import { fork } from "node:child_process";
import { fileURLToPath } from "node:url";
import { ManualClock } from "../../src/clock.js";
import { createConfig } from "../../src/config.js";
import { connectDb, createDb } from "../../src/db/client.js";
import type { ServiceDeps } from "../../src/services/deps.js";
import { JP_TARGET } from "../../src/services/jp/ledger.js";
import { JP_COMPLIANCE_TABLES } from "../../src/services/reports/jp-compliance.js";
import { reportLanguage } from "../../src/services/reports/language.js";
import { reportToXlsx } from "../../src/services/reports/output/xlsx.js";
import type { AnyReport } from "../../src/services/reports/package-charts.js";
import { reportFilter } from "../../src/services/reports/period.js";
import type { Report } from "../../src/services/reports/report-table.js";
import { findReport, reportChart, type BenchReportDeps } from "./reports-catalogue.js";
import { oursJpPerUnit } from "./reports-jp-figures.js";
import { MemorySampler } from "./memory.js";

export const SCOPES = ["district", "unit"] as const;
/** Phase names besides the catalogue's reports. */
export const BASELINE = "baseline";
export const JP_FIGURES = "jp-figures";
/** Timed runs of one scope stop once they have taken this long (at least one run is always timed). */
const RUN_BUDGET_MS = 60_000;
export type Scope = (typeof SCOPES)[number];

/** The JP compliance figures of one unit, as ours and the baseline both give them. */
export interface UnitFigures {
  unitCode: string;
  employees: number;
  jpTotal: number;
  teknis: number;
  manajerial: number;
  sosialKultural: number;
  reached: number;
}

/** The naive JP compliance per unit the benchmark compares ours with (defined in the benchmark script). */
export type Baseline = (deps: ServiceDeps, input: { year: number; unitId: number | null; target: number }) => Promise<UnitFigures[]>;

export interface PhaseSpec {
  /** A report's name in the catalogue, JP_FIGURES or BASELINE. */
  name: string;
  dbUrl: string;
  runs: number;
  viewerId: number;
  focusUnitId: number;
  year: number;
  /** ISO instant the reports' clock stands at. */
  now: string;
}

export interface OutputTiming {
  /** Report plus export, per timed run. */
  totalMs: number[];
  bytes: number;
  heapGrowthMb: number;
}

export interface ScopeResult {
  scope: Scope;
  /** Rows over all of the report's tables (units for the per-unit figures). */
  rows: number;
  reportMs: number[];
  /** Peak V8 heap in use while the report ran, above the collected heap before it. */
  heapGrowthMb: number;
  xlsx: OutputTiming | null;
  chart: OutputTiming | null;
  /** JP compliance per unit, to check ours against the baseline. */
  perUnit: UnitFigures[] | null;
}

export interface PhaseResult {
  name: string;
  scopes: ScopeResult[];
  /** After loading the code and connecting, before the first report. */
  startRssMb: number;
  startHeapMb: number;
  /** The process's peak RSS (kernel maxrss) once the reports alone had run, and after the exports. */
  reportPeakRssMb: number;
  outputPeakRssMb: number | null;
}

type PhaseReply = { type: "result"; result: PhaseResult } | { type: "error"; message: string };

const MB = 1024 * 1024;
const peakRssMb = () => (process.resourceUsage().maxRSS * 1024) / MB;
const collect = () => (globalThis as { gc?: () => void }).gc?.();

export function phaseArgs(spec: PhaseSpec): string[] {
  return [
    "--phase",
    spec.name,
    "--db",
    spec.dbUrl,
    "--runs",
    String(spec.runs),
    "--viewer",
    String(spec.viewerId),
    "--unit",
    String(spec.focusUnitId),
    "--year",
    String(spec.year),
    "--now",
    spec.now,
  ];
}

/** Forks `script` in phase mode and waits for its result. */
export function runPhaseProcess(script: string, spec: PhaseSpec, timeoutMs: number): Promise<PhaseResult> {
  const child = fork(fileURLToPath(script), phaseArgs(spec), {
    cwd: fileURLToPath(new URL("../../", import.meta.url)),
    execArgv: ["--import", "tsx", "--expose-gc"],
    stdio: ["ignore", "inherit", "inherit", "ipc"],
    serialization: "json",
  });
  const killOnExit = () => child.kill("SIGKILL");
  process.once("exit", killOnExit);
  return new Promise<PhaseResult>((resolve, reject) => {
    let settled = false;
    const finish = (error: Error | null, outcome?: PhaseResult) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      process.off("exit", killOnExit);
      if (error) {
        child.kill("SIGKILL");
        reject(error);
      } else resolve(outcome!);
    };
    const timer = setTimeout(() => finish(new Error(`phase ${spec.name} did not finish within ${Math.round(timeoutMs / 1000)} s`)), timeoutMs);
    // The result counts once the child has exited, so that no two phases ever run at the same time.
    let result: PhaseResult | undefined;
    child.on("message", (reply: PhaseReply) => {
      if (reply.type === "result") result = reply.result;
      else finish(new Error(`phase ${spec.name}: ${reply.message}`));
    });
    child.once("error", (error) => finish(error));
    child.once("exit", (code, signal) => {
      if (result) finish(null, result);
      else finish(new Error(`phase ${spec.name} ${signal ? `killed by ${signal}` : `exited with code ${code}`} before reporting`));
    });
  });
}

/** The child's side: runs the phase and sends the result to the parent. */
export async function runPhaseChild(spec: PhaseSpec, baseline: Baseline): Promise<void> {
  const send = (reply: PhaseReply) =>
    new Promise<void>((resolve) => {
      if (!process.send) {
        process.stdout.write(`${JSON.stringify(reply)}\n`);
        resolve();
        return;
      }
      process.send(reply, undefined, {}, () => resolve());
    });
  try {
    await send({ type: "result", result: await measure(spec, baseline) });
  } catch (error) {
    await send({ type: "error", message: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  }
}

/** What one run of a phase gives: the report for the exports, and the figures to compare with the baseline. */
interface RunOutcome {
  report: Report | null;
  rows: number;
  perUnit: UnitFigures[] | null;
}

async function measure(spec: PhaseSpec, baseline: Baseline): Promise<PhaseResult> {
  const config = createConfig({});
  const db = createDb(spec.dbUrl);
  await connectDb(db);
  try {
    const deps: BenchReportDeps = { db, clock: new ManualClock(spec.now), timezone: config.timezone, settings: config.announcements };
    const language = reportLanguage("id");
    const filterFor = (scope: Scope) => {
      const result = reportFilter({ year: spec.year }, { unitId: scope === "district" ? null : spec.focusUnitId, timezone: config.timezone });
      if (!result.ok) throw new Error(`bad period: ${result.code}`);
      return result.filter;
    };

    const entry = findReport(spec.name);
    const runReport = async (scope: Scope): Promise<AnyReport> => {
      const outcome = await entry!.run(deps, { viewerId: spec.viewerId, filter: filterFor(scope), language });
      if (!outcome.ok) throw new Error(`${entry!.name} refused the viewer: ${outcome.code}`);
      return outcome.report;
    };
    const figuresOnly = (perUnit: UnitFigures[]): RunOutcome => ({ report: null, rows: perUnit.length, perUnit });
    let runOnce: (scope: Scope) => Promise<RunOutcome>;
    if (spec.name === BASELINE) {
      runOnce = async (scope) => figuresOnly(await baseline(deps, { year: spec.year, unitId: filterFor(scope).unitId, target: JP_TARGET }));
    } else if (spec.name === JP_FIGURES) {
      runOnce = async (scope) => figuresOnly(await oursJpPerUnit(deps, { filter: filterFor(scope), target: JP_TARGET }));
    } else if (entry) {
      runOnce = async (scope) => {
        const report = await runReport(scope);
        const rows = report.tables.reduce((sum, table) => sum + table.rows.length, 0);
        return { report, rows, perUnit: entry.name === "jp-compliance" ? jpPerUnit(report) : null };
      };
    } else {
      throw new Error(`unknown phase ${spec.name}`);
    }

    collect();
    const start = process.memoryUsage();
    const scopes: ScopeResult[] = [];
    for (const scope of SCOPES) {
      let last = await runOnce(scope);
      const timed = await timedRuns(spec.runs, async () => {
        last = await runOnce(scope);
      });
      scopes.push({ scope, rows: last.rows, reportMs: timed.times, heapGrowthMb: timed.heapGrowthMb, xlsx: null, chart: null, perUnit: last.perUnit });
    }
    const reportPeakRssMb = peakRssMb();
    const phase = { name: spec.name, scopes, startRssMb: start.rss / MB, startHeapMb: start.heapUsed / MB, reportPeakRssMb };
    if (!entry) return { ...phase, outputPeakRssMb: null };

    // The report again, each time followed by its export: what someone asking for a file waits for.
    for (const result of scopes) {
      const report = () => runReport(result.scope);
      result.xlsx = await timeOutput(spec.runs, report, (r) => reportToXlsx(r, { timezone: config.timezone, locale: language.locale, generatedAt: deps.clock.now() }));
      result.chart = await timeOutput(spec.runs, report, (r) => reportChart(r, deps, language));
    }
    return { ...phase, outputPeakRssMb: peakRssMb() };
  } finally {
    await db.$disconnect();
  }
}

/**
 * Times `runs` runs of `run` (after the caller's warm-up), in ms, each from a collected heap, and the
 * largest heap growth seen during a run: V8 heap in use, sampled every few ms and once more at the end
 * while the run's result is still held, above what was in use before it. A slow subject stops early
 * once a run has been timed and the budget is spent, so a report that takes minutes does not take hours.
 */
async function timedRuns(runs: number, run: () => Promise<void>): Promise<{ times: number[]; heapGrowthMb: number }> {
  const times: number[] = [];
  let heapGrowthMb = 0;
  const started = performance.now();
  while (times.length < runs && (times.length === 0 || performance.now() - started < RUN_BUDGET_MS)) {
    collect();
    const before = process.memoryUsage().heapUsed / MB;
    const memory = new MemorySampler(5);
    memory.start("run");
    const at = performance.now();
    await run();
    times.push(performance.now() - at);
    heapGrowthMb = Math.max(heapGrowthMb, memory.stop().heapUsedMb - before);
  }
  return { times, heapGrowthMb };
}

/** Report plus one export: a warm-up, then timed runs as above. */
async function timeOutput(runs: number, report: () => Promise<AnyReport>, output: (report: AnyReport) => Promise<Buffer>): Promise<OutputTiming> {
  let bytes = (await output(await report())).length;
  const timed = await timedRuns(runs, async () => {
    bytes = (await output(await report())).length;
  });
  return { totalMs: timed.times, bytes, heapGrowthMb: timed.heapGrowthMb };
}

function jpPerUnit(report: Report): UnitFigures[] {
  const units = report.tables.find((table) => table.name === JP_COMPLIANCE_TABLES.units);
  if (!units) throw new Error("the JP compliance report has no unit table");
  const num = (value: unknown) => (typeof value === "number" ? value : Number.NaN);
  return units.rows.map((row) => ({
    unitCode: String(row.unitCode),
    employees: num(row.employees),
    jpTotal: num(row.jpTotal),
    teknis: num(row.teknis),
    manajerial: num(row.manajerial),
    sosialKultural: num(row.sosialKultural),
    reached: num(row.reached),
  }));
}
