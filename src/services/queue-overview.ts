import { priorityName, type Priority } from "../delivery/priority.js";
import type { DeliveryStatus } from "../generated/prisma/enums.js";
import { currentLease } from "../scheduler/lease.js";
import { hasCapability } from "./capabilities.js";
import type { ServiceDeps } from "./deps.js";
import { getRoles } from "./roles.js";

export interface QueueOverview {
  counts: Array<{ status: DeliveryStatus; priority: Priority; count: number }>;
  /** Pending entries whose time has come (the rest wait for a retry, a schedule or quiet hours). */
  due: number;
  sentLastDay: number;
  recentFailures: Array<{ id: number; dedupeKey: string; chatId: string; error: string; at: Date }>;
  blockedAccounts: { count: number; recent: Array<{ name: string; nip: string; blockedAt: Date }> };
  leader: { holder: string; expiresAt: Date; valid: boolean } | null;
}

/** Queue depth by status and priority, recent failures, blocked accounts and the scheduler leader. */
export async function getQueueOverview(deps: ServiceDeps, options: { failures?: number } = {}): Promise<QueueOverview> {
  const { db, clock } = deps;
  const now = clock.now();
  const [groups, due, sentLastDay, failures, blockedCount, blocked, lease] = await Promise.all([
    db.delivery.groupBy({ by: ["status", "priority"], _count: { _all: true } }),
    db.delivery.count({ where: { status: "PENDING", nextAttemptAt: { lte: now } } }),
    db.delivery.count({ where: { status: "SENT", sentAt: { gte: new Date(now.getTime() - 86_400_000) } } }),
    db.delivery.findMany({
      where: { status: "FAILED" },
      orderBy: { updatedAt: "desc" },
      take: options.failures ?? 10,
      select: { id: true, dedupeKey: true, chatId: true, lastError: true, updatedAt: true },
    }),
    db.chatAccount.count({ where: { blockedAt: { not: null } } }),
    db.chatAccount.findMany({
      where: { blockedAt: { not: null } },
      orderBy: { blockedAt: "desc" },
      take: 10,
      include: { employee: { select: { name: true, nip: true } } },
    }),
    currentLease(deps, "scheduler"),
  ]);
  return {
    counts: groups
      .map((group) => ({ status: group.status, priority: priorityName(group.priority), count: group._count._all }))
      .sort((a, b) => a.status.localeCompare(b.status) || a.priority.localeCompare(b.priority)),
    due,
    sentLastDay,
    recentFailures: failures.map((row) => ({
      id: row.id,
      dedupeKey: row.dedupeKey,
      chatId: row.chatId,
      error: row.lastError ?? "",
      at: row.updatedAt,
    })),
    blockedAccounts: {
      count: blockedCount,
      recent: blocked.map((account) => ({ ...account.employee, blockedAt: account.blockedAt! })),
    },
    leader: lease && { holder: lease.holder, expiresAt: lease.expiresAt, valid: lease.valid },
  };
}

/** The same overview for an admin in chat; anyone else is refused here, whatever buttons they saw. */
export async function getQueueOverviewFor(
  deps: ServiceDeps,
  employeeId: number,
): Promise<{ ok: true; overview: QueueOverview } | { ok: false; error: "not-allowed" }> {
  const roles = await getRoles(deps, employeeId);
  if (!hasCapability(roles, "queue")) return { ok: false, error: "not-allowed" };
  return { ok: true, overview: await getQueueOverview(deps, { failures: 3 }) };
}
