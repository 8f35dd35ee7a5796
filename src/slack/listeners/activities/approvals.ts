import { escapeHtml } from "../../../i18n/html.js";
import { decideRegistration } from "../../../services/activities/approval.js";
import { findDecidableRequest } from "../../../services/activities/pending-approvals.js";
import type { ButtonPress, CallbackArgs } from "../../callbacks.js";
import type { SlackDeps } from "../../deps.js";
import { decidedStatusName, decisionErrorKey, decisionText } from "./decision-text.js";
import { employeeOf } from "./navigate.js";
import { refreshHomeAfterChange, tellPresser } from "./reply.js";
import { replaceRequestMessage, type RequestMessage } from "./request-message.js";
import { rejectReasonView } from "./reject-reason.js";
import { slackText } from "./text.js";

/**
 * The message the pressed button belongs to, and whether it still shows buttons. An ephemeral one
 * (the /pembinaan menu) cannot be edited: the answer then goes under it instead.
 */
function requestMessageOf(press: ButtonPress): (RequestMessage & { hasButtons: boolean }) | null {
  const { channel, message, container } = press.body;
  if (!channel?.id || !message?.ts || container?.is_ephemeral === true) return null;
  const blocks = (message.blocks ?? []) as Array<{ type?: string }>;
  return { channel: channel.id, ts: message.ts, hasButtons: blocks.some((block) => block.type === "actions") };
}

/**
 * "✅ Setujui" / "❌ Tolak" under an approval request (`apr:<registrationId>:y|n`, queued by the
 * approval service). The button proves nothing: the service decides whether this person may decide.
 * Approving decides at once and replaces the request with the outcome; rejecting first asks for an
 * optional reason in a modal.
 */
export async function decide(deps: SlackDeps, args: CallbackArgs): Promise<void> {
  const text = slackText(deps, args.caller.locale);
  const deciderId = await employeeOf(deps, args, text);
  if (deciderId === null) return;
  const registrationId = Number(args.match[1]);
  const message = requestMessageOf(args.press);

  if (args.match[2] === "y") {
    const result = await decideRegistration(deps, { deciderId, registrationId, approve: true });
    if (!result.ok) return tellPresser(deps, args.press, text.mrkdwn(decisionErrorKey(result.error)));
    if (message && (message.hasButtons || !result.alreadyDecided)) {
      await replaceRequestMessage(deps, args.press.client, message, decisionText(text, result));
    }
    if (result.alreadyDecided || !message) {
      // From App Home the tab is drawn again with this on top, which also drops the decided request.
      const answer = result.alreadyDecided
        ? text.mrkdwn("approvals-already-decided", { status: decidedStatusName(text, result.status) })
        : decisionText(text, result);
      await tellPresser(deps, args.press, answer);
    }
    if (message && !result.alreadyDecided) await refreshHomeAfterChange(deps, args.press.client, args.press.body.user.id);
    return;
  }

  // Rejecting asks for a reason first: check now that there is something this person may reject.
  const found = await findDecidableRequest(deps, { deciderId, registrationId });
  if (!found.ok) return tellPresser(deps, args.press, text.mrkdwn(decisionErrorKey(found.error)));
  const { request } = found;
  if (request.status !== "PENDING_APPROVAL") {
    const status = decidedStatusName(text, request.status);
    if (message?.hasButtons) {
      const vars = { name: escapeHtml(request.employee.name), title: escapeHtml(request.activity.title), status };
      await replaceRequestMessage(deps, args.press.client, message, text.mrkdwn("approvals-already-decided-message", vars));
    }
    return tellPresser(deps, args.press, text.mrkdwn("approvals-already-decided", { status }));
  }
  const view = rejectReasonView(text, {
    registrationId,
    name: request.employee.name,
    title: request.activity.title,
    message: message ? { channel: message.channel, ts: message.ts } : null,
  });
  await args.press.client.views.open({ trigger_id: args.press.body.trigger_id, view });
}
