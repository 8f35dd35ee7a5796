import type { DeliveryLimits } from "../config.js";

export interface PacerOptions {
  limits: Pick<DeliveryLimits, "globalPerSecond" | "perChatPerSecond" | "perGroupPerMinute">;
  /**
   * Requests reach the platform after a variable network delay, so evenly spaced sends can arrive
   * bunched. Spacing them over (1 s + this margin) keeps any one-second window of arrivals within
   * the limit for delays that vary by up to the margin.
   */
  jitterMarginMs?: number;
  /** Monotonic milliseconds; rate limits are physics, so they use real time, not the business clock. */
  now?: () => number;
}

/**
 * Keeps sends under the platform's global, per-chat and per-group limits, and honours 429 pauses.
 * Globally, sends follow evenly spaced planned slots, and never more than the limit start within
 * (1 s + margin): a send that starts late is made up by the next one instead of delaying every send
 * after it, while the window still holds however the slots bunch.
 */
export class Pacer {
  /** The whole limit, as configured; `setShare` divides it among the dispatchers that share it. */
  private readonly basePerSecond: number;
  private perSecond: number;
  private globalPerWindow: number;
  /** Every start stays in the window this long: 1 s plus the jitter margin. */
  readonly windowMs: number;
  private globalSpacingMs: number;
  private readonly privateSpacingMs: number;
  private readonly groupSpacingMs: number;
  private readonly now: () => number;
  private nextGlobalAt = 0;
  private plannedAt = Number.NEGATIVE_INFINITY;
  /** Start times of the last sends (as many as the whole limit allows in a window), oldest first. */
  private readonly recentStarts: number[] = [];
  private pausedUntil = 0;
  private readonly nextChatAt = new Map<string, number>();

  constructor(options: PacerOptions) {
    const margin = options.jitterMarginMs ?? 50;
    this.basePerSecond = options.limits.globalPerSecond;
    this.windowMs = 1000 + margin;
    this.perSecond = this.basePerSecond;
    this.globalPerWindow = Math.max(1, Math.floor(this.perSecond));
    this.globalSpacingMs = this.windowMs / this.perSecond;
    // Per chat there is no throughput to protect, so a wider margin costs nothing.
    this.privateSpacingMs = (1000 + 2 * margin) / options.limits.perChatPerSecond;
    this.groupSpacingMs = (60_000 + margin) / options.limits.perGroupPerMinute;
    this.now = options.now ?? (() => performance.now());
  }

  /** The global rate this pacer currently keeps to (its share of the limit). */
  get ratePerSecond(): number {
    return this.perSecond;
  }

  /**
   * Keeps to 1/`workers` of the global limit, for dispatchers in several processes that send for one
   * bot (see rate-share.ts). The window check counts the starts already made, so it holds across the
   * change: after lowering, no new send starts until the last window holds fewer than the new count.
   * At least one message per window is allowed, so the sum can only exceed the limit with more
   * dispatchers than messages per second.
   */
  setShare(workers: number): void {
    if (!(workers >= 1)) throw new Error(`a share needs at least one worker, got ${workers}`);
    this.perSecond = this.basePerSecond / workers;
    this.globalPerWindow = Math.max(1, Math.floor(this.perSecond));
    this.globalSpacingMs = this.windowMs / this.perSecond;
  }

  /** Milliseconds until the next send may start anywhere. */
  globalWaitMs(): number {
    const now = this.now();
    const starts = this.recentStarts.length;
    const windowFull = starts >= this.globalPerWindow;
    const windowWait = windowFull ? this.recentStarts[starts - this.globalPerWindow]! + this.windowMs - now : 0;
    return Math.max(0, this.nextGlobalAt - now, this.pausedUntil - now, windowWait);
  }

  /** Milliseconds until this chat may receive its next message. */
  chatWaitMs(chatId: string): number {
    return Math.max(0, (this.nextChatAt.get(chatId) ?? 0) - this.now());
  }

  /** Records a send that starts now. */
  take(chatId: string, isGroup: boolean): void {
    const now = this.now();
    // Slots follow the plan; a late start lets the next sends follow sooner (never faster than twice
    // the pace) until they are back on it. Falling far behind (after an idle spell) resets the plan.
    this.plannedAt = Math.max(this.plannedAt + this.globalSpacingMs, now - 2 * this.globalSpacingMs);
    this.nextGlobalAt = Math.max(this.plannedAt, now + this.globalSpacingMs / 2);
    this.recentStarts.push(now);
    // Kept for the whole limit, not only the current share, so that raising the share stays exact.
    if (this.recentStarts.length > Math.max(1, Math.floor(this.basePerSecond))) this.recentStarts.shift();
    this.nextChatAt.set(chatId, now + (isGroup ? this.groupSpacingMs : this.privateSpacingMs));
    if (this.nextChatAt.size > 50_000) this.forgetIdleChats(now);
  }

  /** Milliseconds until a 429 pause ends; 0 when not paused. */
  pausedMs(): number {
    return Math.max(0, this.pausedUntil - this.now());
  }

  /** A 429 pauses every send, not only the one that got it. */
  pause(ms: number): void {
    this.pausedUntil = Math.max(this.pausedUntil, this.now() + ms);
  }

  private forgetIdleChats(now: number): void {
    for (const [chatId, at] of this.nextChatAt) if (at <= now) this.nextChatAt.delete(chatId);
  }
}
