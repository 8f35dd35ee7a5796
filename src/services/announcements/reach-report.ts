import type { DeliveryStatus } from "../../generated/prisma/enums.js";
import type { Prisma } from "../../generated/prisma/client.js";
import type { ServiceDeps } from "../deps.js";
import { plainExcerpt } from "./content.js";
import { FIRST_PART } from "./first-part.js";
import { mayManage, NOT_ALLOWED, type NotAllowed } from "./scope.js";

export interface ReachCounts {
  recipients: number;
  sent: number;
  /** Queued or on the wire, e.g. held by quiet hours. */
  pending: number;
  /** No linked chat account, or gave up after retries (or cancelled in the queue). */
  failed: number;
  /** The recipient blocked the bot. */
  blocked: number;
  acknowledged: number;
  /** Shares from 0 to 1: sent of recipients, acknowledged of sent; null when there is nothing to divide. */
  sentShare: number | null;
  ackShare: number | null;
}

export interface UnitReach extends ReachCounts {
  unitId: number;
  unitCode: string;
  unitName: string;
}

export interface ReachReport {
  announcement: {
    id: number;
    authorName: string;
    excerpt: string;
    needsAck: boolean;
    status: string;
    scheduledAt: Date | null;
    sentAt: Date | null;
  };
  total: ReachCounts;
  /** By the recipients' units, the lowest reach (acknowledged when it needs it, else sent) first. */
  units: UnitReach[];
}

const STATUS_GROUPS: Record<"sent" | "pending" | "failed" | "blocked", DeliveryStatus[]> = {
  sent: ["SENT"],
  pending: ["PENDING", "SENDING"],
  failed: ["FAILED", "CANCELLED"],
  blocked: ["BLOCKED"],
};

type Tally = Omit<ReachCounts, "sentShare" | "ackShare">;
const emptyTally = (): Tally => ({ recipients: 0, sent: 0, pending: 0, failed: 0, blocked: 0, acknowledged: 0 });

function withShares(tally: Tally): ReachCounts {
  return {
    ...tally,
    sentShare: tally.recipients === 0 ? null : tally.sent / tally.recipients,
    ackShare: tally.sent === 0 ? null : tally.acknowledged / tally.sent,
  };
}

/**
 * An announcement's reach, counted in the database: one grouped count per delivery status (and one
 * for acknowledgements) over the recipients' units, whatever the size of the audience.
 */
export async function reachReportOf(deps: ServiceDeps, announcementId: number): Promise<ReachReport | null> {
  const announcement = await deps.db.announcement.findUnique({
    where: { id: announcementId },
    include: { author: { select: { name: true } } },
  });
  if (!announcement) return null;

  const byUnit = new Map<number, Tally>();
  const countBy = async (field: keyof Tally, delivery: Prisma.DeliveryWhereInput) => {
    const rows = await deps.db.employee.groupBy({
      by: ["unitId"],
      where: { deliveries: { some: { announcementId, ...FIRST_PART, ...delivery } } },
      _count: { _all: true },
    });
    for (const row of rows) {
      const tally = byUnit.get(row.unitId) ?? emptyTally();
      tally[field] = row._count._all;
      byUnit.set(row.unitId, tally);
    }
  };
  await countBy("recipients", {});
  for (const [field, statuses] of Object.entries(STATUS_GROUPS)) {
    await countBy(field as keyof typeof STATUS_GROUPS, { status: { in: statuses } });
  }
  // Only a message that arrived can be acknowledged, so the share stays within 100%.
  await countBy("acknowledged", { status: "SENT", ackAt: { not: null } });

  const units = await deps.db.unit.findMany({
    where: { id: { in: [...byUnit.keys()] } },
    select: { id: true, code: true, name: true },
  });
  const unitRows: UnitReach[] = units.map((unit) => ({
    unitId: unit.id,
    unitCode: unit.code,
    unitName: unit.name,
    ...withShares(byUnit.get(unit.id)!),
  }));
  // A unit nobody could be reached in at all comes before one where some were reached but none read.
  const reach = (row: ReachCounts) => (announcement.needsAck ? row.ackShare : row.sentShare) ?? -1;
  unitRows.sort((a, b) => reach(a) - reach(b) || a.unitName.localeCompare(b.unitName, "id") || a.unitId - b.unitId);

  const total = emptyTally();
  for (const tally of byUnit.values()) {
    for (const field of Object.keys(total) as (keyof Tally)[]) total[field] += tally[field];
  }
  return {
    announcement: {
      id: announcement.id,
      authorName: announcement.author.name,
      excerpt: plainExcerpt(announcement.body),
      needsAck: announcement.needsAck,
      status: announcement.status,
      scheduledAt: announcement.scheduledAt,
      sentAt: announcement.sentAt,
    },
    total: withShares(total),
    units: unitRows,
  };
}

/** The report for the chat: the author or an admin only. */
export async function reachReport(
  deps: ServiceDeps,
  input: { announcementId: number; viewerId: number },
): Promise<{ ok: true; report: ReachReport } | NotAllowed | { ok: false; code: "not-found" }> {
  const announcement = await deps.db.announcement.findUnique({
    where: { id: input.announcementId },
    select: { authorId: true },
  });
  if (!announcement) return { ok: false, code: "not-found" };
  if (!(await mayManage(deps, input.viewerId, announcement.authorId))) return NOT_ALLOWED;
  const report = await reachReportOf(deps, input.announcementId);
  return report ? { ok: true, report } : { ok: false, code: "not-found" };
}
