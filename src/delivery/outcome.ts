import type { Db } from "../db/client.js";
import type { Delivery } from "../generated/prisma/client.js";
import type { SendResult } from "./sender.js";

export interface Backoff {
  baseMs: number;
  maxMs: number;
  maxAttempts: number;
}

/** Capped exponential backoff: base, 2×base, 4×base, ... never more than max. */
export function backoffMs(attempt: number, backoff: Backoff): number {
  return Math.min(backoff.maxMs, backoff.baseMs * 2 ** Math.max(0, attempt - 1));
}

const done = { claimedBy: null, claimedUntil: null };

/** Writes what happened to one entry. Rate limits never reach here: the dispatcher retries them itself. */
export async function recordOutcome(
  db: Db,
  row: Delivery,
  result: Exclude<SendResult, { kind: "rate-limited" }>,
  now: Date,
  backoff: Backoff,
): Promise<"sent" | "retry" | "failed" | "blocked"> {
  if (result.ok) {
    await db.delivery.update({
      where: { id: row.id },
      data: { ...done, status: "SENT", sentAt: now, messageRef: result.messageRef, attempts: { increment: 1 } },
    });
    return "sent";
  }
  const attempts = row.attempts + 1;
  if (result.kind === "blocked") {
    await db.$transaction(async (tx) => {
      await tx.delivery.update({
        where: { id: row.id },
        data: { ...done, status: "BLOCKED", attempts, lastError: result.error },
      });
      if (row.chatAccountId === null) return;
      await tx.chatAccount.update({ where: { id: row.chatAccountId }, data: { blockedAt: now } });
      await tx.delivery.updateMany({
        where: { chatAccountId: row.chatAccountId, status: { in: ["PENDING", "SENDING"] } },
        data: { status: "BLOCKED", lastError: "the user blocked the bot" },
      });
    });
    return "blocked";
  }
  if (result.kind === "transient" && attempts < backoff.maxAttempts) {
    await db.delivery.update({
      where: { id: row.id },
      data: {
        ...done,
        status: "PENDING",
        attempts,
        lastError: result.error,
        nextAttemptAt: new Date(now.getTime() + backoffMs(attempts, backoff)),
      },
    });
    return "retry";
  }
  await db.delivery.update({ where: { id: row.id }, data: { ...done, status: "FAILED", attempts, lastError: result.error } });
  return "failed";
}
