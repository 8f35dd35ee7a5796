import { isUniqueViolation } from "../db/errors.js";
import type { ServiceDeps } from "../services/deps.js";

/**
 * Takes a Telegram update id once. Telegram redelivers an update when the answer was slow; the
 * table (not memory) makes a redelivery after a restart, or to another instance, a no-op too.
 * Returns false when the update was already taken.
 */
export async function claimUpdate({ db, clock }: ServiceDeps, updateId: number): Promise<boolean> {
  try {
    await db.processedUpdate.create({ data: { updateId: BigInt(updateId), receivedAt: clock.now() } });
    return true;
  } catch (error) {
    if (isUniqueViolation(error)) return false;
    throw error;
  }
}
