import type {
  ActivityKind,
  CompetencyType,
  PositionType,
  SpeakerRole,
} from "../../generated/prisma/enums.js";
import { normalizeGrade } from "../roster/grade.js";
import { normalizeAttendanceCode } from "./attendance-code.js";
import type { ActivityIssue } from "./issues.js";
import { parseLocalDateTime } from "./local-time.js";
import type { RawActivity, ScalarField } from "./raw-activity.js";
import { IssueSink, optionalText, requiredText } from "./text-fields.js";
import {
  ACTIVITY_KINDS,
  acceptedWords,
  COMPETENCY_TYPES,
  IMPORT_STATUSES,
  lookup,
  parseBoolean,
  POSITION_TYPES,
  SPEAKER_ROLES,
} from "./vocabulary.js";

export const ACTIVITY_CODE = /^[A-Z0-9][A-Z0-9._-]*$/;
export const MAX_JP = 1000;

export interface SpeakerInput {
  name: string;
  institution: string | null;
  role: SpeakerRole;
}

/**
 * One activity's valid fields. The required ones are always there; an optional one is undefined
 * when the file does not mention it (an existing activity keeps its stored value).
 */
export interface ActivityPatch {
  line: number;
  code: string;
  title: string;
  kind: ActivityKind;
  competencyType: CompetencyType;
  jp: number;
  startsAt: Date;
  endsAt: Date;
  description?: string | null;
  venue?: string | null;
  onlineUrl?: string | null;
  /** Null: unlimited. */
  capacity?: number | null;
  registrationOpensAt?: Date | null;
  registrationClosesAt?: Date | null;
  needsSupervisorApproval?: boolean;
  /** As written; resolved against the partner table later. */
  partnerName?: string | null;
  /** As written; resolved against the unit table later. */
  audienceUnits?: string[];
  /** Canonical grades ("III/a", "IX"). */
  audienceGrades?: string[];
  audiencePositionTypes?: PositionType[];
  speakers?: SpeakerInput[];
  /** Null: the file leaves it empty (new activities start as drafts). */
  status?: "DRAFT" | "PUBLISHED" | null;
  /** Null: generated when the activity is published. */
  attendanceCode?: string | null;
}

export interface ParsedActivity {
  /** Every field valid. */
  patch: ActivityPatch | null;
  /** The code, when readable, so duplicates can be found in partly bad items too. */
  code: string | null;
  attendanceCode: string | null;
  issues: ActivityIssue[];
}

/** Validates one activity's fields on their own; every problem is reported, not just the first. */
export function parseActivityItem(raw: RawActivity, timezone: string): ParsedActivity {
  const sink = new IssueSink(raw.line);
  const text = (field: ScalarField): string => raw.text[field] ?? "";
  const given = (field: ScalarField): boolean => raw.text[field] !== undefined;

  const codeText = text("code").trim().toUpperCase();
  let code: string | null = null;
  if (codeText === "") sink.add("required", { column: "code" });
  else if (codeText.length > 40) sink.add("too-long", { column: "code", max: 40 });
  else if (!ACTIVITY_CODE.test(codeText)) sink.add("code", { value: text("code").trim() });
  else code = codeText;

  const title = requiredText(sink, "title", text("title"), 200);
  const kind = choice(sink, "kind", text("kind"), ACTIVITY_KINDS, "kind");
  const competencyType = choice(sink, "competency_type", text("competency_type"), COMPETENCY_TYPES, "competency-type");

  let jp: number | null = null;
  const jpText = text("jp").trim();
  if (jpText === "") sink.add("required", { column: "jp" });
  else if (!/^\d+$/.test(jpText) || Number(jpText) < 1 || Number(jpText) > MAX_JP) sink.add("jp", { value: jpText, max: MAX_JP });
  else jp = Number(jpText);

  const dateTime = (column: ScalarField, required: boolean): Date | null => {
    const value = text(column).trim();
    if (value === "") return required ? sink.add("required", { column }) : null;
    return parseLocalDateTime(value, timezone) ?? sink.add("date-time", { column, value });
  };
  const startsAt = dateTime("starts_at", true);
  const endsAt = dateTime("ends_at", true);

  const patch: Partial<ActivityPatch> = {};
  if (given("description")) patch.description = optionalText(sink, "description", text("description"), 4000, true);
  if (given("venue")) patch.venue = optionalText(sink, "venue", text("venue"), 300);
  if (given("online_url")) {
    const url = optionalText(sink, "online_url", text("online_url"), 500);
    patch.onlineUrl = url === null || isWebUrl(url) ? url : sink.add("url", { value: url });
  }
  if (given("capacity")) {
    const value = text("capacity").trim();
    patch.capacity =
      value === "" ? null : /^\d+$/.test(value) && Number(value) >= 1 ? Number(value) : sink.add("capacity", { value });
  }
  if (given("registration_opens_at")) patch.registrationOpensAt = dateTime("registration_opens_at", false);
  if (given("registration_closes_at")) patch.registrationClosesAt = dateTime("registration_closes_at", false);
  if (given("needs_supervisor_approval")) {
    const value = text("needs_supervisor_approval").trim();
    const parsed = value === "" ? false : parseBoolean(value);
    if (parsed === undefined) sink.add("boolean", { column: "needs_supervisor_approval", value });
    else patch.needsSupervisorApproval = parsed;
  }
  if (given("partner")) patch.partnerName = optionalText(sink, "partner", text("partner"), 200);
  if (given("status")) {
    const value = text("status").trim();
    patch.status = value === "" ? null : (lookup(IMPORT_STATUSES, value) ?? sink.add("status", { value }));
  }
  let attendanceCode: string | null = null;
  if (given("attendance_code")) {
    const value = text("attendance_code").trim();
    attendanceCode = value === "" ? null : normalizeAttendanceCode(value);
    if (value !== "" && attendanceCode === null) sink.add("attendance-code", { value });
    patch.attendanceCode = attendanceCode;
  }

  if (raw.audienceUnits !== undefined) patch.audienceUnits = unique(raw.audienceUnits);
  if (raw.audienceGrades !== undefined) {
    const grades: string[] = [];
    for (const value of raw.audienceGrades) {
      const grade = normalizeGrade(value, "PNS") ?? normalizeGrade(value, "PPPK");
      if (grade === null) sink.add("audience-grade", { value });
      else grades.push(grade);
    }
    patch.audienceGrades = unique(grades);
  }
  if (raw.audiencePositionTypes !== undefined) {
    const types: PositionType[] = [];
    for (const value of raw.audiencePositionTypes) {
      const type = lookup(POSITION_TYPES, value);
      if (type === undefined) sink.add("audience-position-type", { value, accepted: acceptedWords(POSITION_TYPES) });
      else types.push(type);
    }
    patch.audiencePositionTypes = unique(types);
  }
  if (raw.speakers !== undefined) {
    const speakers: SpeakerInput[] = [];
    for (const speaker of raw.speakers) {
      const name = speaker.name.replace(/\s+/g, " ").trim();
      if (name === "") {
        sink.add("speaker", { value: speaker.institution });
        continue;
      }
      if (name.length > 150) {
        sink.add("too-long", { column: "speakers", max: 150 });
        continue;
      }
      const institution = speaker.institution.replace(/\s+/g, " ").trim();
      if (institution.length > 200) {
        sink.add("too-long", { column: "speakers", max: 200 });
        continue;
      }
      const role = speaker.role === "" ? "NARASUMBER" : lookup(SPEAKER_ROLES, speaker.role);
      if (role === undefined) {
        sink.add("speaker-role", { value: speaker.role, name });
        continue;
      }
      speakers.push({ name, institution: institution === "" ? null : institution, role });
    }
    patch.speakers = speakers;
  }

  if (
    sink.failed ||
    code === null ||
    title === null ||
    kind === null ||
    competencyType === null ||
    jp === null ||
    startsAt === null ||
    endsAt === null
  ) {
    return { patch: null, code, attendanceCode, issues: sink.issues };
  }
  return {
    patch: { ...patch, line: raw.line, code, title, kind, competencyType, jp, startsAt, endsAt },
    code,
    attendanceCode,
    issues: [],
  };
}

function choice<T>(
  sink: IssueSink,
  column: string,
  value: string,
  table: Readonly<Record<string, T>>,
  issue: "kind" | "competency-type",
): T | null {
  if (value.trim() === "") return sink.add("required", { column });
  return lookup(table, value) ?? sink.add(issue, { value: value.trim(), accepted: acceptedWords(table) });
}

function isWebUrl(value: string): boolean {
  if (!/^https?:\/\//i.test(value)) return false;
  try {
    const url = new URL(value);
    return url.hostname.includes(".") || url.hostname === "localhost";
  } catch {
    return false;
  }
}

function unique<T>(values: T[]): T[] {
  return [...new Set(values)];
}
