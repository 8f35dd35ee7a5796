import type { Platform } from "../../generated/prisma/enums.js";
import { recordAudit } from "../audit.js";
import type { ServiceDeps } from "../deps.js";
import { normalizeNip } from "../roster/nip.js";

export type UnlinkResult = { ok: true; removed: number } | { ok: false; error: "employee-unknown" | "not-linked" };

/** Relinking goes through an admin: this removes an employee's chat account so they can link again. */
export async function unlinkEmployee(
  deps: ServiceDeps,
  input: { nip: string; platform?: Platform; actorLabel: string; actorId?: number },
): Promise<UnlinkResult> {
  const employee = await deps.db.employee.findUnique({ where: { nip: normalizeNip(input.nip) } });
  if (!employee) return { ok: false, error: "employee-unknown" };
  const now = deps.clock.now();
  return deps.db.$transaction(async (tx) => {
    const removed = await tx.chatAccount.deleteMany({
      where: { employeeId: employee.id, ...(input.platform ? { platform: input.platform } : {}) },
    });
    if (removed.count === 0) return { ok: false, error: "not-linked" } as const;
    await recordAudit(tx, {
      actorLabel: input.actorLabel,
      actorId: input.actorId,
      action: "identity.unlinked",
      targetType: "Employee",
      targetId: employee.nip,
      details: { accounts: removed.count },
      at: now,
    });
    return { ok: true, removed: removed.count } as const;
  });
}
