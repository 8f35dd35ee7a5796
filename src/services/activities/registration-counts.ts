import type { Db } from "../../db/client.js";
import type { RegistrationStatus } from "../../generated/prisma/enums.js";

/** Registrations that occupy a seat: confirmed, and whatever became of a confirmed one. */
export const SEAT_HOLDING_STATUSES = ["REGISTERED", "ATTENDED", "NO_SHOW", "COMPLETED"] as const satisfies readonly RegistrationStatus[];

/** Registrations an activity's cancellation cancels too. */
export const OPEN_REGISTRATION_STATUSES = ["REGISTERED", "WAITLISTED", "PENDING_APPROVAL"] as const satisfies readonly RegistrationStatus[];

export interface RegistrationCounts {
  /** Seats taken (see SEAT_HOLDING_STATUSES). */
  registered: number;
  waitlisted: number;
  /** Waiting for the supervisor's approval. */
  pending: number;
  /** Checked in (ATTENDED or COMPLETED). */
  attended: number;
}

export const NO_REGISTRATIONS: Readonly<RegistrationCounts> = { registered: 0, waitlisted: 0, pending: 0, attended: 0 };

/** Counts per activity in one grouped query per 500 activities. */
export async function countRegistrations(
  db: Pick<Db, "registration">,
  activityIds: readonly number[],
): Promise<Map<number, RegistrationCounts>> {
  const counts = new Map<number, RegistrationCounts>();
  for (let start = 0; start < activityIds.length; start += 500) {
    const groups = await db.registration.groupBy({
      by: ["activityId", "status"],
      where: { activityId: { in: activityIds.slice(start, start + 500) } },
      _count: { _all: true },
    });
    for (const group of groups) {
      const entry = counts.get(group.activityId) ?? { ...NO_REGISTRATIONS };
      const count = group._count._all;
      if ((SEAT_HOLDING_STATUSES as readonly string[]).includes(group.status)) entry.registered += count;
      if (group.status === "WAITLISTED") entry.waitlisted += count;
      if (group.status === "PENDING_APPROVAL") entry.pending += count;
      if (group.status === "ATTENDED" || group.status === "COMPLETED") entry.attended += count;
      counts.set(group.activityId, entry);
    }
  }
  return counts;
}
