import { refreshPlannerStatistics } from "../../db/dialect.js";
import type { ServiceDeps } from "../../services/deps.js";
import type { JobDefinition } from "../jobs.js";

/** How long link attempts and dead activation codes are kept. */
export const HOUSEKEEPING_RETENTION_DAYS = 30;

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Daily at 03:00 (scheduler time zone): deletes link attempts older than the retention period and
 * activation codes that expired longer ago than that, used or not, Telegram update ids older than a
 * day (the webhook's duplicate guard), and refreshes the database's
 * planner statistics. Deleting by age is idempotent: a second run finds nothing left to delete.
 */
export const housekeepingJob: JobDefinition<ServiceDeps> = {
  name: "housekeeping",
  cron: "0 0 3 * * *",
  async run({ db }, { now }) {
    const cutoff = new Date(now.getTime() - HOUSEKEEPING_RETENTION_DAYS * DAY_MS);
    const linkAttempts = await db.linkAttempt.deleteMany({ where: { createdAt: { lt: cutoff } } });
    const activationCodes = await db.activationCode.deleteMany({ where: { expiresAt: { lt: cutoff } } });
    // Telegram redelivers an update within minutes; a day of remembered update ids is plenty.
    const processedUpdates = await db.processedUpdate.deleteMany({
      where: { receivedAt: { lt: new Date(now.getTime() - DAY_MS) } },
    });
    await refreshPlannerStatistics(db);
    return {
      linkAttemptsDeleted: linkAttempts.count,
      activationCodesDeleted: activationCodes.count,
      processedUpdatesDeleted: processedUpdates.count,
    };
  },
};
