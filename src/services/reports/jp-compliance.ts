import type { CompetencyType } from "../../generated/prisma/enums.js";
import { COMPETENCY_TYPES, type JpByType } from "../jp/ledger.js";
import { reportAccess, type ReportAccessCode, type ReportViewerId } from "./access.js";
import type { ReportFilter } from "./filter.js";
import { emptyByType, employeeJp, targetFor, type EmployeeJp } from "./jp-compliance-figures.js";
import type { ReportLanguage } from "./language.js";
import { periodWords, unitWords, withUnit, type ReportDeps } from "./period.js";
import type { Cell, ColumnType, ReportColumn, ReportTable, ScopedReport } from "./report-table.js";

/**
 * JP compliance: each employee's JP in the period against the target, by competency type, rolled up per
 * unit, with the people furthest behind. Leaders and admins get their units (the subtree included);
 * a supervisor gets their team. Who and which JP count is explained in jp-compliance-figures.ts.
 *
 * The unit table has one row per unit with the unit's own employees (a parent's row does not repeat
 * its subunits'), so rows add up to the whole; the headline carries the totals.
 */

export const JP_COMPLIANCE_TABLES = {
  units: "kepatuhan-jp-unit",
  employees: "kepatuhan-jp-pegawai",
  behind: "kepatuhan-jp-tertinggal",
} as const;

/** How many people the "furthest behind" table lists at most. */
export const FURTHEST_BEHIND_LIMIT = 20;

export interface UnitCompliance {
  unitId: number;
  code: string;
  name: string;
  employees: number;
  reached: number;
  /** reached / employees, 0..1. */
  shareReached: number;
  meanJp: number;
}

/** Key figures for captions, e.g. under a chart. */
export interface JpComplianceHeadline {
  /** JP each person should have in the period (20 for a year, pro-rated for other ranges). */
  target: number;
  employees: number;
  reached: number;
  /** reached / employees, 0..1; null without employees. */
  shareReached: number | null;
  totalJp: number;
  /** Null without employees. */
  meanJp: number | null;
  byType: JpByType;
  /** Employees below the target. */
  behind: number;
  /** The unit with the lowest share reaching the target (then the lowest mean, then by name). */
  lowestUnit: UnitCompliance | null;
  highestUnit: UnitCompliance | null;
}

export interface JpComplianceReport extends ScopedReport {
  kind: "jp-compliance";
  headline: JpComplianceHeadline;
}

export type JpComplianceOutcome = { ok: true; report: JpComplianceReport } | { ok: false; code: ReportAccessCode };

const TYPE_COLUMN: Record<CompetencyType, "teknis" | "manajerial" | "sosialKultural"> = {
  TEKNIS: "teknis",
  MANAJERIAL: "manajerial",
  SOSIAL_KULTURAL: "sosialKultural",
};

/** Fluent keys are lower case with dashes: jpTotal → jp-total. */
const kebab = (key: string) => key.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);

export async function jpComplianceReport(
  deps: ReportDeps,
  input: { viewerId: ReportViewerId; filter: ReportFilter; language: ReportLanguage },
): Promise<JpComplianceOutcome> {
  const access = await reportAccess(deps, { viewerId: input.viewerId, report: "jp-compliance", unitId: input.filter.unitId });
  if (!access.ok) return access;
  const filter = withUnit(input.filter, access.unitId);
  const target = targetFor(filter, deps.timezone);
  const [employees, supervisor] = await Promise.all([
    employeeJp(deps, { filter, unitIds: access.unitIds, memberIds: access.team?.memberIds ?? null }),
    access.team === null
      ? null
      : deps.db.employee.findUnique({ where: { id: access.team.supervisorId }, select: { name: true } }),
  ]);
  const unitOf = new Map(access.units.map((unit) => [unit.id, unit]));
  const unitName = (unitId: number) => unitOf.get(unitId)?.name ?? `#${unitId}`;
  const byName = (a: EmployeeJp, b: EmployeeJp) => a.name.localeCompare(b.name, "id") || a.nip.localeCompare(b.nip);
  const { t } = input.language;

  const column = <K extends string>(key: K, type: ColumnType): ReportColumn<K> => ({
    key,
    header: t(`report-jp-column-${kebab(key)}`, { target }),
    type,
  });
  const typeColumns = COMPETENCY_TYPES.map((type) => column(TYPE_COLUMN[type], "integer"));
  const typeCells = (byType: JpByType): Record<string, Cell> =>
    Object.fromEntries(COMPETENCY_TYPES.map((type) => [TYPE_COLUMN[type], byType[type]]));
  const shortfall = (employee: EmployeeJp) => Math.max(0, target - employee.total);

  const perUnit = unitCompliance(employees, target, unitName, (id) => unitOf.get(id)?.code ?? "");
  const byUnitName = [...perUnit.values()].sort(
    (a, b) => a.unit.name.localeCompare(b.unit.name, "id") || a.unit.code.localeCompare(b.unit.code),
  );
  const unitsTable: ReportTable = {
    name: JP_COMPLIANCE_TABLES.units,
    title: t("report-jp-table-units"),
    columns: [
      column("unitCode", "text"),
      column("unit", "text"),
      column("employees", "integer"),
      column("jpTotal", "integer"),
      column("jpMean", "decimal"),
      ...typeColumns,
      column("reached", "integer"),
      column("reachedShare", "percent"),
    ],
    rows: byUnitName.map(({ unit, totalJp, byType }) => ({
      unitCode: unit.code,
      unit: unit.name,
      employees: unit.employees,
      jpTotal: totalJp,
      jpMean: unit.meanJp,
      ...typeCells(byType),
      reached: unit.reached,
      reachedShare: unit.shareReached,
    })),
  };

  const employeeRows = [...employees].sort(
    (a, b) => unitName(a.unitId).localeCompare(unitName(b.unitId), "id") || a.unitId - b.unitId || byName(a, b),
  );
  const employeesTable: ReportTable = {
    name: JP_COMPLIANCE_TABLES.employees,
    title: t("report-jp-table-employees"),
    columns: [
      column("nip", "text"),
      column("name", "text"),
      column("unit", "text"),
      column("jpTotal", "integer"),
      ...typeColumns,
      column("reachedTarget", "text"),
      column("shortfall", "integer"),
    ],
    rows: employeeRows.map((employee) => ({
      nip: employee.nip,
      name: employee.name,
      unit: unitName(employee.unitId),
      jpTotal: employee.total,
      ...typeCells(employee.byType),
      reachedTarget: t(employee.total >= target ? "report-yes" : "report-no"),
      shortfall: shortfall(employee),
    })),
  };

  const behind = employees.filter((employee) => employee.total < target).sort((a, b) => a.total - b.total || byName(a, b));
  const behindTable: ReportTable = {
    name: JP_COMPLIANCE_TABLES.behind,
    title: t("report-jp-table-behind", { count: Math.min(behind.length, FURTHEST_BEHIND_LIMIT) }),
    columns: [column("nip", "text"), column("name", "text"), column("unit", "text"), column("jpTotal", "integer"), column("shortfall", "integer")],
    rows: behind.slice(0, FURTHEST_BEHIND_LIMIT).map((employee) => ({
      nip: employee.nip,
      name: employee.name,
      unit: unitName(employee.unitId),
      jpTotal: employee.total,
      shortfall: shortfall(employee),
    })),
  };

  const byType = emptyByType();
  for (const employee of employees) for (const type of COMPETENCY_TYPES) byType[type] += employee.byType[type];
  const totalJp = employees.reduce((sum, employee) => sum + employee.total, 0);
  const reached = employees.length - behind.length;
  const ranked = [...perUnit.values()]
    .map(({ unit }) => unit)
    .sort((a, b) => a.shareReached - b.shareReached || a.meanJp - b.meanJp || a.name.localeCompare(b.name, "id"));
  const headline: JpComplianceHeadline = {
    target,
    employees: employees.length,
    reached,
    shareReached: employees.length === 0 ? null : reached / employees.length,
    totalJp,
    meanJp: employees.length === 0 ? null : totalJp / employees.length,
    byType,
    behind: behind.length,
    lowestUnit: ranked[0] ?? null,
    highestUnit: ranked.length < 2 ? null : ranked[ranked.length - 1]!,
  };

  const scopeParts = [periodWords(filter, input.language, deps.timezone)];
  if (supervisor) scopeParts.push(t("report-scope-team", { name: supervisor.name }));
  if (!supervisor || filter.unitId !== null) {
    scopeParts.push(unitWords(filter.unitId === null ? null : unitName(filter.unitId), input.language));
  }
  return {
    ok: true,
    report: {
      kind: "jp-compliance",
      title: t("report-jp-title", { target }),
      scope: scopeParts.join(" · "),
      unitId: access.unitId,
      tables: [unitsTable, employeesTable, behindTable],
      headline,
    },
  };
}

function unitCompliance(
  employees: EmployeeJp[],
  target: number,
  unitName: (unitId: number) => string,
  unitCode: (unitId: number) => string,
): Map<number, { unit: UnitCompliance; totalJp: number; byType: JpByType }> {
  const perUnit = new Map<number, { unit: UnitCompliance; totalJp: number; byType: JpByType }>();
  for (const employee of employees) {
    const entry = perUnit.get(employee.unitId) ?? {
      unit: {
        unitId: employee.unitId,
        code: unitCode(employee.unitId),
        name: unitName(employee.unitId),
        employees: 0,
        reached: 0,
        shareReached: 0,
        meanJp: 0,
      },
      totalJp: 0,
      byType: emptyByType(),
    };
    entry.unit.employees += 1;
    if (employee.total >= target) entry.unit.reached += 1;
    entry.totalJp += employee.total;
    for (const type of COMPETENCY_TYPES) entry.byType[type] += employee.byType[type];
    perUnit.set(employee.unitId, entry);
  }
  for (const { unit, totalJp } of perUnit.values()) {
    unit.shareReached = unit.reached / unit.employees;
    unit.meanJp = totalJp / unit.employees;
  }
  return perUnit;
}
