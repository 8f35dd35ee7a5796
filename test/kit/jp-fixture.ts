import type { Db } from "../../src/db/client.js";
import type { CompetencyType } from "../../src/generated/prisma/enums.js";
import { createActivity } from "./activity-fixture.js";

/**
 * JP earned this year: an eight-hour activity that ended at `completedAt`, the person's completed
 * registration for it, and the ledger entry that counts it.
 */
export async function creditCompletedActivity(db: Db, employeeId: number, jp: number, competencyType: CompetencyType, title: string, completedAt: string) {
  const activity = await createActivity(db, {
    title,
    competencyType,
    jp,
    status: "COMPLETED",
    startsAt: new Date(new Date(completedAt).getTime() - 8 * 3_600_000),
    endsAt: new Date(completedAt),
  });
  const registration = await db.registration.create({
    data: { activityId: activity.id, employeeId, status: "COMPLETED", completedAt: new Date(completedAt) },
  });
  await db.jpEntry.create({ data: { employeeId, registrationId: registration.id, year: 2026, jp, competencyType, source: "ACTIVITY" } });
}
