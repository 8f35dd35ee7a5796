import { Composer, GrammyError, InlineKeyboard, type Api } from "grammy";
import { REJECT_REASON, type RejectedMessage } from "../../../conversations/reject-reason.js";
import type { RegistrationStatus } from "../../generated/prisma/enums.js";
import { formatDateTime } from "../../i18n/format-date.js";
import { escapeHtml } from "../../i18n/html.js";
import { isLocale, type Translate } from "../../i18n/index.js";
import { decideRegistration, type DecisionResult } from "../../services/activities/approval.js";
import { findDecidableRequest, listDecidableRequests } from "../../services/activities/pending-approvals.js";
import type { BotContext } from "../context.js";
import type { BotDeps } from "../deps.js";

/** Requests listed at once; the rest follow once these are decided. */
const LIST_LIMIT = 10;

/** "disetujui", "ditolak" or "dibatalkan" for a registration that is no longer pending. */
export function decidedStatusName(t: Translate, status: RegistrationStatus): string {
  if (status === "REJECTED") return t("approvals-status-rejected");
  if (status === "CANCELLED") return t("approvals-status-cancelled");
  return t("approvals-status-approved");
}

/** What the decider sees after a decision: the request message is replaced by this text. */
export function decisionText(
  t: Translate,
  result: Extract<DecisionResult, { ok: true }>,
  reason?: string,
): string {
  const vars = { name: escapeHtml(result.employeeName), title: escapeHtml(result.activityTitle) };
  if (result.alreadyDecided) {
    return t("approvals-already-decided-message", { ...vars, status: decidedStatusName(t, result.status) });
  }
  if (result.status === "REGISTERED") return t("approvals-decided-approved", vars);
  if (result.status === "WAITLISTED") return t("approvals-decided-waitlisted", vars);
  return reason?.trim()
    ? t("approvals-decided-rejected-reason", { ...vars, reason: escapeHtml(reason.trim()) })
    : t("approvals-decided-rejected", vars);
}

/** The refusal for a decision the service did not make. */
export function decisionErrorKey(error: Extract<DecisionResult, { ok: false }>["error"]): string {
  if (error === "not-allowed") return "approvals-not-allowed";
  if (error === "activity-unavailable") return "approvals-unavailable";
  return "approvals-not-found";
}

/**
 * Replaces a request message with its outcome (and so removes its buttons). A message that already
 * shows it, or that is gone, is left alone.
 */
export async function replaceRequestMessage(api: Api, chatId: number, messageId: number, text: string): Promise<void> {
  try {
    await api.editMessageText(chatId, messageId, text, { parse_mode: "HTML" });
  } catch (error) {
    const description = error instanceof GrammyError ? error.description : "";
    if (!/message is not modified|message to edit not found/.test(description)) throw error;
  }
}

/** "✅ Persetujuan": the pending requests the caller may decide, oldest first, each with its buttons. */
export function showApprovals(deps: BotDeps) {
  return async (ctx: BotContext): Promise<void> => {
    const account = ctx.caller.account;
    if (!account?.active) return void (await ctx.reply(ctx.t("need-link")));
    const listed = await listDecidableRequests(deps, { deciderId: account.employeeId, limit: LIST_LIMIT });
    if (!listed.ok) return void (await ctx.reply(ctx.t("not-allowed", { role: ctx.t("role-supervisor") })));
    const { count, requests } = listed;
    if (count === 0) return void (await ctx.reply(ctx.t("approvals-none")));

    const stored = await ctx.i18n.getLocale();
    const locale = isLocale(stored) ? stored : deps.config.defaultLocale;
    await ctx.reply(ctx.t("approvals-title", { count: String(count) }), { parse_mode: "HTML" });
    for (const request of requests) {
      const lines = [
        ctx.t("approvals-item", {
          name: escapeHtml(request.employee.name),
          unit: escapeHtml(request.employee.unit.name),
          title: escapeHtml(request.activity.title),
          start: formatDateTime(request.activity.startsAt, locale, deps.config.timezone),
        }),
      ];
      if (request.escalatedAt && request.employee.supervisorId !== account.employeeId && request.employee.supervisor) {
        lines.push(ctx.t("approvals-item-escalated", { supervisor: escapeHtml(request.employee.supervisor.name) }));
      }
      const keyboard = new InlineKeyboard()
        .text(ctx.t("approval-button-approve"), `apr:${request.id}:y`)
        .text(ctx.t("approval-button-reject"), `apr:${request.id}:n`);
      await ctx.reply(lines.join("\n"), { parse_mode: "HTML", reply_markup: keyboard });
    }
    if (count > requests.length) await ctx.reply(ctx.t("approvals-more", { shown: String(requests.length) }));
  };
}

export function approvalsFeature(deps: BotDeps): Composer<BotContext> {
  const feature = new Composer<BotContext>();

  feature.chatType("private").command(["persetujuan", "approvals"], showApprovals(deps));

  feature.callbackQuery(/^apr:(\d{1,9}):(y|n)$/, async (ctx) => {
    const account = ctx.caller.account;
    if (!account?.active) return void (await ctx.answerCallbackQuery({ text: ctx.t("need-link"), show_alert: true }));
    const registrationId = Number(ctx.match[1]);
    const message = ctx.callbackQuery.message;
    const hasButtons = (message?.reply_markup?.inline_keyboard.length ?? 0) > 0;

    if (ctx.match[2] === "y") {
      // The button proves nothing: the service decides whether this person may decide.
      const result = await decideRegistration(deps, { deciderId: account.employeeId, registrationId, approve: true });
      if (!result.ok) {
        return void (await ctx.answerCallbackQuery({ text: ctx.t(decisionErrorKey(result.error)), show_alert: true }));
      }
      if (message && (hasButtons || !result.alreadyDecided)) {
        await replaceRequestMessage(ctx.api, message.chat.id, message.message_id, decisionText(ctx.t, result));
      }
      const answer = result.alreadyDecided
        ? ctx.t("approvals-already-decided", { status: decidedStatusName(ctx.t, result.status) })
        : ctx.t("approvals-answer-approved");
      return void (await ctx.answerCallbackQuery({ text: answer }));
    }

    // Rejecting asks for a reason first: check now that there is something this person may reject.
    const found = await findDecidableRequest(deps, { deciderId: account.employeeId, registrationId });
    if (!found.ok) {
      return void (await ctx.answerCallbackQuery({ text: ctx.t(decisionErrorKey(found.error)), show_alert: true }));
    }
    const { request } = found;
    if (request.status !== "PENDING_APPROVAL") {
      const status = decidedStatusName(ctx.t, request.status);
      if (message && hasButtons) {
        const text = ctx.t("approvals-already-decided-message", {
          name: escapeHtml(request.employee.name),
          title: escapeHtml(request.activity.title),
          status,
        });
        await replaceRequestMessage(ctx.api, message.chat.id, message.message_id, text);
      }
      return void (await ctx.answerCallbackQuery({ text: ctx.t("approvals-already-decided", { status }) }));
    }
    await ctx.answerCallbackQuery();
    const requestMessage: RejectedMessage | null = message ? { chatId: message.chat.id, messageId: message.message_id } : null;
    await ctx.conversation.enter(REJECT_REASON, registrationId, requestMessage);
  });

  return feature;
}
