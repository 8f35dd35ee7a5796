import { randomUUID } from "node:crypto";
import type { Conversation } from "@grammyjs/conversations";
import { unitTreeFor } from "../src/services/announcements/audience.js";
import { announcerScope } from "../src/services/announcements/scope.js";
import { DEFAULT_QUESTIONNAIRES } from "../src/services/evaluations/question-options.js";
import { latestActivePulse } from "../src/services/evaluations/questionnaires.js";
import type { BotContext, ConversationContext } from "../src/telegram/context.js";
import type { BotDeps } from "../src/telegram/deps.js";
import { audienceStep } from "./compose-audience.js";
import { button, ComposeChat } from "./compose-chat.js";
import { contentStep, linkStep } from "./compose-content.js";
import { stepHeader, type ComposeFlow, type Draft, type StepResult } from "./compose-draft.js";
import { reviewStep } from "./compose-review.js";
import type { EditTarget } from "./compose-submit.js";
import { timingStep } from "./compose-timing.js";
import { conversationLocale } from "./translate.js";

export const COMPOSE_ANNOUNCEMENT = "compose-announcement";

export interface ComposeOptions {
  /** "pulse": a change-readiness survey on its own, with the standard invitation as the body. */
  preset?: "pulse";
}

type Step = EditTarget | "review";

const NEXT: Record<EditTarget, Step> = { content: "link", link: "audience", audience: "timing", timing: "options", options: "review" };

/** A yes/no question of step 5; null when cancelled. */
async function askYesNo(flow: ComposeFlow, key: string): Promise<boolean | null> {
  const { t, chat } = flow;
  let notice: string | null = null;
  for (;;) {
    await chat.show({
      text: [stepHeader(t, 5, "compose-step-options"), ...(notice ? [notice] : []), t(key)].join("\n\n"),
      rows: [[button(t("compose-button-yes"), "yes"), button(t("compose-button-no"), "no")]],
    });
    notice = null;
    const input = await chat.read();
    if (input.kind === "cancel") return null;
    if (input.kind === "button" && (input.value === "yes" || input.value === "no")) return input.value === "yes";
    notice = t("compose-use-buttons");
  }
}

/** Step 5: whether recipients must confirm they have read it, and whether the pulse goes with it. */
async function optionsStep(flow: ComposeFlow): Promise<StepResult> {
  const needsAck = await askYesNo(flow, "compose-ask-ack");
  if (needsAck === null) return "cancel";
  flow.draft.needsAck = needsAck;
  const pulse = await askYesNo(flow, "compose-ask-pulse");
  if (pulse === null) return "cancel";
  flow.draft.pulse = pulse;
  return "done";
}

/**
 * Composing an announcement, one step per message: content, link button, audience (with the
 * recipient count), timing, acknowledgement and pulse, then the preview exactly as recipients will
 * see it and a summary to send, change or cancel. The draft lives in the conversation, which the
 * plugin keeps in the database, so a restart resumes at the same step; every database call and clock
 * read goes through conversation.external with plain JSON results.
 */
export function createComposeAnnouncementConversation(deps: BotDeps) {
  return async function composeAnnouncement(
    conversation: Conversation<BotContext, ConversationContext>,
    ctx: ConversationContext,
    options: ComposeOptions = {},
  ): Promise<void> {
    const { locale, t } = await conversationLocale(conversation, deps);
    const started = await conversation.external(async (outside) => {
      const account = outside.caller.account;
      if (!account?.active) return null;
      const scope = await announcerScope(deps, account.employeeId);
      if (!scope.ok) return null;
      if (scope.scopeUnitId === null) return { unitId: null, unitName: null };
      const [root] = await unitTreeFor(deps, { scopeUnitId: scope.scopeUnitId });
      return { unitId: scope.scopeUnitId, unitName: root?.name ?? null };
    });
    if (!started) return void (await ctx.reply(t("announcements-error-not-allowed")));

    const pulseOnly = options.preset === "pulse";
    // The invitation is written in the default language, as for a pulse sent from the command line.
    const invitation = pulseOnly
      ? await conversation.external(async () => {
          const pulse = await latestActivePulse(deps, DEFAULT_QUESTIONNAIRES.changeReadiness);
          const key = pulse?.anonymous === false ? "pulse-invitation" : "pulse-invitation-anonymous";
          return deps.messages.t(deps.messages.defaultLocale, key);
        })
      : null;

    const requestKey = await conversation.external(() => randomUUID());
    const draft: Draft = { content: null, audience: null, unitNames: [], timing: null, needsAck: false, pulse: pulseOnly, requestKey };
    const chat = new ComposeChat(conversation, t, ctx);
    const flow: ComposeFlow = { conversation, deps, chat, t, locale, scope: started, draft };
    chat.note(t(pulseOnly ? "compose-intro-pulse" : "compose-intro"));

    const steps: Record<EditTarget, (flow: ComposeFlow) => Promise<StepResult>> = {
      content: (on) => contentStep(on, invitation),
      link: linkStep,
      audience: audienceStep,
      timing: timingStep,
      options: optionsStep,
    };
    let step = "content" as Step;
    /** After a change from the summary, back to the summary. */
    let reviewing = false;
    for (;;) {
      if (step === "review") {
        const outcome = await reviewStep(flow);
        if (outcome.kind === "finished") return;
        if (outcome.kind === "cancel") break;
        step = outcome.step;
        reviewing = true;
        continue;
      }
      const current: EditTarget = step;
      if ((await steps[current](flow)) === "cancel") break;
      // A pulse on its own needs no questions about options: no acknowledgement, the pulse attached.
      step = reviewing || (pulseOnly && current === "timing") ? "review" : NEXT[current];
    }
    await chat.settle();
    await chat.say(t("compose-cancelled"));
  };
}
