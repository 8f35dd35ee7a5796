import type { Prisma } from "../../generated/prisma/client.js";
import { recordAudit } from "../audit.js";
import { countCsvRows } from "../csv/table.js";
import type { ServiceDeps } from "../deps.js";
import { checkRoster } from "./checks.js";
import { readRosterCsv } from "./csv-file.js";
import { parseRosterRow, type RosterRow, type RowKeys } from "./csv-row.js";
import { sortIssues, type RowIssue } from "./issues.js";
import { emptySummary, planRoster, type ImportSummary, type RosterPlan } from "./plan.js";
import { loadRosterSnapshot, type RosterReader } from "./snapshot.js";

export type { ImportSummary } from "./plan.js";
export type { RowIssue } from "./issues.js";

export interface ImportOptions {
  /** Compute the summary without writing anything. */
  dryRun?: boolean;
  /** Who runs the import, for the audit log ("cli", "telegram:123"). */
  actorLabel: string;
  actorId?: number | null;
}

export interface ImportResult {
  /** True when the file has no errors (and, unless dry-run, was written). */
  ok: boolean;
  dryRun: boolean;
  /** Every problem, ordered by line. Any error means nothing was written. */
  errors: RowIssue[];
  /** Problems that do not stop the import. */
  warnings: RowIssue[];
  /** Data rows read from the file. */
  rows: number;
  /** What the import did (or, for a dry run, would do). All zero when there are errors. */
  summary: ImportSummary;
}

export const ROSTER_IMPORT_ACTION = "roster.import";

type Analysis = { errors: RowIssue[]; warnings: RowIssue[]; rows: number; plan: RosterPlan | null };

/**
 * Imports a roster CSV as an idempotent upsert by NIP, all in one transaction. Employees missing from
 * the file are deactivated (never deleted) and reactivated when they come back.
 */
export async function importRoster(deps: ServiceDeps, csvText: string, options: ImportOptions): Promise<ImportResult> {
  const now = deps.clock.now();
  const dryRun = options.dryRun ?? false;

  if (dryRun) return toResult(await analyse(deps.db, csvText, now), true);

  // Reading inside the transaction keeps the comparison and the writes consistent.
  const analysis = await deps.db.$transaction(
    async (tx) => {
      const result = await analyse(tx, csvText, now);
      if (!result.plan) return result;
      await applyPlan(tx, result.plan, now);
      await recordAudit(tx, {
        actorId: options.actorId ?? null,
        actorLabel: options.actorLabel,
        action: ROSTER_IMPORT_ACTION,
        targetType: "roster",
        details: { rows: result.rows, warnings: result.warnings.length, summary: result.plan.summary },
        at: now,
      });
      return result;
    },
    { maxWait: 15_000, timeout: 120_000 },
  );
  return toResult(analysis, false);
}

function toResult(analysis: Analysis, dryRun: boolean): ImportResult {
  return {
    ok: analysis.errors.length === 0,
    dryRun,
    errors: analysis.errors,
    warnings: analysis.warnings,
    rows: analysis.rows,
    summary: analysis.plan?.summary ?? emptySummary(),
  };
}

async function analyse(db: RosterReader, csvText: string, now: Date): Promise<Analysis> {
  const csv = readRosterCsv(csvText);
  const errors: RowIssue[] = [...csv.issues];
  const rows: RosterRow[] = [];
  const keys: RowKeys[] = [];
  for (const raw of csv.rows) {
    const parsed = parseRosterRow(raw, now);
    errors.push(...parsed.issues);
    if (parsed.row) rows.push(parsed.row);
    if (parsed.keys) keys.push(parsed.keys);
  }
  const rowCount = countCsvRows(csv);
  if (rowCount === 0 && errors.length === 0) errors.push({ line: 2, code: "file-empty", params: {} });

  const snapshot = await loadRosterSnapshot(db);
  const checks = checkRoster(keys, snapshot);
  errors.push(...checks.errors);
  const warnings = sortIssues(checks.warnings);
  if (errors.length > 0) return { errors: sortIssues(errors), warnings, rows: rowCount, plan: null };
  return { errors: [], warnings, rows: rowCount, plan: planRoster(rows, checks.units, snapshot, csv.columns) };
}

async function applyPlan(tx: Prisma.TransactionClient, plan: RosterPlan, now: Date): Promise<void> {
  const unitIds = new Map((await tx.unit.findMany({ select: { id: true, code: true } })).map((u) => [u.code, u.id]));
  const unitId = (code: string): number => {
    const id = unitIds.get(code);
    if (id === undefined) throw new Error(`Unit ${code} should exist by now`);
    return id;
  };

  for (const unit of plan.units) {
    const parentId = unit.parentCode === null ? null : unitId(unit.parentCode);
    if (unit.id === null) {
      const created = await tx.unit.create({
        data: { code: unit.code, name: unit.name, parentId, createdAt: now, updatedAt: now },
        select: { id: true },
      });
      unitIds.set(unit.code, created.id);
    } else {
      await tx.unit.update({ where: { id: unit.id }, data: { name: unit.name, parentId, updatedAt: now } });
    }
  }

  const employeeIds = new Map(
    (await tx.employee.findMany({ select: { id: true, nip: true } })).map((e) => [e.nip, e.id]),
  );
  for (const { id, fields } of plan.employees) {
    const supervisorId = fields.supervisorNip === null ? null : (employeeIds.get(fields.supervisorNip) ?? null);
    const data = {
      name: fields.name,
      unitId: unitId(fields.unitCode),
      position: fields.position,
      positionType: fields.positionType,
      grade: fields.grade,
      employmentType: fields.employmentType,
      supervisorId,
      phone: fields.phone,
      email: fields.email,
      active: true,
      updatedAt: now,
    };
    if (id === null) {
      const created = await tx.employee.create({
        data: { ...data, nip: fields.nip, createdAt: now },
        select: { id: true },
      });
      employeeIds.set(fields.nip, created.id);
    } else {
      await tx.employee.update({ where: { id }, data });
    }
  }

  for (let start = 0; start < plan.deactivateIds.length; start += 500) {
    await tx.employee.updateMany({
      where: { id: { in: plan.deactivateIds.slice(start, start + 500) } },
      data: { active: false, updatedAt: now },
    });
  }
}
