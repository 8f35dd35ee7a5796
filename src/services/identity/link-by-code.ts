import type { ServiceDeps } from "../deps.js";
import { normalizeNip, validateNip } from "../roster/nip.js";
import { hashActivationCode, normalizeActivationCode } from "./activation-code.js";
import { linkAccountInTx, withLinkRace, type ChatIdentity, type LinkOutcome } from "./link-account.js";

export interface CodeLinkLimits {
  maxFailedAttempts: number;
  lockoutMinutes: number;
}

export type CodeLinkResult =
  | LinkOutcome
  | { ok: false; error: "rate-limited"; retryAt: Date }
  | { ok: false; error: "nip-invalid" | "code-invalid" | "code-expired" | "code-used" };

/**
 * Links by NIP plus a one-time activation code an admin issued. Failed attempts are counted
 * per chat account and per NIP, so neither one account nor many accounts together can
 * keep guessing.
 */
export async function linkByCode(
  deps: ServiceDeps & { limits: CodeLinkLimits },
  identity: ChatIdentity,
  input: { nip: string; code: string },
): Promise<CodeLinkResult> {
  const { db, clock, limits } = deps;
  const now = clock.now();
  const nip = normalizeNip(input.nip);
  const windowStart = new Date(now.getTime() - limits.lockoutMinutes * 60_000);

  const recentFailures = await db.linkAttempt.findMany({
    where: {
      succeeded: false,
      createdAt: { gt: windowStart },
      OR: [{ platform: identity.platform, externalId: identity.externalId }, { nip }],
    },
    orderBy: { createdAt: "asc" },
    select: { createdAt: true },
  });
  if (recentFailures.length >= limits.maxFailedAttempts) {
    const oldest = recentFailures[recentFailures.length - limits.maxFailedAttempts]!;
    return { ok: false, error: "rate-limited", retryAt: new Date(oldest.createdAt.getTime() + limits.lockoutMinutes * 60_000) };
  }

  const result = await attempt(deps, identity, nip, input.code, now);
  await db.linkAttempt.create({
    data: {
      platform: identity.platform,
      externalId: identity.externalId,
      nip,
      succeeded: result.ok,
      createdAt: now,
    },
  });
  return result;
}

async function attempt(
  deps: ServiceDeps,
  identity: ChatIdentity,
  nip: string,
  code: string,
  now: Date,
): Promise<CodeLinkResult> {
  // The loose (PPPK) check: the code match below is what really identifies the person.
  if (!validateNip(nip, { now, kind: "PPPK" }).ok) return { ok: false, error: "nip-invalid" };
  if (normalizeActivationCode(code).length === 0) return { ok: false, error: "code-invalid" };

  const stored = await deps.db.activationCode.findUnique({
    where: { codeHash: hashActivationCode(code) },
    include: { employee: true },
  });
  if (!stored || stored.employee.nip !== nip) return { ok: false, error: "code-invalid" };
  if (stored.usedAt) return { ok: false, error: "code-used" };
  if (stored.expiresAt <= now) return { ok: false, error: "code-expired" };

  return withLinkRace(() =>
    deps.db.$transaction(async (tx): Promise<LinkOutcome> => {
      // Claiming the code first makes a double submit use it once.
      const claimed = await tx.activationCode.updateMany({
        where: { id: stored.id, usedAt: null },
        data: { usedAt: now },
      });
      if (claimed.count === 0) return { ok: false, error: "employee-already-linked" };
      const outcome = await linkAccountInTx(tx, deps, identity, stored.employeeId, "code");
      if (!outcome.ok) throw new RefusedLink(outcome);
      return outcome;
    }),
  ).catch((error: unknown) => {
    // A refused link must not burn the code: the transaction is rolled back and the refusal returned.
    if (error instanceof RefusedLink) return error.outcome;
    throw error;
  });
}

class RefusedLink extends Error {
  constructor(readonly outcome: LinkOutcome) {
    super("link refused");
  }
}
