import { recordAudit } from "../audit.js";
import type { ServiceDeps } from "../deps.js";
import { normalizeNip } from "../roster/nip.js";
import { generateActivationCode, hashActivationCode } from "./activation-code.js";

export type IssueCodeResult =
  | { ok: true; code: string; expiresAt: Date; employeeName: string }
  | { ok: false; error: "employee-unknown" | "employee-inactive" };

/**
 * Issues a one-time activation code for an employee. Earlier unused codes stop working,
 * so only the latest code an admin handed out is valid.
 */
export async function issueActivationCode(
  deps: ServiceDeps & { ttlHours: number },
  input: { nip: string; actorLabel: string; actorId?: number },
): Promise<IssueCodeResult> {
  const { db, clock } = deps;
  const employee = await db.employee.findUnique({ where: { nip: normalizeNip(input.nip) } });
  if (!employee) return { ok: false, error: "employee-unknown" };
  if (!employee.active) return { ok: false, error: "employee-inactive" };

  const now = clock.now();
  const code = generateActivationCode();
  const expiresAt = new Date(now.getTime() + deps.ttlHours * 3_600_000);
  await db.$transaction(async (tx) => {
    await tx.activationCode.updateMany({
      where: { employeeId: employee.id, usedAt: null, expiresAt: { gt: now } },
      data: { expiresAt: now },
    });
    await tx.activationCode.create({
      data: { employeeId: employee.id, codeHash: hashActivationCode(code), expiresAt, issuedBy: input.actorLabel, createdAt: now },
    });
    await recordAudit(tx, {
      actorLabel: input.actorLabel,
      actorId: input.actorId,
      action: "identity.code-issued",
      targetType: "Employee",
      targetId: employee.nip,
      details: { expiresAt: expiresAt.toISOString() },
      at: now,
    });
  });
  return { ok: true, code, expiresAt, employeeName: employee.name };
}
