import { z } from "zod";
import type { PartnerKind } from "../../generated/prisma/enums.js";
import { recordAudit } from "../audit.js";
import { countCsvRows, readCsvTable, type CsvRow } from "../csv/table.js";
import type { ServiceDeps } from "../deps.js";
import { normalizePhone } from "../roster/phone.js";
import type { Db } from "../../db/client.js";
import { sortIssues, type ActivityIssue } from "./issues.js";
import { IssueSink, nameKey, optionalText, requiredText } from "./text-fields.js";
import { acceptedWords, lookup, PARTNER_KINDS } from "./vocabulary.js";

/** Columns of a partner file, in the order the example file uses. */
export const PARTNER_COLUMNS = ["name", "kind", "contact_name", "contact_phone", "contact_email"] as const;
export type PartnerColumn = (typeof PARTNER_COLUMNS)[number];

const REQUIRED_COLUMNS: ReadonlySet<PartnerColumn> = new Set(["name", "kind"]);

export const PARTNER_IMPORT_ACTION = "partner.import";

export interface PartnerFields {
  name: string;
  kind: PartnerKind;
  contactName: string | null;
  /** Canonical "62…" form. */
  contactPhone: string | null;
  contactEmail: string | null;
}

export interface PartnerImportSummary {
  created: number;
  updated: number;
  unchanged: number;
}

export interface PartnerImportOptions {
  dryRun?: boolean;
  /** Who runs the import, for the audit log ("cli", "telegram:123"). */
  actorLabel: string;
  actorId?: number | null;
}

export interface PartnerImportResult {
  ok: boolean;
  dryRun: boolean;
  /** Every problem, ordered by line. Any error means nothing was written. */
  errors: ActivityIssue[];
  /** Data rows read from the file. */
  rows: number;
  /** All zero when there are errors. */
  summary: PartnerImportSummary;
}

export interface PartnerView extends PartnerFields {
  id: number;
  /** Activities (any status) run with this partner. */
  activities: number;
}

type PartnerReader = Pick<Db, "partner">;
type StoredPartner = PartnerFields & { id: number };

interface PartnerPlan {
  creates: PartnerFields[];
  updates: StoredPartner[];
  summary: PartnerImportSummary;
}

/**
 * Imports partner institutions from CSV (`name,kind,contact_name,contact_phone,contact_email`) as an
 * idempotent upsert by name (compared without regard to case or spacing), in one transaction. A
 * contact column the header leaves out keeps the stored value.
 */
export async function importPartners(
  deps: ServiceDeps,
  csvText: string,
  options: PartnerImportOptions,
): Promise<PartnerImportResult> {
  const now = deps.clock.now();
  const dryRun = options.dryRun ?? false;
  const analysis = dryRun
    ? await analyse(deps.db, csvText)
    : await deps.db.$transaction(async (tx) => {
        const result = await analyse(tx, csvText);
        if (!result.plan) return result;
        for (const fields of result.plan.creates) {
          await tx.partner.create({ data: { ...fields, createdAt: now, updatedAt: now } });
        }
        for (const { id, ...fields } of result.plan.updates) {
          await tx.partner.update({ where: { id }, data: { ...fields, updatedAt: now } });
        }
        await recordAudit(tx, {
          actorId: options.actorId ?? null,
          actorLabel: options.actorLabel,
          action: PARTNER_IMPORT_ACTION,
          targetType: "partner",
          details: { rows: result.rows, summary: result.plan.summary },
          at: now,
        });
        return result;
      });
  return {
    ok: analysis.errors.length === 0,
    dryRun,
    errors: analysis.errors,
    rows: analysis.rows,
    summary: analysis.plan?.summary ?? { created: 0, updated: 0, unchanged: 0 },
  };
}

/** Every partner by name, with how many activities name it. */
export async function listPartners(deps: ServiceDeps): Promise<PartnerView[]> {
  const partners = await deps.db.partner.findMany({
    orderBy: { name: "asc" },
    select: {
      id: true,
      name: true,
      kind: true,
      contactName: true,
      contactPhone: true,
      contactEmail: true,
      _count: { select: { activities: true } },
    },
  });
  return partners.map(({ _count, ...partner }) => ({ ...partner, activities: _count.activities }));
}

async function analyse(
  db: PartnerReader,
  csvText: string,
): Promise<{ errors: ActivityIssue[]; rows: number; plan: PartnerPlan | null }> {
  const table = readCsvTable(csvText, PARTNER_COLUMNS, REQUIRED_COLUMNS);
  const errors: ActivityIssue[] = [...table.issues];
  const rows = countCsvRows(table);
  if (rows === 0 && errors.length === 0) errors.push({ line: 2, code: "file-empty", params: {} });

  const parsed: { line: number; fields: PartnerFields }[] = [];
  const firstLines = new Map<string, number>();
  for (const row of table.rows) {
    const result = parsePartnerRow(row);
    errors.push(...result.issues);
    const name = result.fields?.name ?? row.cells.name.trim();
    if (name === "") continue;
    const first = firstLines.get(nameKey(name));
    if (first !== undefined) {
      errors.push({ line: row.line, code: "duplicate-partner", params: { name, firstLine: first } });
      continue;
    }
    firstLines.set(nameKey(name), row.line);
    if (result.fields) parsed.push({ line: row.line, fields: result.fields });
  }
  if (errors.length > 0) return { errors: sortIssues(errors), rows, plan: null };

  const stored = new Map<string, StoredPartner>(
    (await db.partner.findMany({
      select: { id: true, name: true, kind: true, contactName: true, contactPhone: true, contactEmail: true },
    })).map((partner) => [nameKey(partner.name), partner]),
  );
  const plan: PartnerPlan = { creates: [], updates: [], summary: { created: 0, updated: 0, unchanged: 0 } };
  for (const { fields: given } of parsed) {
    const existing = stored.get(nameKey(given.name));
    const keep = <K extends "contactName" | "contactPhone" | "contactEmail">(column: PartnerColumn, key: K) =>
      table.columns.has(column) ? given[key] : (existing?.[key] ?? null);
    const fields: PartnerFields = {
      name: given.name,
      kind: given.kind,
      contactName: keep("contact_name", "contactName"),
      contactPhone: keep("contact_phone", "contactPhone"),
      contactEmail: keep("contact_email", "contactEmail"),
    };
    if (!existing) {
      plan.creates.push(fields);
      plan.summary.created += 1;
    } else if ((Object.keys(fields) as (keyof PartnerFields)[]).some((key) => existing[key] !== fields[key])) {
      plan.updates.push({ id: existing.id, ...fields });
      plan.summary.updated += 1;
    } else {
      plan.summary.unchanged += 1;
    }
  }
  return { errors: [], rows, plan };
}

function parsePartnerRow(row: CsvRow<PartnerColumn>): { fields: PartnerFields | null; issues: ActivityIssue[] } {
  const sink = new IssueSink(row.line);
  const { cells } = row;
  const name = requiredText(sink, "name", cells.name, 200);
  let kind: PartnerKind | null = null;
  if (cells.kind.trim() === "") sink.add("required", { column: "kind" });
  else kind = lookup(PARTNER_KINDS, cells.kind) ?? sink.add("partner-kind", { value: cells.kind.trim(), accepted: acceptedWords(PARTNER_KINDS) });
  const contactName = optionalText(sink, "contact_name", cells.contact_name, 150);
  const phoneText = cells.contact_phone.trim();
  const contactPhone = phoneText === "" ? null : (normalizePhone(phoneText) ?? sink.add("phone", { value: phoneText }));
  const emailText = cells.contact_email.trim().toLowerCase();
  const contactEmail =
    emailText === "" ? null : z.email().safeParse(emailText).success ? emailText : sink.add("email", { value: cells.contact_email.trim() });
  if (sink.failed || name === null || kind === null) return { fields: null, issues: sink.issues };
  return { fields: { name, kind, contactName, contactPhone, contactEmail }, issues: [] };
}
