/**
 * Reports benchmark: every report over a district-sized year (by default the issue's 10,000
 * employees, 500 activities and 50,000 registrations, with the JP ledger, L1 and L3 evaluations, a
 * year of announcements with their outbox rows and two pulse rounds), for the whole district and for
 * one OPD's subtree, as an admin: each report alone, then followed by its XLSX workbook and by its
 * chart. The JP compliance figures are compared in the same run with a naive baseline that loads every
 * row into memory and sums in JS.
 *
 *   npm run bench:reports                                   # the issue's size (a minute or two)
 *   npm run bench:reports -- --scale 0.1                    # quick check
 *   npm run bench:reports -- --runs 9 --only jp-compliance,reach --skip-baseline
 *
 * A fresh SQLite file in a temporary folder, migrated by the project's runner and seeded here (see
 * reports-seed.ts); it is removed at the end. Each report, and the baseline, runs in a Node process of
 * its own (reports-phase.ts), so the peak RSS of each is its own. Timings are the median of `--runs`
 * runs after one warm-up. Progress goes to stderr; the figures and a one-line JSON summary to stdout.
 */
import { rmSync } from "node:fs";
import { relative } from "node:path";
import { parseArgs } from "node:util";
import type { CompetencyType } from "../../src/generated/prisma/enums.js";
import type { ServiceDeps } from "../../src/services/deps.js";
import { createTestDb } from "../kit/db.js";
import { MemorySampler, type MemoryPeak } from "./memory.js";
import { fixed, int, machineFacts, round, table } from "./report.js";
import { REPORTS } from "./reports-catalogue.js";
import { sumPerUnit } from "./reports-jp-figures.js";
import {
  BASELINE,
  JP_FIGURES,
  runPhaseChild,
  runPhaseProcess,
  SCOPES,
  type PhaseResult,
  type PhaseSpec,
  type Scope,
  type UnitFigures,
} from "./reports-phase.js";
import { scaledSize, seedReportsData, type SeedSize, type SeedSummary } from "./reports-seed.js";

const YEAR = 2026;
/** "Now" for the reports: 15 December, 10:00 WIB, with the last activities of the year still ahead. */
const NOW = "2026-12-15T03:00:00Z";
/** The issue's bar: a report over this much data is generated "in seconds". */
const SLOW_MS = 3_000;
const PHASE_TIMEOUT_MS = 15 * 60_000;

// ---------------------------------------------------------------------------------------------
// BASELINE (for comparison only, not the product's code): JP compliance per unit the naive way.
// Every employee and every JpEntry row (all years, all columns) is loaded into memory, and the
// subtree, the year, the per-person totals and the per-unit figures are all worked out in JS.
// Ours (src/services/reports/jp-compliance-figures.ts) asks SQLite for grouped sums instead.
// ---------------------------------------------------------------------------------------------
async function naiveJpCompliancePerUnit(
  deps: ServiceDeps,
  input: { year: number; unitId: number | null; target: number },
): Promise<UnitFigures[]> {
  const [units, employees, entries] = await Promise.all([
    deps.db.unit.findMany(),
    deps.db.employee.findMany(),
    deps.db.jpEntry.findMany(),
  ]);
  let inScope: Set<number> | null = null;
  if (input.unitId !== null) {
    inScope = new Set([input.unitId]);
    for (let grew = true; grew; ) {
      grew = false;
      for (const unit of units) {
        if (unit.parentId !== null && inScope.has(unit.parentId) && !inScope.has(unit.id)) {
          inScope.add(unit.id);
          grew = true;
        }
      }
    }
  }
  const codeOf = new Map(units.map((unit) => [unit.id, unit.code]));
  const counted = employees.filter((employee) => employee.active && (inScope === null || inScope.has(employee.unitId)));
  const byPerson = new Map<number, Record<CompetencyType, number>>();
  for (const entry of entries) {
    if (entry.year !== input.year) continue;
    const sums = byPerson.get(entry.employeeId) ?? { TEKNIS: 0, MANAJERIAL: 0, SOSIAL_KULTURAL: 0 };
    sums[entry.competencyType] += entry.jp;
    byPerson.set(entry.employeeId, sums);
  }
  const people = counted.map((employee) => {
    const byType = byPerson.get(employee.id) ?? { TEKNIS: 0, MANAJERIAL: 0, SOSIAL_KULTURAL: 0 };
    return { unitId: employee.unitId, total: byType.TEKNIS + byType.MANAJERIAL + byType.SOSIAL_KULTURAL, byType };
  });
  return sumPerUnit(people, codeOf, input.target);
}

interface Options {
  scale: number;
  runs: number;
  only: string[] | null;
  skipBaseline: boolean;
}

type Parsed = { mode: "bench"; options: Options } | { mode: "phase"; spec: PhaseSpec };

function parseOptions(): Parsed {
  const { values } = parseArgs({
    options: {
      scale: { type: "string" },
      runs: { type: "string" },
      only: { type: "string" },
      "skip-baseline": { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false },
      // Internal: a measured phase in a child process (see reports-phase.ts).
      phase: { type: "string" },
      db: { type: "string" },
      viewer: { type: "string" },
      unit: { type: "string" },
      year: { type: "string" },
      now: { type: "string" },
    },
  });
  if (values.help) {
    process.stdout.write(
      `usage: npm run bench:reports -- [--scale 0.1] [--runs N] [--only ${REPORTS.map((r) => r.name).join(",")}] [--skip-baseline]\n`,
    );
    process.exit(0);
  }
  const positiveInt = (name: string, raw: string | undefined, fallback: number) => {
    if (raw === undefined) return fallback;
    const value = Number(raw);
    if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} must be a positive integer, got "${raw}"`);
    return value;
  };
  const runs = positiveInt("runs", values.runs, 5);
  if (values.phase !== undefined) {
    return {
      mode: "phase",
      spec: {
        name: values.phase,
        dbUrl: values.db ?? "",
        runs,
        viewerId: positiveInt("viewer", values.viewer, 1),
        focusUnitId: positiveInt("unit", values.unit, 1),
        year: positiveInt("year", values.year, YEAR),
        now: values.now ?? NOW,
      },
    };
  }
  const scale = values.scale === undefined ? 1 : Number(values.scale);
  if (!Number.isFinite(scale) || scale <= 0 || scale > 10) throw new Error(`--scale must be a number in (0, 10], got "${values.scale}"`);
  const only = values.only === undefined ? null : values.only.split(",").map((name) => name.trim()).filter(Boolean);
  const unknown = only?.filter((name) => !REPORTS.some((report) => report.name === name)) ?? [];
  if (unknown.length > 0) throw new Error(`unknown report(s) in --only: ${unknown.join(", ")}`);
  return { mode: "bench", options: { scale, runs, only, skipBaseline: values["skip-baseline"] } };
}

/** The command as typed, without any machine-specific path. */
function commandLine(): string {
  const args = process.argv.slice(2).join(" ");
  const script = process.env.npm_lifecycle_event;
  if (script) return `npm run ${script}${args ? ` -- ${args}` : ""}`;
  return `tsx ${relative(process.cwd(), process.argv[1] ?? "test/bench/reports.bench.ts")}${args ? ` ${args}` : ""}`;
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};
const ms = (value: number) => int(value);
const mb = (value: number) => fixed(value, 0);
const scopeOf = (result: PhaseResult, scope: Scope) => result.scopes.find((entry) => entry.scope === scope)!;

function sameFigures(a: UnitFigures[] | null, b: UnitFigures[] | null): boolean {
  if (a === null || b === null || a.length !== b.length) return false;
  const key = (figures: UnitFigures) => JSON.stringify([figures.unitCode, figures.employees, figures.jpTotal, figures.teknis, figures.manajerial, figures.sosialKultural, figures.reached]);
  const left = a.map(key).sort();
  const right = b.map(key).sort();
  return left.every((value, index) => value === right[index]);
}

/** Ours reduced to the per-unit JP figures, and the naive baseline computing the same. */
interface Comparison {
  figures: PhaseResult;
  baseline: PhaseResult;
}

function printReport(
  options: Options,
  size: SeedSize,
  seed: SeedSummary,
  seedMemory: MemoryPeak,
  results: PhaseResult[],
  comparison: Comparison | null,
): void {
  const scopeName = (scope: Scope) => (scope === "district" ? "district" : seed.focus.code);
  /** "120-140", with the number of runs when a slow subject stopped early. */
  const spread = (times: number[]) => `${ms(Math.min(...times))}-${ms(Math.max(...times))}${times.length < options.runs ? ` (${times.length} runs)` : ""}`;
  const out: string[] = [""];
  out.push(`seeding: ${fixed(seed.seconds, 1)} s (peak RSS ${mb(seedMemory.rssMb)} MB in the parent process)`);
  out.push(`  rows: ${Object.entries(seed.counts).map(([name, count]) => `${name} ${int(count)}`).join(", ")}`);
  out.push(`  unit scope: ${seed.focus.name} (${seed.focus.code}) and its ${seed.focus.subunits} subunits, ${int(seed.focus.employees)} active employees`);
  out.push("");

  const rows: string[][] = [];
  for (const result of results) {
    for (const scope of SCOPES) {
      const figures = scopeOf(result, scope);
      const { xlsx, chart } = figures;
      rows.push([
        scope === "district" ? result.name : "",
        scopeName(scope),
        int(figures.rows),
        ms(median(figures.reportMs)),
        spread(figures.reportMs),
        xlsx ? ms(median(xlsx.totalMs)) : "n/a",
        xlsx ? int(xlsx.bytes / 1024) : "",
        chart ? ms(median(chart.totalMs)) : "-",
        mb(figures.heapGrowthMb),
        scope === "district" ? `${mb(result.startRssMb)} -> ${mb(result.reportPeakRssMb)}` : "",
        scope === "district" && result.outputPeakRssMb !== null ? mb(result.outputPeakRssMb) : "",
      ]);
    }
  }
  out.push(`Reports, year ${YEAR}, viewer an admin (median of ${options.runs} run${options.runs === 1 ? "" : "s"} after a warm-up, in ms):`);
  out.push(
    table(
      ["report", "scope", "rows", "report", "min-max", "+ XLSX", "XLSX KB", "+ chart", "heap +MB", "RSS start -> peak MB", "RSS w/ exports"],
      rows,
    ),
  );
  out.push("  rows: over all of the report's tables. + XLSX, + chart: the report and then its XLSX workbook or its PNG chart, per run.");
  out.push("  heap +MB: the most V8 heap a single run added, sampled every 5 ms and at its end, above the collected heap before it.");
  out.push("  RSS: the report's own process, after start-up and at its peak (kernel maxrss) with the reports alone, then with the exports.");

  const ours = results.find((result) => result.name === "jp-compliance") ?? null;
  if (comparison) {
    const { figures, baseline } = comparison;
    out.push("");
    out.push("JP compliance per unit against the naive baseline (every employee and JpEntry row loaded, summed in JS):");
    const cell = (result: PhaseResult | null, pick: (result: PhaseResult) => string) => (result ? pick(result) : "n/a");
    const ratio = (part: number | null, whole: number) => (part === null || whole === 0 ? "" : fixed(part / whole, 2));
    const rowsOut: string[][] = [];
    for (const scope of SCOPES) {
      const at = (result: PhaseResult) => scopeOf(result, scope);
      const baselineMs = median(at(baseline).reportMs);
      const figuresMs = median(at(figures).reportMs);
      rowsOut.push([
        `${scopeName(scope)}: median ms`,
        cell(ours, (r) => ms(median(at(r).reportMs))),
        ms(figuresMs),
        ms(baselineMs),
        ratio(figuresMs, baselineMs),
        ratio(ours ? median(at(ours).reportMs) : null, baselineMs),
      ]);
      rowsOut.push([
        `${scopeName(scope)}: heap +MB`,
        cell(ours, (r) => mb(at(r).heapGrowthMb)),
        mb(at(figures).heapGrowthMb),
        mb(at(baseline).heapGrowthMb),
        ratio(at(figures).heapGrowthMb, at(baseline).heapGrowthMb),
        ratio(ours ? at(ours).heapGrowthMb : null, at(baseline).heapGrowthMb),
      ]);
      rowsOut.push([
        `${scopeName(scope)}: same figures as the baseline`,
        cell(ours, (r) => (sameFigures(at(r).perUnit, at(baseline).perUnit) ? "yes" : "NO")),
        sameFigures(at(figures).perUnit, at(baseline).perUnit) ? "yes" : "NO",
        `${int(at(baseline).rows)} units`,
        "",
        "",
      ]);
    }
    rowsOut.push([
      "process peak RSS MB",
      cell(ours, (r) => mb(r.reportPeakRssMb)),
      mb(figures.reportPeakRssMb),
      mb(baseline.reportPeakRssMb),
      ratio(figures.reportPeakRssMb, baseline.reportPeakRssMb),
      ratio(ours ? ours.reportPeakRssMb : null, baseline.reportPeakRssMb),
    ]);
    rowsOut.push(["  RSS after start-up MB", cell(ours, (r) => mb(r.startRssMb)), mb(figures.startRssMb), mb(baseline.startRssMb), "", ""]);
    out.push(
      table(
        ["figure", "ours: whole report", "ours: per-unit figures", "baseline: all rows in memory", "figures / baseline", "report / baseline"],
        rowsOut,
      ),
    );
    out.push("  ours: whole report = jpComplianceReport (access check, unit, employee and furthest-behind tables, sorted by name);");
    out.push("  ours: per-unit figures = the report's grouped queries (jp-compliance-figures.ts) summed per unit, the same output as the baseline.");
  }

  const slow = results.flatMap((result) =>
    result.scopes
      .filter((figures) => median(figures.reportMs) > SLOW_MS)
      .map((figures) => `${result.name} (${scopeName(figures.scope)}) ${ms(median(figures.reportMs))} ms`),
  );
  out.push("");
  out.push(
    slow.length === 0
      ? `verdict: every report under ${fixed(SLOW_MS / 1000, 0)} s at this size`
      : `verdict: SLOW (over ${fixed(SLOW_MS / 1000, 0)} s): ${slow.join("; ")}`,
  );
  out.push("");

  const phase = (result: PhaseResult) => ({
    startRssMb: round(result.startRssMb, 1),
    reportPeakRssMb: round(result.reportPeakRssMb, 1),
    outputPeakRssMb: result.outputPeakRssMb === null ? null : round(result.outputPeakRssMb, 1),
    scopes: Object.fromEntries(
      result.scopes.map((figures) => [
        figures.scope,
        {
          rows: figures.rows,
          runs: figures.reportMs.length,
          medianMs: round(median(figures.reportMs), 1),
          minMs: round(Math.min(...figures.reportMs), 1),
          maxMs: round(Math.max(...figures.reportMs), 1),
          heapGrowthMb: round(figures.heapGrowthMb, 1),
          withXlsxMedianMs: figures.xlsx ? round(median(figures.xlsx.totalMs), 1) : null,
          xlsxBytes: figures.xlsx?.bytes ?? null,
          withChartMedianMs: figures.chart ? round(median(figures.chart.totalMs), 1) : null,
          chartBytes: figures.chart?.bytes ?? null,
        },
      ]),
    ),
  });
  const over = (part: PhaseResult | null, whole: PhaseResult) =>
    part === null ? null : Object.fromEntries(SCOPES.map((scope) => [scope, round(median(scopeOf(part, scope).reportMs) / median(scopeOf(whole, scope).reportMs), 3)]));
  const summary = {
    bench: "reports",
    scale: options.scale,
    size,
    runs: options.runs,
    year: YEAR,
    focusUnit: seed.focus.code,
    machine: machineFacts(),
    seedSeconds: round(seed.seconds, 2),
    seedPeakRssMb: round(seedMemory.rssMb, 1),
    rows: seed.counts,
    reports: Object.fromEntries(results.map((result) => [result.name, phase(result)])),
    jpFigures: comparison ? phase(comparison.figures) : null,
    baseline: comparison ? phase(comparison.baseline) : null,
    figuresOverBaseline: comparison ? over(comparison.figures, comparison.baseline) : null,
    reportOverBaseline: comparison ? over(ours, comparison.baseline) : null,
    figuresAgree: comparison
      ? SCOPES.every(
          (scope) =>
            sameFigures(scopeOf(comparison.figures, scope).perUnit, scopeOf(comparison.baseline, scope).perUnit) &&
            (ours === null || sameFigures(scopeOf(ours, scope).perUnit, scopeOf(comparison.baseline, scope).perUnit)),
        )
      : null,
    slow,
  };
  out.push("summary (JSON):");
  out.push(JSON.stringify(summary));
  process.stdout.write(`${out.join("\n")}\n`);
}

async function bench(options: Options): Promise<void> {
  const size = scaledSize(options.scale);
  const machine = machineFacts();
  const reports = REPORTS.filter((report) => options.only === null || options.only.includes(report.name));
  process.stdout.write(
    [
      `Reports benchmark: ${int(size.employees)} employees, ${int(size.activities)} activities, ${int(size.registrations)} registrations (scale ${options.scale})`,
      `command: ${commandLine()}`,
      `machine: node ${machine.node}, ${machine.platform}, ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGb} GB RAM`,
      "database: fresh SQLite file (WAL) in a temporary folder, migrated by the project's runner; each report and the baseline in a fresh Node process",
      `reports: ${reports.map((report) => report.name).join(", ")}; baseline: ${options.skipBaseline ? "skipped" : "naive JP compliance per unit (all rows in memory), against ours reduced to the same figures"}`,
      "",
    ].join("\n"),
  );

  const testDb = await createTestDb();
  // Ctrl-C also stops the phase processes (same process group); the temporary database goes too.
  const onSignal = () => {
    rmSync(testDb.dir, { recursive: true, force: true });
    process.exit(130);
  };
  process.once("SIGINT", onSignal);
  process.once("SIGTERM", onSignal);
  try {
    const memory = new MemorySampler(50);
    memory.start("seed");
    process.stderr.write("[seed] seeding ...\n");
    const seed = await seedReportsData(testDb, { size, year: YEAR, now: new Date(NOW) });
    const seedMemory = memory.stop();
    process.stderr.write(`[seed] done in ${fixed(seed.seconds, 1)} s; unit scope: ${seed.focus.name} and its ${seed.focus.subunits} subunits (${int(seed.focus.employees)} active employees)\n`);
    // The children read the file; this process only keeps it (and removes it at the end).
    await testDb.db.$disconnect();

    const spec = (name: string): PhaseSpec => ({
      name,
      dbUrl: testDb.url,
      runs: options.runs,
      viewerId: seed.adminId,
      focusUnitId: seed.focus.id,
      year: YEAR,
      now: NOW,
    });
    const phase = async (name: string): Promise<PhaseResult> => {
      const started = performance.now();
      process.stderr.write(`[${name}] running ...\n`);
      const result = await runPhaseProcess(import.meta.url, spec(name), PHASE_TIMEOUT_MS);
      const medians = SCOPES.map((scope) => `${scope} ${ms(median(scopeOf(result, scope).reportMs))} ms`).join(", ");
      process.stderr.write(`[${name}] done in ${fixed((performance.now() - started) / 1000, 1)} s: ${medians}\n`);
      return result;
    };
    const results: PhaseResult[] = [];
    for (const report of reports) results.push(await phase(report.name));
    const comparison: Comparison | null = options.skipBaseline ? null : { figures: await phase(JP_FIGURES), baseline: await phase(BASELINE) };
    printReport(options, size, seed, seedMemory, results, comparison);
  } finally {
    process.off("SIGINT", onSignal);
    process.off("SIGTERM", onSignal);
    await testDb.dispose();
  }
}

async function main(): Promise<void> {
  const parsed = parseOptions();
  if (parsed.mode === "phase") await runPhaseChild(parsed.spec, naiveJpCompliancePerUnit);
  else await bench(parsed.options);
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`reports benchmark failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  },
);
