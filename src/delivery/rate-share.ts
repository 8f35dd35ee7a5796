import type { Db } from "../db/client.js";
import type { Logger } from "../logger.js";

/** Timings of the heartbeat; the defaults suit Telegram's limit and a database on the local network. */
export interface RateShareSettings {
  heartbeatMs?: number;
  /** How long a heartbeat keeps a dispatcher counted; three heartbeats by default (more for a long window). */
  ttlMs?: number;
  /** How long a send counts against the limit: the pacer's window (1 s plus its jitter margin). */
  windowMs?: number;
  /** Slack for late timers and the database round trips of a heartbeat. */
  marginMs?: number;
  /** Wall-clock time shared by all hosts, for the rows' expiry. */
  wallNow?: () => Date;
  /** Monotonic milliseconds, for this process's own waits. */
  now?: () => number;
}

export interface RateShareOptions extends RateShareSettings {
  db: Db;
  workerId: string;
  logger: Logger;
}

export const WORKER_PREFIX = "delivery-worker:";

/** How long to wait before looking again while sending is held. */
const RECHECK_MS = 50;

/**
 * Telegram's limit (about 30 messages a second) is per bot, not per process. Dispatchers in several
 * processes on one database therefore each keep to 1/N of it, N being the dispatchers alive now.
 *
 * Each dispatcher heartbeats a row in the `Lease` table (`delivery-worker:<workerId>`, expiring
 * after `ttlMs`) every `heartbeatMs`, and counts the rows that have not expired. The rules that keep
 * the sum under the limit while the others have not yet noticed a change:
 * - Joining: register first, then count. Alone, send at once. Otherwise the others lower their rate at
 *   their next heartbeat, and their faster sends leave the pacer's window one window later: wait
 *   `heartbeatMs + windowMs + marginMs` before the first send.
 * - Fencing: a dispatcher whose last heartbeat round is more than `heartbeatMs + marginMs` old stops
 *   sending until the next round completes. So nobody keeps an old, higher share longer than the
 *   joining wait assumes, and a dispatcher the others believe dead (row expired) has been silent for
 *   a whole window by then (`ttlMs` is more than `heartbeatMs + marginMs + windowMs`). When its
 *   heartbeats come back after its row expired, it joins again, with the joining wait.
 * - Leaving cleanly: the row is cut to expire one window after the last send, so the others speed up
 *   once that send can no longer share a second with theirs. A killed dispatcher's row expires after
 *   `ttlMs`; until then the others stay at the lower rate (safe, only slower).
 *
 * N counts every dispatcher on the database, whatever platforms it sends on, and divides each
 * platform's limit by it: an instance without Slack still lowers the others' Slack share (safe, only
 * slower).
 *
 * Expiry times are wall-clock time (`wallNow`), not the business clock: the rows are compared across
 * processes, which share no monotonic clock, and a test's frozen clock would keep dead workers alive
 * for ever. Hosts sharing one database need synchronised clocks (NTP keeps them well within the
 * margin). The waits themselves are measured in monotonic time (`now`).
 */
export class RateShare {
  readonly heartbeatMs: number;
  readonly ttlMs: number;
  readonly windowMs: number;
  readonly marginMs: number;
  private readonly rowName: string;
  private readonly wallNow: () => Date;
  private readonly now: () => number;
  private readonly listeners = new Set<(workers: number) => void>();
  private count = 1;
  private joined = false;
  private holdUntil = 0;
  /** Monotonic start of the last heartbeat round that completed; sending is fenced some time after it. */
  private lastRoundStart = Number.NEGATIVE_INFINITY;
  /** Monotonic start of the last round attempted, completed or not: rounds follow each other from it. */
  private lastAttempt = Number.NEGATIVE_INFINITY;
  /** Wall-clock expiry of this dispatcher's row as last written. */
  private rowExpiresAt = Number.NEGATIVE_INFINITY;
  private timer: NodeJS.Timeout | undefined;
  private round: Promise<void> | undefined;
  private fenced = false;

  constructor(private readonly options: RateShareOptions) {
    this.heartbeatMs = options.heartbeatMs ?? 1_000;
    this.windowMs = options.windowMs ?? 1_050;
    this.marginMs = options.marginMs ?? 250;
    this.ttlMs = options.ttlMs ?? Math.max(3 * this.heartbeatMs, 2 * this.heartbeatMs + this.marginMs + this.windowMs);
    this.rowName = `${WORKER_PREFIX}${options.workerId}`;
    this.wallNow = options.wallNow ?? (() => new Date());
    this.now = options.now ?? (() => performance.now());
    if (!(this.heartbeatMs > 0)) throw new Error(`the heartbeat must be positive, got ${this.heartbeatMs}`);
    if (!(this.ttlMs > this.heartbeatMs + this.marginMs + this.windowMs)) {
      throw new Error(`the heartbeat TTL (${this.ttlMs} ms) must exceed heartbeat + margin + window`);
    }
  }

  /** Dispatchers alive as last counted, this one included. */
  get workers(): number {
    return this.count;
  }

  /** Called with the new count whenever it changes. */
  onChange(listener: (workers: number) => void): void {
    this.listeners.add(listener);
  }

  /** Registers this dispatcher, counts the others and starts heartbeating. Does nothing once joined. */
  async join(): Promise<void> {
    if (this.joined) return;
    await this.heartbeat();
    this.joined = true;
    this.schedule();
  }

  /** Milliseconds until this dispatcher may send: the joining wait, or while its heartbeat is overdue. */
  waitMs(): number {
    const now = this.now();
    const held = Math.max(0, this.holdUntil - now);
    const fenced = this.joined && now > this.lastRoundStart + this.heartbeatMs + this.marginMs;
    if (fenced !== this.fenced) {
      this.fenced = fenced;
      if (fenced) this.options.logger.warn({ workerId: this.options.workerId }, "delivery heartbeat overdue: holding sends");
    }
    return fenced ? Math.max(held, RECHECK_MS) : held;
  }

  /**
   * One round: renew this dispatcher's row, drop expired ones, count the live ones. A row that is new,
   * or had expired (heartbeats failing for a while), makes this a join: the others may not count this
   * dispatcher yet, so it holds its sends as a newcomer does.
   */
  async heartbeat(): Promise<number> {
    const started = this.now();
    this.lastAttempt = started;
    const wall = this.wallNow();
    const joining = wall.getTime() >= this.rowExpiresAt - this.marginMs;
    const expiresAt = new Date(wall.getTime() + this.ttlMs);
    const { db, workerId } = this.options;
    await db.lease.upsert({
      where: { name: this.rowName },
      create: { name: this.rowName, holder: workerId, expiresAt, updatedAt: wall },
      update: { holder: workerId, expiresAt, updatedAt: wall },
    });
    this.rowExpiresAt = expiresAt.getTime();
    const counted = this.wallNow();
    await db.lease.deleteMany({ where: { name: { startsWith: WORKER_PREFIX }, expiresAt: { lt: counted } } });
    const alive = await db.lease.count({ where: { name: { startsWith: WORKER_PREFIX }, expiresAt: { gt: counted } } });
    this.lastRoundStart = started;
    this.setCount(Math.max(1, alive));
    if (joining && this.count > 1) this.holdUntil = this.now() + this.heartbeatMs + this.windowMs + this.marginMs;
    return this.count;
  }

  /**
   * Stops heartbeating and lets the row expire one window (plus the margin) from now: the caller's
   * last send has started, and the others speed up only once it is out of their window.
   */
  async leave(): Promise<void> {
    if (!(await this.stopHeartbeat())) return;
    const expiresAt = new Date(this.wallNow().getTime() + this.windowMs + this.marginMs);
    this.rowExpiresAt = expiresAt.getTime();
    await this.options.db.lease.updateMany({ where: { name: this.rowName }, data: { expiresAt } });
  }

  /** Stops heartbeating and leaves the row to expire after its TTL, as a killed process would. For tests. */
  async abandon(): Promise<void> {
    await this.stopHeartbeat();
  }

  private async stopHeartbeat(): Promise<boolean> {
    if (!this.joined) return false;
    this.joined = false;
    clearTimeout(this.timer);
    this.timer = undefined;
    await this.round;
    return true;
  }

  /** The next round starts one heartbeat after this one started, however long it took. */
  private schedule(): void {
    const delay = Math.max(0, this.lastAttempt + this.heartbeatMs - this.now());
    this.timer = setTimeout(() => {
      this.round = this.heartbeat()
        .then(
          () => undefined,
          (error: unknown) => this.options.logger.warn({ err: error }, "delivery heartbeat failed; retrying"),
        )
        .finally(() => {
          this.round = undefined;
          if (this.joined) this.schedule();
        });
    }, delay);
    this.timer.unref();
  }

  private setCount(workers: number): void {
    if (workers === this.count) return;
    this.count = workers;
    for (const listener of this.listeners) listener(workers);
  }
}
