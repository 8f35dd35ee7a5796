import type { Db } from "../db/client.js";
import type { Delivery } from "../generated/prisma/client.js";
import type { Platform } from "../generated/prisma/enums.js";

export interface ClaimOptions {
  token: string;
  limit: number;
  now: Date;
  claimUntil: Date;
  platforms: Platform[];
  /** During quiet hours only entries that ignore them are claimed. */
  quietHoursActive: boolean;
}

/**
 * Claims due entries in priority order by stamping them with a unique token. The conditional
 * update means two dispatchers can never claim the same row; each reads back only its own.
 * (This is the one place a PostgreSQL build would use FOR UPDATE SKIP LOCKED.)
 */
export async function claimDue(db: Db, options: ClaimOptions): Promise<Delivery[]> {
  const candidates = await db.delivery.findMany({
    where: {
      status: "PENDING",
      nextAttemptAt: { lte: options.now },
      platform: { in: options.platforms },
      ...(options.quietHoursActive ? { quietHours: false } : {}),
    },
    orderBy: [{ priority: "asc" }, { nextAttemptAt: "asc" }, { id: "asc" }],
    take: options.limit,
    select: { id: true },
  });
  if (candidates.length === 0) return [];
  await db.delivery.updateMany({
    where: { id: { in: candidates.map((c) => c.id) }, status: "PENDING" },
    data: { status: "SENDING", claimedBy: options.token, claimedUntil: options.claimUntil },
  });
  return db.delivery.findMany({
    where: { claimedBy: options.token, status: "SENDING" },
    orderBy: [{ priority: "asc" }, { id: "asc" }],
  });
}

/**
 * Entries whose claim ran out belong to a dispatcher that stopped without finishing them. They go
 * back to the queue; one that was on the wire at that moment may be sent twice (at-least-once).
 */
export async function recoverExpiredClaims(db: Db, now: Date): Promise<number> {
  const result = await db.delivery.updateMany({
    where: { status: "SENDING", claimedUntil: { lt: now } },
    data: { status: "PENDING", claimedBy: null, claimedUntil: null, lastError: "claim expired: dispatcher stopped" },
  });
  return result.count;
}

/** Hands claimed but unsent entries back, when a dispatcher stops cleanly. */
export async function releaseClaims(db: Db, ids: number[]): Promise<void> {
  if (ids.length === 0) return;
  await db.delivery.updateMany({
    where: { id: { in: ids }, status: "SENDING" },
    data: { status: "PENDING", claimedBy: null, claimedUntil: null },
  });
}
