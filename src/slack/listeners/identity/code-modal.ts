import type { types, ViewOutput, ViewResponseAction } from "@slack/bolt";
import { escapeHtml } from "../../../i18n/html.js";
import { linkByCode } from "../../../services/identity/link-by-code.js";
import { normalizeNip } from "../../../services/roster/nip.js";
import { resolveSlackCaller } from "../../caller.js";
import type { CallbackArgs } from "../../callbacks.js";
import type { SlackDeps } from "../../deps.js";
import type { SlackWebClient } from "../../web-client.js";
import { clip, section, slackTranslate, type SlackTranslate } from "../home/blocks.js";
import { afterSlackLinked } from "./after-link.js";
import { answerPress } from "./answer.js";
import { refusalText, type LinkRefusalCode } from "./link-errors.js";

export const LINK_CODE_CALLBACK = "identity_link_code";
export const LINK_CODE_BLOCKS = { nip: "link_nip", code: "link_code" } as const;
export const LINK_CODE_ACTION = "value";

/** Refusals about the person (shown under the NIP); the others are about the code. */
const NIP_REFUSALS = new Set<LinkRefusalCode>(["nip-invalid", "employee-inactive", "employee-already-linked"]);

// Modal titles and buttons hold at most 24 characters.
const plain = (text: string, max = 24): types.PlainTextElement => ({ type: "plain_text", text: clip(text, max), emoji: true });

function textInput(tr: SlackTranslate, blockId: string, labelKey: string, placeholderKey: string, maxLength: number): types.InputBlock {
  return {
    type: "input",
    block_id: blockId,
    label: plain(tr.plain(labelKey), 2000),
    element: {
      type: "plain_text_input",
      action_id: LINK_CODE_ACTION,
      placeholder: plain(tr.plain(placeholderKey), 150),
      max_length: maxLength,
    },
  };
}

/** NIP plus activation code, as the admin issued it (`cli code issue`). */
export function linkCodeModal(tr: SlackTranslate): types.ModalView {
  return {
    type: "modal",
    callback_id: LINK_CODE_CALLBACK,
    title: plain(tr.plain("slack-identity-code-title")),
    submit: plain(tr.plain("slack-identity-code-submit")),
    close: plain(tr.plain("slack-identity-code-cancel")),
    blocks: [
      section(tr.md("slack-identity-code-intro")),
      textInput(tr, LINK_CODE_BLOCKS.nip, "slack-identity-code-nip-label", "slack-identity-code-nip-placeholder", 40),
      textInput(tr, LINK_CODE_BLOCKS.code, "slack-identity-code-label", "slack-identity-code-placeholder", 20),
    ],
  };
}

/** The modal's last word: linked, or why it cannot be. */
export function linkOutcomeModal(tr: SlackTranslate, text: string): types.ModalView {
  return {
    type: "modal",
    callback_id: LINK_CODE_CALLBACK,
    title: plain(tr.plain("slack-identity-code-title")),
    close: plain(tr.plain("slack-identity-code-close")),
    blocks: [section(text)],
  };
}

/** "🔑 Tautkan dengan NIP dan kode" and "❌ Bukan": opens the modal. */
export async function openLinkCodeModal(deps: SlackDeps, { caller, press }: Pick<CallbackArgs, "caller" | "press">): Promise<void> {
  const tr = slackTranslate(deps, caller.locale);
  if (caller.account) {
    return answerPress(deps, press, tr.md("slack-identity-error-account-already-linked", { name: escapeHtml(caller.account.name) }));
  }
  await press.client.views.open({ trigger_id: press.body.trigger_id, view: linkCodeModal(tr) });
}

export interface LinkCodeSubmission {
  ack: (response?: ViewResponseAction) => Promise<void>;
  body: { user: { id: string; name?: string; username?: string } };
  view: Pick<ViewOutput, "state">;
  client: SlackWebClient;
}

/**
 * The modal's submit. A malformed NIP, a wrong, used or expired code and the lockout after repeated
 * failures come back inline under the field concerned; the attempt limits are the service's, shared
 * with Telegram.
 */
export async function submitLinkCode(deps: SlackDeps, { ack, body, view, client }: LinkCodeSubmission): Promise<void> {
  const slackUserId = body.user.id;
  const caller = await resolveSlackCaller(deps, slackUserId);
  const tr = slackTranslate(deps, caller.locale);
  if (caller.account) {
    const text = tr.md("slack-identity-error-account-already-linked", { name: escapeHtml(caller.account.name) });
    return ack({ response_action: "update", view: linkOutcomeModal(tr, text) });
  }
  const field = (blockId: string) => view.state.values[blockId]?.[LINK_CODE_ACTION]?.value ?? "";
  const nip = normalizeNip(field(LINK_CODE_BLOCKS.nip));
  if (!/^\d{18}$/.test(nip)) {
    return ack({ response_action: "errors", errors: { [LINK_CODE_BLOCKS.nip]: tr.plain("slack-identity-nip-malformed") } });
  }
  const limits = { maxFailedAttempts: deps.config.linkMaxFailedAttempts, lockoutMinutes: deps.config.linkLockoutMinutes };
  const identity = {
    platform: "SLACK" as const,
    externalId: slackUserId,
    chatId: slackUserId,
    username: body.user.username ?? body.user.name ?? null,
  };
  const result = await linkByCode({ ...deps, limits }, identity, { nip, code: field(LINK_CODE_BLOCKS.code) });
  if (!result.ok) {
    if (result.error === "account-already-linked") {
      return ack({ response_action: "update", view: linkOutcomeModal(tr, refusalText(tr, result, deps.config.timezone)) });
    }
    const blockId = NIP_REFUSALS.has(result.error) ? LINK_CODE_BLOCKS.nip : LINK_CODE_BLOCKS.code;
    return ack({ response_action: "errors", errors: { [blockId]: refusalText(tr, result, deps.config.timezone, "plain") } });
  }
  await ack({ response_action: "update", view: linkOutcomeModal(tr, tr.md("link-success", { name: escapeHtml(result.name) })) });
  await afterSlackLinked(deps, client, slackUserId, result.name);
}
