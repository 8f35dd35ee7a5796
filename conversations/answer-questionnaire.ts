import type { Conversation } from "@grammyjs/conversations";
import { GrammyError, InlineKeyboard } from "grammy";
import type { InlineKeyboardButton } from "grammy/types";
import { escapeHtml } from "../src/i18n/html.js";
import type { Locale, Translate } from "../src/i18n/index.js";
import { truncate } from "../src/i18n/truncate.js";
import { markInProgress, openRequestForAnswering, type AnsweringQuestion } from "../src/services/evaluations/answering.js";
import { choicesOf, likertOf, localized, questionText, ratingOf } from "../src/services/evaluations/question-view.js";
import {
  DEFAULT_FREE_TEXT_MAX,
  submitResponse,
  validateAnswer,
  type AnswerError,
  type AnswerInput,
} from "../src/services/evaluations/submission.js";
import type { BotContext, ConversationContext } from "../src/telegram/context.js";
import type { BotDeps } from "../src/telegram/deps.js";
import { conversationLocale } from "./translate.js";

export const ANSWER_QUESTIONNAIRE = "answer-questionnaire";

/**
 * Answers one evaluation request, one question at a time, then shows a summary to edit or send.
 * The draft lives in this conversation (the plugin keeps it in the database), so a half-answered
 * questionnaire resumes where it stopped after a restart. Every database call runs in
 * conversation.external with plain JSON results, since those are replayed from storage.
 *
 * Callback data (ids only): `q:<requestId>:<questionId>:<value>` where value is a number (Likert,
 * rating), `y`/`n` (yes/no), `c.<choiceId>` (single choice), `t.<choiceId>` (toggle a multiple
 * choice), `done`, `skip` or `back`; on the summary `qs:<requestId>:e:<questionId>` and
 * `qs:<requestId>:send`.
 */

/** Per question id: the answer, or null when skipped; absent when not answered yet. */
type Draft = Record<number, AnswerInput | null>;

const CANCEL_COMMAND = /^\/(batal|cancel)(@\w+)?$/i;
const SUMMARY_TEXT_MAX = 300;

/** The answer as the summary shows it (HTML-escaped). */
export function describeAnswer(t: Translate, locale: Locale, q: AnsweringQuestion, value: AnswerInput | null | undefined): string {
  if (value === null || value === undefined) return t("evaluation-answer-skipped");
  switch (q.kind) {
    case "LIKERT": {
      const text = typeof value === "number" ? likertOf(q).labels[value - 1] : undefined;
      return text ? `${String(value)} (${escapeHtml(localized(locale, text))})` : escapeHtml(String(value));
    }
    case "RATING":
      return escapeHtml(String(value));
    case "YES_NO":
      return value === true ? t("evaluation-yes") : t("evaluation-no");
    case "SINGLE_CHOICE":
    case "MULTI_CHOICE": {
      const ids = Array.isArray(value) ? value : [String(value)];
      const choices = choicesOf(q);
      return ids.map((id) => escapeHtml(localized(locale, choices.find((c) => c.id === id)?.label ?? { id }))).join(", ");
    }
    case "FREE_TEXT":
      return escapeHtml(truncate(String(value), SUMMARY_TEXT_MAX));
  }
}

export function answerErrorText(t: Translate, error: AnswerError): string {
  const params = Object.fromEntries(Object.entries(error.params ?? {}).map(([key, value]) => [key, String(value)]));
  return t(`evaluation-error-${error.code}`, params);
}

interface Prompt {
  text: string;
  keyboard: InlineKeyboard;
}

function questionPrompt(
  t: Translate,
  locale: Locale,
  input: {
    requestId: number;
    q: AnsweringQuestion;
    number: number;
    total: number;
    canGoBack: boolean;
    current: AnswerInput | null | undefined;
    selected: readonly string[];
  },
): Prompt {
  const { q, requestId } = input;
  const data = (value: string) => `q:${requestId}:${q.id}:${value}`;
  const header = t("evaluation-question-header", { number: String(input.number), total: String(input.total) });
  const parts = [q.required ? `<b>${header}</b>` : `<b>${header}</b> · ${t("evaluation-optional")}`, escapeHtml(questionText(locale, q))];
  const rows: InlineKeyboardButton[][] = [];
  switch (q.kind) {
    case "LIKERT":
      likertOf(q).labels.forEach((text, i) => rows.push([InlineKeyboard.text(`${i + 1} · ${localized(locale, text)}`, data(String(i + 1)))]));
      break;
    case "RATING": {
      const { low, high } = ratingOf(q);
      parts.push(
        t("evaluation-hint-rating", {
          low: escapeHtml(low ? localized(locale, low) : t("evaluation-rating-low")),
          high: escapeHtml(high ? localized(locale, high) : t("evaluation-rating-high")),
        }),
      );
      rows.push([0, 1, 2, 3, 4, 5].map((n) => InlineKeyboard.text(String(n), data(String(n)))));
      rows.push([6, 7, 8, 9, 10].map((n) => InlineKeyboard.text(String(n), data(String(n)))));
      break;
    }
    case "YES_NO":
      rows.push([InlineKeyboard.text(t("evaluation-yes"), data("y")), InlineKeyboard.text(t("evaluation-no"), data("n"))]);
      break;
    case "SINGLE_CHOICE":
      for (const choice of choicesOf(q)) rows.push([InlineKeyboard.text(localized(locale, choice.label), data(`c.${choice.id}`))]);
      break;
    case "MULTI_CHOICE":
      parts.push(t("evaluation-hint-multi"));
      for (const choice of choicesOf(q)) {
        const mark = input.selected.includes(choice.id) ? "✓ " : "";
        rows.push([InlineKeyboard.text(`${mark}${localized(locale, choice.label)}`, data(`t.${choice.id}`))]);
      }
      rows.push([InlineKeyboard.text(t("evaluation-button-done"), data("done"))]);
      break;
    case "FREE_TEXT":
      parts.push(t("evaluation-hint-text", { max: String(q.maxLength ?? DEFAULT_FREE_TEXT_MAX) }));
      break;
  }
  if (input.current !== undefined) parts.push(t("evaluation-current-answer", { answer: describeAnswer(t, locale, q, input.current) }));
  const nav: InlineKeyboardButton[] = [];
  if (input.canGoBack) nav.push(InlineKeyboard.text(t("evaluation-button-back"), data("back")));
  if (!q.required) nav.push(InlineKeyboard.text(t("evaluation-button-skip"), data("skip")));
  if (nav.length > 0) rows.push(nav);
  return { text: parts.join("\n\n"), keyboard: InlineKeyboard.from(rows) };
}

/** What a pressed answer button means for the question; null when it does not fit its kind. */
function buttonValue(q: AnsweringQuestion, value: string): AnswerInput | null {
  switch (q.kind) {
    case "LIKERT":
    case "RATING":
      return /^\d{1,2}$/.test(value) ? Number(value) : null;
    case "YES_NO":
      return value === "y" ? true : value === "n" ? false : null;
    case "SINGLE_CHOICE":
      return value.startsWith("c.") ? value.slice(2) : null;
    default:
      return null;
  }
}

async function dropKeyboard(on: ConversationContext, chatId: number, messageId: number): Promise<void> {
  try {
    await on.api.editMessageReplyMarkup(chatId, messageId);
  } catch (error) {
    if (!(error instanceof GrammyError && /message is not modified|message to edit not found/.test(error.description))) throw error;
  }
}

type Step = { kind: "answer"; value: AnswerInput } | { kind: "skip" } | { kind: "back" } | { kind: "cancel" };

export function createAnswerQuestionnaireConversation(deps: BotDeps) {
  return async function answerQuestionnaireConversation(
    conversation: Conversation<BotContext, ConversationContext>,
    ctx: ConversationContext,
    requestId: number,
  ): Promise<void> {
    const { locale, t } = await conversationLocale(conversation, deps);
    const opened = await conversation.external(async (outside) => {
      const account = outside.caller.account;
      if (!account?.active) return { ok: false as const, code: "not-allowed" as const };
      const result = await openRequestForAnswering(deps, { requestId, respondentId: account.employeeId });
      if (!result.ok) return { ok: false as const, code: result.code };
      const { dueAt: _dueAt, ...request } = result.request;
      return { ok: true as const, respondentId: account.employeeId, request };
    });
    if (!opened.ok) return void (await ctx.reply(t(`evaluation-open-${opened.code}`)));
    const { respondentId, request } = opened;
    const questions = request.questions;
    const title = locale === "en" ? (request.questionnaireTitleEn ?? request.questionnaireTitle) : request.questionnaireTitle;

    const intro = [t("evaluation-intro", { title: escapeHtml(title), count: String(questions.length) })];
    if (request.activityTitle) intro.push(t("evaluation-intro-activity", { activity: escapeHtml(request.activityTitle) }));
    if (request.subjectName) intro.push(t("evaluation-intro-subject", { name: escapeHtml(request.subjectName) }));
    if (request.anonymous) intro.push(t("evaluation-anonymous-notice"));
    intro.push(t("evaluation-intro-cancel"));
    await ctx.reply(intro.join("\n\n"), { parse_mode: "HTML" });

    const draft: Draft = {};
    let started = request.status === "IN_PROGRESS";
    let last: ConversationContext = ctx;
    let index = 0;
    /** Set when editing from the summary: after the answer, back to the summary. */
    let reviewing = false;
    let notice: string | null = null;

    const cancel = async (on: ConversationContext) => void (await on.reply(t("evaluation-cancelled"), { parse_mode: "HTML" }));

    const ask = async (q: AnsweringQuestion): Promise<Step> => {
      let selected: string[] = Array.isArray(draft[q.id]) ? [...(draft[q.id] as readonly string[])] : [];
      const render = () =>
        questionPrompt(t, locale, {
          requestId,
          q,
          number: index + 1,
          total: questions.length,
          canGoBack: index > 0,
          current: draft[q.id],
          selected,
        });
      const send = async (on: ConversationContext, before: string | null) => {
        const prompt = render();
        const text = before ? `${before}\n\n${prompt.text}` : prompt.text;
        const buttons = prompt.keyboard.inline_keyboard.length > 0 ? { reply_markup: prompt.keyboard } : {};
        const sent = await on.reply(text, { parse_mode: "HTML", ...buttons });
        return { chatId: sent.chat.id, messageId: sent.message_id };
      };
      let shown = await send(last, notice);
      notice = null;
      const resend = async (on: ConversationContext, why: string) => {
        await dropKeyboard(on, shown.chatId, shown.messageId);
        shown = await send(on, why);
      };

      for (;;) {
        const next = await conversation.wait();
        last = next;
        const callback = next.callbackQuery;
        if (callback) {
          const match = /^q:(\d{1,9}):(\d{1,9}):(.{1,40})$/.exec(callback.data ?? "");
          if (!match || Number(match[1]) !== requestId || Number(match[2]) !== q.id) {
            await next.answerCallbackQuery({ text: t("evaluation-button-stale") });
            continue;
          }
          const value = match[3]!;
          if (value === "back" && index > 0) {
            await next.answerCallbackQuery();
            await dropKeyboard(next, shown.chatId, shown.messageId);
            return { kind: "back" };
          }
          if (value === "skip" && !q.required) {
            await next.answerCallbackQuery();
            await dropKeyboard(next, shown.chatId, shown.messageId);
            return { kind: "skip" };
          }
          if (q.kind === "MULTI_CHOICE" && value.startsWith("t.")) {
            const id = value.slice(2);
            if (!choicesOf(q).some((c) => c.id === id)) {
              await next.answerCallbackQuery({ text: answerErrorText(t, { code: "unknown-choice" }), show_alert: true });
              continue;
            }
            selected = selected.includes(id) ? selected.filter((s) => s !== id) : [...selected, id];
            await next.answerCallbackQuery();
            try {
              await next.api.editMessageReplyMarkup(shown.chatId, shown.messageId, { reply_markup: render().keyboard });
            } catch (error) {
              if (!(error instanceof GrammyError && /message is not modified/.test(error.description))) throw error;
            }
            continue;
          }
          const input: AnswerInput | null = q.kind === "MULTI_CHOICE" ? (value === "done" ? selected : null) : buttonValue(q, value);
          const check = validateAnswer(q, input ?? "");
          if (input === null || !check.ok) {
            const error: AnswerError = check.ok ? { code: "wrong-type" } : check;
            await next.answerCallbackQuery({ text: answerErrorText(t, error), show_alert: true });
            continue;
          }
          await next.answerCallbackQuery();
          await dropKeyboard(next, shown.chatId, shown.messageId);
          return check.skipped ? { kind: "skip" } : { kind: "answer", value: input };
        }
        if (!next.message) continue;
        const text = next.message.text?.trim();
        if (text !== undefined && CANCEL_COMMAND.test(text)) {
          await dropKeyboard(next, shown.chatId, shown.messageId);
          return { kind: "cancel" };
        }
        if (text?.startsWith("/")) {
          await next.reply(t("evaluation-in-progress-command"));
          continue;
        }
        if (q.kind === "FREE_TEXT") {
          if (text === undefined) {
            await resend(next, t("evaluation-error-text-expected"));
            continue;
          }
          const check = validateAnswer(q, text);
          if (!check.ok) {
            await next.reply(answerErrorText(t, check), { parse_mode: "HTML" });
            continue;
          }
          await dropKeyboard(next, shown.chatId, shown.messageId);
          return check.skipped ? { kind: "skip" } : { kind: "answer", value: text };
        }
        // A number typed for a scale is taken as if its button were pressed.
        if ((q.kind === "LIKERT" || q.kind === "RATING") && text !== undefined && /^\d{1,3}$/.test(text)) {
          const check = validateAnswer(q, Number(text));
          if (check.ok && !check.skipped) {
            await dropKeyboard(next, shown.chatId, shown.messageId);
            return { kind: "answer", value: Number(text) };
          }
          if (!check.ok) {
            await resend(next, answerErrorText(t, check));
            continue;
          }
        }
        await resend(next, t("evaluation-error-use-buttons"));
      }
    };

    const submit = async (on: ConversationContext): Promise<"done" | "invalid"> => {
      const result = await conversation.external(() => submitResponse(deps, { requestId, respondentId, answers: draft }));
      if (result.ok) {
        await on.reply(t(result.anonymous ? "evaluation-submitted-anonymous" : "evaluation-submitted", { title: escapeHtml(title) }), {
          parse_mode: "HTML",
        });
        return "done";
      }
      if (result.code !== "invalid") {
        await on.reply(t(`evaluation-open-${result.code}`));
        return "done";
      }
      const firstInvalid = questions.findIndex((q) => result.errors[q.id] !== undefined);
      index = Math.max(firstInvalid, 0);
      const target = questions[index];
      const error = target ? result.errors[target.id] : undefined;
      notice = error ? answerErrorText(t, error) : null;
      reviewing = true;
      return "invalid";
    };

    for (;;) {
      if (index >= questions.length) {
        // The summary: edit one answer, or send them all.
        const lines = [t("evaluation-summary-title", { title: escapeHtml(title) })];
        questions.forEach((q, i) => {
          const asked = escapeHtml(truncate(questionText(locale, q), 200));
          lines.push(`<b>${i + 1}.</b> ${asked}\n➡️ ${describeAnswer(t, locale, q, draft[q.id])}`);
        });
        lines.push(t("evaluation-summary-hint"));
        const rows: InlineKeyboardButton[][] = [];
        questions.forEach((q, i) => {
          if (i % 4 === 0) rows.push([]);
          rows.at(-1)!.push(InlineKeyboard.text(t("evaluation-button-edit", { number: String(i + 1) }), `qs:${requestId}:e:${q.id}`));
        });
        rows.push([InlineKeyboard.text(t("evaluation-button-send"), `qs:${requestId}:send`)]);
        const sent = await last.reply(lines.join("\n\n"), { parse_mode: "HTML", reply_markup: InlineKeyboard.from(rows) });
        let chosen: "send" | number | null = null;
        while (chosen === null) {
          const next = await conversation.wait();
          last = next;
          const callback = next.callbackQuery;
          if (callback) {
            const match = /^qs:(\d{1,9}):(send|e:(\d{1,9}))$/.exec(callback.data ?? "");
            const target = match?.[3] === undefined ? -1 : questions.findIndex((q) => q.id === Number(match[3]));
            if (!match || Number(match[1]) !== requestId || (match[2] !== "send" && target < 0)) {
              await next.answerCallbackQuery({ text: t("evaluation-button-stale") });
              continue;
            }
            await next.answerCallbackQuery();
            chosen = match[2] === "send" ? "send" : target;
            continue;
          }
          if (!next.message) continue;
          const text = next.message.text?.trim() ?? "";
          if (CANCEL_COMMAND.test(text)) {
            await dropKeyboard(next, sent.chat.id, sent.message_id);
            return cancel(next);
          }
          await next.reply(t("evaluation-summary-reminder"));
        }
        await dropKeyboard(last, sent.chat.id, sent.message_id);
        if (chosen === "send") {
          if ((await submit(last)) === "done") return;
        } else {
          index = chosen;
          reviewing = true;
        }
        continue;
      }

      const q = questions[index]!;
      const step = await ask(q);
      if (step.kind === "cancel") return cancel(last);
      if (step.kind === "back") {
        index -= 1;
        continue;
      }
      draft[q.id] = step.kind === "answer" ? step.value : null;
      if (!started) {
        await conversation.external(() => markInProgress(deps, { requestId, respondentId }));
        started = true;
      }
      index = reviewing ? questions.length : index + 1;
    }
  };
}
