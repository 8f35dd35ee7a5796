import { parseDocument } from "yaml";
import { z } from "zod";
import type { QuestionKind, QuestionnaireLevel, RespondentRole } from "../../generated/prisma/enums.js";
import {
  AGREEMENT_LABELS,
  bilingual,
  choiceOptions,
  likertOptions,
  ratingOptions,
  type Bilingual,
  type ChoiceOptions,
  type LikertOptions,
  type RatingOptions,
} from "./question-options.js";

/**
 * A questionnaire definition file (YAML or JSON), as an admin writes it:
 *
 * ```yaml
 * code: L1-REAKSI
 * title: { id: Evaluasi reaksi peserta, en: Participant reaction }
 * level: reaction            # reaction | learning | behaviour | pulse
 * respondent: participant    # participant | supervisor | any
 * anonymous: false
 * questions:
 *   - kind: likert           # likert | rating | single_choice | multi_choice | yes_no | free_text
 *     text: { id: Materi jelas., en: The content was clear. }
 *     dimension: materi
 * ```
 *
 * Options per kind are those of question-options.ts: `likert` takes `options.labels` (five, defaulting
 * to AGREEMENT_LABELS), `rating` optional `options.low`/`options.high`, the choice kinds
 * `options.choices` with stable ids; `yes_no` and `free_text` take none. Only `free_text` takes
 * `max_length` (default 1000, at most 4000).
 */

export type QuestionnaireFileFormat = "yaml" | "json";

export const FREE_TEXT_DEFAULT_MAX_LENGTH = 1000;
export const FREE_TEXT_MAX_LENGTH = 4000;
export const MAX_QUESTIONS = 50;

export const QUESTIONNAIRE_ISSUE_CODES = [
  // The file as a whole.
  "file-empty",
  "syntax",
  "shape",
  // One field.
  "required",
  "unknown-field",
  "type",
  "choice",
  "empty",
  "too-long",
  "too-few",
  "too-many",
  "too-small",
  "too-big",
  "code",
  "dimension",
  "choice-id",
  "choice-ids-unique",
  "likert-labels",
  "options-not-allowed",
  "max-length-not-allowed",
  "invalid",
] as const;

export type QuestionnaireIssueCode = (typeof QUESTIONNAIRE_ISSUE_CODES)[number];

export interface QuestionnaireIssue {
  /**
   * Where the problem is, as the file's field names joined by dots, with list positions starting
   * at 1: `questions.3.options.choices.2.id`. Empty for the file as a whole.
   */
  path: string;
  code: QuestionnaireIssueCode;
  params: Record<string, string | number>;
}

/** The Fluent key for an issue's message. */
export function questionnaireIssueKey(code: QuestionnaireIssueCode): string {
  return `questionnaire-issue-${code}`;
}

const LEVELS = { reaction: "REACTION", learning: "LEARNING", behaviour: "BEHAVIOUR", pulse: "PULSE" } as const;
const RESPONDENTS = { participant: "PARTICIPANT", supervisor: "SUPERVISOR", any: "ANY" } as const;
const KINDS = {
  likert: "LIKERT",
  rating: "RATING",
  single_choice: "SINGLE_CHOICE",
  multi_choice: "MULTI_CHOICE",
  yes_no: "YES_NO",
  free_text: "FREE_TEXT",
} as const;

type FileKind = keyof typeof KINDS;

const keysOf = <T extends object>(record: T) => Object.keys(record) as [keyof T & string, ...(keyof T & string)[]];

const CODE_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_-]{0,39}$/;
const DIMENSION_PATTERN = /^[a-z0-9][a-z0-9_-]{0,39}$/;

const fileText = (max: number) =>
  z.strictObject({ id: bilingual.shape.id.max(max), en: bilingual.shape.en.unwrap().max(max).optional() });

const questionShape = z.strictObject({
  kind: z.enum(keysOf(KINDS)),
  text: fileText(500),
  required: z.boolean().default(true),
  options: z.unknown().optional(),
  max_length: z.int().min(1).max(FREE_TEXT_MAX_LENGTH).optional(),
  dimension: z.string().regex(DIMENSION_PATTERN).optional(),
});

/** The file's schema; per-kind options are checked separately (see checkKindFields). */
export const questionnaireFile = z.strictObject({
  code: z.string().regex(CODE_PATTERN),
  title: fileText(200),
  level: z.enum(keysOf(LEVELS)),
  respondent: z.enum(keysOf(RESPONDENTS)),
  anonymous: z.boolean().default(false),
  questions: z.array(questionShape).min(1).max(MAX_QUESTIONS),
});

export type QuestionnaireFile = z.infer<typeof questionnaireFile>;

export type QuestionOptions = LikertOptions | RatingOptions | ChoiceOptions;

/** One question as stored (database spelling), in a canonical form that can be compared as JSON. */
export interface QuestionDefinition {
  kind: QuestionKind;
  text: Bilingual;
  required: boolean;
  options: QuestionOptions | null;
  maxLength: number | null;
  dimension: string | null;
}

export interface QuestionnaireDefinition {
  /** Upper case. */
  code: string;
  title: Bilingual;
  level: QuestionnaireLevel;
  respondentRole: RespondentRole;
  anonymous: boolean;
  questions: QuestionDefinition[];
}

export type DefinitionResult =
  | { ok: true; definition: QuestionnaireDefinition; issues: [] }
  | { ok: false; definition: null; issues: QuestionnaireIssue[] };

/** Reads and validates a definition file; every problem is reported, none stops the others. */
export function parseQuestionnaireDefinition(text: string, format: QuestionnaireFileFormat): DefinitionResult {
  const fail = (issues: QuestionnaireIssue[]): DefinitionResult => ({ ok: false, definition: null, issues });
  const source = text.replace(/^\uFEFF/, "");
  if (source.trim() === "") return fail([{ path: "", code: "file-empty", params: {} }]);

  let raw: unknown;
  if (format === "json") {
    try {
      raw = JSON.parse(source);
    } catch (error) {
      return fail([{ path: "", code: "syntax", params: { detail: error instanceof Error ? error.message : String(error) } }]);
    }
  } else {
    const document = parseDocument(source, { prettyErrors: false, uniqueKeys: true });
    const [syntax] = document.errors;
    if (syntax) return fail([{ path: "", code: "syntax", params: { detail: syntax.code } }]);
    raw = document.toJS();
  }
  if (raw === null || raw === undefined) return fail([{ path: "", code: "file-empty", params: {} }]);
  if (!isMapping(raw)) return fail([{ path: "", code: "shape", params: {} }]);

  const parsed = questionnaireFile.safeParse(raw, { reportInput: true });
  const issues = parsed.success ? [] : parsed.error.issues.flatMap((issue) => toIssues(issue));
  const questions = Array.isArray(raw.questions) ? (raw.questions as unknown[]) : [];
  const normalized: (Pick<QuestionDefinition, "options" | "maxLength"> | null)[] = [];
  questions.forEach((question, index) => {
    const result = checkKindFields(question, `questions.${index + 1}`);
    issues.push(...result.issues);
    normalized[index] = result.fields;
  });
  if (!parsed.success || issues.length > 0) return fail(issues);

  const file = parsed.data;
  return {
    ok: true,
    issues: [],
    definition: {
      code: file.code.toUpperCase(),
      title: cleanBilingual(file.title),
      level: LEVELS[file.level],
      respondentRole: RESPONDENTS[file.respondent],
      anonymous: file.anonymous,
      questions: file.questions.map((question, index) => ({
        kind: KINDS[question.kind],
        text: cleanBilingual(question.text),
        required: question.required,
        options: normalized[index]!.options,
        maxLength: normalized[index]!.maxLength,
        dimension: question.dimension ?? null,
      })),
    },
  };
}

/** Options and max_length against the question's kind; nothing to say when the kind itself is bad. */
function checkKindFields(
  question: unknown,
  at: string,
): { issues: QuestionnaireIssue[]; fields: Pick<QuestionDefinition, "options" | "maxLength"> | null } {
  const none = { issues: [], fields: null };
  if (!isMapping(question) || typeof question.kind !== "string" || !Object.hasOwn(KINDS, question.kind)) return none;
  const kind = question.kind as FileKind;
  const issues: QuestionnaireIssue[] = [];
  const hasOptions = question.options !== undefined && question.options !== null;
  const hasMaxLength = question.max_length !== undefined;
  const maxLength = kind === "free_text" ? (typeof question.max_length === "number" ? question.max_length : FREE_TEXT_DEFAULT_MAX_LENGTH) : null;
  if (hasMaxLength && kind !== "free_text") {
    issues.push({ path: `${at}.max_length`, code: "max-length-not-allowed", params: { kind } });
  }

  const optionsWith = <T>(schema: z.ZodType<T>, fallback: T | null): QuestionOptions | null => {
    if (!hasOptions) {
      if (fallback === null && (kind === "single_choice" || kind === "multi_choice")) {
        issues.push({ path: `${at}.options`, code: "required", params: { field: `${at}.options` } });
      }
      return fallback as QuestionOptions | null;
    }
    const parsed = schema.safeParse(question.options, { reportInput: true });
    if (!parsed.success) {
      issues.push(...parsed.error.issues.flatMap((issue) => toIssues({ ...issue, path: ["options", ...issue.path] }, at)));
      return null;
    }
    return parsed.data as QuestionOptions;
  };

  let options: QuestionOptions | null = null;
  switch (kind) {
    case "likert":
      options = optionsWith(likertOptions.strict(), AGREEMENT_LABELS);
      break;
    case "rating": {
      const rating = optionsWith(ratingOptions.strict(), null) as RatingOptions | null;
      options = rating && (rating.low || rating.high) ? rating : null;
      break;
    }
    case "single_choice":
    case "multi_choice":
      options = optionsWith(choiceOptions.strict(), null);
      break;
    case "yes_no":
    case "free_text":
      if (hasOptions) issues.push({ path: `${at}.options`, code: "options-not-allowed", params: { kind } });
      break;
  }
  return { issues, fields: { options: options === null ? null : cleanOptions(options), maxLength } };
}

type ZodIssue = z.core.$ZodIssue;

/** One zod issue as file issues (one per unknown key), with the path readable and positions from 1. */
function toIssues(issue: ZodIssue, prefix = ""): QuestionnaireIssue[] {
  const path = [prefix, ...issue.path.map((part) => (typeof part === "number" ? String(part + 1) : String(part)))]
    .filter((part) => part !== "")
    .join(".");
  const last = issue.path.at(-1);
  const field = path;
  const one = (code: QuestionnaireIssueCode, params: Record<string, string | number> = {}): QuestionnaireIssue[] => [
    { path, code, params: { field, ...params } },
  ];
  switch (issue.code) {
    case "unrecognized_keys":
      return issue.keys.map((key) => {
        const at = path === "" ? key : `${path}.${key}`;
        return { path: at, code: "unknown-field", params: { field: at } };
      });
    case "invalid_type":
      if (issue.input === undefined) return one("required");
      return one("type", { expected: issue.expected });
    case "invalid_value":
      if (issue.input === undefined) return one("required");
      return one("choice", { value: String(issue.input), accepted: issue.values.map(String).join(", ") });
    case "too_small":
      if (issue.origin === "string") return one("empty");
      if (issue.origin === "array") {
        if (last === "labels") return one("likert-labels", { count: arrayLength(issue.input) });
        return one("too-few", { min: Number(issue.minimum) });
      }
      return one("too-small", { min: Number(issue.minimum) });
    case "too_big":
      if (issue.origin === "string") return one("too-long", { max: Number(issue.maximum) });
      if (issue.origin === "array") {
        if (last === "labels") return one("likert-labels", { count: arrayLength(issue.input) });
        return one("too-many", { max: Number(issue.maximum) });
      }
      return one("too-big", { max: Number(issue.maximum) });
    case "invalid_format": {
      const value = String(issue.input ?? "");
      if (last === "code") return one("code", { value });
      if (last === "dimension") return one("dimension", { value });
      if (last === "id") return one("choice-id", { value });
      return one("invalid");
    }
    case "custom":
      if (last === "choices") return one("choice-ids-unique");
      return one("invalid");
    default:
      return one("invalid");
  }
}

function arrayLength(value: unknown): number {
  return Array.isArray(value) ? value.length : 0;
}

/** Text trimmed and `en` left out when absent, so definitions compare equal as JSON. */
function cleanBilingual(value: { id: string; en?: string | undefined }): Bilingual {
  const id = value.id.trim();
  const en = value.en?.trim();
  return en ? { id, en } : { id };
}

function cleanOptions(options: QuestionOptions): QuestionOptions {
  if ("labels" in options) return { labels: options.labels.map(cleanBilingual) };
  if ("choices" in options) {
    return { choices: options.choices.map((choice) => ({ id: choice.id, label: cleanBilingual(choice.label) })) };
  }
  const rating: RatingOptions = {};
  if (options.low) rating.low = cleanBilingual(options.low);
  if (options.high) rating.high = cleanBilingual(options.high);
  return rating;
}

/** The file spelling of a stored definition: what export writes and import reads back unchanged. */
export function toQuestionnaireFile(definition: QuestionnaireDefinition): Record<string, unknown> {
  const fileKey = <T extends Record<string, string>>(record: T, value: string) =>
    Object.keys(record).find((key) => record[key] === value)!;
  return {
    code: definition.code,
    title: definition.title,
    level: fileKey(LEVELS, definition.level),
    respondent: fileKey(RESPONDENTS, definition.respondentRole),
    anonymous: definition.anonymous,
    questions: definition.questions.map((question) => {
      const entry: Record<string, unknown> = { kind: fileKey(KINDS, question.kind), text: question.text };
      if (!question.required) entry.required = false;
      const defaultLikert = question.kind === "LIKERT" && JSON.stringify(question.options) === JSON.stringify(AGREEMENT_LABELS);
      if (question.options !== null && !defaultLikert) entry.options = question.options;
      if (question.kind === "FREE_TEXT" && question.maxLength !== null) entry.max_length = question.maxLength;
      if (question.dimension !== null) entry.dimension = question.dimension;
      return entry;
    }),
  };
}

function isMapping(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value) && !(value instanceof Date);
}
