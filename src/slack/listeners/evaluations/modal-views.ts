import type { types } from "@slack/bolt";
import { z } from "zod";
import { formatDate } from "../../../i18n/format-date.js";
import { escapeHtml } from "../../../i18n/html.js";
import type { Locale } from "../../../i18n/index.js";
import type { AnsweringQuestion, AnsweringRequest } from "../../../services/evaluations/answering.js";
import type { SlackDeps } from "../../deps.js";
import { htmlToMrkdwn } from "../../mrkdwn.js";
import type { Draft } from "./drafts.js";
import { questionBlock } from "./question-input.js";

/**
 * The questionnaire modal, one page per view. Slack allows 100 blocks per view and a stack of three
 * views (the opened one and two pushed). A page has at most four heading blocks and one input block
 * per question, and a questionnaire has at most 50 questions (definition.ts MAX_QUESTIONS), so a page
 * never comes near 100 blocks. Pages hold 10 questions, or more when that would need more than three
 * pages: 25 questions are 10 + 10 + 5, 50 are 17 + 17 + 16. "Lanjut" pushes the next page, and Slack's
 * close button on a pushed page goes back to the previous one with its answers still in place.
 */

export const EVALUATION_PAGE_CALLBACK = "evaluation-page";
export const QUESTIONS_PER_PAGE = 10;
export const MAX_VIEWS_IN_STACK = 3;
export const MAX_BLOCKS_PER_VIEW = 100;

/** The questions split into consecutive pages. */
export function pagesOf<T>(questions: readonly T[]): T[][] {
  const size = Math.max(QUESTIONS_PER_PAGE, Math.ceil(questions.length / MAX_VIEWS_IN_STACK));
  const pages: T[][] = [];
  for (let start = 0; start < questions.length; start += size) pages.push(questions.slice(start, start + size));
  return pages;
}

const metadata = z.object({ r: z.int().positive(), p: z.int().min(0) });

/** What a page's private_metadata carries: the request and the page (the answers are in drafts.ts). */
export interface PageRef {
  requestId: number;
  page: number;
}

export function encodePageRef(ref: PageRef): string {
  return JSON.stringify({ r: ref.requestId, p: ref.page });
}

export function parsePageRef(raw: string): PageRef | null {
  try {
    const parsed = metadata.safeParse(JSON.parse(raw));
    return parsed.success ? { requestId: parsed.data.r, page: parsed.data.p } : null;
  } catch {
    return null;
  }
}

const plain = (text: string): types.PlainTextElement => ({ type: "plain_text", text });
const mrkdwnSection = (html: string): types.SectionBlock => ({ type: "section", text: { type: "mrkdwn", text: htmlToMrkdwn(html) } });

function translator(deps: SlackDeps, locale: Locale) {
  return (key: string, vars?: Record<string, string | number>) => deps.messages.t(locale, key, vars);
}

export function questionnaireTitle(locale: Locale, request: Pick<AnsweringRequest, "questionnaireTitle" | "questionnaireTitleEn">): string {
  return locale === "en" ? (request.questionnaireTitleEn ?? request.questionnaireTitle) : request.questionnaireTitle;
}

/** Page `page` (from 0) of the request's questionnaire, with the answers given so far selected. */
export function pageView(deps: SlackDeps, locale: Locale, request: AnsweringRequest, page: number, draft: Draft): types.ModalView {
  const t = translator(deps, locale);
  const pages = pagesOf(request.questions);
  const questions: AnsweringQuestion[] = pages[page] ?? [];
  const first = request.questions.indexOf(questions[0]!) + 1;
  const last = first + questions.length - 1;
  const total = request.questions.length;

  const heading = [t("slack-evaluation-heading", { title: escapeHtml(questionnaireTitle(locale, request)) })];
  if (request.activityTitle) heading.push(t("evaluation-intro-activity", { activity: escapeHtml(request.activityTitle) }));
  if (request.subjectName) heading.push(t("evaluation-intro-subject", { name: escapeHtml(request.subjectName) }));
  const progress =
    first === last
      ? t("evaluation-question-header", { number: String(first), total: String(total) })
      : t("slack-evaluation-page", { first: String(first), last: String(last), total: String(total) });
  const due = t("evaluation-list-due", { date: formatDate(request.dueAt, locale, deps.config.timezone) });

  const blocks: types.KnownBlock[] = [
    mrkdwnSection(heading.join("\n")),
    { type: "context", elements: [{ type: "mrkdwn", text: htmlToMrkdwn(`${progress} · ${due}`) }] },
  ];
  if (request.anonymous) blocks.push(mrkdwnSection(t("evaluation-anonymous-notice")));
  blocks.push({ type: "divider" });
  questions.forEach((q, i) => blocks.push(questionBlock(t, locale, q, first + i, draft[String(q.id)])));

  const isLast = page === pages.length - 1;
  return {
    type: "modal",
    callback_id: EVALUATION_PAGE_CALLBACK,
    private_metadata: encodePageRef({ requestId: request.id, page }),
    title: plain(t("slack-evaluation-modal-title")),
    submit: plain(t(isLast ? "evaluation-button-send" : "slack-evaluation-button-next")),
    // The first page's close ends answering (and drops the draft); a pushed page's goes back.
    close: plain(t(page === 0 ? "slack-evaluation-button-cancel" : "evaluation-button-back")),
    ...(page === 0 ? { notify_on_close: true } : {}),
    blocks,
  };
}

/** A modal with one message (Telegram HTML) and a close button that closes the whole modal. */
export function noticeView(deps: SlackDeps, locale: Locale, html: string): types.ModalView {
  const t = translator(deps, locale);
  return {
    type: "modal",
    title: plain(t("slack-evaluation-modal-title")),
    close: plain(t("slack-evaluation-button-close")),
    clear_on_close: true,
    blocks: [mrkdwnSection(html)],
  };
}
