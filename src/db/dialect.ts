import { Prisma } from "../generated/prisma/client.js";
import type { Platform } from "../generated/prisma/enums.js";
import type { Db } from "./client.js";
import { engineOfDb } from "./engine.js";

/**
 * The few queries that differ between SQLite and PostgreSQL, all in this file. Everything else is
 * plain Prisma, or raw SQL that both engines read the same way (quoted identifiers, bound values).
 */

/** Connection settings applied once after connecting. */
export async function applyConnectionSettings(db: Db): Promise<void> {
  if (engineOfDb(db) !== "sqlite") return;
  // WAL lets the bot read while the CLI or scheduler writes; foreign keys are off by default in SQLite.
  await db.$queryRawUnsafe("PRAGMA journal_mode = WAL");
  await db.$executeRawUnsafe("PRAGMA foreign_keys = ON");
}

/** Refreshes the query planner's statistics where the data has grown. */
export async function refreshPlannerStatistics(db: Db): Promise<void> {
  // Without statistics SQLite can pick a scan over the answers for the report queries (measured
  // with the reports benchmark). PostgreSQL's autovacuum keeps its statistics up to date itself.
  if (engineOfDb(db) === "sqlite") await db.$queryRawUnsafe("PRAGMA optimize");
}

export interface DeliveryClaim {
  token: string;
  limit: number;
  now: Date;
  claimUntil: Date;
  platforms: Platform[];
  /** Only entries that ignore quiet hours. */
  quietHoursOnly: boolean;
}

/**
 * Stamps up to `limit` due PENDING deliveries, in priority order, as SENDING with the claim's token.
 * Two claimers never get the same row. On PostgreSQL the rows are picked with FOR UPDATE SKIP
 * LOCKED, so concurrent claimers take different rows instead of waiting on each other; SQLite has
 * one writer at a time, and a conditional update is enough.
 */
export async function claimDueDeliveries(db: Db, claim: DeliveryClaim): Promise<void> {
  if (claim.platforms.length === 0) return;
  if (engineOfDb(db) === "postgresql") {
    const platforms = Prisma.join(claim.platforms.map((platform) => Prisma.sql`${platform}::"Platform"`));
    const quiet = claim.quietHoursOnly ? Prisma.sql`AND "quietHours" = FALSE` : Prisma.empty;
    await db.$executeRaw`
      UPDATE "Delivery" SET "status" = 'SENDING', "claimedBy" = ${claim.token}, "claimedUntil" = ${claim.claimUntil}
      WHERE "id" IN (
        SELECT "id" FROM "Delivery"
        WHERE "status" = 'PENDING' AND "nextAttemptAt" <= ${claim.now} AND "platform" IN (${platforms}) ${quiet}
        ORDER BY "priority", "nextAttemptAt", "id"
        LIMIT ${claim.limit}
        FOR UPDATE SKIP LOCKED
      )`;
    return;
  }
  const candidates = await db.delivery.findMany({
    where: {
      status: "PENDING",
      nextAttemptAt: { lte: claim.now },
      platform: { in: claim.platforms },
      ...(claim.quietHoursOnly ? { quietHours: false } : {}),
    },
    orderBy: [{ priority: "asc" }, { nextAttemptAt: "asc" }, { id: "asc" }],
    take: claim.limit,
    select: { id: true },
  });
  if (candidates.length === 0) return;
  await db.delivery.updateMany({
    where: { id: { in: candidates.map((c) => c.id) }, status: "PENDING" },
    data: { status: "SENDING", claimedBy: claim.token, claimedUntil: claim.claimUntil },
  });
}

/**
 * Inserts outbox rows, skipping those whose dedupe key is taken. The caller has left out the keys it
 * found; on PostgreSQL a concurrent enqueue of the same key (two instances running the same job) can
 * still commit in between, and ON CONFLICT DO NOTHING lets this insert wait for it and skip the row
 * instead of failing. SQLite has one writer at a time, so nothing can come in between there.
 */
export async function insertDeliveries(
  tx: Pick<Prisma.TransactionClient, "delivery">,
  rows: Prisma.DeliveryCreateManyInput[],
): Promise<void> {
  if (rows.length === 0) return;
  if (engineOfDb(tx as Db) === "postgresql") {
    // The option exists only in the PostgreSQL client's types.
    const args = { data: rows, skipDuplicates: true } as Prisma.DeliveryCreateManyArgs;
    await tx.delivery.createMany(args);
    return;
  }
  await tx.delivery.createMany({ data: rows });
}
