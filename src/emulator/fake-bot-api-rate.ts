import type { ChatId } from "./fake-bot-api-limits.js";

export interface RateLimits {
  globalPerSecond: number;
  perPrivateChatPerSecond: number;
  perGroupPerMinute: number;
}

/** The limits Telegram documents for broadcasting bots. */
export const TELEGRAM_RATE_LIMITS: RateLimits = {
  globalPerSecond: 30,
  perPrivateChatPerSecond: 1,
  perGroupPerMinute: 20,
};

/** Timestamps inside a sliding window; a head index avoids O(n) shifts on busy windows. */
class TimeWindow {
  private stamps: number[] = [];
  private head = 0;

  constructor(readonly spanMs: number) {}

  count(now: number): number {
    while (this.head < this.stamps.length && (this.stamps[this.head] ?? 0) <= now - this.spanMs) this.head += 1;
    if (this.head > 1024 && this.head * 2 > this.stamps.length) {
      this.stamps = this.stamps.slice(this.head);
      this.head = 0;
    }
    return this.stamps.length - this.head;
  }

  /** Milliseconds until the window holds fewer than `max` entries. */
  waitMs(now: number, max: number): number {
    const count = this.count(now);
    if (count < max) return 0;
    const freeing = this.stamps[this.head + count - max] ?? now;
    return freeing + this.spanMs - now;
  }

  add(now: number): void {
    this.stamps.push(now);
  }
}

const isPrivate = (chatId: ChatId): boolean => typeof chatId === "number" && chatId > 0;

export class RateLimiter {
  private readonly global = new TimeWindow(1000);
  private readonly perChat = new Map<string, TimeWindow>();

  constructor(readonly limits: RateLimits) {}

  /** Seconds to wait (Telegram's `retry_after`) if one more send would exceed a limit. */
  check(chatId: ChatId, now: number): number | undefined {
    const chat = this.perChat.get(String(chatId));
    const chatMax = isPrivate(chatId) ? this.limits.perPrivateChatPerSecond : this.limits.perGroupPerMinute;
    const waitMs = Math.max(
      this.global.waitMs(now, this.limits.globalPerSecond),
      chat ? chat.waitMs(now, chatMax) : 0,
    );
    return waitMs > 0 ? Math.max(1, Math.ceil(waitMs / 1000)) : undefined;
  }

  record(chatId: ChatId, now: number): void {
    this.global.add(now);
    const chatKey = String(chatId);
    let window = this.perChat.get(chatKey);
    if (!window) this.perChat.set(chatKey, (window = new TimeWindow(isPrivate(chatId) ? 1000 : 60_000)));
    window.add(now);
  }
}

export interface FakeBotApiStats {
  /** All recorded requests, including getUpdates. */
  calls: number;
  callsByMethod: Record<string, number>;
  /** 429 answers provoked by rate-limit enforcement (injected failures are not counted here). */
  tooManyRequests: number;
  injectedFailures: number;
  networkFailures: number;
  /** 403 answers because a chat blocked the bot. */
  blocked: number;
  /** Successful send calls (a media group counts once). */
  delivered: number;
  /** Successful send calls per chat id; more than expected means duplicates. */
  deliveredByChat: Record<string, number>;
  /** Highest number of successful sends within any one-second window. */
  peakPerSecond: number;
}

export class StatsCollector {
  private data = StatsCollector.empty();
  private lastSecond = new TimeWindow(1000);

  private static empty(): FakeBotApiStats {
    return {
      calls: 0,
      callsByMethod: {},
      tooManyRequests: 0,
      injectedFailures: 0,
      networkFailures: 0,
      blocked: 0,
      delivered: 0,
      deliveredByChat: {},
      peakPerSecond: 0,
    };
  }

  countCall(method: string): void {
    this.data.calls += 1;
    this.data.callsByMethod[method] = (this.data.callsByMethod[method] ?? 0) + 1;
  }

  count(kind: "tooManyRequests" | "injectedFailures" | "networkFailures" | "blocked"): void {
    this.data[kind] += 1;
  }

  countDelivery(chatId: ChatId, now: number): void {
    this.data.delivered += 1;
    const chatKey = String(chatId);
    this.data.deliveredByChat[chatKey] = (this.data.deliveredByChat[chatKey] ?? 0) + 1;
    this.lastSecond.add(now);
    this.data.peakPerSecond = Math.max(this.data.peakPerSecond, this.lastSecond.count(now));
  }

  snapshot(): FakeBotApiStats {
    return structuredClone(this.data);
  }

  reset(): void {
    this.data = StatsCollector.empty();
    this.lastSecond = new TimeWindow(1000);
  }
}
