import type { Prisma } from "../../generated/prisma/client.js";
import type { RegistrationStatus } from "../../generated/prisma/enums.js";
import { OPEN_REGISTRATION_STATUSES } from "./registration-counts.js";

type Tx = Prisma.TransactionClient;

/** Statuses that hold a seat. */
export const SEAT_HOLDING: RegistrationStatus[] = ["REGISTERED", "ATTENDED", "COMPLETED", "NO_SHOW"];
/** Statuses of a registration that is still alive (can be cancelled, gets reminders or decisions). */
export const ACTIVE_STATUSES: RegistrationStatus[] = [...OPEN_REGISTRATION_STATUSES];

/**
 * Starts every seat decision by writing to the activity row. The write takes SQLite's write lock
 * (and PostgreSQL's row lock), so two registrations for the same activity are decided one after
 * the other: the last seat cannot be given twice.
 */
export async function lockActivity(tx: Tx, activityId: number, now: Date) {
  return tx.activity.update({ where: { id: activityId }, data: { updatedAt: now }, include: { audience: true } });
}

export async function seatsTaken(tx: Tx, activityId: number): Promise<number> {
  return tx.registration.count({ where: { activityId, status: { in: SEAT_HOLDING } } });
}

export async function hasFreeSeat(tx: Tx, activity: { id: number; capacity: number | null }): Promise<boolean> {
  return activity.capacity === null || (await seatsTaken(tx, activity.id)) < activity.capacity;
}

export async function nextWaitlistPosition(tx: Tx, activityId: number): Promise<number> {
  const last = await tx.registration.aggregate({
    where: { activityId, status: "WAITLISTED" },
    _max: { waitlistPosition: true },
  });
  return (last._max.waitlistPosition ?? 0) + 1;
}

/** Place in the queue as the person sees it: 1 for the first waitlisted, whatever gaps cancellations left. */
export async function waitlistRank(tx: Tx, activityId: number, position: number): Promise<number> {
  return (await tx.registration.count({ where: { activityId, status: "WAITLISTED", waitlistPosition: { lt: position } } })) + 1;
}

/** Gives a freed seat to the first person on the waiting list; returns who got it. */
export async function promoteFirstWaitlisted(tx: Tx, activityId: number, now: Date) {
  const first = await tx.registration.findFirst({
    where: { activityId, status: "WAITLISTED" },
    orderBy: [{ waitlistPosition: "asc" }, { id: "asc" }],
  });
  if (!first) return null;
  return tx.registration.update({
    where: { id: first.id },
    data: { status: "REGISTERED", waitlistPosition: null, updatedAt: now },
  });
}
