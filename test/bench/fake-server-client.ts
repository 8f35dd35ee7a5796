/**
 * Starts test/bench/fake-server-process.ts as a child process and talks to it over IPC. Every step
 * has a timeout and kills the child when it runs out, so a benchmark can never hang on it; a child
 * still alive when this process exits is killed too.
 */
import { fork, type ChildProcess } from "node:child_process";
import { fileURLToPath } from "node:url";
import type { UserFromGetMe } from "grammy/types";
import type { FakeBotApiStats } from "../../src/emulator/fake-bot-api.js";

export type Stats = FakeBotApiStats;

/** Time from a call's arrival to its answer as the server saw it (simulated latency plus handling). */
export interface LatencySummary {
  calls: number;
  meanMs: number;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
  maxMs: number;
}

export interface Deliveries {
  /** Arrival times (ms since the epoch) of the successful sendMessage calls, in arrival order. */
  arrivals: number[];
  latency: LatencySummary;
}

export type FakeServerRequest = { type: "stats"; id: number } | { type: "deliveries"; id: number } | { type: "close" };

export type FakeServerReply =
  | { type: "ready"; apiRoot: string; token: string; botInfo: UserFromGetMe; pid: number }
  | { type: "stats"; id: number; stats: Stats }
  | ({ type: "deliveries"; id: number } & Deliveries)
  | { type: "error"; id: number | null; message: string }
  | { type: "closed" };

export interface FakeServerOptions {
  latencyMs: { min: number; max: number };
  /** Telegram's flood limits (default) or none. */
  rateLimits?: "telegram" | "off";
  /** How long starting may take, including compiling the TypeScript (default 30 s). */
  startTimeoutMs?: number;
  /** How long one stats or deliveries request may take (default 15 s). */
  requestTimeoutMs?: number;
  /** How long closing may take before the child is killed (default 5 s). */
  closeTimeoutMs?: number;
}

export interface FakeServerProcess {
  apiRoot: string;
  token: string;
  botInfo: UserFromGetMe;
  pid: number;
  stats(): Promise<Stats>;
  deliveries(): Promise<Deliveries>;
  /** Closes the server and waits for the child to exit; safe to call more than once. */
  close(): Promise<void>;
}

const SCRIPT = fileURLToPath(new URL("./fake-server-process.ts", import.meta.url));
/** `--import tsx` is resolved from the working directory; the repository root has it installed. */
const REPO_ROOT = fileURLToPath(new URL("../../", import.meta.url));

const live = new Set<ChildProcess>();
let exitHookInstalled = false;
function killOnExit(child: ChildProcess): void {
  live.add(child);
  child.once("exit", () => live.delete(child));
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.once("exit", () => {
    for (const orphan of live) orphan.kill("SIGKILL");
  });
}

const isExited = (child: ChildProcess) => child.exitCode !== null || child.signalCode !== null;

export async function startFakeServerProcess(options: FakeServerOptions): Promise<FakeServerProcess> {
  const startTimeoutMs = options.startTimeoutMs ?? 30_000;
  const requestTimeoutMs = options.requestTimeoutMs ?? 15_000;
  const closeTimeoutMs = options.closeTimeoutMs ?? 5_000;
  const args = [
    "--latency-min",
    String(options.latencyMs.min),
    "--latency-max",
    String(options.latencyMs.max),
    "--rate-limits",
    options.rateLimits ?? "telegram",
  ];
  const child = fork(SCRIPT, args, {
    cwd: REPO_ROOT,
    execArgv: ["--import", "tsx"],
    stdio: ["ignore", "inherit", "inherit", "ipc"],
    serialization: "json",
  });
  killOnExit(child);

  let exitReason: string | null = null;
  const exited = new Promise<void>((resolve) => {
    child.once("exit", (code, signal) => {
      exitReason = signal ? `killed by ${signal}` : `exited with code ${code}`;
      resolve();
    });
  });
  const pending = new Map<number, { resolve: (reply: FakeServerReply) => void; reject: (error: Error) => void }>();
  child.once("exit", () => {
    for (const request of pending.values()) request.reject(new Error(`fake Bot API process ${exitReason}`));
    pending.clear();
  });

  const ready = await new Promise<Extract<FakeServerReply, { type: "ready" }>>((resolve, reject) => {
    const fail = (error: Error) => {
      clearTimeout(timer);
      child.off("message", onMessage);
      child.off("exit", onExit);
      child.off("error", fail);
      child.kill("SIGKILL");
      reject(error);
    };
    const timer = setTimeout(() => fail(new Error(`fake Bot API process not ready within ${startTimeoutMs / 1000} s`)), startTimeoutMs);
    const onMessage = (message: FakeServerReply) => {
      if (message.type !== "ready") return;
      clearTimeout(timer);
      child.off("message", onMessage);
      child.off("exit", onExit);
      child.off("error", fail);
      resolve(message);
    };
    const onExit = () => fail(new Error(`fake Bot API process ${exitReason ?? "exited"} before it was ready`));
    child.on("message", onMessage);
    child.once("exit", onExit);
    child.once("error", fail);
  });

  child.on("message", (message: FakeServerReply) => {
    if (message.type !== "stats" && message.type !== "deliveries" && message.type !== "error") return;
    if (message.id === null) {
      process.stderr.write(`fake Bot API process: ${message.type === "error" ? message.message : "unexpected reply"}\n`);
      return;
    }
    const request = pending.get(message.id);
    if (!request) return;
    pending.delete(message.id);
    if (message.type === "error") request.reject(new Error(`fake Bot API process: ${message.message}`));
    else request.resolve(message);
  });
  // Keep a late "error" event (e.g. a failed send on a closed channel) from crashing the benchmark.
  child.on("error", (error) => process.stderr.write(`fake Bot API process: ${error.message}\n`));

  let nextId = 1;
  function request(type: "stats" | "deliveries"): Promise<FakeServerReply> {
    if (isExited(child) || !child.connected) return Promise.reject(new Error(`fake Bot API process is gone (${exitReason ?? "disconnected"})`));
    const id = nextId++;
    return new Promise<FakeServerReply>((resolve, reject) => {
      const timer = setTimeout(() => {
        pending.delete(id);
        child.kill("SIGKILL");
        reject(new Error(`fake Bot API process did not answer "${type}" within ${requestTimeoutMs / 1000} s; killed it`));
      }, requestTimeoutMs);
      pending.set(id, {
        resolve: (reply) => {
          clearTimeout(timer);
          resolve(reply);
        },
        reject: (error) => {
          clearTimeout(timer);
          reject(error);
        },
      });
      child.send({ type, id } satisfies FakeServerRequest, (error) => {
        if (!error) return;
        pending.get(id)?.reject(error);
        pending.delete(id);
      });
    });
  }

  let closing: Promise<void> | undefined;
  return {
    apiRoot: ready.apiRoot,
    token: ready.token,
    botInfo: ready.botInfo,
    pid: ready.pid,
    async stats() {
      const reply = await request("stats");
      if (reply.type !== "stats") throw new Error(`fake Bot API process: expected stats, got ${reply.type}`);
      return reply.stats;
    },
    async deliveries() {
      const reply = await request("deliveries");
      if (reply.type !== "deliveries") throw new Error(`fake Bot API process: expected deliveries, got ${reply.type}`);
      return { arrivals: reply.arrivals, latency: reply.latency };
    },
    close() {
      closing ??= (async () => {
        if (isExited(child)) return;
        const timer = setTimeout(() => {
          process.stderr.write(`fake Bot API process did not exit within ${closeTimeoutMs / 1000} s; killing it\n`);
          child.kill("SIGKILL");
        }, closeTimeoutMs);
        if (child.connected) child.send({ type: "close" } satisfies FakeServerRequest, () => {});
        else child.kill("SIGTERM");
        await exited;
        clearTimeout(timer);
      })();
      return closing;
    },
  };
}
