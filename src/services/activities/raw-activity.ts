import type { RespondentRole } from "../../generated/prisma/enums.js";
import type { ActivityIssue } from "./issues.js";

/**
 * Fields of an activity as the CSV file names them, in the order of its columns in the example file.
 * YAML uses the same names, with the audience lists nested under `audience`.
 */
export const ACTIVITY_FIELDS = [
  "code",
  "title",
  "description",
  "kind",
  "competency_type",
  "jp",
  "starts_at",
  "ends_at",
  "venue",
  "online_url",
  "capacity",
  "registration_opens_at",
  "registration_closes_at",
  "audience_units",
  "audience_grades",
  "audience_position_types",
  "needs_supervisor_approval",
  "partner",
  "speakers",
  "status",
  "attendance_code",
] as const;

export type ActivityField = (typeof ACTIVITY_FIELDS)[number];

/** Fields holding a list: a CSV cell with separators, a list in YAML. */
const LIST_FIELDS = ["audience_units", "audience_grades", "audience_position_types", "speakers"] as const;

/** Single-valued fields of an activity, named as in the files. */
export type ScalarField = Exclude<ActivityField, (typeof LIST_FIELDS)[number]>;

export const SCALAR_FIELDS: readonly ScalarField[] = ACTIVITY_FIELDS.filter(
  (field): field is ScalarField => !(LIST_FIELDS as readonly string[]).includes(field),
);

/** Fields every activity must give, in either format. */
export const REQUIRED_FIELDS: ReadonlySet<ScalarField> = new Set([
  "code",
  "title",
  "kind",
  "competency_type",
  "jp",
  "starts_at",
  "ends_at",
]);

export interface RawSpeaker {
  name: string;
  institution: string;
  /** Empty: narasumber. */
  role: string;
}

/**
 * One activity as a file states it, before validation: the common ground of the CSV and YAML
 * readers. A field that is undefined is one the file does not mention (a CSV column missing from the
 * header, a YAML key left out): an existing activity keeps its stored value for it.
 */
export interface RawActivity {
  /** CSV: the line where the row starts. YAML: the item's position in the list, from 1. */
  line: number;
  text: Partial<Record<ScalarField, string>>;
  audienceUnits?: string[];
  audienceGrades?: string[];
  audiencePositionTypes?: string[];
  speakers?: RawSpeaker[];
  /** YAML only: the activity's own evaluation rules, or "defaults" to follow the defaults again. */
  evaluations?: RawEvaluationRule[] | "defaults";
}

/** One `evaluations:` entry, its shape checked; its values are checked against the database on import. */
export interface RawEvaluationRule {
  questionnaire: string;
  /** Null: the respondent the questionnaire names. */
  respondent: RespondentRole | null;
  daysAfterEnd: number;
  dueInDays: number;
}

export type ActivityFileFormat = "csv" | "yaml";

export interface ActivitySource {
  format: ActivityFileFormat;
  items: RawActivity[];
  /** Problems with the file's shape, found while reading it. */
  issues: ActivityIssue[];
  /** Items or data rows the file holds, including unreadable ones. */
  count: number;
}

/** "a | b |c" → ["a", "b", "c"]; empty parts are dropped. */
export function splitList(value: string): string[] {
  return value
    .split("|")
    .map((part) => part.trim())
    .filter((part) => part !== "");
}

/**
 * "Dr. Rina (Universitas Contoh); Budi Santoso (BKPSDM) [fasilitator]": speakers separated by
 * semicolons, each a name with an optional institution in brackets and an optional role in square
 * brackets. Entries it cannot read are returned in `bad`.
 */
export function parseSpeakerList(value: string): { speakers: RawSpeaker[]; bad: string[] } {
  const speakers: RawSpeaker[] = [];
  const bad: string[] = [];
  for (const entry of value.split(";").map((part) => part.trim()).filter((part) => part !== "")) {
    const parsed = parseSpeaker(entry);
    if (parsed) speakers.push(parsed);
    else bad.push(entry);
  }
  return { speakers, bad };
}

/** Name, then "(institution)" (which may hold one more pair of brackets), then "[role]". */
const SPEAKER = /^([^()[\]]+?)\s*(?:\(((?:[^()[\]]|\([^()[\]]*\))*)\))?\s*(?:\[([^()[\]]*)\])?$/;

export function parseSpeaker(entry: string): RawSpeaker | null {
  const match = SPEAKER.exec(entry.trim());
  if (!match) return null;
  return { name: match[1]!.trim(), institution: (match[2] ?? "").trim(), role: (match[3] ?? "").trim() };
}
