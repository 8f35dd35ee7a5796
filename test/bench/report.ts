import { availableParallelism, cpus, platform, arch, totalmem } from "node:os";
import { relative } from "node:path";

export interface MachineFacts {
  node: string;
  platform: string;
  cpu: string;
  cores: number;
  memoryGb: number;
}

export function machineFacts(): MachineFacts {
  const list = cpus();
  return {
    node: process.version,
    platform: `${platform()} ${arch()}`,
    cpu: list[0]?.model.trim() ?? "unknown",
    cores: availableParallelism(),
    memoryGb: round(totalmem() / 1024 ** 3, 1),
  };
}

/** The command as typed, without any machine-specific path. */
export function commandLine(): string {
  const args = process.argv.slice(2).join(" ");
  if (process.env.npm_lifecycle_event === "bench:delivery") {
    return `npm run bench:delivery${args ? ` -- ${args}` : ""}`;
  }
  const script = process.argv[1] ? relative(process.cwd(), process.argv[1]) : "test/bench/delivery.bench.ts";
  return `tsx ${script}${args ? ` ${args}` : ""}`;
}

export interface GapStats {
  /** Time between consecutive successful sends as they reached the server, in ms. */
  meanMs: number;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
  maxMs: number;
}

export interface DeliveryCheck {
  /** Successful sends the server recorded for the expected chats. */
  delivered: number;
  /** Chats that received more than one message. */
  duplicates: number;
  /** Messages beyond the first in those chats. */
  extraMessages: number;
  /** Chats that received nothing. */
  missing: number;
  /** Sends per second from the first to the last successful arrival. */
  steadyPerSecond: number;
  gaps: GapStats;
}

/** What the fake server recorded: successful sends per chat and the arrival times (ms) of the successful sendMessage calls. */
export interface ServerRecord {
  deliveredByChat: Record<string, number>;
  arrivals: number[];
}

/** Compares what the fake server delivered with the chats that should each have had one message. */
export function checkDeliveries(record: ServerRecord, chatIds: number[]): DeliveryCheck {
  const byChat = record.deliveredByChat;
  let delivered = 0;
  let duplicates = 0;
  let extraMessages = 0;
  let missing = 0;
  for (const chatId of chatIds) {
    const n = byChat[String(chatId)] ?? 0;
    delivered += n;
    if (n === 0) missing += 1;
    if (n > 1) {
      duplicates += 1;
      extraMessages += n - 1;
    }
  }
  const arrivals = [...record.arrivals].sort((a, b) => a - b);
  const span = arrivals.length > 1 ? arrivals[arrivals.length - 1]! - arrivals[0]! : 0;
  const steadyPerSecond = span > 0 ? ((arrivals.length - 1) * 1000) / span : 0;
  return { delivered, duplicates, extraMessages, missing, steadyPerSecond, gaps: gapStats(arrivals) };
}

function gapStats(sortedTimes: number[]): GapStats {
  const gaps: number[] = [];
  for (let i = 1; i < sortedTimes.length; i++) gaps.push(sortedTimes[i]! - sortedTimes[i - 1]!);
  gaps.sort((a, b) => a - b);
  const at = (q: number) => gaps[Math.min(gaps.length - 1, Math.floor(q * gaps.length))] ?? 0;
  const mean = gaps.length ? gaps.reduce((sum, gap) => sum + gap, 0) / gaps.length : 0;
  return { meanMs: round(mean, 2), p50Ms: at(0.5), p95Ms: at(0.95), p99Ms: at(0.99), maxMs: gaps[gaps.length - 1] ?? 0 };
}

/** Writes a line to stderr every `everyMs`; returns a function that stops it. */
export function startProgress(label: string, line: (elapsedS: number) => string, everyMs = 10_000): () => void {
  const started = performance.now();
  const timer = setInterval(() => {
    const elapsed = (performance.now() - started) / 1000;
    process.stderr.write(`[${label}] ${elapsed.toFixed(0).padStart(4)} s  ${line(elapsed)}\n`);
  }, everyMs);
  timer.unref();
  return () => clearInterval(timer);
}

export function round(value: number, digits = 2): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

export const int = (value: number): string => Math.round(value).toLocaleString("en-US");
export const fixed = (value: number, digits = 2): string =>
  value.toLocaleString("en-US", { minimumFractionDigits: digits, maximumFractionDigits: digits });
export const percent = (ratio: number): string => `${fixed(ratio * 100, 1)} %`;

/** A plain-text table: first column left-aligned, the others right-aligned. */
export function table(header: string[], rows: string[][]): string {
  const all = [header, ...rows];
  const widths = header.map((_, col) => Math.max(...all.map((row) => (row[col] ?? "").length)));
  const render = (row: string[]) =>
    row.map((cell, col) => (col === 0 ? cell.padEnd(widths[col]!) : cell.padStart(widths[col]!))).join("  ").trimEnd();
  const rule = widths.map((width) => "-".repeat(width)).join("  ");
  return [render(header), rule, ...rows.map(render)].join("\n");
}
