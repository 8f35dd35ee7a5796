import type { Conversation } from "@grammyjs/conversations";
import { GrammyError, InlineKeyboard } from "grammy";
import { escapeHtml } from "../src/i18n/html.js";
import { decideRegistration, describeRequest } from "../src/services/activities/approval.js";
import type { BotContext, ConversationContext } from "../src/telegram/context.js";
import type { BotDeps } from "../src/telegram/deps.js";
import {
  decidedStatusName,
  decisionErrorKey,
  decisionText,
  replaceRequestMessage,
} from "../src/telegram/features/approvals.js";
import { conversationLocale } from "./translate.js";

export const REJECT_REASON = "reject-reason";

/** Reasons go into the employee's notice: keep them to a few sentences. */
export const REASON_MAX_LENGTH = 500;

/**
 * A reason not given within this time is not waited for any more: the next message is handled as
 * usual, so text typed hours later cannot become a rejection by accident.
 */
export const REASON_TIMEOUT_MS = 60 * 60_000;

/** The request message the reject button was on, to replace with the outcome at the end. */
export interface RejectedMessage {
  chatId: number;
  messageId: number;
}

const SKIP_COMMAND = /^\/(lewati|skip)(@\w+)?$/i;
const CANCEL_COMMAND = /^\/(batal|cancel)(@\w+)?$/i;

/**
 * Asks the decider for an optional reason (text, or the skip button or /lewati for none), then
 * rejects the registration through the service, which checks again who may decide. /batal leaves
 * the request pending.
 */
export function createRejectReasonConversation(deps: BotDeps) {
  return async function rejectReasonConversation(
    conversation: Conversation<BotContext, ConversationContext>,
    ctx: ConversationContext,
    registrationId: number,
    requestMessage: RejectedMessage | null,
  ): Promise<void> {
    const { t } = await conversationLocale(conversation, deps);
    const request = await conversation.external(() => describeRequest(deps, registrationId));
    if (!request) return void (await ctx.reply(t("approvals-not-found")));

    const skipData = `apr:${registrationId}:s`;
    const prompt = await ctx.reply(t("approvals-ask-reason", { name: escapeHtml(request.name), title: escapeHtml(request.title) }), {
      parse_mode: "HTML",
      reply_markup: new InlineKeyboard().text(t("approvals-button-skip"), skipData),
    });

    const askedAt = await conversation.external(() => deps.clock.now().getTime());
    const dropSkipButton = async (on: ConversationContext) => {
      try {
        await on.api.editMessageReplyMarkup(prompt.chat.id, prompt.message_id);
      } catch (error) {
        if (!(error instanceof GrammyError && /message is not modified|message to edit not found/.test(error.description))) throw error;
      }
    };

    let reason = "";
    let last: ConversationContext;
    for (;;) {
      const next = await conversation.wait();
      const now = await conversation.external(() => deps.clock.now().getTime());
      // Too late: leave the conversation and let the rest of the bot handle this update.
      if (now - askedAt > REASON_TIMEOUT_MS) await conversation.halt({ next: true });
      const callback = next.callbackQuery;
      if (callback) {
        if (callback.data === skipData) {
          await next.answerCallbackQuery();
          last = next;
          break;
        }
        await next.answerCallbackQuery({ text: t("approvals-reject-in-progress") });
        continue;
      }
      if (!next.message) continue;
      const text = next.message.text?.trim();
      if (text === undefined || text === "") {
        await next.reply(t("approvals-reason-text-expected"));
        continue;
      }
      if (CANCEL_COMMAND.test(text)) {
        await dropSkipButton(next);
        return void (await next.reply(t("approvals-reject-cancelled")));
      }
      if (SKIP_COMMAND.test(text)) {
        last = next;
        break;
      }
      if (text.startsWith("/")) {
        await next.reply(t("approvals-reject-in-progress"));
        continue;
      }
      if (text.length > REASON_MAX_LENGTH) {
        await next.reply(t("approvals-reason-too-long", { max: String(REASON_MAX_LENGTH) }));
        continue;
      }
      reason = text;
      last = next;
      break;
    }

    await dropSkipButton(last);

    // Who decides is read from this update, not remembered from the tap that started the flow.
    const result = await conversation.external(async (outside) => {
      const account = outside.caller.account;
      if (!account?.active) return { ok: false as const, error: "not-allowed" as const };
      return decideRegistration(deps, {
        deciderId: account.employeeId,
        registrationId,
        approve: false,
        ...(reason ? { reason } : {}),
      });
    });
    if (!result.ok) return void (await last.reply(t(decisionErrorKey(result.error))));
    const text = decisionText(t, result, reason);
    if (requestMessage) await replaceRequestMessage(last.api, requestMessage.chatId, requestMessage.messageId, text);
    await last.reply(
      result.alreadyDecided ? t("approvals-already-decided", { status: decidedStatusName(t, result.status) }) : text,
      { parse_mode: "HTML" },
    );
  };
}
