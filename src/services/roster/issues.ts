/**
 * Everything a roster file can be wrong about. Each code has a message `roster-issue-<code>` in
 * `locales/<locale>/roster.ftl`, fed with the issue's params. The NIP codes (see nip.ts) are here too.
 */
export const ROSTER_ISSUE_CODES = [
  // The file as a whole.
  "file-empty",
  "csv-syntax",
  "missing-column",
  "duplicate-column",
  "column-count",
  // One row's fields.
  "nip-length",
  "nip-digits",
  "nip-birth-date",
  "nip-appointment",
  "nip-gender",
  "nip-sequence",
  "required",
  "too-long",
  "unit-code",
  "position-type",
  "employment-type",
  "grade",
  "phone",
  "email",
  // Rows against each other and the database.
  "duplicate-nip",
  "duplicate-phone",
  "unit-conflict",
  "unit-parent-unknown",
  "unit-parent-self",
  "unit-parent-cycle",
  "supervisor-unknown",
  "supervisor-inactive",
  "supervisor-self",
  "supervisor-cycle",
  // Warnings: the import still runs.
  "supervisor-not-in-file",
] as const;

export type RosterIssueCode = (typeof ROSTER_ISSUE_CODES)[number];

export type IssueParams = Record<string, string | number>;

export interface RowIssue {
  /** Line in the CSV file where the row starts; the header is line 1. */
  line: number;
  code: RosterIssueCode;
  params: IssueParams;
}

/** The Fluent key for an issue's message. */
export function issueMessageKey(code: RosterIssueCode): string {
  return `roster-issue-${code}`;
}

export function sortIssues(issues: RowIssue[]): RowIssue[] {
  return issues
    .map((issue, index) => ({ issue, index }))
    .sort((a, b) => a.issue.line - b.issue.line || a.index - b.index)
    .map(({ issue }) => issue);
}
