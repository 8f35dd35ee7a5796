import type { Prisma } from "../../generated/prisma/client.js";
import { recordAudit } from "../audit.js";
import type { ServiceDeps } from "../deps.js";
import { applyFileRules, planFileRules, type FileRulesChange, type FileRulesReader } from "../evaluations/activity-file-rules.js";
import { parseActivityItem, type ActivityPatch, type ParsedActivity } from "./activity-item.js";
import { cryptoRandomIndex, generateAttendanceCode, type RandomIndex } from "./attendance-code.js";
import { checkDuplicates } from "./checks.js";
import { sortIssues, type ActivityIssue } from "./issues.js";
import { emptyActivitySummary, planActivities, type ActivityImportSummary, type ActivityPlan } from "./plan.js";
import type { ActivityFileFormat } from "./raw-activity.js";
import { loadActivitySnapshot, type ActivityReader } from "./snapshot.js";
import { readActivitySource } from "./source.js";

export type { ActivityImportSummary } from "./plan.js";
export type { ActivityIssue } from "./issues.js";
export type { ActivityFileFormat } from "./raw-activity.js";

export interface ActivityImportOptions {
  format: ActivityFileFormat;
  /** IANA zone in which local date-times ("2026-12-14 08:00") are read. */
  timezone: string;
  /** Compute the summary without writing anything. */
  dryRun?: boolean;
  /** Who runs the import, for the audit log ("cli", "telegram:123"). */
  actorLabel: string;
  actorId?: number | null;
  /** Random source for attendance codes generated on publishing (tests pin it). */
  randomIndex?: RandomIndex;
}

export interface ActivityImportResult {
  /** True when the file has no errors (and, unless dry-run, was written). */
  ok: boolean;
  dryRun: boolean;
  format: ActivityFileFormat;
  /** Every problem, ordered by line (CSV) or item (YAML). Any error means nothing was written. */
  errors: ActivityIssue[];
  /** Problems that do not stop the import. */
  warnings: ActivityIssue[];
  /** Activities (rows or items) read from the file. */
  items: number;
  /** What the import did (or, for a dry run, would do). Empty when there are errors. */
  summary: ActivityImportSummary;
}

export const ACTIVITY_IMPORT_ACTION = "activity.import";

type Analysis = {
  errors: ActivityIssue[];
  warnings: ActivityIssue[];
  items: number;
  plan: ActivityPlan | null;
  /** Activities whose evaluation rules the file changes (YAML `evaluations:`). */
  evaluationRules: FileRulesChange[];
};

/**
 * Imports activities from a CSV or YAML file as an idempotent upsert by code, all in one
 * transaction: nothing is written when any item has an error. See docs/examples/activities.*.
 */
export async function importActivities(
  deps: ServiceDeps,
  text: string,
  options: ActivityImportOptions,
): Promise<ActivityImportResult> {
  const now = deps.clock.now();
  const dryRun = options.dryRun ?? false;
  const toResult = (analysis: Analysis): ActivityImportResult => ({
    ok: analysis.errors.length === 0,
    dryRun,
    format: options.format,
    errors: analysis.errors,
    warnings: analysis.warnings,
    items: analysis.items,
    summary: analysis.plan?.summary ?? emptyActivitySummary(),
  });

  if (dryRun) return toResult(await analyse(deps.db, text, options, now));

  const analysis = await deps.db.$transaction(
    async (tx) => {
      const result = await analyse(tx, text, options, now);
      if (!result.plan) return result;
      await applyPlan(tx, result.plan, now, options.randomIndex ?? cryptoRandomIndex);
      await applyFileRules(tx, result.evaluationRules, now);
      await recordAudit(tx, {
        actorId: options.actorId ?? null,
        actorLabel: options.actorLabel,
        action: ACTIVITY_IMPORT_ACTION,
        targetType: "activity",
        details: {
          format: options.format,
          items: result.items,
          warnings: result.warnings.length,
          summary: result.plan.summary,
          evaluationRules: result.evaluationRules.map((change) => change.code),
        },
        at: now,
      });
      return result;
    },
    { maxWait: 15_000, timeout: 120_000 },
  );
  return toResult(analysis);
}

async function analyse(
  db: ActivityReader & FileRulesReader,
  text: string,
  options: ActivityImportOptions,
  now: Date,
): Promise<Analysis> {
  const source = readActivitySource(text, options.format);
  const errors: ActivityIssue[] = [...source.issues];
  const parsed: (ParsedActivity & { line: number })[] = [];
  for (const raw of source.items) {
    const item = parseActivityItem(raw, options.timezone);
    errors.push(...item.issues);
    parsed.push({ ...item, line: raw.line });
  }
  errors.push(...checkDuplicates(parsed));

  // Later duplicates are already reported; the first of each code is checked against the database.
  const seen = new Set<string>();
  const patches: ActivityPatch[] = [];
  for (const item of parsed) {
    if (!item.patch || seen.has(item.patch.code)) continue;
    seen.add(item.patch.code);
    patches.push(item.patch);
  }
  const snapshot = await loadActivitySnapshot(db, patches.map((patch) => patch.code));
  const planned = planActivities(patches, snapshot, options.timezone);
  errors.push(...planned.errors);

  const evaluations = new Map(source.items.map((raw) => [raw.line, raw.evaluations]));
  const closed = new Set(planned.errors.filter((issue) => issue.code === "activity-closed").map((issue) => issue.line));
  const withRules = patches.flatMap((patch) => {
    const given = evaluations.get(patch.line);
    if (given === undefined || closed.has(patch.line)) return [];
    const stored = snapshot.activities.get(patch.code);
    const { line, code, endsAt } = patch;
    return [{ line, code, endsAt, evaluations: given, stored: stored ? { id: stored.id, status: stored.status } : null }];
  });
  const rules = await planFileRules(db, withRules, now);
  errors.push(...rules.errors);
  const warnings = sortIssues([...planned.warnings, ...rules.warnings]);
  if (errors.length > 0) return { errors: sortIssues(errors), warnings, items: source.count, plan: null, evaluationRules: [] };
  return { errors: [], warnings, items: source.count, plan: planned.plan, evaluationRules: rules.changes };
}

async function applyPlan(tx: Prisma.TransactionClient, plan: ActivityPlan, now: Date, randomIndex: RandomIndex): Promise<void> {
  const taken = new Set(
    (await tx.activity.findMany({ where: { attendanceCode: { not: null } }, select: { attendanceCode: true } })).map(
      (activity) => activity.attendanceCode!,
    ),
  );
  for (const change of plan.changes) {
    if (change.fields.attendanceCode) taken.add(change.fields.attendanceCode);
  }

  for (const change of plan.changes) {
    const { audience, speakers, ...fields } = change.fields;
    // Published activities always carry a code for check-in.
    const attendanceCode =
      change.status === "PUBLISHED" && fields.attendanceCode === null
        ? generateAttendanceCode(taken, randomIndex)
        : fields.attendanceCode;
    const data = { ...fields, attendanceCode, status: change.status, updatedAt: now };
    const speakerRows = speakers.map((speaker, position) => ({ ...speaker, position }));
    if (change.id === null) {
      await tx.activity.create({
        data: {
          ...data,
          code: change.code,
          createdAt: now,
          audience: { createMany: { data: audience } },
          speakers: { createMany: { data: speakerRows } },
        },
      });
      continue;
    }
    await tx.activity.update({ where: { id: change.id }, data });
    if (change.audienceChanged) {
      await tx.activityAudience.deleteMany({ where: { activityId: change.id } });
      if (audience.length > 0) {
        await tx.activityAudience.createMany({ data: audience.map((entry) => ({ ...entry, activityId: change.id! })) });
      }
    }
    if (change.speakersChanged) {
      await tx.activitySpeaker.deleteMany({ where: { activityId: change.id } });
      if (speakerRows.length > 0) {
        await tx.activitySpeaker.createMany({ data: speakerRows.map((speaker) => ({ ...speaker, activityId: change.id! })) });
      }
    }
  }
}
