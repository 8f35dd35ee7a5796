import type { Prisma } from "../../generated/prisma/client.js";
import type { ServiceDeps } from "../deps.js";
import { getRoles } from "../roles.js";

/**
 * The requests a person may decide, by the same rule decideRegistration applies: their direct
 * subordinates', those escalated from one level below, and every one for an admin.
 */
function decidableBy(employeeId: number, admin: boolean): Prisma.RegistrationWhereInput {
  if (admin) return {};
  return {
    OR: [
      { employee: { supervisorId: employeeId } },
      { escalatedAt: { not: null }, employee: { supervisor: { supervisorId: employeeId } } },
    ],
  };
}

/** Pending requests the decider may decide, oldest first, with how many there are in all. */
export async function listDecidableRequests(deps: ServiceDeps, input: { deciderId: number; limit: number }) {
  const roles = await getRoles(deps, input.deciderId);
  if (!roles.admin && !roles.supervisor) return { ok: false as const, error: "not-allowed" as const };
  const where: Prisma.RegistrationWhereInput = { status: "PENDING_APPROVAL", ...decidableBy(input.deciderId, roles.admin) };
  const [count, requests] = await Promise.all([
    deps.db.registration.count({ where }),
    deps.db.registration.findMany({
      where,
      include: {
        activity: { select: { title: true, startsAt: true } },
        employee: {
          select: { name: true, supervisorId: true, unit: { select: { name: true } }, supervisor: { select: { name: true } } },
        },
      },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      take: input.limit,
    }),
  ]);
  return { ok: true as const, count, requests };
}

/** One request the decider may decide (in any status), or why not. */
export async function findDecidableRequest(deps: ServiceDeps, input: { deciderId: number; registrationId: number }) {
  const { admin } = await getRoles(deps, input.deciderId);
  const request = await deps.db.registration.findFirst({
    where: { id: input.registrationId, ...decidableBy(input.deciderId, admin) },
    include: { employee: { select: { name: true } }, activity: { select: { title: true } } },
  });
  if (request) return { ok: true as const, request };
  const exists = (await deps.db.registration.count({ where: { id: input.registrationId } })) > 0;
  return { ok: false as const, error: exists ? ("not-allowed" as const) : ("not-found" as const) };
}
