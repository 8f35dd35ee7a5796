import { isUniqueViolation } from "../db/errors.js";
import type { ServiceDeps } from "../services/deps.js";

/**
 * A named lease in the database: whoever holds a non-expired lease is the leader.
 *
 * A lease is valid while `now < expiresAt`; from `expiresAt` on, anybody may take it over. Every
 * statement is plain Prisma (no engine-specific SQL), and each decision is a single conditional
 * write, so the same code is safe on SQLite and on PostgreSQL with several processes racing.
 */

export interface LeaseRequest {
  name: string;
  holder: string;
  ttlMs: number;
}

export interface LeaseResult {
  /** True when `holder` of the request now holds the lease. */
  leader: boolean;
  /** Who holds the lease after this attempt (the caller when `leader`). */
  holder: string;
  expiresAt: Date;
}

export interface LeaseState {
  name: string;
  holder: string;
  expiresAt: Date;
  updatedAt: Date;
  /** Whether the lease is still valid at the time of the query. */
  valid: boolean;
}

type LeaseDeps = Pick<ServiceDeps, "db" | "clock">;

/** Two attempts are enough: the second only runs when the row vanished between our write and read. */
const MAX_ATTEMPTS = 2;

/**
 * Acquires the lease, or renews it when `holder` already holds it. Never steals a valid lease.
 *
 * 1. One conditional update: take the row when it is ours or has expired. The condition is evaluated
 *    by the database inside the UPDATE, so two racing contenders cannot both match it.
 * 2. No row updated and no row at all: create it; a concurrent creator makes this fail with a unique
 *    violation, which simply means somebody else won.
 * 3. Otherwise somebody else holds a valid lease: report who.
 */
export async function tryAcquireLease(deps: LeaseDeps, request: LeaseRequest): Promise<LeaseResult> {
  const { db, clock } = deps;
  const { name, holder, ttlMs } = request;
  if (!(ttlMs > 0)) throw new Error(`Lease TTL must be positive, got ${ttlMs}`);

  const now = clock.now();
  const expiresAt = new Date(now.getTime() + ttlMs);

  for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
    const taken = await db.lease.updateMany({
      where: { name, OR: [{ holder }, { expiresAt: { lte: now } }] },
      data: { holder, expiresAt, updatedAt: now },
    });
    if (taken.count > 0) return { leader: true, holder, expiresAt };

    const current = await db.lease.findUnique({ where: { name } });
    if (current) return { leader: false, holder: current.holder, expiresAt: current.expiresAt };

    try {
      await db.lease.create({ data: { name, holder, expiresAt, updatedAt: now } });
      return { leader: true, holder, expiresAt };
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      // A concurrent contender created the row first: loop to read (or, if it expired meanwhile, take) it.
    }
  }

  const current = await db.lease.findUnique({ where: { name } });
  if (current) return { leader: false, holder: current.holder, expiresAt: current.expiresAt };
  // The row keeps being created and deleted under us; nobody we know of holds it, and neither do we.
  return { leader: false, holder: "", expiresAt: now };
}

/**
 * Gives the lease up at once when `holder` holds it, so another instance can take over without
 * waiting for the expiry. Returns whether a lease was released.
 */
export async function releaseLease(deps: LeaseDeps, input: { name: string; holder: string }): Promise<boolean> {
  const now = deps.clock.now();
  const released = await deps.db.lease.updateMany({
    where: { name: input.name, holder: input.holder, expiresAt: { gt: now } },
    data: { expiresAt: now, updatedAt: now },
  });
  return released.count > 0;
}

/** The lease as stored, for the operations view; null when nobody ever took it. */
export async function currentLease(deps: LeaseDeps, name: string): Promise<LeaseState | null> {
  const row = await deps.db.lease.findUnique({ where: { name } });
  if (!row) return null;
  const now = deps.clock.now();
  return {
    name: row.name,
    holder: row.holder,
    expiresAt: row.expiresAt,
    updatedAt: row.updatedAt,
    valid: now.getTime() < row.expiresAt.getTime(),
  };
}
