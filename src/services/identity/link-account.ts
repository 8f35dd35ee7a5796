import { isUniqueViolation } from "../../db/errors.js";
import { Prisma } from "../../generated/prisma/client.js";
import type { Platform } from "../../generated/prisma/enums.js";
import { recordAudit } from "../audit.js";
import type { ServiceDeps } from "../deps.js";

export interface ChatIdentity {
  platform: Platform;
  externalId: string;
  chatId: string;
  username?: string | null;
  displayName?: string | null;
  locale?: string | null;
}

export type LinkRefusal = "account-already-linked" | "employee-already-linked" | "employee-inactive";

export type LinkOutcome =
  | { ok: true; employeeId: number; name: string }
  | { ok: false; error: LinkRefusal; linkedName?: string };

type Tx = Prisma.TransactionClient;

/**
 * Links a chat account to an employee inside the caller's transaction.
 * One account per employee per platform and one employee per account: the unique keys
 * on ChatAccount settle a race between two simultaneous attempts.
 */
export async function linkAccountInTx(
  tx: Tx,
  deps: Pick<ServiceDeps, "clock">,
  identity: ChatIdentity,
  employeeId: number,
  method: "contact" | "code" | "email",
): Promise<LinkOutcome> {
  const employee = await tx.employee.findUniqueOrThrow({ where: { id: employeeId } });
  if (!employee.active) return { ok: false, error: "employee-inactive" };

  const existing = await tx.chatAccount.findUnique({
    where: { platform_externalId: { platform: identity.platform, externalId: identity.externalId } },
    include: { employee: true },
  });
  if (existing) return { ok: false, error: "account-already-linked", linkedName: existing.employee.name };

  const taken = await tx.chatAccount.findUnique({
    where: { platform_employeeId: { platform: identity.platform, employeeId } },
  });
  if (taken) return { ok: false, error: "employee-already-linked" };

  const now = deps.clock.now();
  await tx.chatAccount.create({
    data: {
      platform: identity.platform,
      externalId: identity.externalId,
      chatId: identity.chatId,
      username: identity.username ?? null,
      displayName: identity.displayName ?? null,
      locale: identity.locale ?? null,
      employeeId,
      linkedAt: now,
    },
  });
  await recordAudit(tx, {
    actorId: employeeId,
    actorLabel: `${identity.platform.toLowerCase()}:${identity.externalId}`,
    action: "identity.linked",
    targetType: "Employee",
    targetId: employee.nip,
    details: { method },
    at: now,
  });
  return { ok: true, employeeId, name: employee.name };
}

/** Runs a link transaction, turning a lost unique-key race into the same refusal a sequential attempt gets. */
export async function withLinkRace(run: () => Promise<LinkOutcome>): Promise<LinkOutcome> {
  try {
    return await run();
  } catch (error) {
    if (isUniqueViolation(error)) {
      return { ok: false, error: "employee-already-linked" };
    }
    throw error;
  }
}
