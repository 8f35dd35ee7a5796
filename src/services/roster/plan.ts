import type { FileUnit } from "./checks.js";
import type { RosterColumn } from "./csv-file.js";
import type { RosterRow } from "./csv-row.js";
import type { EmployeeFields } from "./employee-fields.js";
import { parentsFirst } from "./graph.js";
import type { EmployeeState, RosterSnapshot } from "./snapshot.js";

export interface ImportSummary {
  units: { created: number; updated: number; unchanged: number };
  employees: { created: number; updated: number; unchanged: number; deactivated: number };
}

export interface UnitChange {
  /** Set for an update. */
  id: number | null;
  code: string;
  name: string;
  parentCode: string | null;
}

export interface EmployeeChange {
  /** Set for an update. */
  id: number | null;
  fields: EmployeeFields;
}

export interface RosterPlan {
  /** Parents before children, so a new parent exists before its first child. */
  units: UnitChange[];
  /** Supervisors before their staff, for the same reason. */
  employees: EmployeeChange[];
  /** Active employees the file no longer lists. */
  deactivateIds: number[];
  summary: ImportSummary;
}

export function emptySummary(): ImportSummary {
  return {
    units: { created: 0, updated: 0, unchanged: 0 },
    employees: { created: 0, updated: 0, unchanged: 0, deactivated: 0 },
  };
}

/**
 * What the import must write, found by comparing the checked file with the database: rows equal to
 * the stored ones are left alone so re-importing a file touches nothing. A column the header leaves
 * out (parent unit, supervisor, phone, email) keeps the stored value.
 */
export function planRoster(
  rows: readonly RosterRow[],
  fileUnits: readonly FileUnit[],
  snapshot: RosterSnapshot,
  columns: ReadonlySet<RosterColumn>,
): RosterPlan {
  const summary = emptySummary();

  const units: UnitChange[] = [];
  const orderedUnits = parentsFirst<FileUnit>(fileUnits, (unit) => unit.code, (unit) => unit.parentCode);
  for (const unit of orderedUnits) {
    const stored = snapshot.units.get(unit.code);
    const parentCode = columns.has("parent_unit_code") ? unit.parentCode : (stored?.parentCode ?? null);
    if (!stored) {
      units.push({ id: null, code: unit.code, name: unit.name, parentCode });
      summary.units.created += 1;
    } else if (stored.name !== unit.name || stored.parentCode !== parentCode) {
      units.push({ id: stored.id, code: unit.code, name: unit.name, parentCode });
      summary.units.updated += 1;
    } else {
      summary.units.unchanged += 1;
    }
  }

  const employees: EmployeeChange[] = [];
  const orderedRows = parentsFirst(rows, (row) => row.nip, (row) => row.supervisorNip);
  for (const row of orderedRows) {
    const stored = snapshot.employees.get(row.nip);
    const keep = <K extends "supervisorNip" | "phone" | "email">(column: RosterColumn, key: K) =>
      columns.has(column) ? row[key] : (stored?.[key] ?? null);
    const fields: EmployeeFields = {
      nip: row.nip,
      name: row.name,
      unitCode: row.unitCode,
      position: row.position,
      positionType: row.positionType,
      grade: row.grade,
      employmentType: row.employmentType,
      supervisorNip: keep("supervisor_nip", "supervisorNip"),
      phone: keep("phone", "phone"),
      email: keep("email", "email"),
    };
    if (!stored) {
      employees.push({ id: null, fields });
      summary.employees.created += 1;
    } else if (!stored.active || differs(stored, fields)) {
      employees.push({ id: stored.id, fields });
      summary.employees.updated += 1;
    } else {
      summary.employees.unchanged += 1;
    }
  }

  const listed = new Set(rows.map((row) => row.nip));
  const deactivateIds = [...snapshot.employees.values()]
    .filter((employee) => employee.active && !listed.has(employee.nip))
    .map((employee) => employee.id);
  summary.employees.deactivated = deactivateIds.length;

  return { units, employees, deactivateIds, summary };
}

function differs(stored: EmployeeState, fields: EmployeeFields): boolean {
  return (Object.keys(fields) as (keyof EmployeeFields)[]).some((key) => stored[key] !== fields[key]);
}
