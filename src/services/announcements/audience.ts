import type { AudienceRuleKind } from "../../generated/prisma/enums.js";
import type { Prisma } from "../../generated/prisma/client.js";
import type { ServiceDeps } from "../deps.js";
import { loadUnits, subtreeIds, type UnitNode } from "./unit-tree.js";

export { unitTreeFor, type UnitTreeEntry } from "./unit-tree.js";

/**
 * Who an announcement or campaign goes to. Units include their whole subtree. A leader whose grant is
 * scoped to a unit only ever reaches that unit's subtree, whatever the spec says.
 */
export type AudienceSpec =
  | { kind: "all" }
  | { kind: "units"; unitIds: number[] }
  | { kind: "supervisors" }
  | { kind: "role"; role: "ADMIN" | "LEADER" };

/** Options of the audience functions; `units`, when the caller has loaded them already, saves loading them again. */
export interface AudienceOptions {
  scopeUnitId: number | null;
  units?: UnitNode[];
}

async function audienceWhere(deps: ServiceDeps, spec: AudienceSpec, options: AudienceOptions): Promise<Prisma.EmployeeWhereInput> {
  const { scopeUnitId } = options;
  const conditions: Prisma.EmployeeWhereInput[] = [{ active: true }];
  const needsUnits = scopeUnitId !== null || spec.kind === "units";
  const units = needsUnits ? (options.units ?? (await loadUnits(deps))) : [];
  if (scopeUnitId !== null) conditions.push({ unitId: { in: [...subtreeIds(units, scopeUnitId)] } });
  if (spec.kind === "units") {
    const targeted = new Set(spec.unitIds.flatMap((unitId) => [...subtreeIds(units, unitId)]));
    conditions.push({ unitId: { in: [...targeted] } });
  }
  if (spec.kind === "supervisors") conditions.push({ subordinates: { some: { active: true } } });
  if (spec.kind === "role") conditions.push({ roleGrants: { some: { role: spec.role } } });
  return { AND: conditions };
}

/** Active employees the spec reaches, limited to `scopeUnitId`'s subtree when given; sorted ids. */
export async function resolveAudience(deps: ServiceDeps, spec: AudienceSpec, options: AudienceOptions): Promise<number[]> {
  const rows = await deps.db.employee.findMany({
    where: await audienceWhere(deps, spec, options),
    select: { id: true },
    orderBy: { id: "asc" },
  });
  return rows.map((row) => row.id);
}

/** How many people `resolveAudience` would reach, for the author's confirmation step. */
export async function countAudience(deps: ServiceDeps, spec: AudienceSpec, options: AudienceOptions): Promise<number> {
  return deps.db.employee.count({ where: await audienceWhere(deps, spec, options) });
}

/** Units the spec names that lie outside the scope's subtree (none when the scope is the district). */
export async function unitsOutsideScope(
  deps: ServiceDeps,
  spec: AudienceSpec,
  scopeUnitId: number | null,
  units?: UnitNode[],
): Promise<number[]> {
  if (spec.kind !== "units") return [];
  units ??= await loadUnits(deps);
  const known = new Set(units.map((unit) => unit.id));
  const allowed = scopeUnitId === null ? known : subtreeIds(units, scopeUnitId);
  return spec.unitIds.filter((unitId) => !allowed.has(unitId));
}

export interface AudienceRuleData {
  kind: AudienceRuleKind;
  value: string | null;
}

/** The spec as AudienceRule rows: one ALL/SUPERVISORS/ROLE row, or one UNIT row per unit. */
export function audienceToRules(spec: AudienceSpec): AudienceRuleData[] {
  switch (spec.kind) {
    case "all":
      return [{ kind: "ALL", value: null }];
    case "supervisors":
      return [{ kind: "SUPERVISORS", value: null }];
    case "role":
      return [{ kind: "ROLE", value: spec.role }];
    case "units":
      return [...new Set(spec.unitIds)].map((unitId) => ({ kind: "UNIT" as const, value: String(unitId) }));
  }
}

/** Reads stored rules back; rows that make no sense give null rather than a wider audience. */
export function rulesToAudience(rules: AudienceRuleData[]): AudienceSpec | null {
  if (rules.length === 0) return null;
  if (rules.every((rule) => rule.kind === "UNIT")) {
    const unitIds = rules.map((rule) => Number(rule.value));
    if (unitIds.some((unitId) => !Number.isSafeInteger(unitId) || unitId <= 0)) return null;
    return { kind: "units", unitIds };
  }
  if (rules.length !== 1) return null;
  const [rule] = rules as [AudienceRuleData];
  if (rule.kind === "ALL") return { kind: "all" };
  if (rule.kind === "SUPERVISORS") return { kind: "supervisors" };
  if (rule.kind === "ROLE" && (rule.value === "ADMIN" || rule.value === "LEADER")) return { kind: "role", role: rule.value };
  return null;
}
