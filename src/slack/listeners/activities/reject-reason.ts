import type { types } from "@slack/bolt";
import { escapeHtml } from "../../../i18n/html.js";
import { decideRegistration } from "../../../services/activities/approval.js";
import { resolveSlackCaller } from "../../caller.js";
import type { SlackDeps } from "../../deps.js";
import { modal, plainText, sections } from "./blocks.js";
import { decidedStatusName, decisionErrorKey, decisionText } from "./decision-text.js";
import { refreshHomeAfterChange } from "./reply.js";
import { replaceRequestMessage, type RequestMessage } from "./request-message.js";
import { slackText, type SlackText } from "./text.js";
import { stateOf, type ViewSubmission } from "./view-submission.js";

/** Rejecting a registration: a modal asks for an optional reason, as Telegram asks in chat. */

export const REJECT_VIEW_ID = "sapr_reject";
const REASON_BLOCK = "reason";
/** Reasons go into the employee's notice: keep them to a few sentences (as on Telegram). */
export const REASON_MAX_LENGTH = 500;

interface RejectMetadata {
  registrationId: number;
  message: RequestMessage | null;
}

export function rejectReasonView(
  text: SlackText,
  input: { registrationId: number; name: string; title: string; message: RequestMessage | null },
): types.ModalView {
  const metadata: RejectMetadata = { registrationId: input.registrationId, message: input.message };
  return modal({
    callbackId: REJECT_VIEW_ID,
    title: text.plain("slack-activities-reject-title"),
    close: text.plain("slack-activities-reject-close"),
    submit: text.plain("slack-activities-reject-submit"),
    privateMetadata: JSON.stringify(metadata),
    blocks: [
      ...sections(text.mrkdwn("slack-activities-reject-intro", { name: escapeHtml(input.name), title: escapeHtml(input.title) })),
      {
        type: "input",
        block_id: REASON_BLOCK,
        optional: true,
        label: plainText(text.plain("slack-activities-reject-label"), 2000),
        hint: plainText(text.plain("slack-activities-reject-hint"), 2000),
        element: { type: "plain_text_input", action_id: REASON_BLOCK, multiline: true, max_length: REASON_MAX_LENGTH },
      },
    ],
  });
}

function metadataOf(raw: string): RejectMetadata | null {
  try {
    const parsed = JSON.parse(raw) as Partial<RejectMetadata>;
    if (typeof parsed.registrationId !== "number" || !Number.isSafeInteger(parsed.registrationId)) return null;
    const message = parsed.message;
    const valid = message && typeof message.channel === "string" && typeof message.ts === "string";
    return { registrationId: parsed.registrationId, message: valid ? { channel: message.channel, ts: message.ts } : null };
  } catch {
    return null;
  }
}

/**
 * The reject modal submitted: the decider is whoever submits it, and the service checks again that
 * they may decide. Problems are shown on the reason field; the request message shows the outcome.
 */
export async function submitRejection(deps: SlackDeps, submission: ViewSubmission): Promise<void> {
  const caller = await resolveSlackCaller(deps, submission.body.user.id);
  const text = slackText(deps, caller.locale);
  const refuse = (message: string) => submission.ack({ response_action: "errors", errors: { [REASON_BLOCK]: message } });

  const metadata = metadataOf(submission.view.private_metadata);
  if (!metadata) return refuse(text.plain("approvals-not-found"));
  if (!caller.account?.active) return refuse(text.plain("slack-activities-need-link"));
  const reason = stateOf(submission.view, REASON_BLOCK)?.value?.trim() ?? "";
  if ([...reason].length > REASON_MAX_LENGTH) return refuse(text.plain("approvals-reason-too-long", { max: String(REASON_MAX_LENGTH) }));

  const result = await decideRegistration(deps, {
    deciderId: caller.account.employeeId,
    registrationId: metadata.registrationId,
    approve: false,
    ...(reason ? { reason } : {}),
  });
  if (!result.ok) return refuse(text.plain(decisionErrorKey(result.error)));
  const outcome = decisionText(text, result, reason);
  if (result.alreadyDecided) {
    const status = decidedStatusName(text, result.status);
    await submission.ack({
      response_action: "update",
      view: modal({
        callbackId: `${REJECT_VIEW_ID}_done`,
        title: text.plain("slack-activities-reject-title"),
        close: text.plain("slack-activities-close"),
        blocks: sections(text.mrkdwn("approvals-already-decided", { status })),
      }),
    });
  } else {
    await submission.ack();
  }
  if (metadata.message) await replaceRequestMessage(deps, submission.client, metadata.message, outcome);
  if (!result.alreadyDecided) await refreshHomeAfterChange(deps, submission.client, submission.body.user.id);
}
