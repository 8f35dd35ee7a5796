import type { Prisma } from "../../generated/prisma/client.js";
import { COMPETENCY_TYPES, JP_TARGET, type JpByType } from "../jp/ledger.js";
import type { ServiceDeps } from "../deps.js";
import type { ReportFilter } from "./filter.js";
import { periodDays } from "./period.js";

/**
 * The JP of every counted employee in a period, from grouped queries (never one ledger row at a time).
 *
 * - Who counts: active employees whose CURRENT unit is in the requested units (and, for a supervisor,
 *   who are in their team). The roster updates an employee's unit in place and JP follow the person,
 *   so someone who moved counts, with all of the period's JP, for the unit they are in now.
 * - Which JP: for a calendar year, the ledger's year (what the person sees as "my JP this year"); for
 *   any other range, the credits recorded within it (JpEntry.createdAt), compared with the 20 JP
 *   target pro-rated to the length of the range (see `targetFor`).
 */

export interface EmployeeJp {
  id: number;
  nip: string;
  name: string;
  unitId: number;
  byType: JpByType;
  total: number;
}

/** Lists in `in (...)` are split so a query stays well below SQLite's limit on bound variables. */
const CHUNK = 500;

export function emptyByType(): JpByType {
  return { TEKNIS: 0, MANAJERIAL: 0, SOSIAL_KULTURAL: 0 };
}

/**
 * The yearly target for a calendar year; for another range, the target times the range's share of a
 * year (365 days), rounded to whole JP and at least 1: 1 January – 30 June (181 days) gives 10 JP.
 */
export function targetFor(filter: ReportFilter, timezone: string): number {
  if (filter.year !== null) return JP_TARGET;
  return Math.max(1, Math.round((JP_TARGET * periodDays(filter, timezone)) / 365));
}

export async function employeeJp(
  deps: ServiceDeps,
  input: { filter: ReportFilter; unitIds: number[] | null; memberIds: number[] | null },
): Promise<EmployeeJp[]> {
  const { filter, unitIds, memberIds } = input;
  const inUnits: Prisma.EmployeeWhereInput = unitIds === null ? {} : { unitId: { in: unitIds } };
  // A team is a list of people; otherwise the units (tens to a few hundred) select them.
  const selections: Prisma.EmployeeWhereInput[] =
    memberIds === null
      ? chunks(unitIds ?? [], CHUNK, unitIds === null).map((part) => (part === null ? {} : { unitId: { in: part } }))
      : chunks(memberIds, CHUNK, false).map((part) => ({ ...inUnits, id: { in: part ?? [] } }));

  const period: Prisma.JpEntryWhereInput =
    filter.year !== null ? { year: filter.year } : { createdAt: { gte: filter.from, lt: filter.to } };
  const employees: EmployeeJp[] = [];
  const byEmployee = new Map<number, JpByType>();
  for (const selection of selections) {
    const where = { ...selection, active: true };
    const [people, groups] = await Promise.all([
      deps.db.employee.findMany({ where, select: { id: true, nip: true, name: true, unitId: true } }),
      deps.db.jpEntry.groupBy({ by: ["employeeId", "competencyType"], where: { ...period, employee: where }, _sum: { jp: true } }),
    ]);
    for (const person of people) employees.push({ ...person, byType: emptyByType(), total: 0 });
    for (const group of groups) {
      const byType = byEmployee.get(group.employeeId) ?? emptyByType();
      byType[group.competencyType] += group._sum.jp ?? 0;
      byEmployee.set(group.employeeId, byType);
    }
  }
  for (const employee of employees) {
    employee.byType = byEmployee.get(employee.id) ?? emptyByType();
    employee.total = COMPETENCY_TYPES.reduce((sum, type) => sum + employee.byType[type], 0);
  }
  return employees;
}

/** Splits a list; `whole` gives one null part standing for "no restriction". An empty list gives no part. */
function chunks<T>(items: T[], size: number, whole: boolean): Array<T[] | null> {
  if (whole) return [null];
  const parts: T[][] = [];
  for (let i = 0; i < items.length; i += size) parts.push(items.slice(i, i + size));
  return parts;
}
