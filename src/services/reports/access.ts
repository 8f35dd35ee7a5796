import { loadUnits, subtreeIds, type UnitNode } from "../announcements/unit-tree.js";
import type { ServiceDeps } from "../deps.js";
import { getRoles, type Roles } from "../roles.js";

/**
 * Who may see which report, for which part of the district. Checked by every report service, whatever
 * button or command led to it.
 *
 * - Admins: every report, for the whole district or any unit.
 * - Leaders: every report within their grant's unit subtree (a grant without a unit is the whole
 *   district). Asking for no unit means "my whole scope"; asking for a unit outside it is refused.
 * - Supervisors who are neither: only the JP compliance report, and only for their team: everyone in
 *   their reporting line, direct subordinates and the people below them, because a head of division
 *   answers for the whole line. A unit narrows the team further; it never widens it.
 * - Everyone else (and inactive or unknown people): refused.
 * - The system itself (the admin command-line tool, run by whoever operates the server): an admin.
 */

/** The viewer of a report run by the system rather than a person, e.g. from the admin CLI. */
export const SYSTEM_VIEWER = "system";

/** An employee id, or the system acting with admin rights over the whole district. */
export type ReportViewerId = number | typeof SYSTEM_VIEWER;

export type ReportKind = "jp-compliance" | "effectiveness" | "reach" | "readiness" | "partners";

export const REPORT_KINDS: readonly ReportKind[] = ["jp-compliance", "effectiveness", "reach", "readiness", "partners"];

export const REPORT_ACCESS_CODES = ["not-allowed", "outside-scope", "unknown-unit"] as const;
export type ReportAccessCode = (typeof REPORT_ACCESS_CODES)[number];

/** The message key (reports-data.ftl) that explains a refusal to the viewer. */
export function accessRefusalKey(code: ReportAccessCode): string {
  return `report-access-error-${code}`;
}

export interface ReportTeam {
  supervisorId: number;
  /** Active employees in the supervisor's reporting line (direct and indirect), without the supervisor. */
  memberIds: number[];
}

export type ReportAccess =
  | {
      ok: true;
      /** The units the viewer may see for the request, the subtree included; null for the whole district. */
      unitIds: number[] | null;
      /** The unit the report is about after scoping (a scoped leader asking for "all" gets their unit). */
      unitId: number | null;
      /** Set for a supervisor: the report covers these people only. */
      team: ReportTeam | null;
      /** Every unit of the district, as loaded for the check, so a report need not load them again. */
      units: UnitNode[];
    }
  | { ok: false; code: ReportAccessCode };

const SYSTEM_ROLES: Roles = { admin: true, leader: false, supervisor: false, leaderUnitId: null };

/** Reports a supervisor without a leader grant may get, for their own team. */
const TEAM_REPORTS: readonly ReportKind[] = ["jp-compliance"];

export async function reportAccess(
  deps: ServiceDeps,
  input: { viewerId: ReportViewerId; report: ReportKind; unitId: number | null },
): Promise<ReportAccess> {
  const viewer = input.viewerId;
  const roles = viewer === SYSTEM_VIEWER ? SYSTEM_ROLES : await getRoles(deps, viewer);
  const mayAsLeader = roles.admin || roles.leader;
  const mayAsSupervisor = roles.supervisor && TEAM_REPORTS.includes(input.report);
  if (!mayAsLeader && !mayAsSupervisor) return { ok: false, code: "not-allowed" };

  const units = await loadUnits(deps);
  if (input.unitId !== null && !units.some((unit) => unit.id === input.unitId)) return { ok: false, code: "unknown-unit" };
  const requested = input.unitId === null ? null : [...subtreeIds(units, input.unitId)];

  if (viewer === SYSTEM_VIEWER || roles.admin || (roles.leader && roles.leaderUnitId === null)) {
    return { ok: true, unitIds: requested, unitId: input.unitId, team: null, units };
  }
  if (roles.leader && roles.leaderUnitId !== null) {
    const scope = subtreeIds(units, roles.leaderUnitId);
    if (input.unitId === null) return { ok: true, unitIds: [...scope], unitId: roles.leaderUnitId, team: null, units };
    if (!scope.has(input.unitId)) return { ok: false, code: "outside-scope" };
    return { ok: true, unitIds: requested, unitId: input.unitId, team: null, units };
  }
  const memberIds = await reportingLine(deps, viewer);
  return { ok: true, unitIds: requested, unitId: input.unitId, team: { supervisorId: viewer, memberIds }, units };
}

/**
 * Active people below a supervisor, level by level. Inactive people in the middle are walked through
 * (their former subordinates still report along that line until the roster says otherwise) but not
 * counted themselves.
 */
export async function reportingLine(deps: ServiceDeps, supervisorId: number): Promise<number[]> {
  const seen = new Set<number>([supervisorId]);
  const members: number[] = [];
  let frontier = [supervisorId];
  while (frontier.length > 0) {
    const next: number[] = [];
    for (let i = 0; i < frontier.length; i += 500) {
      const rows = await deps.db.employee.findMany({
        where: { supervisorId: { in: frontier.slice(i, i + 500) } },
        select: { id: true, active: true },
      });
      for (const row of rows) {
        if (seen.has(row.id)) continue;
        seen.add(row.id);
        next.push(row.id);
        if (row.active) members.push(row.id);
      }
    }
    frontier = next;
  }
  return members.sort((a, b) => a - b);
}
