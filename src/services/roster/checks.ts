import type { RowKeys } from "./csv-row.js";
import { findCycles } from "./graph.js";
import type { RowIssue } from "./issues.js";
import { formatPhone } from "./phone.js";
import type { RosterSnapshot } from "./snapshot.js";

/** A unit as the file describes it, merged over every row that names it. */
export interface FileUnit {
  code: string;
  name: string;
  /** Null: no row names a parent. */
  parentCode: string | null;
  /** First line that mentions the unit. */
  line: number;
}

export interface RosterChecks {
  errors: RowIssue[];
  warnings: RowIssue[];
  units: FileUnit[];
}

/**
 * Checks rows against each other and the database: duplicates, units, supervisors, cycles. Rows
 * with a bad field take part too (that field reads as null), so one pass reports everything.
 */
export function checkRoster(allRows: RowKeys[], snapshot: RosterSnapshot): RosterChecks {
  const errors: RowIssue[] = [];
  const warnings: RowIssue[] = [];

  const rows = uniqueByNip(allRows, errors);
  checkPhones(rows, errors);
  const units = mergeUnits(rows, errors);
  checkUnitParents(units, snapshot, errors);
  checkSupervisors(rows, snapshot, errors, warnings);
  return { errors, warnings, units };
}

function uniqueByNip(rows: RowKeys[], errors: RowIssue[]): RowKeys[] {
  const first = new Map<string, RowKeys>();
  for (const row of rows) {
    const earlier = first.get(row.nip);
    if (earlier) {
      errors.push({ line: row.line, code: "duplicate-nip", params: { nip: row.nip, firstLine: earlier.line } });
    } else {
      first.set(row.nip, row);
    }
  }
  return [...first.values()];
}

/** After the import the file's rows are exactly the active employees, so phones must be unique in it. */
function checkPhones(rows: RowKeys[], errors: RowIssue[]): void {
  const owners = new Map<string, RowKeys>();
  for (const row of rows) {
    if (row.phone === null) continue;
    const owner = owners.get(row.phone);
    if (owner) {
      errors.push({
        line: row.line,
        code: "duplicate-phone",
        params: { phone: formatPhone(row.phone), nip: row.nip, otherNip: owner.nip, otherLine: owner.line },
      });
    } else {
      owners.set(row.phone, row);
    }
  }
}

function mergeUnits(rows: RowKeys[], errors: RowIssue[]): FileUnit[] {
  const units = new Map<string, FileUnit>();
  const parentLines = new Map<string, number>();
  for (const row of rows) {
    if (row.unitCode === null) continue;
    const unit = units.get(row.unitCode);
    if (!unit) {
      if (row.unitName === null) continue;
      units.set(row.unitCode, {
        code: row.unitCode,
        name: row.unitName,
        parentCode: row.parentUnitCode,
        line: row.line,
      });
      if (row.parentUnitCode !== null) parentLines.set(row.unitCode, row.line);
      continue;
    }
    if (row.unitName !== null && unit.name !== row.unitName) {
      errors.push({
        line: row.line,
        code: "unit-conflict",
        params: { code: row.unitCode, column: "unit_name", value: row.unitName, firstValue: unit.name, firstLine: unit.line },
      });
    }
    if (row.parentUnitCode === null) continue;
    if (unit.parentCode === null) {
      unit.parentCode = row.parentUnitCode;
      parentLines.set(row.unitCode, row.line);
    } else if (unit.parentCode !== row.parentUnitCode) {
      errors.push({
        line: row.line,
        code: "unit-conflict",
        params: {
          code: row.unitCode,
          column: "parent_unit_code",
          value: row.parentUnitCode,
          firstValue: unit.parentCode,
          firstLine: parentLines.get(row.unitCode) ?? unit.line,
        },
      });
    }
  }
  return [...units.values()];
}

function checkUnitParents(units: FileUnit[], snapshot: RosterSnapshot, errors: RowIssue[]): void {
  const inFile = new Map(units.map((unit) => [unit.code, unit]));
  const broken = new Set<string>();
  for (const unit of units) {
    if (unit.parentCode === null) continue;
    if (unit.parentCode === unit.code) {
      errors.push({ line: unit.line, code: "unit-parent-self", params: { code: unit.code } });
      broken.add(unit.code);
    } else if (!inFile.has(unit.parentCode) && !snapshot.units.has(unit.parentCode)) {
      errors.push({ line: unit.line, code: "unit-parent-unknown", params: { code: unit.code, parentCode: unit.parentCode } });
      broken.add(unit.code);
    }
  }
  // Units the file does not mention keep their current parent, so they can close a loop too.
  const parentOf = (code: string): string | null => {
    if (broken.has(code)) return null;
    const fileUnit = inFile.get(code);
    if (fileUnit) return fileUnit.parentCode;
    return snapshot.units.get(code)?.parentCode ?? null;
  };
  for (const cycle of findCycles(units.map((unit) => unit.code), parentOf)) {
    const line = Math.min(...cycle.map((code) => inFile.get(code)?.line ?? Number.MAX_SAFE_INTEGER));
    if (line === Number.MAX_SAFE_INTEGER) continue; // A loop already in the database, not this file's doing.
    errors.push({ line, code: "unit-parent-cycle", params: { codes: closeLoop(cycle) } });
  }
}

function checkSupervisors(
  rows: RowKeys[],
  snapshot: RosterSnapshot,
  errors: RowIssue[],
  warnings: RowIssue[],
): void {
  const inFile = new Map(rows.map((row) => [row.nip, row]));
  const broken = new Set<string>();
  for (const row of rows) {
    const supervisorNip = row.supervisorNip;
    if (supervisorNip === null) continue;
    if (supervisorNip === row.nip) {
      errors.push({ line: row.line, code: "supervisor-self", params: { nip: row.nip } });
      broken.add(row.nip);
      continue;
    }
    if (inFile.has(supervisorNip)) continue;
    const existing = snapshot.employees.get(supervisorNip);
    if (!existing) {
      errors.push({ line: row.line, code: "supervisor-unknown", params: { nip: row.nip, supervisorNip } });
      broken.add(row.nip);
    } else if (!existing.active) {
      errors.push({ line: row.line, code: "supervisor-inactive", params: { nip: row.nip, supervisorNip } });
      broken.add(row.nip);
    } else {
      // Allowed, but every active employee missing from the file is deactivated by this import.
      warnings.push({ line: row.line, code: "supervisor-not-in-file", params: { nip: row.nip, supervisorNip } });
    }
  }
  const supervisorOf = (nip: string): string | null => {
    if (broken.has(nip)) return null;
    const row = inFile.get(nip);
    // Employees the file leaves out keep their current supervisor, so they can close a loop too.
    return row ? row.supervisorNip : (snapshot.employees.get(nip)?.supervisorNip ?? null);
  };
  for (const cycle of findCycles(rows.map((row) => row.nip), supervisorOf)) {
    const line = Math.min(...cycle.map((nip) => inFile.get(nip)?.line ?? Number.MAX_SAFE_INTEGER));
    if (line === Number.MAX_SAFE_INTEGER) continue; // A loop already in the database, not this file's doing.
    errors.push({ line, code: "supervisor-cycle", params: { nips: closeLoop(cycle) } });
  }
}

/** "a → b → c → a" */
function closeLoop(cycle: string[]): string {
  return [...cycle, cycle[0] ?? ""].join(" → ");
}
