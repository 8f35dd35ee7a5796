import type { Translate } from "../../i18n/index.js";
import { issueMessageKey, type RowIssue } from "./issues.js";
import type { ImportSummary } from "./plan.js";

/**
 * Renders import results with any translator (CLI, chat). Params are passed as text so NIPs and
 * line numbers are not grouped like amounts ("1.234").
 */
export function describeIssue(t: Translate, issue: RowIssue, kind: "error" | "warning" = "error"): string {
  const params = Object.fromEntries(Object.entries(issue.params).map(([key, value]) => [key, String(value)]));
  const message = t(issueMessageKey(issue.code), params);
  return t(kind === "error" ? "roster-issue-at-line" : "roster-warning-at-line", { line: String(issue.line), message });
}

export function describeSummary(t: Translate, summary: ImportSummary): string[] {
  return [t("roster-summary-units", summary.units), t("roster-summary-employees", summary.employees)];
}
