import type { Db } from "../db/client.js";
import { Platform } from "../generated/prisma/enums.js";

export interface RerouteOptions {
  /** The platforms this dispatcher has senders for. */
  platforms: Platform[];
  now: Date;
  /** Rows moved per call at most, so one pass stays a short query. */
  limit: number;
}

/**
 * Moves due entries queued for a platform this dispatcher cannot send on to the same employee's
 * unblocked account on a platform it can (the employee's preferred one first). Enqueueing picks the
 * preferred platform or Telegram without knowing which platforms are running, so in a Slack-only
 * deployment a person linked on both would otherwise wait forever. Entries of people with no such
 * account stay pending untouched: a later start with their platform sends them.
 *
 * Assumes one process runs every configured platform (as `main.ts` starts them), so a platform
 * without a sender here has no dispatcher anywhere. A single dispatcher cannot know about others: a
 * Telegram instance and a Slack instance on one database would each pull the other's entries over to
 * their own platform. Every entry would still be sent once (each move is conditional and claims win),
 * but not necessarily on the platform it was queued for.
 *
 * The lookup runs on the (status, priority, nextAttemptAt) index, scanning the pending entries; with
 * many entries stranded for good an index on (status, platform, nextAttemptAt) would narrow it.
 */
export async function rerouteStranded(db: Db, options: RerouteOptions): Promise<number> {
  const stranded = Object.values(Platform).filter((platform) => !options.platforms.includes(platform));
  if (stranded.length === 0 || options.platforms.length === 0) return 0;
  const reachable = { platform: { in: options.platforms }, blockedAt: null };
  const rows = await db.delivery.findMany({
    where: {
      status: "PENDING",
      nextAttemptAt: { lte: options.now },
      platform: { in: stranded },
      employee: { chatAccounts: { some: reachable } },
    },
    orderBy: [{ priority: "asc" }, { nextAttemptAt: "asc" }, { id: "asc" }],
    take: options.limit,
    select: {
      id: true,
      platform: true,
      employee: { select: { preferredPlatform: true, chatAccounts: { where: reachable, select: { id: true, platform: true, chatId: true } } } },
    },
  });
  let moved = 0;
  for (const row of rows) {
    const accounts = row.employee?.chatAccounts ?? [];
    const preferred = row.employee?.preferredPlatform;
    const target =
      accounts.find((account) => account.platform === preferred) ??
      options.platforms.map((platform) => accounts.find((account) => account.platform === platform)).find(Boolean);
    if (!target) continue;
    // Conditional: an entry claimed or moved by someone else in the meantime is left alone.
    const result = await db.delivery.updateMany({
      where: { id: row.id, status: "PENDING", platform: row.platform },
      data: { platform: target.platform, chatAccountId: target.id, chatId: target.chatId, updatedAt: options.now },
    });
    moved += result.count;
  }
  return moved;
}
