/**
 * Starts test/scale/fake-api-process.ts and talks to it. Every request has a timeout; the child is
 * killed when this process exits.
 */
import { fork } from "node:child_process";
import { fileURLToPath } from "node:url";
import type { FakeBotApiStats } from "../../src/emulator/fake-bot-api.js";
import type { FakeApiReply, FakeApiRequest } from "./fake-api-process.js";

export interface FakeApiProcess {
  apiRoot: string;
  /** Sets the global limit its checker refuses above (per-chat limits stay Telegram's). */
  setGlobalLimit(perSecond: number): Promise<void>;
  /** Forgets the calls and the figures so far. */
  reset(): Promise<void>;
  /** The figures and the arrival times (ms since the epoch) of the successful sendMessage calls. */
  report(): Promise<{ stats: FakeBotApiStats; arrivals: number[] }>;
  /** Resolves as soon as this many sendMessage calls have succeeded (since the last reset). */
  afterSends(count: number): Promise<void>;
  close(): Promise<void>;
}

const SCRIPT = fileURLToPath(new URL("./fake-api-process.ts", import.meta.url));
const REQUEST_TIMEOUT_MS = 15_000;

export async function startFakeApiProcess(options: { token: string; globalPerSecond: number; latencyMs: number }): Promise<FakeApiProcess> {
  const child = fork(
    SCRIPT,
    ["--token", options.token, "--limit", String(options.globalPerSecond), "--latency", String(options.latencyMs)],
    { execArgv: ["--import", "tsx"], stdio: ["ignore", "inherit", "inherit", "ipc"], serialization: "json" },
  );
  const killOnExit = () => child.kill("SIGKILL");
  process.once("exit", killOnExit);
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const waiting = new Map<number, (reply: FakeApiReply) => void>();
  child.on("message", (message: FakeApiReply) => {
    if ("id" in message) waiting.get(message.id)?.(message);
  });

  const apiRoot = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error("fake Bot API process not ready within 30 s")), 30_000);
    child.on("message", (message: FakeApiReply) => {
      if (message.type !== "ready") return;
      clearTimeout(timer);
      resolve(message.apiRoot);
    });
    void exited.then(() => reject(new Error("fake Bot API process exited before it was ready")));
  }).catch((error: unknown) => {
    child.kill("SIGKILL");
    throw error;
  });

  let nextId = 1;
  type Request = FakeApiRequest extends infer R ? (R extends { id: number } ? Omit<R, "id"> : never) : never;
  const ask = (request: Request, timeoutMs: number | null = REQUEST_TIMEOUT_MS): Promise<FakeApiReply> => {
    const id = nextId++;
    return new Promise((resolve, reject) => {
      const timer = timeoutMs === null ? undefined : setTimeout(() => reject(new Error(`fake Bot API process: no answer to ${request.type}`)), timeoutMs);
      waiting.set(id, (reply) => {
        clearTimeout(timer);
        waiting.delete(id);
        resolve(reply);
      });
      child.send({ ...request, id } as FakeApiRequest);
    });
  };

  return {
    apiRoot,
    setGlobalLimit: async (globalPerSecond) => void (await ask({ type: "limit", globalPerSecond })),
    reset: async () => void (await ask({ type: "reset" })),
    async report() {
      const reply = await ask({ type: "report" });
      if (reply.type !== "report") throw new Error(`fake Bot API process: unexpected ${reply.type}`);
      return { stats: reply.stats, arrivals: reply.arrivals };
    },
    afterSends: async (count) => void (await ask({ type: "watch", sends: count }, null)),
    async close() {
      process.off("exit", killOnExit);
      if (child.exitCode !== null || child.signalCode !== null) return;
      const timer = setTimeout(() => child.kill("SIGKILL"), 5_000);
      child.disconnect();
      await exited;
      clearTimeout(timer);
    },
  };
}
