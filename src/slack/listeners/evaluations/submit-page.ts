import type { ViewOutput, ViewResponseAction } from "@slack/bolt";
import { escapeHtml } from "../../../i18n/html.js";
import { markInProgress, openRequestForAnswering, requestStatusFor } from "../../../services/evaluations/answering.js";
import { submitResponse, validateAnswer, type AnswerError } from "../../../services/evaluations/submission.js";
import { resolveSlackCaller } from "../../caller.js";
import type { SlackDeps } from "../../deps.js";
import { htmlToPlainText } from "../../mrkdwn.js";
import { evaluationDrafts, type Draft } from "./drafts.js";
import { noticeView, pagesOf, pageView, parsePageRef, questionnaireTitle } from "./modal-views.js";
import { answerFromState, blockIdOf } from "./question-input.js";

export interface PageSubmission {
  ack: (response?: ViewResponseAction) => Promise<void>;
  body: { user: { id: string } };
  view: Pick<ViewOutput, "private_metadata" | "state">;
}

export interface SubmitPageOptions {
  /** Called after a questionnaire was sent, e.g. to refresh the respondent's App Home. */
  afterSubmit?: (slackUserId: string) => Promise<void>;
}

/**
 * A page's "Lanjut" or the last page's "Kirim". Every answer on the page goes through the services'
 * own validation (validateAnswer), and what fails comes back inline, keyed by the question's block.
 * A valid page is added to the draft and the next page is pushed; the last page sends everything
 * through submitResponse, which stores anonymous answers without the person and refuses a second
 * submit. Ownership and state are checked again on every page, since a view's metadata proves nothing.
 */
export async function submitEvaluationPage(deps: SlackDeps, submission: PageSubmission, options: SubmitPageOptions = {}): Promise<void> {
  const { ack, body, view } = submission;
  const caller = await resolveSlackCaller(deps, body.user.id);
  const t = (key: string, vars?: Record<string, string | number>) => deps.messages.t(caller.locale, key, vars);
  const notice = (html: string) => ack({ response_action: "update", view: noticeView(deps, caller.locale, html) });
  const drafts = evaluationDrafts(deps.db);

  const ref = parsePageRef(view.private_metadata);
  if (!ref) return notice(t("slack-callback-stale"));
  const account = caller.account;
  if (!account?.active) return notice(t("slack-identity-need-link"));
  const respondentId = account.employeeId;
  const opened = await openRequestForAnswering(deps, { requestId: ref.requestId, respondentId });
  if (!opened.ok) {
    if (opened.code !== "not-allowed") await drafts.delete(ref.requestId);
    return notice(t(`evaluation-open-${opened.code}`));
  }
  const request = opened.request;
  const pages = pagesOf(request.questions);
  const questions = pages[ref.page];
  if (!questions) return notice(t("slack-callback-stale"));

  const errorText = (error: AnswerError) => {
    const params = Object.fromEntries(Object.entries(error.params ?? {}).map(([key, value]) => [key, String(value)]));
    const key = error.code === "no-choice" ? "slack-evaluation-error-no-choice" : `evaluation-error-${error.code}`;
    return htmlToPlainText(t(key, params));
  };

  const answers: Draft = {};
  const errors: Record<string, string> = {};
  for (const q of questions) {
    const input = answerFromState(q, view.state.values);
    const check = validateAnswer(q, input);
    if (!check.ok) errors[blockIdOf(q.id)] = errorText(check);
    else answers[String(q.id)] = check.skipped ? null : input;
  }
  if (Object.keys(errors).length > 0) return ack({ response_action: "errors", errors });

  const draft: Draft = { ...(await drafts.read(request.id)), ...answers };
  // Every earlier question has an entry (null when skipped); without one the draft is gone, and
  // sending would silently drop optional answers.
  const earlier = pages.slice(0, ref.page).flat();
  if (earlier.some((q) => !(String(q.id) in draft))) return notice(t("slack-evaluation-draft-lost"));
  if (ref.page < pages.length - 1) {
    await drafts.write(request.id, draft);
    if (request.status === "PENDING") await markInProgress(deps, { requestId: request.id, respondentId });
    return ack({ response_action: "push", view: pageView(deps, caller.locale, request, ref.page + 1, draft) });
  }

  const result = await submitResponse(deps, { requestId: request.id, respondentId, answers: draftAnswers(draft) });
  if (!result.ok && result.code === "invalid") {
    const onThisPage = questions.filter((q) => result.errors[q.id] !== undefined);
    if (onThisPage.length > 0) {
      const inline = Object.fromEntries(onThisPage.map((q) => [blockIdOf(q.id), errorText(result.errors[q.id]!)]));
      return ack({ response_action: "errors", errors: inline });
    }
    // Errors elsewhere mean the earlier answers no longer hold: nothing was stored; start again.
    return notice(t("slack-evaluation-draft-lost"));
  }
  await drafts.delete(request.id);
  if (!result.ok) return notice(t(`evaluation-open-${result.code}`));
  const title = escapeHtml(questionnaireTitle(caller.locale, request));
  await notice(t(result.anonymous ? "evaluation-submitted-anonymous" : "evaluation-submitted", { title }));
  await options.afterSubmit?.(body.user.id);
}

/** The draft keyed by question id, as submitResponse takes it. */
function draftAnswers(draft: Draft): Record<number, Draft[string]> {
  return Object.fromEntries(Object.entries(draft).map(([id, value]) => [Number(id), value]));
}

export interface ModalClosed {
  ack: () => Promise<void>;
  body: { user: { id: string } };
  view: Pick<ViewOutput, "private_metadata">;
}

/** The first page's "Batal": the answers of earlier pages are dropped, as Telegram's /batal drops its draft. */
export async function closeEvaluationModal(deps: SlackDeps, closed: ModalClosed): Promise<void> {
  await closed.ack();
  const ref = parsePageRef(closed.view.private_metadata);
  if (!ref) return;
  const caller = await resolveSlackCaller(deps, closed.body.user.id);
  if (!caller.account?.active) return;
  const status = await requestStatusFor(deps, { requestId: ref.requestId, respondentId: caller.account.employeeId });
  if (status !== null) await evaluationDrafts(deps.db).delete(ref.requestId);
}
