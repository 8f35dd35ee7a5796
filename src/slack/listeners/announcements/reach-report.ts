import { reachReport } from "../../../services/announcements/reach-report.js";
import { renderReachReport, reportTranslator } from "../../../services/announcements/reach-report-text.js";
import type { CallbackArgs } from "../../callbacks.js";
import type { SlackDeps } from "../../deps.js";
import { htmlToMrkdwn } from "../../mrkdwn.js";
import { actions, modal, sections } from "../activities/blocks.js";
import { employeeOf } from "../activities/navigate.js";
import { tellPresser } from "../activities/reply.js";
import { slackText } from "../activities/text.js";
import { reportData } from "./callback-data.js";

/** "📊 Laporan" (`sanr:<announcementId>`): the reach report, the same text as in chat and the CLI, in a modal. */

export const REPORT_VIEW_ID = "sann_report";

export async function showReachReport(deps: SlackDeps, args: CallbackArgs): Promise<void> {
  const text = slackText(deps, args.caller.locale);
  const viewerId = await employeeOf(deps, args, text);
  if (viewerId === null) return;
  const announcementId = Number(args.match[1]);
  // The service decides who may see it: the author, or an admin.
  const result = await reachReport(deps, { announcementId, viewerId });
  if (!result.ok) return tellPresser(deps, args.press, text.mrkdwn(`announcements-error-${result.code}`));

  const report = renderReachReport(reportTranslator(deps.messages, text.locale), text.locale, result.report, {
    timezone: text.timezone,
    html: true,
  });
  const view = modal({
    callbackId: REPORT_VIEW_ID,
    title: text.plain("slack-announcements-report-title"),
    close: text.plain("slack-activities-close"),
    blocks: [
      ...sections(htmlToMrkdwn(report)),
      actions([{ text: text.plain("my-announcements-button-refresh"), value: reportData(announcementId) }]),
    ],
  });
  const current = args.press.body.view;
  const { client, body } = args.press;
  if (current?.type === "modal" && current.callback_id === REPORT_VIEW_ID) await client.views.update({ view_id: current.id, view });
  else if (current?.type === "modal") await client.views.push({ trigger_id: body.trigger_id, view });
  else await client.views.open({ trigger_id: body.trigger_id, view });
}
