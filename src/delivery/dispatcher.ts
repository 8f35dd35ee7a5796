import { hostname } from "node:os";
import { randomBytes } from "node:crypto";
import type { Clock } from "../clock.js";
import type { Db } from "../db/client.js";
import type { Delivery } from "../generated/prisma/client.js";
import type { Platform } from "../generated/prisma/enums.js";
import type { Logger } from "../logger.js";
import { claimDue, recoverExpiredClaims, releaseClaims } from "./claim.js";
import { recordOutcome, type Backoff } from "./outcome.js";
import type { Pacer } from "./pacer.js";
import type { DeliveryPayload } from "./payload.js";
import { quietHoursEnd, type QuietHours } from "./quiet-hours.js";
import { RateShare, type RateShareSettings } from "./rate-share.js";
import { rerouteStranded } from "./reroute.js";
import type { Sender } from "./sender.js";

export interface DispatcherOptions {
  db: Db;
  clock: Clock;
  logger: Logger;
  senders: Partial<Record<Platform, Sender>>;
  /** Paces every platform that has no pacer of its own in `pacers`. */
  pacer: Pacer;
  /** Platforms with limits of their own: a 429 from one pauses only that platform. */
  pacers?: Partial<Record<Platform, Pacer>>;
  /** Messages on the wire at once. */
  concurrency: number;
  backoff: Backoff;
  quietHours: QuietHours | null;
  workerId?: string;
  /** How long a claim lasts before another dispatcher may take the entry over. */
  claimTtlMs?: number;
  /** How long to wait before looking again when nothing is due (real time). */
  idleMs?: number;
  /** How often to move entries queued for a platform without a sender here (real time; see reroute.ts). */
  rerouteIntervalMs?: number;
  /**
   * Share the platforms' global limits with the other dispatchers on this database (see
   * rate-share.ts): the limits are per bot, not per process. Left out, this dispatcher uses them whole.
   */
  rateShare?: RateShareSettings;
  /** Called after each outcome is recorded; tests use it to stop a dispatcher mid-drain. */
  onOutcome?: (outcome: DispatchOutcome, row: Delivery) => void;
}

export type DispatchOutcome = "sent" | "retry" | "failed" | "blocked" | "rate-limited";

export interface DispatchStats {
  sent: number;
  retried: number;
  failed: number;
  blocked: number;
  rateLimited: number;
  recovered: number;
  rerouted: number;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Drains the outbox: claims due entries by priority, paces them under the platform limits, sends
 * them, and records each outcome as soon as it is known. At most `concurrency` messages are on the
 * wire at any moment; only those can be in doubt after a crash (see README, "Delivery").
 */
export class Dispatcher {
  readonly stats: DispatchStats = { sent: 0, retried: 0, failed: 0, blocked: 0, rateLimited: 0, recovered: 0, rerouted: 0 };
  /** The heartbeat that divides the limits among the dispatchers alive; null when not sharing. */
  readonly rateShare: RateShare | null;
  readonly workerId: string;
  private readonly claimTtlMs: number;
  private readonly idleMs: number;
  private readonly rerouteIntervalMs: number;
  private readonly inFlight = new Set<Promise<void>>();
  private local: Delivery[] = [];
  private claimSeq = 0;
  private stopping = false;
  private aborted = false;
  private loopDone: Promise<void> | null = null;

  constructor(private readonly options: DispatcherOptions) {
    this.workerId = options.workerId ?? `${hostname()}:${process.pid}:${randomBytes(3).toString("hex")}`;
    this.claimTtlMs = options.claimTtlMs ?? 60_000;
    this.idleMs = options.idleMs ?? 200;
    this.rerouteIntervalMs = options.rerouteIntervalMs ?? 10_000;
    this.rateShare = options.rateShare
      ? new RateShare({
          windowMs: Math.max(...this.allPacers().map((pacer) => pacer.windowMs)),
          ...options.rateShare,
          db: options.db,
          workerId: this.workerId,
          logger: options.logger,
        })
      : null;
    this.rateShare?.onChange((workers) => {
      for (const pacer of this.allPacers()) pacer.setShare(workers);
      options.logger.info({ workers }, "delivery rate shared among dispatchers");
    });
  }

  /** Runs in the background until `stop()`; a failing database round trip is logged and retried. */
  start(): void {
    this.loopDone ??= (async () => {
      while (!this.stopping) {
        try {
          await this.loop(false);
        } catch (error) {
          this.options.logger.error({ err: error }, "dispatcher loop failed; retrying shortly");
          await sleep(1_000);
        }
      }
      await this.leaveShare();
    })();
  }

  /** Sends everything that is due now and resolves when nothing due is left. */
  async drain(): Promise<DispatchStats> {
    await this.loop(true);
    return this.stats;
  }

  /** Finishes the messages on the wire and hands claimed but unsent entries back to the queue. */
  async stop(): Promise<void> {
    this.stopping = true;
    await this.loopDone;
  }

  /** Stops taking new work as a killed process would, leaving its claims to expire. For tests. */
  async abort(): Promise<void> {
    this.aborted = true;
    this.stopping = true;
    await this.loopDone;
  }

  private async loop(untilIdle: boolean): Promise<void> {
    await this.rateShare?.join();
    this.stats.recovered += await recoverExpiredClaims(this.options.db, this.options.clock.now());
    let lastRecovery = performance.now();
    let lastReroute = Number.NEGATIVE_INFINITY;
    while (!this.stopping) {
      if (performance.now() - lastRecovery > this.claimTtlMs / 2) {
        this.stats.recovered += await recoverExpiredClaims(this.options.db, this.options.clock.now());
        lastRecovery = performance.now();
      }
      if (performance.now() - lastReroute > this.rerouteIntervalMs) {
        // A full batch means more may be waiting: look again on the next round instead of later.
        if (!(await this.reroute())) lastReroute = performance.now();
      }
      if (this.inFlight.size >= this.options.concurrency) {
        await Promise.race(this.inFlight);
        continue;
      }
      // Joining the others, or a heartbeat overdue: claiming now would only age the claims.
      const shareWait = this.rateShare?.waitMs() ?? 0;
      if (shareWait > 0) {
        await sleep(Math.min(shareWait, this.idleMs));
        continue;
      }
      this.dropExpiringClaims();
      // Claim while waiting for the next slot, so the database round trip never delays a send.
      if (this.readyCount() < this.options.concurrency && this.local.length < this.claimAhead()) await this.claimMore();
      const globalWait = this.globalWaitMs();
      if (globalWait > 0) {
        await sleep(globalWait);
        continue;
      }
      const next = this.nextReady();
      if (next) {
        this.launch(next);
        continue;
      }
      if (this.local.length > 0) {
        const wait = Math.max(1, Math.min(...this.local.map((row) => this.waitMs(row))));
        // While one platform waits out a pause, look for the others' new entries as often as when idle.
        await sleep(this.anyPaused() ? Math.min(wait, this.idleMs) : wait);
        continue;
      }
      if (this.inFlight.size > 0) {
        await Promise.race(this.inFlight);
        continue;
      }
      if (untilIdle) break;
      await sleep(this.idleMs);
    }
    await Promise.all(this.inFlight);
    if (!this.aborted) {
      await releaseClaims(this.options.db, this.local.map((row) => row.id));
      this.local = [];
    }
    await this.leaveShare();
  }

  /** After the last send: a clean stop leaves the share; an abort leaves the heartbeat to expire. */
  private async leaveShare(): Promise<void> {
    if (!this.rateShare) return;
    if (this.aborted) return this.rateShare.abandon();
    try {
      await this.rateShare.leave();
    } catch (error) {
      this.options.logger.warn({ err: error }, "could not leave the delivery rate share; it expires by itself");
    }
  }

  private allPacers(): Pacer[] {
    return [this.options.pacer, ...Object.values(this.options.pacers ?? {})];
  }

  /**
   * Entries held here at most about a quarter of the claim's life at the current rates (at least a
   * batch, at most 200), so that claims do not run out while they wait their turn, e.g. during a 429
   * pause, and another dispatcher takes them over and sends them too.
   */
  private claimAhead(): number {
    const perSecond = this.allPacers().reduce((sum, pacer) => sum + pacer.ratePerSecond, 0);
    return Math.min(200, Math.max(this.claimBatch(), Math.floor((perSecond * this.claimTtlMs) / 4_000)));
  }

  private claimBatch(): number {
    return Math.max(this.options.concurrency * 2, 16);
  }

  /**
   * Entries whose claim runs out within a quarter of its life are not sent from here: another
   * dispatcher may recover them meanwhile. They are dropped and left to that recovery.
   */
  private dropExpiringClaims(): void {
    const keepAfter = this.options.clock.now().getTime() + this.claimTtlMs / 4;
    const before = this.local.length;
    this.local = this.local.filter((row) => row.claimedUntil === null || row.claimedUntil.getTime() > keepAfter);
    const dropped = before - this.local.length;
    if (dropped > 0) this.options.logger.warn({ dropped }, "claims about to expire left to be recovered");
  }

  private pacerFor(platform: Platform): Pacer {
    return this.options.pacers?.[platform] ?? this.options.pacer;
  }

  /** Until any platform may send again: only when all of them wait is there nothing to do. */
  private globalWaitMs(): number {
    return Math.min(...this.allPacers().map((pacer) => pacer.globalWaitMs()));
  }

  /** Until this entry may go: its chat's spacing and its platform's global limit or pause. */
  private waitMs(row: Delivery): number {
    const pacer = this.pacerFor(row.platform);
    return Math.max(pacer.chatWaitMs(row.chatId), pacer.globalWaitMs());
  }

  private readyCount(): number {
    return this.local.filter((row) => this.pacerFor(row.platform).chatWaitMs(row.chatId) === 0 && !this.isPaused(row.platform)).length;
  }

  private isPaused(platform: Platform): boolean {
    return this.pacerFor(platform).pausedMs() > 0;
  }

  private anyPaused(): boolean {
    return (Object.keys(this.options.senders) as Platform[]).some((platform) => this.isPaused(platform));
  }

  private nextReady(): Delivery | undefined {
    const index = this.local.findIndex((row) => this.waitMs(row) === 0);
    return index < 0 ? undefined : this.local.splice(index, 1)[0];
  }

  /** Moves stranded entries to a platform with a sender here; true when the batch was full. */
  private async reroute(): Promise<boolean> {
    const limit = 50;
    const moved = await rerouteStranded(this.options.db, {
      platforms: Object.keys(this.options.senders) as Platform[],
      now: this.options.clock.now(),
      limit,
    });
    if (moved > 0) this.options.logger.info({ moved }, "moved queued messages to a platform that is running");
    this.stats.rerouted += moved;
    return moved === limit;
  }

  private async claimMore(): Promise<void> {
    const now = this.options.clock.now();
    const rows = await claimDue(this.options.db, {
      token: `${this.workerId}:${++this.claimSeq}`,
      limit: this.claimBatch(),
      now,
      claimUntil: new Date(now.getTime() + this.claimTtlMs),
      platforms: Object.keys(this.options.senders) as Platform[],
      quietHoursActive: quietHoursEnd(now, this.options.quietHours) !== null,
    });
    if (rows.length === 0) return;
    this.local.push(...rows);
    this.local.sort((a, b) => a.priority - b.priority || a.id - b.id);
  }

  private launch(row: Delivery): void {
    const sender = this.options.senders[row.platform]!;
    this.pacerFor(row.platform).take(row.chatId, sender.isGroup(row.chatId));
    const task = this.deliver(row, sender)
      // The row stays claimed; when its claim expires it is sent again, so nothing is lost.
      .catch((error: unknown) => this.options.logger.error({ err: error, deliveryId: row.id }, "delivery bookkeeping failed"))
      .finally(() => this.inFlight.delete(task));
    this.inFlight.add(task);
  }

  private async deliver(row: Delivery, sender: Sender): Promise<void> {
    const { logger, db, clock, backoff } = this.options;
    const result = await sender.send(row.chatId, JSON.parse(row.payload) as DeliveryPayload);
    if (!result.ok && result.kind === "rate-limited") {
      this.pacerFor(row.platform).pause(result.retryAfterMs);
      this.stats.rateLimited += 1;
      logger.warn({ deliveryId: row.id, platform: row.platform, retryAfterMs: result.retryAfterMs }, "rate limited: pausing all sends on the platform");
      this.local.unshift(row);
      this.options.onOutcome?.("rate-limited", row);
      return;
    }
    const outcome = await recordOutcome(db, row, result, clock.now(), backoff);
    if (outcome === "blocked") this.local = this.local.filter((other) => other.chatAccountId !== row.chatAccountId);
    const counter = outcome === "retry" ? "retried" : outcome;
    this.stats[counter] += 1;
    if (!result.ok) logger.warn({ deliveryId: row.id, outcome, error: result.error }, "delivery not sent");
    this.options.onOutcome?.(outcome, row);
  }
}
