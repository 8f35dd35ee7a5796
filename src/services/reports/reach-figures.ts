import type { Prisma } from "../../generated/prisma/client.js";
import type { DeliveryStatus } from "../../generated/prisma/enums.js";
import { FIRST_PART } from "../announcements/first-part.js";
import type { ServiceDeps } from "../deps.js";
import type { ReportFilter } from "./filter.js";

/**
 * The counts behind the reach report, from grouped queries over the outbox: every announcement and
 * campaign message sent in the period, each recipient counted once per message (by the first part of
 * a split message), by the recipient's current unit.
 *
 * The outbox has no unit, and a grouped query cannot group by the recipient's unit, so deliveries are
 * counted per recipient (a row per person and status, however many messages they got) and the
 * recipients are then placed in their units from the roster's ids. Two passes over the period's
 * deliveries in all: per recipient, and per message.
 */

export interface ReachTally {
  /** Messages to recipients: one per recipient of each message. */
  recipients: number;
  /** Sent (Telegram accepted them). */
  delivered: number;
  /** Still queued, e.g. held by quiet hours. */
  pending: number;
  /** No linked chat account, given up after retries, or cancelled in the queue. */
  failed: number;
  /** The recipient had blocked the bot. */
  blocked: number;
  /** Delivered messages that asked for an acknowledgement. */
  ackExpected: number;
  acknowledged: number;
}

export interface AnnouncementReach extends ReachTally {
  id: number;
  sentAt: Date;
  body: string;
  needsAck: boolean;
  campaignName: string | null;
}

export interface ReachFigures {
  announcements: AnnouncementReach[];
  /** By the recipient's current unit id. */
  units: Map<number, ReachTally>;
}

const CHUNK = 500;

export const emptyReach = (): ReachTally => ({
  recipients: 0,
  delivered: 0,
  pending: 0,
  failed: 0,
  blocked: 0,
  ackExpected: 0,
  acknowledged: 0,
});

const FIELD_OF: Record<DeliveryStatus, "delivered" | "pending" | "failed" | "blocked"> = {
  SENT: "delivered",
  PENDING: "pending",
  SENDING: "pending",
  FAILED: "failed",
  CANCELLED: "failed",
  BLOCKED: "blocked",
};

function count(tally: ReachTally, status: DeliveryStatus, all: number, acknowledged: number, needsAck: boolean): void {
  tally.recipients += all;
  tally[FIELD_OF[status]] += all;
  // Only a message that arrived can be acknowledged.
  if (status === "SENT" && needsAck) {
    tally.ackExpected += all;
    tally.acknowledged += acknowledged;
  }
}

export async function reachFigures(
  deps: ServiceDeps,
  input: { filter: ReportFilter; unitIds: number[] | null },
): Promise<ReachFigures> {
  const { db } = deps;
  const { filter, unitIds } = input;
  const rows = await db.announcement.findMany({
    where: { sentAt: { gte: filter.from, lt: filter.to } },
    select: { id: true, sentAt: true, body: true, needsAck: true, campaign: { select: { name: true } } },
    orderBy: [{ sentAt: "asc" }, { id: "asc" }],
  });
  const recipientsIn: Prisma.DeliveryWhereInput =
    unitIds === null ? { employeeId: { not: null } } : { employee: { unitId: { in: unitIds } } };

  const perAnnouncement = new Map(rows.map((row) => [row.id, emptyReach()]));
  const perEmployee = new Map<number, ReachTally>();
  for (const needsAck of [true, false]) {
    const ids = rows.filter((row) => row.needsAck === needsAck).map((row) => row.id);
    for (let start = 0; start < ids.length; start += CHUNK) {
      const announcementId = { in: ids.slice(start, start + CHUNK) };
      const where: Prisma.DeliveryWhereInput = { announcementId, ...FIRST_PART, ...recipientsIn };
      const [byEmployee, byAnnouncement] = await Promise.all([
        db.delivery.groupBy({ by: ["employeeId", "status"], where, _count: { _all: true, ackAt: true } }),
        db.delivery.groupBy({ by: ["announcementId", "status"], where, _count: { _all: true, ackAt: true } }),
      ]);
      for (const row of byEmployee) {
        if (row.employeeId === null) continue;
        const tally = perEmployee.get(row.employeeId) ?? emptyReach();
        count(tally, row.status, row._count._all, row._count.ackAt, needsAck);
        perEmployee.set(row.employeeId, tally);
      }
      for (const row of byAnnouncement) {
        const tally = row.announcementId === null ? undefined : perAnnouncement.get(row.announcementId);
        if (tally) count(tally, row.status, row._count._all, row._count.ackAt, needsAck);
      }
    }
  }

  const units = new Map<number, ReachTally>();
  const employeeIds = [...perEmployee.keys()];
  for (let start = 0; start < employeeIds.length; start += CHUNK) {
    const employees = await db.employee.findMany({
      where: { id: { in: employeeIds.slice(start, start + CHUNK) } },
      select: { id: true, unitId: true },
    });
    for (const employee of employees) {
      const tally = units.get(employee.unitId) ?? emptyReach();
      units.set(employee.unitId, addReach([tally, perEmployee.get(employee.id)!]));
    }
  }

  return {
    announcements: rows
      .map((row) => ({
        id: row.id,
        sentAt: row.sentAt!,
        body: row.body,
        needsAck: row.needsAck,
        campaignName: row.campaign?.name ?? null,
        ...perAnnouncement.get(row.id)!,
      }))
      .filter((row) => row.recipients > 0),
    units,
  };
}

export function addReach(items: readonly ReachTally[]): ReachTally {
  const total = emptyReach();
  for (const item of items) {
    for (const field of Object.keys(total) as (keyof ReachTally)[]) total[field] += item[field];
  }
  return total;
}
