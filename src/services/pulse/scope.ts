import { loadUnits } from "../announcements/unit-tree.js";
import type { ServiceDeps } from "../deps.js";

export interface PulseUnitRef {
  id: number;
  code: string;
  name: string;
}

/**
 * What a viewer of pulse results may see, and how units are grouped for the report. The report rolls
 * each unit up to the first level below the scope's root: for the whole district that is the OPD at the
 * top of the tree; for a leader scoped to a unit it is each unit directly below theirs, and the
 * leader's own unit stands for the people placed directly in it.
 */
export interface PulseScope {
  /** The scope's root unit; null for the whole district. */
  root: PulseUnitRef | null;
  /** Every unit in scope → the unit it is reported under. */
  groupOf: Map<number, PulseUnitRef>;
}

/** The scope of a unit (with its subtree), or of the whole district for null; null for an unknown unit. */
export async function loadPulseScope(deps: ServiceDeps, rootUnitId: number | null): Promise<PulseScope | null> {
  const units = await loadUnits(deps);
  const byId = new Map(units.map((unit) => [unit.id, unit]));
  const ref = (unit: PulseUnitRef): PulseUnitRef => ({ id: unit.id, code: unit.code, name: unit.name });
  const root = rootUnitId === null ? null : byId.get(rootUnitId);
  if (root === undefined) return null;

  const groupOf = new Map<number, PulseUnitRef>();
  for (const unit of units) {
    // The path from the unit up to the top of the tree (a broken or cyclic parent link ends it).
    const path = [unit];
    const seen = new Set([unit.id]);
    for (let parent = byId.get(unit.parentId ?? -1); parent && !seen.has(parent.id); parent = byId.get(parent.parentId ?? -1)) {
      path.push(parent);
      seen.add(parent.id);
    }
    if (root === null) {
      groupOf.set(unit.id, ref(path.at(-1)!));
      continue;
    }
    const at = path.findIndex((step) => step.id === root.id);
    if (at === -1) continue;
    groupOf.set(unit.id, ref(at === 0 ? root : path[at - 1]!));
  }
  return { root: root === null ? null : ref(root), groupOf };
}
