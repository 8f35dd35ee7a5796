import type { types } from "@slack/bolt";
import { openRequestForAnswering } from "../../../services/evaluations/answering.js";
import type { SlackCaller } from "../../caller.js";
import type { SlackDeps } from "../../deps.js";
import { evaluationDrafts } from "./drafts.js";
import { noticeView, pageView } from "./modal-views.js";

/** The part of Slack's Web API client that opening a modal needs. */
export interface ViewsOpener {
  views: { open(args: { trigger_id: string; view: types.ModalView }): Promise<unknown> };
}

/** The author's preview of an announcement with a pulse carries this id, which no request has. */
const PREVIEW_REQUEST_ID = 0;

/**
 * "✍️ Isi sekarang" (`ev:<requestId>`, on nudges, pulses and App Home): opens the questionnaire's
 * first page in a modal. The button proves nothing: the service checks the request is the caller's
 * own and still open, and anything else opens a polite notice instead.
 */
export async function openEvaluationModal(
  deps: SlackDeps,
  input: { caller: SlackCaller; requestId: number; triggerId: string; client: ViewsOpener },
): Promise<void> {
  const { caller, client } = input;
  const t = (key: string) => deps.messages.t(caller.locale, key);
  const open = (view: types.ModalView) => client.views.open({ trigger_id: input.triggerId, view });
  if (input.requestId === PREVIEW_REQUEST_ID) return void (await open(noticeView(deps, caller.locale, t("compose-preview-only"))));
  const account = caller.account;
  if (!account?.active) return void (await open(noticeView(deps, caller.locale, t("slack-identity-need-link"))));

  const opened = await openRequestForAnswering(deps, { requestId: input.requestId, respondentId: account.employeeId });
  if (!opened.ok) return void (await open(noticeView(deps, caller.locale, t(`evaluation-open-${opened.code}`))));
  // Each opening starts from the first page with nothing filled in.
  await evaluationDrafts(deps.db).delete(opened.request.id);
  await open(pageView(deps, caller.locale, opened.request, 0, {}));
}
