import { LineCounter, parseDocument } from "yaml";
import { z } from "zod";
import { parseRespondentWord, RESPONDENT_WORDS } from "../evaluations/rules.js";
import type { ActivityIssue } from "./issues.js";
import {
  parseSpeaker,
  parseSpeakerList,
  SCALAR_FIELDS,
  splitList,
  type ActivitySource,
  type RawActivity,
  type RawEvaluationRule,
  type RawSpeaker,
  type ScalarField,
} from "./raw-activity.js";

/**
 * Reads an activity YAML file: a top-level `activities:` list (or a bare list), one mapping per
 * activity with the CSV's field names, except that `audience` is a mapping of `units`, `grades` and
 * `position_types` (lists) and `speakers` a list of `{ name, institution, role }`. YAML alone may
 * give `evaluations`: a list of `{ questionnaire, respondent, days_after_end, due_days }` (the
 * activity's own evaluation rules; empty: no evaluation) or `default` (follow the defaults). Issues
 * name the item's position in the list (1 for the first activity); file-level issues use 0.
 */
export function readActivityYaml(text: string): ActivitySource {
  const empty = (issues: ActivityIssue[]): ActivitySource => ({ format: "yaml", items: [], issues, count: 0 });
  const lineCounter = new LineCounter();
  const document = parseDocument(text.replace(/^\uFEFF/, ""), { lineCounter, prettyErrors: false, uniqueKeys: true });
  const [syntax] = document.errors;
  if (syntax) {
    const at = lineCounter.linePos(syntax.pos[0]).line;
    return empty([{ line: 0, code: "yaml-syntax", params: { sourceLine: at, detail: syntax.code } }]);
  }
  const root: unknown = document.toJS();
  if (root === null || root === undefined) return empty([{ line: 0, code: "file-empty", params: {} }]);
  const list = Array.isArray(root) ? root : isMapping(root) && Array.isArray(root.activities) ? root.activities : null;
  if (list === null) return empty([{ line: 0, code: "yaml-shape", params: {} }]);
  if (list.length === 0) return empty([{ line: 0, code: "file-empty", params: {} }]);

  const issues: ActivityIssue[] = [];
  const items: RawActivity[] = [];
  list.forEach((entry: unknown, index: number) => {
    const line = index + 1;
    if (!isMapping(entry)) {
      issues.push({ line, code: "item-shape", params: {} });
      return;
    }
    items.push(readItem(entry, line, issues));
  });
  return { format: "yaml", items, issues, count: list.length };
}

const KNOWN_KEYS = new Set<string>([...SCALAR_FIELDS, "audience", "speakers", "evaluations"]);
const AUDIENCE_KEYS = new Set(["units", "grades", "position_types"]);

function readItem(entry: Record<string, unknown>, line: number, issues: ActivityIssue[]): RawActivity {
  const item: RawActivity = { line, text: {} };
  for (const key of Object.keys(entry)) {
    if (!KNOWN_KEYS.has(key)) issues.push({ line, code: "unknown-field", params: { field: key } });
  }
  for (const field of SCALAR_FIELDS) {
    if (!Object.hasOwn(entry, field)) continue;
    const value = scalarText(entry[field]);
    if (value === null) issues.push({ line, code: "field-type", params: { field } });
    else item.text[field as ScalarField] = value;
  }

  if (Object.hasOwn(entry, "audience")) {
    const audience = entry.audience ?? {};
    if (!isMapping(audience)) {
      issues.push({ line, code: "field-type", params: { field: "audience" } });
    } else {
      for (const key of Object.keys(audience)) {
        if (!AUDIENCE_KEYS.has(key)) issues.push({ line, code: "unknown-field", params: { field: `audience.${key}` } });
      }
      const list = (key: string): string[] => {
        const values = textList(audience[key]);
        if (values === null) issues.push({ line, code: "field-type", params: { field: `audience.${key}` } });
        return values ?? [];
      };
      item.audienceUnits = list("units");
      item.audienceGrades = list("grades");
      item.audiencePositionTypes = list("position_types");
    }
  }

  if (Object.hasOwn(entry, "speakers")) item.speakers = readSpeakers(entry.speakers, line, issues);
  if (Object.hasOwn(entry, "evaluations")) item.evaluations = readEvaluations(entry.evaluations, line, issues);
  return item;
}

const FOLLOW_DEFAULTS = new Set(["default", "defaults", "bawaan"]);

/** A whole number as YAML gives it, or as text ("14"); ranges are checked on import. */
const count = z.union([z.number(), z.string().trim().regex(/^-?\d+$/).transform(Number)]);

const evaluationEntry = z.strictObject({
  questionnaire: z.union([z.string(), z.number()]).transform(String).pipe(z.string().trim().min(1)),
  respondent: z.string().nullish(),
  days_after_end: count,
  due_days: count,
});

function readEvaluations(value: unknown, line: number, issues: ActivityIssue[]): RawEvaluationRule[] | "defaults" {
  if (value === null || value === undefined) return [];
  if (typeof value === "string" && FOLLOW_DEFAULTS.has(value.trim().toLowerCase())) return "defaults";
  if (!Array.isArray(value)) {
    issues.push({ line, code: "field-type", params: { field: "evaluations" } });
    return [];
  }
  const rules: RawEvaluationRule[] = [];
  value.forEach((entry: unknown, index: number) => {
    const at = `evaluations[${index + 1}]`;
    if (!isMapping(entry)) {
      issues.push({ line, code: "field-type", params: { field: at } });
      return;
    }
    const parsed = evaluationEntry.safeParse(entry);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        if (issue.code === "unrecognized_keys") {
          for (const key of issue.keys) issues.push({ line, code: "unknown-field", params: { field: `${at}.${key}` } });
          continue;
        }
        const key = String(issue.path[0] ?? "");
        const field = `${at}.${key}`;
        if (entry[key] === undefined || entry[key] === null) issues.push({ line, code: "required", params: { column: field } });
        else issues.push({ line, code: "field-type", params: { field } });
      }
      return;
    }
    const { questionnaire, respondent, days_after_end: daysAfterEnd, due_days: dueInDays } = parsed.data;
    const role = respondent === undefined || respondent === null ? null : parseRespondentWord(respondent);
    if (typeof respondent === "string" && role === null) {
      const accepted = Object.keys(RESPONDENT_WORDS).join(", ");
      issues.push({ line, code: "evaluation-respondent", params: { value: respondent, accepted } });
      return;
    }
    rules.push({ questionnaire: questionnaire.toUpperCase(), respondent: role, daysAfterEnd, dueInDays });
  });
  return rules;
}

function readSpeakers(value: unknown, line: number, issues: ActivityIssue[]): RawSpeaker[] {
  if (value === null || value === undefined) return [];
  if (typeof value === "string") {
    const { speakers, bad } = parseSpeakerList(value);
    for (const entry of bad) issues.push({ line, code: "speaker", params: { value: entry } });
    return speakers;
  }
  if (!Array.isArray(value)) {
    issues.push({ line, code: "field-type", params: { field: "speakers" } });
    return [];
  }
  const speakers: RawSpeaker[] = [];
  for (const entry of value as unknown[]) {
    if (typeof entry === "string") {
      const speaker = parseSpeaker(entry);
      if (speaker) speakers.push(speaker);
      else issues.push({ line, code: "speaker", params: { value: entry } });
      continue;
    }
    if (!isMapping(entry)) {
      issues.push({ line, code: "field-type", params: { field: "speakers" } });
      continue;
    }
    for (const key of Object.keys(entry)) {
      if (!["name", "institution", "role"].includes(key)) {
        issues.push({ line, code: "unknown-field", params: { field: `speakers.${key}` } });
      }
    }
    const name = scalarText(entry.name ?? "");
    const institution = scalarText(entry.institution ?? "");
    const role = scalarText(entry.role ?? "");
    if (name === null || institution === null || role === null) {
      issues.push({ line, code: "field-type", params: { field: "speakers" } });
      continue;
    }
    speakers.push({ name: name.trim(), institution: institution.trim(), role: role.trim() });
  }
  return speakers;
}

/** A scalar as the text a CSV cell would hold; null for a list or mapping. */
function scalarText(value: unknown): string | null {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean" || typeof value === "bigint") return String(value);
  if (value instanceof Date) return value.toISOString();
  return null;
}

/** A list of scalars, or one "a | b" string; null when neither. */
function textList(value: unknown): string[] | null {
  if (value === null || value === undefined) return [];
  if (Array.isArray(value)) {
    const texts = value.map(scalarText);
    if (texts.some((text) => text === null)) return null;
    return (texts as string[]).map((text) => text.trim()).filter((text) => text !== "");
  }
  const text = scalarText(value);
  return text === null ? null : splitList(text);
}

function isMapping(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value) && !(value instanceof Date);
}
