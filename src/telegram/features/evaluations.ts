import { createConversation } from "@grammyjs/conversations";
import { Composer, InlineKeyboard } from "grammy";
import { ANSWER_QUESTIONNAIRE, createAnswerQuestionnaireConversation } from "../../../conversations/answer-questionnaire.js";
import { formatDate } from "../../i18n/format-date.js";
import { escapeHtml } from "../../i18n/html.js";
import { isLocale } from "../../i18n/index.js";
import { openRequestForAnswering, requestStatusFor } from "../../services/evaluations/answering.js";
import { pendingRequestsFor } from "../../services/evaluations/submission.js";
import type { BotContext } from "../context.js";
import type { BotDeps } from "../deps.js";

/**
 * "📝 Evaluasi": the caller's open evaluation requests, each with an "Isi sekarang" button
 * (`ev:<requestId>`, also used on notifications) that starts answering it.
 */

export const fillData = (requestId: number): string => `ev:${requestId}`;

/** The author's preview of an announcement with a pulse carries this id, which no request has. */
export const PREVIEW_REQUEST_ID = 0;

/** The answering conversation, registered with the others in createBot. */
export function answerQuestionnaireConversation(deps: BotDeps) {
  return createConversation(createAnswerQuestionnaireConversation(deps), ANSWER_QUESTIONNAIRE);
}

export function showEvaluations(deps: BotDeps) {
  return async (ctx: BotContext): Promise<void> => {
    const account = ctx.caller.account;
    if (!account?.active) return void (await ctx.reply(ctx.t("need-link")));
    const requests = await pendingRequestsFor(deps, { employeeId: account.employeeId });
    if (requests.length === 0) return void (await ctx.reply(ctx.t("evaluation-none")));
    const stored = await ctx.i18n.getLocale();
    const locale = isLocale(stored) ? stored : deps.config.defaultLocale;
    const parts = [ctx.t("evaluation-list-title", { count: String(requests.length) })];
    const keyboard = new InlineKeyboard();
    requests.forEach((request, i) => {
      const number = String(i + 1);
      const title = locale === "en" ? (request.questionnaireTitleEn ?? request.questionnaireTitle) : request.questionnaireTitle;
      const lines = [ctx.t("evaluation-list-item", { number, title: escapeHtml(title) })];
      if (request.activityTitle) lines.push(ctx.t("evaluation-list-activity", { activity: escapeHtml(request.activityTitle) }));
      if (request.subjectName) lines.push(ctx.t("evaluation-list-subject", { name: escapeHtml(request.subjectName) }));
      lines.push(ctx.t("evaluation-list-due", { date: formatDate(request.dueAt, locale, deps.config.timezone) }));
      if (request.status === "IN_PROGRESS") lines.push(ctx.t("evaluation-list-in-progress"));
      parts.push(lines.join("\n"));
      const text = requests.length === 1 ? ctx.t("evaluation-button-fill") : ctx.t("evaluation-button-fill-number", { number });
      keyboard.text(text, fillData(request.id)).row();
    });
    await ctx.reply(parts.join("\n\n"), { parse_mode: "HTML", reply_markup: keyboard });
  };
}

export function evaluationsFeature(deps: BotDeps): Composer<BotContext> {
  const feature = new Composer<BotContext>();

  feature.chatType("private").command(["evaluasi", "evaluations"], showEvaluations(deps));

  feature.callbackQuery(/^ev:(\d{1,9})$/, async (ctx) => {
    const requestId = Number(ctx.match[1]);
    if (requestId === PREVIEW_REQUEST_ID) {
      return void (await ctx.answerCallbackQuery({ text: ctx.t("compose-preview-only"), show_alert: true }));
    }
    const account = ctx.caller.account;
    if (!account?.active) return void (await ctx.answerCallbackQuery({ text: ctx.t("need-link"), show_alert: true }));
    // The button proves nothing: the request must be the caller's own.
    const opened = await openRequestForAnswering(deps, { requestId, respondentId: account.employeeId });
    if (!opened.ok) {
      return void (await ctx.answerCallbackQuery({ text: ctx.t(`evaluation-open-${opened.code}`), show_alert: true }));
    }
    await ctx.answerCallbackQuery();
    await ctx.conversation.enter(ANSWER_QUESTIONNAIRE, opened.request.id);
  });

  // Answer and summary buttons pressed when no questionnaire is being answered (e.g. ✅ Kirim again).
  feature.callbackQuery(/^qs?:/, async (ctx) => {
    const account = ctx.caller.account;
    const requestId = Number(/^qs?:(\d{1,9}):/.exec(ctx.callbackQuery.data)?.[1] ?? 0);
    const status = account?.active && requestId > 0 ? await requestStatusFor(deps, { requestId, respondentId: account.employeeId }) : null;
    const key = status === "SUBMITTED" ? "evaluation-open-already-submitted" : "evaluation-button-expired";
    await ctx.answerCallbackQuery({ text: ctx.t(key), show_alert: true });
  });

  return feature;
}
