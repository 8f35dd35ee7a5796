import type { ServiceDeps } from "../deps.js";

export interface UnitNode {
  id: number;
  code: string;
  name: string;
  parentId: number | null;
}

/** Every unit: a district has tens to a few hundred, so the tree is walked in memory. */
export async function loadUnits(deps: Pick<ServiceDeps, "db">): Promise<UnitNode[]> {
  return deps.db.unit.findMany({
    select: { id: true, code: true, name: true, parentId: true },
    orderBy: [{ name: "asc" }, { id: "asc" }],
  });
}

function childrenByParent(units: UnitNode[]): Map<number | null, UnitNode[]> {
  const children = new Map<number | null, UnitNode[]>();
  for (const unit of units) children.set(unit.parentId, [...(children.get(unit.parentId) ?? []), unit]);
  return children;
}

/** The unit and everything below it; an unknown id gives an empty set. */
export function subtreeIds(units: UnitNode[], rootId: number): Set<number> {
  const children = childrenByParent(units);
  const ids = new Set<number>();
  const stack = units.filter((unit) => unit.id === rootId);
  while (stack.length > 0) {
    const unit = stack.pop()!;
    if (ids.has(unit.id)) continue;
    ids.add(unit.id);
    stack.push(...(children.get(unit.id) ?? []));
  }
  return ids;
}

export interface UnitTreeEntry {
  id: number;
  code: string;
  name: string;
  parentId: number | null;
  /** 0 for the top of the tree the viewer may see. */
  depth: number;
  /** Active employees in this unit itself, not counting units below. */
  employees: number;
  /** Active employees in this unit and every unit below it. */
  employeesInSubtree: number;
}

/**
 * The units an author may target, depth first with children by name, for a multi-select picker.
 * Limited to `scopeUnitId`'s subtree when given.
 */
export async function unitTreeFor(deps: ServiceDeps, options: { scopeUnitId: number | null }): Promise<UnitTreeEntry[]> {
  const units = await loadUnits(deps);
  const counts = await deps.db.employee.groupBy({ by: ["unitId"], where: { active: true }, _count: { _all: true } });
  const direct = new Map(counts.map((row) => [row.unitId, row._count._all]));
  const children = childrenByParent(units);
  const known = new Set(units.map((unit) => unit.id));
  const roots =
    options.scopeUnitId === null
      ? units.filter((unit) => unit.parentId === null || !known.has(unit.parentId))
      : units.filter((unit) => unit.id === options.scopeUnitId);

  const entries: UnitTreeEntry[] = [];
  const visited = new Set<number>();
  const visit = (unit: UnitNode, depth: number): number => {
    if (visited.has(unit.id)) return 0;
    visited.add(unit.id);
    const entry: UnitTreeEntry = { ...unit, depth, employees: direct.get(unit.id) ?? 0, employeesInSubtree: 0 };
    entries.push(entry);
    let total = entry.employees;
    for (const child of children.get(unit.id) ?? []) total += visit(child, depth + 1);
    entry.employeesInSubtree = total;
    return total;
  };
  for (const root of roots) visit(root, 0);
  return entries;
}
