import type { ActivityStatus, AudienceKind } from "../../generated/prisma/enums.js";
import type { ActivityPatch } from "./activity-item.js";
import { checkSchedule } from "./checks.js";
import type { ActivityIssue } from "./issues.js";
import { nameKey } from "./text-fields.js";
import { sortAudience, type ActivityFields, type ActivitySnapshot, type AudienceEntry } from "./snapshot.js";

export interface ActivityImportSummary {
  created: number;
  updated: number;
  unchanged: number;
  /** Codes of the activities this import publishes (new ones imported as published, drafts promoted). */
  published: string[];
  /** Codes of already published activities whose start or end this import moves. */
  scheduleChanged: string[];
}

export interface ActivityChange {
  /** Set for an update. */
  id: number | null;
  code: string;
  status: ActivityStatus;
  fields: ActivityFields;
  /** Only rewrite the audience and speaker rows when they differ. */
  audienceChanged: boolean;
  speakersChanged: boolean;
}

export interface ActivityPlan {
  changes: ActivityChange[];
  summary: ActivityImportSummary;
}

export function emptyActivitySummary(): ActivityImportSummary {
  return { created: 0, updated: 0, unchanged: 0, published: [], scheduleChanged: [] };
}

/**
 * Merges every valid item with what is stored and decides what to write; values equal to the
 * stored ones are left alone so a re-import touches nothing. Status rules: a new activity starts as
 * the file says (draft when empty); `published` promotes a draft; an import never unpublishes; a
 * cancelled or completed activity cannot be changed by an import at all.
 */
export function planActivities(
  patches: readonly ActivityPatch[],
  snapshot: ActivitySnapshot,
  timezone: string,
): { plan: ActivityPlan; errors: ActivityIssue[]; warnings: ActivityIssue[] } {
  const errors: ActivityIssue[] = [];
  const warnings: ActivityIssue[] = [];
  const plan: ActivityPlan = { changes: [], summary: emptyActivitySummary() };

  for (const patch of patches) {
    const stored = snapshot.activities.get(patch.code);
    const itemErrors: ActivityIssue[] = [];
    const fail = (code: ActivityIssue["code"], params: ActivityIssue["params"]) => {
      itemErrors.push({ line: patch.line, code, params });
    };
    const keep = stored?.fields;

    let partnerId = keep?.partnerId ?? null;
    if (patch.partnerName !== undefined) {
      if (patch.partnerName === null) partnerId = null;
      else {
        const partner = snapshot.partners.get(nameKey(patch.partnerName));
        if (partner) partnerId = partner.id;
        else fail("partner-unknown", { partner: patch.partnerName });
      }
    }

    const audienceOf = (kind: AudienceKind, given: readonly string[] | undefined): AudienceEntry[] =>
      given === undefined
        ? (keep?.audience ?? []).filter((entry) => entry.kind === kind)
        : given.map((value) => ({ kind, value }));
    const units: string[] = [];
    for (const code of patch.audienceUnits ?? []) {
      const unit = snapshot.units.get(code.toUpperCase());
      if (unit) units.push(unit);
      else fail("audience-unit-unknown", { unit: code });
    }
    const audience = sortAudience([
      ...audienceOf("UNIT", patch.audienceUnits === undefined ? undefined : [...new Set(units)]),
      ...audienceOf("GRADE", patch.audienceGrades),
      ...audienceOf("POSITION_TYPE", patch.audiencePositionTypes),
    ]);

    let attendanceCode = keep?.attendanceCode ?? null;
    if (patch.attendanceCode) {
      const holder = snapshot.attendanceCodes.get(patch.attendanceCode);
      if (holder !== undefined && holder !== patch.code) {
        fail("attendance-code-taken", { attendanceCode: patch.attendanceCode, otherCode: holder });
      }
      attendanceCode = patch.attendanceCode;
    }

    const pick = <K extends keyof ActivityFields & keyof ActivityPatch>(key: K, fallback: ActivityFields[K]) =>
      (patch[key] !== undefined ? patch[key] : (keep?.[key] ?? fallback)) as ActivityFields[K];
    const fields: ActivityFields = {
      title: patch.title,
      description: pick("description", null),
      kind: patch.kind,
      competencyType: patch.competencyType,
      jp: patch.jp,
      startsAt: patch.startsAt,
      endsAt: patch.endsAt,
      venue: pick("venue", null),
      onlineUrl: pick("onlineUrl", null),
      capacity: pick("capacity", null),
      registrationOpensAt: pick("registrationOpensAt", null),
      registrationClosesAt: pick("registrationClosesAt", null),
      needsSupervisorApproval: pick("needsSupervisorApproval", false),
      partnerId,
      audience,
      speakers: patch.speakers ?? keep?.speakers ?? [],
      attendanceCode,
    };
    itemErrors.push(...checkSchedule(patch.line, fields, timezone));

    const status = nextStatus(stored?.status ?? null, patch.status ?? null);
    const audienceChanged = !keep || !sameList(keep.audience, fields.audience);
    const speakersChanged = !keep || !sameList(keep.speakers, fields.speakers);
    const changed = !keep || audienceChanged || speakersChanged || differs(keep, fields) || status !== stored?.status;

    if (stored && changed && (stored.status === "CANCELLED" || stored.status === "COMPLETED")) {
      fail("activity-closed", { code: patch.code, status: stored.status });
    }
    if (itemErrors.length > 0) {
      errors.push(...itemErrors);
      continue;
    }

    if (stored && fields.capacity !== null && stored.seatsTaken > fields.capacity) {
      warnings.push({
        line: patch.line,
        code: "capacity-below-registered",
        params: { code: patch.code, capacity: fields.capacity, registered: stored.seatsTaken },
      });
    }
    if (!changed) {
      plan.summary.unchanged += 1;
      continue;
    }
    plan.changes.push({ id: stored?.id ?? null, code: patch.code, status, fields, audienceChanged, speakersChanged });
    if (stored) plan.summary.updated += 1;
    else plan.summary.created += 1;
    if (status === "PUBLISHED" && stored?.status !== "PUBLISHED") plan.summary.published.push(patch.code);
    if (
      stored?.status === "PUBLISHED" &&
      (stored.fields.startsAt.getTime() !== fields.startsAt.getTime() || stored.fields.endsAt.getTime() !== fields.endsAt.getTime())
    ) {
      plan.summary.scheduleChanged.push(patch.code);
    }
  }
  return { plan, errors, warnings };
}

function nextStatus(stored: ActivityStatus | null, requested: "DRAFT" | "PUBLISHED" | null): ActivityStatus {
  if (stored === null) return requested ?? "DRAFT";
  if (stored === "DRAFT" && requested === "PUBLISHED") return "PUBLISHED";
  return stored;
}

const SCALARS = [
  "title",
  "description",
  "kind",
  "competencyType",
  "jp",
  "startsAt",
  "endsAt",
  "venue",
  "onlineUrl",
  "capacity",
  "registrationOpensAt",
  "registrationClosesAt",
  "needsSupervisorApproval",
  "partnerId",
  "attendanceCode",
] as const satisfies readonly (keyof ActivityFields)[];

function differs(stored: ActivityFields, next: ActivityFields): boolean {
  return SCALARS.some((key) => !sameValue(stored[key], next[key]));
}

function sameValue(a: unknown, b: unknown): boolean {
  if (a instanceof Date && b instanceof Date) return a.getTime() === b.getTime();
  return a === b;
}

function sameList<T extends object>(a: readonly T[], b: readonly T[]): boolean {
  return (
    a.length === b.length &&
    a.every((entry, index) => {
      const other = b[index] as Record<string, unknown>;
      return Object.entries(entry).every(([key, value]) => other[key] === value);
    })
  );
}
