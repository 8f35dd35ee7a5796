import type { Db } from "../db/client.js";
import { claimDueDeliveries } from "../db/dialect.js";
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
 * Claims due entries in priority order by stamping them with a unique token (see claimDueDeliveries
 * for how each engine keeps two dispatchers off the same row), and reads back only its own.
 */
export async function claimDue(db: Db, options: ClaimOptions): Promise<Delivery[]> {
  await claimDueDeliveries(db, { ...options, quietHoursOnly: options.quietHoursActive });
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
