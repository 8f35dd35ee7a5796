import type { Db } from "../../db/client.js";
import type { EmployeeFields } from "./employee-fields.js";

/** What the roster import needs from the database: the client itself or a transaction. */
export type RosterReader = Pick<Db, "unit" | "employee">;

export interface UnitState {
  id: number;
  code: string;
  name: string;
  parentCode: string | null;
}

export interface EmployeeState extends EmployeeFields {
  id: number;
  active: boolean;
}

export interface RosterSnapshot {
  units: Map<string, UnitState>;
  employees: Map<string, EmployeeState>;
}

/** The current units and employees, keyed by code and NIP. */
export async function loadRosterSnapshot(db: RosterReader): Promise<RosterSnapshot> {
  const units = await db.unit.findMany({
    select: { id: true, code: true, name: true, parent: { select: { code: true } } },
  });
  const employees = await db.employee.findMany({
    select: {
      id: true,
      nip: true,
      name: true,
      unit: { select: { code: true } },
      position: true,
      positionType: true,
      grade: true,
      employmentType: true,
      supervisor: { select: { nip: true } },
      phone: true,
      email: true,
      active: true,
    },
  });
  return {
    units: new Map(
      units.map((unit) => [
        unit.code,
        { id: unit.id, code: unit.code, name: unit.name, parentCode: unit.parent?.code ?? null },
      ]),
    ),
    employees: new Map(
      employees.map(({ unit, supervisor, ...employee }) => [
        employee.nip,
        { ...employee, unitCode: unit.code, supervisorNip: supervisor?.nip ?? null },
      ]),
    ),
  };
}
