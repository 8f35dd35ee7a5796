import type { Clock } from "../../src/clock.js";
import type { EvaluationSettings } from "../../src/config.js";
import type { Db } from "../../src/db/client.js";
import { loadDemoActivities } from "../../src/db/demo-activities.js";
import { loadDemoData } from "../../src/db/demo-data.js";
import { createDueEvaluationRequests } from "../../src/services/evaluations/assignment.js";
import { createActivity } from "../kit/activity-fixture.js";
import { seedRecipients } from "./seed.js";

/**
 * What the updates benchmark's users find, built with the project's own loaders and fixtures: the
 * fictional demo roster (its units, supervisors and roles) and demo activities with their history,
 * more published activities so the catalogue has pages, and for every benchmark user completed
 * activities whose reaction questionnaires the assignment service has just opened. The users are
 * the demo employees plus, past the demo's 144, linked employees of one more unit.
 */

export const FIRST_TELEGRAM_ID = 800_000_001;
/** Published activities added to the demo's, one a day from Monday 14 December 2026 (no clashes). */
const CATALOGUE_ACTIVITIES = 30;
/** Completed activities of every user, each leaving one open reaction (L1) questionnaire. */
const COMPLETED_ACTIVITIES = 3;

const DAY = 24 * 3_600_000;

export interface BenchPeople {
  /** Telegram user ids of the benchmark users, in order. */
  telegramIds: number[];
  employeeIds: number[];
  /** Evaluation requests open for them when the run starts. */
  openRequests: number;
}

export async function seedUpdatesData(db: Db, clock: Clock, input: { users: number; evaluations: EvaluationSettings }): Promise<BenchPeople> {
  const deps = { db, clock };
  const now = clock.now();
  await loadDemoData(deps);
  await loadDemoActivities(deps, { now, evaluations: input.evaluations });

  const demo = await db.employee.findMany({ where: { active: true }, select: { id: true }, orderBy: { id: "asc" }, take: input.users });
  const telegramIds = demo.map((_, i) => FIRST_TELEGRAM_ID + i);
  await db.chatAccount.createMany({
    data: demo.map((employee, i) => ({
      platform: "TELEGRAM" as const,
      externalId: String(telegramIds[i]),
      chatId: String(telegramIds[i]),
      employeeId: employee.id,
    })),
  });
  const employeeIds = demo.map((employee) => employee.id);
  if (demo.length < input.users) {
    const more = await seedRecipients(db, input.users - demo.length, FIRST_TELEGRAM_ID + demo.length);
    for (const recipient of more) {
      telegramIds.push(recipient.chatId);
      employeeIds.push(recipient.employeeId);
    }
  }

  const firstDay = new Date("2026-12-14T01:00:00Z").getTime();
  for (let i = 0; i < CATALOGUE_ACTIVITIES; i++) {
    const startsAt = new Date(firstDay + i * DAY);
    await createActivity(db, { startsAt, endsAt: new Date(startsAt.getTime() + 6 * 3_600_000), title: `Pelatihan Teknis Angkatan ${i + 1}` });
  }

  for (let i = 0; i < COMPLETED_ACTIVITIES; i++) {
    const endsAt = new Date(now.getTime() - (i + 1) * DAY);
    const activity = await createActivity(db, {
      title: `Bimbingan Teknis Pelayanan Publik ${i + 1}`,
      status: "COMPLETED",
      startsAt: new Date(endsAt.getTime() - 8 * 3_600_000),
      endsAt,
    });
    await db.registration.createMany({
      data: employeeIds.map((employeeId) => ({ activityId: activity.id, employeeId, status: "COMPLETED" as const, completedAt: endsAt })),
    });
  }
  await createDueEvaluationRequests({ ...deps, settings: input.evaluations }, { now });
  const openRequests = await db.evaluationRequest.count({ where: { respondentId: { in: employeeIds }, status: { in: ["PENDING", "IN_PROGRESS"] } } });
  return { telegramIds, employeeIds, openRequests };
}
