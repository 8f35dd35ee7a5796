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

/** Keeps sends under the platform's global, per-chat and per-group limits, and honours 429 pauses. */
export class Pacer {
  private readonly globalSpacingMs: number;
  private readonly privateSpacingMs: number;
  private readonly groupSpacingMs: number;
  private readonly now: () => number;
  private nextGlobalAt = 0;
  private pausedUntil = 0;
  private readonly nextChatAt = new Map<string, number>();

  constructor(options: PacerOptions) {
    const margin = options.jitterMarginMs ?? 50;
    this.globalSpacingMs = (1000 + margin) / options.limits.globalPerSecond;
    // Per chat there is no throughput to protect, so a wider margin costs nothing.
    this.privateSpacingMs = (1000 + 2 * margin) / options.limits.perChatPerSecond;
    this.groupSpacingMs = (60_000 + margin) / options.limits.perGroupPerMinute;
    this.now = options.now ?? (() => performance.now());
  }

  /** Milliseconds until the next send may start anywhere. */
  globalWaitMs(): number {
    return Math.max(0, this.nextGlobalAt - this.now(), this.pausedUntil - this.now());
  }

  /** Milliseconds until this chat may receive its next message. */
  chatWaitMs(chatId: string): number {
    return Math.max(0, (this.nextChatAt.get(chatId) ?? 0) - this.now());
  }

  /** Records a send that starts now. */
  take(chatId: string, isGroup: boolean): void {
    const now = this.now();
    // Spaced from the actual start, not the planned one: a late send must not be followed by a burst.
    this.nextGlobalAt = now + this.globalSpacingMs;
    this.nextChatAt.set(chatId, now + (isGroup ? this.groupSpacingMs : this.privateSpacingMs));
    if (this.nextChatAt.size > 50_000) this.forgetIdleChats(now);
  }

  /** A 429 pauses every send, not only the one that got it. */
  pause(ms: number): void {
    this.pausedUntil = Math.max(this.pausedUntil, this.now() + ms);
  }

  private forgetIdleChats(now: number): void {
    for (const [chatId, at] of this.nextChatAt) if (at <= now) this.nextChatAt.delete(chatId);
  }
}
