import { LineCounter, parseDocument } from "yaml";
import { z } from "zod";
import { TEXT_LIMIT } from "../../delivery/payload.js";
import { LINK_TEXT_LIMIT, type AnnouncementContent } from "../announcements/content.js";
import { parseCron, type CronIssue, type CronSchedule } from "./cron-schedule.js";
import { telegramHtmlProblem } from "./telegram-html.js";

/**
 * A campaign definition file (YAML), as a leader's office writes it:
 *
 * ```yaml
 * name: Cara kerja baru
 * cron: "0 8 * * 1"          # five fields, in WIB; at most once an hour
 * audience: all              # all | supervisors | { units: [BKPSDM, DISKOMINFO] } | { role: leader }
 * needs_ack: true            # recipients confirm they have read each message (default false)
 * pulse: PULSE-ADKAR         # optional: a pulse questionnaire asked with the last message
 * messages:                  # sent in this order, one per tick
 *   - body: |
 *       <b>Telegram HTML</b>; new lines are line breaks, no <br> or <p>.
 *     link: { text: Baca panduan, url: "https://example.go.id/panduan" }   # optional
 * ```
 *
 * Unit codes and the pulse code are checked against the database by the import (campaign-import.ts).
 */

export const MAX_CAMPAIGN_MESSAGES = 100;
export const CAMPAIGN_NAME_LIMIT = 120;

export type FileAudience =
  | { kind: "all" }
  | { kind: "supervisors" }
  | { kind: "role"; role: "ADMIN" | "LEADER" }
  | { kind: "units"; unitCodes: string[] };

export interface CampaignFileDefinition {
  name: string;
  schedule: CronSchedule;
  audience: FileAudience;
  needsAck: boolean;
  /** Upper case; asked with the last message. */
  pulseCode: string | null;
  messages: AnnouncementContent[];
}

export const CAMPAIGN_FILE_ISSUE_CODES = [
  // The file as a whole.
  "file-empty",
  "syntax",
  "shape",
  // One field.
  "required",
  "unknown-field",
  "type",
  "empty",
  "too-long",
  "too-few",
  "too-many",
  "code",
  "url",
  "audience",
  "role",
  "html-tag",
  "html-unclosed",
  "html-char",
  // Checked against the database by the import.
  "unknown-unit",
  "unknown-pulse",
  "invalid",
] as const;

export type CampaignFileIssueCode = (typeof CAMPAIGN_FILE_ISSUE_CODES)[number];

export type CampaignFileIssue =
  | {
      /** Field names joined by dots, list positions from 1: `messages.2.link.url`. Empty for the whole file. */
      path: string;
      code: CampaignFileIssueCode;
      params: Record<string, string | number>;
    }
  | { path: "cron"; code: "cron"; params: Record<string, never>; cron: CronIssue };

export type CampaignFileResult =
  | { ok: true; definition: CampaignFileDefinition }
  | { ok: false; issues: CampaignFileIssue[] };

const CODE_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_-]{0,39}$/;

const linkShape = z.strictObject({
  text: z.string().trim().min(1).max(LINK_TEXT_LIMIT),
  url: z.url({ protocol: /^https?$/, hostname: z.regexes.domain }),
});

const messageShape = z.strictObject({
  body: z.string().trim().min(1).max(TEXT_LIMIT),
  link: linkShape.optional(),
});

const campaignFile = z.strictObject({
  name: z.string().trim().min(1).max(CAMPAIGN_NAME_LIMIT),
  cron: z.string(),
  // Checked on its own below, for a clearer message than a union's.
  audience: z.unknown(),
  needs_ack: z.boolean().default(false),
  pulse: z.string().regex(CODE_PATTERN).optional(),
  messages: z.array(messageShape).min(1).max(MAX_CAMPAIGN_MESSAGES),
});

/** Reads and validates a campaign file; every problem is reported with the path of its field. */
export function parseCampaignFile(text: string): CampaignFileResult {
  const fail = (issues: CampaignFileIssue[]): CampaignFileResult => ({ ok: false, issues });
  const source = text.replace(/^\uFEFF/, "");
  if (source.trim() === "") return fail([{ path: "", code: "file-empty", params: {} }]);
  const lineCounter = new LineCounter();
  const document = parseDocument(source, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const [syntax] = document.errors;
  if (syntax) {
    return fail([{ path: "", code: "syntax", params: { line: lineCounter.linePos(syntax.pos[0]).line, detail: syntax.code } }]);
  }
  const raw: unknown = document.toJS();
  if (raw === null || raw === undefined) return fail([{ path: "", code: "file-empty", params: {} }]);
  if (!isMapping(raw)) return fail([{ path: "", code: "shape", params: {} }]);

  const parsed = campaignFile.safeParse(raw, { reportInput: true });
  const issues: CampaignFileIssue[] = parsed.success ? [] : parsed.error.issues.flatMap(toIssues);

  const audience = readAudience(raw.audience, issues);
  let schedule: CronSchedule | null = null;
  if (typeof raw.cron === "string") {
    const cron = parseCron(raw.cron);
    if (cron.ok) schedule = cron.schedule;
    else issues.push({ path: "cron", code: "cron", params: {}, cron: cron.issue });
  }
  if (Array.isArray(raw.messages)) {
    raw.messages.forEach((message: unknown, index) => {
      if (!isMapping(message) || typeof message.body !== "string") return;
      const problem = telegramHtmlProblem(message.body);
      if (problem) {
        const { code, ...params } = problem;
        issues.push({ path: `messages.${index + 1}.body`, code, params });
      }
    });
  }
  if (!parsed.success || issues.length > 0 || audience === null || schedule === null) return fail(inFileOrder(issues));

  const file = parsed.data;
  return {
    ok: true,
    definition: {
      name: file.name,
      schedule,
      audience,
      needsAck: file.needs_ack,
      pulseCode: file.pulse?.toUpperCase() ?? null,
      messages: file.messages.map((message) => ({
        bodyHtml: message.body,
        ...(message.link ? { link: { text: message.link.text, url: message.link.url } } : {}),
      })),
    },
  };
}

const ROLES = { leader: "LEADER", admin: "ADMIN" } as const;

function readAudience(value: unknown, issues: CampaignFileIssue[]): FileAudience | null {
  const problem = (path: string, code: CampaignFileIssueCode, params: Record<string, string | number> = {}) => {
    issues.push({ path, code, params });
    return null;
  };
  if (value === undefined || value === null) return problem("audience", "required", { field: "audience" });
  if (value === "all") return { kind: "all" };
  if (value === "supervisors") return { kind: "supervisors" };
  if (!isMapping(value) || Object.keys(value).length !== 1) return problem("audience", "audience", { value: String(value) });
  if (Object.hasOwn(value, "role")) {
    const role = String(value.role).toLowerCase();
    if (role !== "leader" && role !== "admin") return problem("audience.role", "role", { value: String(value.role) });
    return { kind: "role", role: ROLES[role] };
  }
  if (!Object.hasOwn(value, "units")) return problem("audience", "audience", { value: Object.keys(value).join(", ") });
  const units = value.units;
  if (!Array.isArray(units) || units.length === 0) return problem("audience.units", "too-few", { field: "audience.units", min: 1 });
  const codes: string[] = [];
  units.forEach((unit: unknown, index) => {
    if (typeof unit === "string" && unit.trim() !== "") codes.push(unit.trim());
    else problem(`audience.units.${index + 1}`, "type", { field: `audience.units.${index + 1}`, expected: "string" });
  });
  return codes.length === units.length ? { kind: "units", unitCodes: codes } : null;
}

const FIELD_ORDER = ["", "name", "cron", "audience", "needs_ack", "pulse", "messages"];

/** Issues in the order of the fields in the documented file, messages by position; unknown fields last. */
function inFileOrder(issues: CampaignFileIssue[]): CampaignFileIssue[] {
  const rank = (issue: CampaignFileIssue): [number, number] => {
    const [field = "", position] = issue.path.split(".");
    const index = FIELD_ORDER.indexOf(field);
    return [index < 0 ? FIELD_ORDER.length : index, field === "messages" ? Number(position ?? 0) : 0];
  };
  return issues
    .map((issue, index) => ({ issue, index, rank: rank(issue) }))
    .sort((a, b) => a.rank[0] - b.rank[0] || a.rank[1] - b.rank[1] || a.index - b.index)
    .map((entry) => entry.issue);
}

type ZodIssue = z.core.$ZodIssue;

/** One zod issue as file issues (one per unknown key), with a readable path and positions from 1. */
function toIssues(issue: ZodIssue): CampaignFileIssue[] {
  const path = issue.path.map((part) => (typeof part === "number" ? String(part + 1) : String(part))).join(".");
  const one = (code: CampaignFileIssueCode, params: Record<string, string | number> = {}): CampaignFileIssue[] => [
    { path, code, params: { field: path, ...params } },
  ];
  switch (issue.code) {
    case "unrecognized_keys":
      return issue.keys.map((key) => {
        const at = path === "" ? key : `${path}.${key}`;
        return { path: at, code: "unknown-field", params: { field: at } };
      });
    case "invalid_type":
      return issue.input === undefined ? one("required") : one("type", { expected: issue.expected });
    case "too_small":
      return issue.origin === "array" ? one("too-few", { min: Number(issue.minimum) }) : one("empty");
    case "too_big":
      return issue.origin === "array" ? one("too-many", { max: Number(issue.maximum) }) : one("too-long", { max: Number(issue.maximum) });
    case "invalid_format":
      if (issue.path.at(-1) === "url") return one("url", { value: String(issue.input ?? "") });
      if (issue.path.at(-1) === "pulse") return one("code", { value: String(issue.input ?? "") });
      return one("invalid");
    default:
      return one("invalid");
  }
}

function isMapping(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value) && !(value instanceof Date);
}
