import type { Translate } from "../../i18n/index.js";
import { issueMessageKey, type ActivityIssue } from "./issues.js";
import type { PartnerImportSummary } from "./partners.js";
import type { ActivityImportSummary } from "./plan.js";
import type { ActivityFileFormat } from "./raw-activity.js";

export interface DescribeOptions {
  /** CSV issues name a line, YAML issues the activity's position in the list. */
  format: ActivityFileFormat;
  kind?: "error" | "warning";
}

/**
 * Renders one import problem with any translator (CLI, chat): "baris 4: …" for CSV, "kegiatan
 * ke-2: …" for YAML, "berkas: …" for the file as a whole. Params are passed as text so line
 * numbers and codes are not grouped like amounts ("1.234").
 */
export function describeIssue(t: Translate, issue: ActivityIssue, options: DescribeOptions): string {
  const params: Record<string, string> = Object.fromEntries(
    Object.entries(issue.params).map(([key, value]) => [key, String(value)]),
  );
  if (issue.params.firstLine !== undefined) params.first = location(t, options.format, Number(issue.params.firstLine));
  if (typeof issue.params.status === "string") params.status = statusName(t, issue.params.status);
  const message = t(issueMessageKey(issue.code), params);
  const warning = options.kind === "warning";
  if (issue.line === 0) return t(warning ? "activity-admin-warning-in-file" : "activity-admin-issue-in-file", { message });
  return t(warning ? "activity-admin-warning-at" : "activity-admin-issue-at", {
    where: location(t, options.format, issue.line),
    message,
  });
}

export function describeActivitySummary(t: Translate, summary: ActivityImportSummary): string[] {
  const lines = [
    t("activity-admin-summary", {
      created: String(summary.created),
      updated: String(summary.updated),
      unchanged: String(summary.unchanged),
    }),
  ];
  if (summary.published.length > 0) lines.push(t("activity-admin-summary-published", { codes: summary.published.join(", ") }));
  if (summary.scheduleChanged.length > 0) {
    lines.push(t("activity-admin-summary-schedule-changed", { codes: summary.scheduleChanged.join(", ") }));
  }
  return lines;
}

export function describePartnerSummary(t: Translate, summary: PartnerImportSummary): string {
  return t("activity-admin-partner-summary", {
    created: String(summary.created),
    updated: String(summary.updated),
    unchanged: String(summary.unchanged),
  });
}

/** "Draf", "Terbit", … for an ActivityStatus value. */
export function statusName(t: Translate, status: string): string {
  return t(`activity-admin-status-${status.toLowerCase()}`);
}

function location(t: Translate, format: ActivityFileFormat, line: number): string {
  return t(format === "csv" ? "activity-admin-location-line" : "activity-admin-location-item", { line: String(line) });
}
