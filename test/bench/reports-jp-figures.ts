import { loadUnits, subtreeIds } from "../../src/services/announcements/unit-tree.js";
import type { CompetencyType } from "../../src/generated/prisma/enums.js";
import type { ServiceDeps } from "../../src/services/deps.js";
import type { ReportFilter } from "../../src/services/reports/filter.js";
import { employeeJp } from "../../src/services/reports/jp-compliance-figures.js";
import type { UnitFigures } from "./reports-phase.js";

/**
 * Ours, reduced to what the baseline computes: the JP compliance figures per unit from the report's
 * own grouped queries (jp-compliance-figures.ts), without the access check, the employee tables or
 * the sorting. Set against the baseline, this compares the two ways of getting the numbers.
 */
export async function oursJpPerUnit(deps: ServiceDeps, input: { filter: ReportFilter; target: number }): Promise<UnitFigures[]> {
  const units = await loadUnits(deps);
  const { filter } = input;
  const unitIds = filter.unitId === null ? null : [...subtreeIds(units, filter.unitId)];
  const employees = await employeeJp(deps, { filter, unitIds, memberIds: null });
  const codeOf = new Map(units.map((unit) => [unit.id, unit.code]));
  return sumPerUnit(employees, codeOf, input.target);
}

/** Each person's JP added to their unit's figures; shared by ours and the baseline, which differ in how they get the JP. */
export function sumPerUnit(
  people: Iterable<{ unitId: number; total: number; byType: Record<CompetencyType, number> }>,
  codeOf: Map<number, string>,
  target: number,
): UnitFigures[] {
  const perUnit = new Map<number, UnitFigures>();
  for (const person of people) {
    const figures = perUnit.get(person.unitId) ?? {
      unitCode: codeOf.get(person.unitId) ?? "",
      employees: 0,
      jpTotal: 0,
      teknis: 0,
      manajerial: 0,
      sosialKultural: 0,
      reached: 0,
    };
    figures.employees += 1;
    figures.jpTotal += person.total;
    figures.teknis += person.byType.TEKNIS;
    figures.manajerial += person.byType.MANAJERIAL;
    figures.sosialKultural += person.byType.SOSIAL_KULTURAL;
    if (person.total >= target) figures.reached += 1;
    perUnit.set(person.unitId, figures);
  }
  return [...perUnit.values()];
}
