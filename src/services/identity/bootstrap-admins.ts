import { recordAudit } from "../audit.js";
import type { ServiceDeps } from "../deps.js";

/**
 * ADMIN_TELEGRAM_IDS names the first admins before anyone can grant roles: once such a
 * Telegram account is linked, its employee gets the ADMIN grant (once).
 */
export async function bootstrapTelegramAdmin(
  deps: ServiceDeps,
  input: { telegramId: string; adminTelegramIds: readonly string[] },
): Promise<boolean> {
  if (!input.adminTelegramIds.includes(input.telegramId)) return false;
  const account = await deps.db.chatAccount.findUnique({
    where: { platform_externalId: { platform: "TELEGRAM", externalId: input.telegramId } },
    include: { employee: true },
  });
  if (!account) return false;
  const existing = await deps.db.roleGrant.findUnique({
    where: { employeeId_role: { employeeId: account.employeeId, role: "ADMIN" } },
  });
  if (existing) return false;
  const now = deps.clock.now();
  await deps.db.$transaction(async (tx) => {
    await tx.roleGrant.create({
      data: { employeeId: account.employeeId, role: "ADMIN", grantedBy: "config:ADMIN_TELEGRAM_IDS", createdAt: now },
    });
    await recordAudit(tx, {
      actorLabel: "config:ADMIN_TELEGRAM_IDS",
      action: "role.granted",
      targetType: "Employee",
      targetId: account.employee.nip,
      details: { role: "ADMIN" },
      at: now,
    });
  });
  return true;
}
