import type { Platform } from "../../generated/prisma/enums.js";
import { recordAudit } from "../audit.js";
import type { ServiceDeps } from "../deps.js";

/** Without a stored choice, proactive messages go to Telegram (see src/delivery/enqueue.ts). */
export const DEFAULT_PLATFORM: Platform = "TELEGRAM";

export interface PlatformChoice {
  /** The platforms the employee has a chat account on, in the order they were linked. */
  linked: Platform[];
  /** Where proactive messages go when the employee is linked on several platforms. */
  preferred: Platform;
  /** The employee has chosen explicitly (otherwise `preferred` is the default). */
  chosen: boolean;
}

export type SetPreferredPlatformResult = { ok: true; changed: boolean } | { ok: false; error: "not-linked" };

export async function platformChoice(deps: Pick<ServiceDeps, "db">, employeeId: number): Promise<PlatformChoice> {
  const employee = await deps.db.employee.findUnique({
    where: { id: employeeId },
    select: { preferredPlatform: true, chatAccounts: { select: { platform: true }, orderBy: { id: "asc" } } },
  });
  const linked = [...new Set(employee?.chatAccounts.map((account) => account.platform) ?? [])];
  const stored = employee?.preferredPlatform ?? null;
  return { linked, preferred: stored ?? DEFAULT_PLATFORM, chosen: stored !== null };
}

/** Linked on more than one platform and never asked: the moment to ask where messages should go. */
export function needsPlatformChoice(choice: PlatformChoice): boolean {
  return choice.linked.length > 1 && !choice.chosen;
}

/** Stores where an employee's proactive messages go; only a platform they are linked on can be chosen. */
export async function setPreferredPlatform(
  deps: ServiceDeps,
  input: { employeeId: number; platform: Platform; actorLabel: string },
): Promise<SetPreferredPlatformResult> {
  const now = deps.clock.now();
  return deps.db.$transaction(async (tx) => {
    const account = await tx.chatAccount.findUnique({
      where: { platform_employeeId: { platform: input.platform, employeeId: input.employeeId } },
      include: { employee: { select: { nip: true, preferredPlatform: true } } },
    });
    if (!account) return { ok: false, error: "not-linked" } as const;
    if (account.employee.preferredPlatform === input.platform) return { ok: true, changed: false } as const;
    await tx.employee.update({ where: { id: input.employeeId }, data: { preferredPlatform: input.platform } });
    await recordAudit(tx, {
      actorId: input.employeeId,
      actorLabel: input.actorLabel,
      action: "identity.preferred-platform",
      targetType: "Employee",
      targetId: account.employee.nip,
      details: { platform: input.platform },
      at: now,
    });
    return { ok: true, changed: true } as const;
  });
}
