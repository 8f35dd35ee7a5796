import type { types } from "@slack/bolt";
import { formatDate } from "../../../i18n/format-date.js";
import { escapeHtml } from "../../../i18n/html.js";
import { pendingRequestsFor } from "../../../services/evaluations/submission.js";
import { callbackActionId } from "../../callbacks.js";
import type { SlackCaller } from "../../caller.js";
import type { SlackDeps } from "../../deps.js";
import { htmlToMrkdwn, htmlToPlainText } from "../../mrkdwn.js";
import { questionnaireTitle } from "./modal-views.js";

/** The App Home shows this many open requests; the rest are counted. Home views hold 100 blocks in all. */
export const HOME_EVALUATIONS_MAX = 10;

/**
 * 📝 Evaluasi on the App Home: the caller's open requests (a supervisor's L3 assessments of their
 * staff included), the soonest due first, each with "✍️ Isi sekarang" (`ev:<requestId>`).
 */
export async function homeSection(deps: SlackDeps, caller: SlackCaller): Promise<types.KnownBlock[]> {
  const account = caller.account;
  if (!account?.active) return [];
  const { locale } = caller;
  const t = (key: string, vars?: Record<string, string | number>) => deps.messages.t(locale, key, vars);
  const section = (html: string): types.SectionBlock => ({ type: "section", text: { type: "mrkdwn", text: htmlToMrkdwn(html) } });

  const requests = await pendingRequestsFor(deps, { employeeId: account.employeeId });
  if (requests.length === 0) return [section(t("evaluation-none"))];

  const blocks: types.KnownBlock[] = [section(t("evaluation-list-title", { count: String(requests.length) }))];
  requests.slice(0, HOME_EVALUATIONS_MAX).forEach((request, i) => {
    const lines = [t("evaluation-list-item", { number: String(i + 1), title: escapeHtml(questionnaireTitle(locale, request)) })];
    if (request.activityTitle) lines.push(t("evaluation-list-activity", { activity: escapeHtml(request.activityTitle) }));
    if (request.subjectName) lines.push(t("evaluation-list-subject", { name: escapeHtml(request.subjectName) }));
    lines.push(t("evaluation-list-due", { date: formatDate(request.dueAt, locale, deps.config.timezone) }));
    if (request.status === "IN_PROGRESS") lines.push(t("evaluation-list-in-progress"));
    blocks.push({
      ...section(lines.join("\n")),
      accessory: {
        type: "button",
        action_id: callbackActionId(i),
        text: { type: "plain_text", text: htmlToPlainText(t("evaluation-button-fill")) },
        value: `ev:${request.id}`,
      },
    });
  });
  const more = requests.length - HOME_EVALUATIONS_MAX;
  if (more > 0) {
    blocks.push({ type: "context", elements: [{ type: "mrkdwn", text: htmlToMrkdwn(t("slack-evaluation-home-more", { count: more })) }] });
  }
  return blocks;
}
