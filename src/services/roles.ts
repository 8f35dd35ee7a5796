import type { Role } from "../generated/prisma/enums.js";
import { recordAudit } from "./audit.js";
import type { ServiceDeps } from "./deps.js";
import { normalizeNip } from "./roster/nip.js";

/** Role names as the CLI and chat commands spell them. */
export const ROLE_NAMES = ["admin", "leader"] as const;
export type RoleName = (typeof ROLE_NAMES)[number];

const ROLE_OF: Record<RoleName, Role> = { admin: "ADMIN", leader: "LEADER" };
const NAME_OF: Record<Role, RoleName> = { ADMIN: "admin", LEADER: "leader" };

export function isRoleName(value: unknown): value is RoleName {
  return typeof value === "string" && (ROLE_NAMES as readonly string[]).includes(value);
}

export interface Roles {
  admin: boolean;
  leader: boolean;
  /** Has at least one active subordinate. */
  supervisor: boolean;
  /** For a leader: the unit the grant is scoped to, or null for the whole district. Null when not a leader. */
  leaderUnitId: number | null;
}

export type RoleErrorCode = "unknown-nip" | "inactive-employee" | "unknown-unit" | "unit-not-for-admin";

export interface RoleError {
  ok: false;
  code: RoleErrorCode;
  params: Record<string, string>;
}

export interface RoleGrantView {
  nip: string;
  name: string;
  role: RoleName;
  unitCode: string | null;
  unitName: string | null;
  /** False when the employee has since been deactivated: the grant then has no effect. */
  active: boolean;
  grantedBy: string;
  createdAt: Date;
}

export type GrantResult = { ok: true; changed: boolean; grant: RoleGrantView } | RoleError;
export type RevokeResult = { ok: true; changed: boolean } | RoleError;

export const ROLE_GRANT_ACTION = "role.grant";
export const ROLE_REVOKE_ACTION = "role.revoke";

/** What an employee may do. Inactive or unknown employees have no roles at all. */
export async function getRoles(deps: ServiceDeps, employeeId: number): Promise<Roles> {
  const employee = await deps.db.employee.findUnique({
    where: { id: employeeId },
    select: {
      active: true,
      roleGrants: { select: { role: true, unitId: true } },
      _count: { select: { subordinates: { where: { active: true } } } },
    },
  });
  if (!employee?.active) return { admin: false, leader: false, supervisor: false, leaderUnitId: null };
  const leaderGrant = employee.roleGrants.find((grant) => grant.role === "LEADER");
  return {
    admin: employee.roleGrants.some((grant) => grant.role === "ADMIN"),
    leader: leaderGrant !== undefined,
    supervisor: employee._count.subordinates > 0,
    leaderUnitId: leaderGrant?.unitId ?? null,
  };
}

export interface GrantInput {
  nip: string;
  role: RoleName;
  /** Scope a leader to a unit (and its subtree); omit for the whole district. Not for admins. */
  unitCode?: string | null;
  actorLabel: string;
  actorId?: number | null;
}

/**
 * Grants a role; granting it again is a no-op, and granting a leader with another unit moves the
 * scope. Every change is audited.
 */
export async function grantRole(deps: ServiceDeps, input: GrantInput): Promise<GrantResult> {
  const nip = normalizeNip(input.nip);
  const role = ROLE_OF[input.role];
  const unitCode = input.unitCode?.trim() || null;
  if (unitCode !== null && role === "ADMIN") return roleError("unit-not-for-admin", { nip, unitCode });

  return deps.db.$transaction(async (tx) => {
    const employee = await tx.employee.findUnique({ where: { nip }, select: { id: true, active: true } });
    if (!employee) return roleError("unknown-nip", { nip });
    if (!employee.active) return roleError("inactive-employee", { nip });

    let unitId: number | null = null;
    if (unitCode !== null) {
      const unit = await tx.unit.findUnique({ where: { code: unitCode }, select: { id: true } });
      if (!unit) return roleError("unknown-unit", { unitCode });
      unitId = unit.id;
    }

    const existing = await tx.roleGrant.findUnique({
      where: { employeeId_role: { employeeId: employee.id, role } },
      include: { unit: { select: { code: true } } },
    });
    if (existing && existing.unitId === unitId) {
      return { ok: true as const, changed: false, grant: await grantView(tx, existing.id) };
    }

    const now = deps.clock.now();
    const saved = existing
      ? await tx.roleGrant.update({ where: { id: existing.id }, data: { unitId, grantedBy: input.actorLabel } })
      : await tx.roleGrant.create({
          data: { employeeId: employee.id, role, unitId, grantedBy: input.actorLabel, createdAt: now },
        });
    await recordAudit(tx, {
      actorId: input.actorId ?? null,
      actorLabel: input.actorLabel,
      action: ROLE_GRANT_ACTION,
      targetType: "employee",
      targetId: employee.id,
      details: {
        nip,
        role: input.role,
        unitCode,
        ...(existing ? { previousUnitCode: existing.unit?.code ?? null } : {}),
      },
      at: now,
    });
    return { ok: true as const, changed: true, grant: await grantView(tx, saved.id) };
  });
}

export interface RevokeInput {
  nip: string;
  role: RoleName;
  actorLabel: string;
  actorId?: number | null;
}

/** Removes a role; revoking one that is not there is a no-op. Works for inactive employees too. */
export async function revokeRole(deps: ServiceDeps, input: RevokeInput): Promise<RevokeResult> {
  const nip = normalizeNip(input.nip);
  const role = ROLE_OF[input.role];
  return deps.db.$transaction(async (tx) => {
    const employee = await tx.employee.findUnique({ where: { nip }, select: { id: true } });
    if (!employee) return roleError("unknown-nip", { nip });
    const removed = await tx.roleGrant.deleteMany({ where: { employeeId: employee.id, role } });
    if (removed.count === 0) return { ok: true as const, changed: false };
    await recordAudit(tx, {
      actorId: input.actorId ?? null,
      actorLabel: input.actorLabel,
      action: ROLE_REVOKE_ACTION,
      targetType: "employee",
      targetId: employee.id,
      details: { nip, role: input.role },
      at: deps.clock.now(),
    });
    return { ok: true as const, changed: true };
  });
}

/** Every grant, admins first, then by name. */
export async function listRoleGrants(deps: ServiceDeps): Promise<RoleGrantView[]> {
  const grants = await deps.db.roleGrant.findMany({ include: grantInclude });
  return grants
    .map(toView)
    .sort((a, b) => a.role.localeCompare(b.role) || a.name.localeCompare(b.name, "id") || a.nip.localeCompare(b.nip));
}

export interface BootstrapResult {
  granted: string[];
  alreadyAdmin: string[];
  /** Configured NIPs with no active employee (yet): the roster may not be imported. */
  missing: string[];
}

/** Makes the NIPs from configuration admins. Safe to run at every start. */
export async function bootstrapAdmins(deps: ServiceDeps, options: { adminNips: readonly string[] }): Promise<BootstrapResult> {
  const result: BootstrapResult = { granted: [], alreadyAdmin: [], missing: [] };
  for (const raw of options.adminNips) {
    const nip = normalizeNip(raw);
    const outcome = await grantRole(deps, { nip, role: "admin", actorLabel: "system:config" });
    if (!outcome.ok) result.missing.push(nip);
    else if (outcome.changed) result.granted.push(nip);
    else result.alreadyAdmin.push(nip);
  }
  return result;
}

const grantInclude = {
  employee: { select: { nip: true, name: true, active: true } },
  unit: { select: { code: true, name: true } },
} as const;

type GrantRow = {
  role: Role;
  grantedBy: string;
  createdAt: Date;
  employee: { nip: string; name: string; active: boolean };
  unit: { code: string; name: string } | null;
};

function toView(grant: GrantRow): RoleGrantView {
  return {
    nip: grant.employee.nip,
    name: grant.employee.name,
    role: NAME_OF[grant.role],
    unitCode: grant.unit?.code ?? null,
    unitName: grant.unit?.name ?? null,
    active: grant.employee.active,
    grantedBy: grant.grantedBy,
    createdAt: grant.createdAt,
  };
}

async function grantView(tx: Pick<ServiceDeps["db"], "roleGrant">, id: number): Promise<RoleGrantView> {
  return toView(await tx.roleGrant.findUniqueOrThrow({ where: { id }, include: grantInclude }));
}

function roleError(code: RoleErrorCode, params: Record<string, string>): RoleError {
  return { ok: false, code, params };
}
