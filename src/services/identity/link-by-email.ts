import type { ServiceDeps } from "../deps.js";
import { linkAccountInTx, withLinkRace, type ChatIdentity, type LinkOutcome } from "./link-account.js";

/** The roster entry an email points to, shown to the user for confirmation before linking. */
export interface EmailMatch {
  employeeId: number;
  nip: string;
  name: string;
  unitName: string;
}

export type EmailLinkResult = LinkOutcome | { ok: false; error: "email-unknown" | "email-mismatch" };

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

/**
 * The active employee whose roster email is this one, compared without regard to case. None, or
 * several people sharing the address, give null: an ambiguous email identifies nobody.
 */
export async function findEmployeeByEmail(
  deps: Pick<ServiceDeps, "db">,
  email: string | null | undefined,
): Promise<EmailMatch | null> {
  const wanted = normalizeEmail(email ?? "");
  if (!wanted.includes("@")) return null;
  // The import stores emails in lower case; lower() also covers rows written by other means.
  const rows = await deps.db.$queryRaw<Array<{ id: unknown }>>`
    SELECT "id" FROM "Employee" WHERE "active" = TRUE AND lower("email") = ${wanted} LIMIT 2`;
  if (rows.length !== 1) return null;
  const employee = await deps.db.employee.findUnique({ where: { id: Number(rows[0]!.id) }, include: { unit: true } });
  if (!employee) return null;
  return { employeeId: employee.id, nip: employee.nip, name: employee.name, unitName: employee.unit.name };
}

/**
 * Links a chat account by the email its platform vouches for (a Slack profile's email). The user has
 * seen and confirmed `confirmedEmployeeId`; the email is matched again here, so a confirmation that
 * names anybody else than the email's owner (stale, or forged) links nobody.
 */
export async function linkByEmail(
  deps: ServiceDeps,
  input: ChatIdentity & { email: string | null | undefined; confirmedEmployeeId: number },
): Promise<EmailLinkResult> {
  const { email, confirmedEmployeeId, ...identity } = input;
  const match = await findEmployeeByEmail(deps, email);
  if (!match) return { ok: false, error: "email-unknown" };
  if (match.employeeId !== confirmedEmployeeId) return { ok: false, error: "email-mismatch" };
  return withLinkRace(() => deps.db.$transaction((tx) => linkAccountInTx(tx, deps, identity, match.employeeId, "email")));
}
