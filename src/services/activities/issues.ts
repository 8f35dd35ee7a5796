/**
 * Everything an activity or partner file can be wrong about. Each code has a message
 * `activity-admin-issue-<code>` in `locales/<locale>/activities-admin.ftl`, fed with the issue's params.
 */
export const ACTIVITY_ISSUE_CODES = [
  // The file as a whole.
  "file-empty",
  "csv-syntax",
  "yaml-syntax",
  "yaml-shape",
  "missing-column",
  "duplicate-column",
  "column-count",
  // The shape of one YAML item.
  "item-shape",
  "unknown-field",
  "field-type",
  // One row's or item's fields.
  "required",
  "too-long",
  "code",
  "kind",
  "competency-type",
  "jp",
  "date-time",
  "capacity",
  "url",
  "boolean",
  "status",
  "attendance-code",
  "audience-grade",
  "audience-position-type",
  "speaker",
  "speaker-role",
  "partner-kind",
  "phone",
  "email",
  // Fields of one activity against each other.
  "ends-before-start",
  "registration-window-order",
  "registration-closes-after-start",
  "registration-opens-after-start",
  // Items against each other and the database.
  "duplicate-code",
  "duplicate-partner",
  "duplicate-attendance-code",
  "attendance-code-taken",
  "partner-unknown",
  "audience-unit-unknown",
  "activity-closed",
  // An activity's evaluation rules (YAML `evaluations:`).
  "evaluation-respondent",
  "evaluation-questionnaire",
  "evaluation-pulse",
  "evaluation-respondent-mismatch",
  "evaluation-days-after-end",
  "evaluation-due-days",
  "evaluation-overdue",
  "evaluation-duplicate",
  // Warnings: the import still runs.
  "capacity-below-registered",
  "evaluation-rules-changed",
] as const;

export type ActivityIssueCode = (typeof ACTIVITY_ISSUE_CODES)[number];

export type IssueParams = Record<string, string | number>;

export interface ActivityIssue {
  /**
   * Where the problem is. CSV: the line where the row starts (the header is line 1). YAML: the
   * activity's position in the list, starting at 1. Zero: the file as a whole.
   */
  line: number;
  code: ActivityIssueCode;
  params: IssueParams;
}

/** The Fluent key for an issue's message. */
export function issueMessageKey(code: ActivityIssueCode): string {
  return `activity-admin-issue-${code}`;
}

/** By line, keeping the order in which issues of one line were found. */
export function sortIssues(issues: readonly ActivityIssue[]): ActivityIssue[] {
  return issues
    .map((issue, index) => ({ issue, index }))
    .sort((a, b) => a.issue.line - b.issue.line || a.index - b.index)
    .map(({ issue }) => issue);
}
