import type { Update } from "grammy/types";
import { BotApiError } from "./fake-bot-api-limits.js";

/** An update as a test or emulator writes it; `update_id` is assigned when queued. */
export type NewUpdate = Omit<Update, "update_id"> & { update_id?: number };

export interface PollParams {
  offset?: number;
  limit?: number;
  timeout?: number;
  allowed_updates?: unknown;
}

interface Held {
  limit: number;
  finish(updates: Update[] | BotApiError): void;
}

interface Confirmation {
  promise: Promise<void>;
  resolve(): void;
  reject(error: Error): void;
}

// Telegram's default when allowed_updates is empty or was never set.
const EXCLUDED_BY_DEFAULT = new Set(["chat_member", "message_reaction", "message_reaction_count"]);

export const updateType = (update: Update | NewUpdate): string =>
  Object.keys(update).find((k) => k !== "update_id") ?? "unknown";

/** The pending update queue behind getUpdates: offsets confirm, held requests long-poll. */
export class UpdateQueue {
  private nextId: number;
  private readonly pending: Update[] = [];
  private readonly delivered = new Set<number>();
  private readonly confirmations = new Map<number, Confirmation>();
  private readonly pollWaiters: Array<() => void> = [];
  private held: Held | undefined;
  private allowed: Set<string> | undefined;
  private closed = false;

  constructor(firstUpdateId = 1) {
    this.nextId = firstUpdateId;
  }

  get size(): number {
    return this.pending.length;
  }

  get isHeld(): boolean {
    return this.held !== undefined;
  }

  push(input: NewUpdate): Update {
    if (this.closed) throw new Error("FakeBotApi is closed");
    const id = input.update_id ?? this.nextId;
    if (id < this.nextId) throw new Error(`update_id ${id} is not greater than the previous one`);
    this.nextId = id + 1;
    const update = { ...input, update_id: id } as Update;
    this.pending.push(update);
    if (this.held) {
      const ready = this.take(this.held.limit);
      if (ready.length > 0) this.held.finish(ready);
    }
    return update;
  }

  /** Resolves once getUpdates was called with an offset above `updateId` (or it was dropped). */
  confirmation(updateId: number): Promise<void> {
    if (updateId >= this.nextId) return Promise.reject(new Error(`update ${updateId} was never queued`));
    if (!this.pending.some((u) => u.update_id === updateId)) return Promise.resolve();
    let confirmation = this.confirmations.get(updateId);
    if (!confirmation) {
      let resolve!: () => void;
      let reject!: (error: Error) => void;
      const promise = new Promise<void>((res, rej) => {
        resolve = res;
        reject = rej;
      });
      confirmation = { promise, resolve, reject };
      this.confirmations.set(updateId, confirmation);
    }
    return confirmation.promise;
  }

  /** Updates handed to the bot but not yet confirmed: the ones it is working on. */
  inProgress(): Update[] {
    return this.pending.filter((u) => this.delivered.has(u.update_id));
  }

  /** Resolves when a getUpdates request is being held open. */
  waitForPoll(): Promise<void> {
    if (this.held) return Promise.resolve();
    return new Promise((resolve) => this.pollWaiters.push(resolve));
  }

  poll(params: PollParams, signal: AbortSignal): Promise<Update[] | BotApiError> {
    // Telegram terminates an older long poll when another one arrives.
    this.held?.finish(
      new BotApiError(409, "Conflict: terminated by other getUpdates request; make sure that only one bot instance is running"),
    );
    this.applyOffset(params.offset);
    if (Array.isArray(params.allowed_updates)) {
      this.allowed = params.allowed_updates.length > 0 ? new Set(params.allowed_updates.map(String)) : undefined;
    }
    const limit = Math.min(100, Math.max(1, Math.trunc(params.limit ?? 100) || 100));
    const ready = this.take(limit);
    const timeout = Number(params.timeout ?? 0);
    if (ready.length > 0 || !(timeout > 0) || this.closed || signal.aborted) return Promise.resolve(ready);

    return new Promise((resolve) => {
      const held: Held = {
        limit,
        finish: (result) => {
          if (this.held === held) this.held = undefined;
          clearTimeout(timer);
          signal.removeEventListener("abort", onAbort);
          resolve(result);
        },
      };
      const timer = setTimeout(() => held.finish([]), timeout * 1000);
      const onAbort = (): void => held.finish([]);
      signal.addEventListener("abort", onAbort);
      this.held = held;
      this.pollWaiters.splice(0).forEach((notify) => notify());
    });
  }

  /** Confirms (forgets) every pending update, as deleteWebhook with drop_pending_updates does. */
  dropAll(): void {
    this.confirmBelow(this.nextId);
  }

  close(): void {
    this.closed = true;
    this.held?.finish([]);
    for (const [id, confirmation] of this.confirmations) {
      confirmation.reject(new Error(`FakeBotApi closed before update ${id} was confirmed`));
    }
    this.confirmations.clear();
  }

  private applyOffset(offset: number | undefined): void {
    if (typeof offset !== "number" || !Number.isFinite(offset) || offset === 0) return;
    if (offset > 0) {
      this.confirmBelow(offset);
    } else if (this.pending.length > -offset) {
      // A negative offset keeps only the last -offset updates.
      const keepFrom = this.pending[this.pending.length + offset];
      if (keepFrom) this.confirmBelow(keepFrom.update_id);
    }
  }

  private confirmBelow(offset: number): void {
    while (this.pending.length > 0 && (this.pending[0]?.update_id ?? Infinity) < offset) {
      const update = this.pending.shift();
      if (update) this.confirm(update.update_id);
    }
  }

  private confirm(updateId: number): void {
    this.delivered.delete(updateId);
    this.confirmations.get(updateId)?.resolve();
    this.confirmations.delete(updateId);
  }

  private isAllowed(update: Update): boolean {
    const type = updateType(update);
    return this.allowed ? this.allowed.has(type) : !EXCLUDED_BY_DEFAULT.has(type);
  }

  /** Next batch; updates of types the bot did not ask for are dropped as Telegram does. */
  private take(limit: number): Update[] {
    for (let i = this.pending.length - 1; i >= 0; i -= 1) {
      const update = this.pending[i];
      if (update && !this.isAllowed(update)) {
        this.pending.splice(i, 1);
        this.confirm(update.update_id);
      }
    }
    const batch = this.pending.slice(0, limit);
    for (const update of batch) this.delivered.add(update.update_id);
    return batch;
  }
}
