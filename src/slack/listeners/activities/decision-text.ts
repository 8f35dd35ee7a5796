import type { RegistrationStatus } from "../../../generated/prisma/enums.js";
import { escapeHtml } from "../../../i18n/html.js";
import type { DecisionResult } from "../../../services/activities/approval.js";
import type { SlackText } from "./text.js";

/** The words of a decision on a registration, from the shared approvals strings (mrkdwn). */

/** "disetujui", "ditolak" or "dibatalkan" for a registration that is no longer pending. */
export function decidedStatusName(text: SlackText, status: RegistrationStatus): string {
  if (status === "REJECTED") return text.plain("approvals-status-rejected");
  if (status === "CANCELLED") return text.plain("approvals-status-cancelled");
  return text.plain("approvals-status-approved");
}

/** What replaces the request message once decided. */
export function decisionText(text: SlackText, result: Extract<DecisionResult, { ok: true }>, reason?: string): string {
  const vars = { name: escapeHtml(result.employeeName), title: escapeHtml(result.activityTitle) };
  if (result.alreadyDecided) {
    return text.mrkdwn("approvals-already-decided-message", { ...vars, status: decidedStatusName(text, result.status) });
  }
  if (result.status === "REGISTERED") return text.mrkdwn("approvals-decided-approved", vars);
  if (result.status === "WAITLISTED") return text.mrkdwn("approvals-decided-waitlisted", vars);
  return reason?.trim()
    ? text.mrkdwn("approvals-decided-rejected-reason", { ...vars, reason: escapeHtml(reason.trim()) })
    : text.mrkdwn("approvals-decided-rejected", vars);
}

/** The refusal for a decision the service did not make. */
export function decisionErrorKey(error: Extract<DecisionResult, { ok: false }>["error"]): string {
  if (error === "not-allowed") return "approvals-not-allowed";
  if (error === "activity-unavailable") return "approvals-unavailable";
  return "approvals-not-found";
}
