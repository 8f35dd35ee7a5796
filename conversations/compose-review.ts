import { toMessages } from "../src/delivery/payload.js";
import { createTelegramSender } from "../src/delivery/telegram-sender.js";
import { formatDateTime } from "../src/i18n/format-date.js";
import { escapeHtml } from "../src/i18n/html.js";
import { countAudience } from "../src/services/announcements/audience.js";
import { renderAnnouncement } from "../src/services/announcements/content.js";
import { audienceWords } from "./compose-audience.js";
import { button } from "./compose-chat.js";
import { readNow, type ComposeFlow, type DraftTiming } from "./compose-draft.js";
import { refusalText, submitDraft, type EditTarget, type SubmitResult } from "./compose-submit.js";
import { recurringWords } from "./compose-timing.js";

export type ReviewOutcome = { kind: "edit"; step: EditTarget } | { kind: "finished" } | { kind: "cancel" };

/**
 * The preview's pulse button: recipients each get their own request id there, the author a button
 * that leads nowhere (an unknown request is refused like any other).
 */
const PREVIEW_PULSE_REQUEST = 0;

const EDIT_TARGETS: readonly EditTarget[] = ["content", "link", "audience", "timing", "options"];

/**
 * Sends the announcement to the author exactly as the delivery queue will send it to recipients:
 * the same rendering, split the same way, through the same sender. False when Telegram refused it.
 */
async function sendPreview(flow: ComposeFlow): Promise<boolean> {
  const { chat, draft, t } = flow;
  await chat.settle();
  await chat.say(t("compose-preview-heading"));
  const payload = renderAnnouncement(flow.deps.messages, flow.locale, {
    content: draft.content!,
    announcementId: null,
    needsAck: draft.needsAck,
    ...(draft.pulse ? { pulseRequestId: PREVIEW_PULSE_REQUEST } : {}),
  });
  const sender = createTelegramSender(chat.last.api);
  for (const part of toMessages(payload)) {
    const sent = await sender.send(String(chat.chatId), part);
    if (!sent.ok) {
      chat.note(t("compose-preview-failed", { error: escapeHtml(sent.error) }));
      return false;
    }
    chat.markPreview(Number(sent.messageRef));
  }
  return true;
}

async function timingWords(flow: ComposeFlow, timing: DraftTiming): Promise<string> {
  const { t, locale } = flow;
  const { timezone } = flow.deps.config;
  switch (timing.kind) {
    case "now":
      return t("compose-summary-now");
    case "at":
      return t("compose-summary-at", { when: formatDateTime(new Date(timing.at), locale, timezone) });
    case "recurring":
      return t("compose-summary-recurring", { words: recurringWords(t, locale, timezone, timing.choice, await readNow(flow)) });
  }
}

async function summaryText(flow: ComposeFlow): Promise<string> {
  const { t, draft } = flow;
  const audience = draft.audience!;
  const count = await flow.conversation.external(() => countAudience(flow.deps, audience, { scopeUnitId: flow.scope.unitId }));
  const link = draft.content?.link;
  const details = [
    t("compose-summary-recipients", { count, audience: audienceWords(t, audience, draft.unitNames, flow.scope) }),
    await timingWords(flow, draft.timing!),
    link ? t("compose-summary-link", { text: escapeHtml(link.text), url: escapeHtml(link.url) }) : t("compose-summary-no-link"),
    t(draft.needsAck ? "compose-summary-ack-yes" : "compose-summary-ack-no"),
    t(draft.pulse ? "compose-summary-pulse-yes" : "compose-summary-pulse-no"),
  ];
  return [t("compose-summary-title"), details.join("\n"), t("compose-summary-hint")].join("\n\n");
}

async function announceOutcome(flow: ComposeFlow, result: Extract<SubmitResult, { ok: true }>): Promise<void> {
  const { t, locale, chat } = flow;
  const { timezone } = flow.deps.config;
  const count = result.recipients;
  if (result.kind === "campaign") {
    const words = recurringWords(t, locale, timezone, result.choice, await readNow(flow));
    return chat.say(t("compose-campaign-created", { id: String(result.id), words, count }));
  }
  if (result.status === "SENT") return chat.say(t("compose-sent-now", { id: String(result.id), count }));
  if (result.status === "CANCELLED") return chat.say(t("compose-not-sent", { id: String(result.id) }));
  const when = flow.draft.timing?.kind === "at" ? formatDateTime(new Date(flow.draft.timing.at), locale, timezone) : "";
  return chat.say(t("compose-scheduled", { id: String(result.id), when, count }));
}

/**
 * The preview, then the summary with ✅ Kirim / ✏️ Ubah / ❌ Batal. Sending goes through the
 * services, which check the author's authority and everything else again; a refusal is explained and
 * leads back to the step it concerns.
 */
export async function reviewStep(flow: ComposeFlow): Promise<ReviewOutcome> {
  const { t, chat } = flow;
  if (!(await sendPreview(flow))) return { kind: "edit", step: "content" };
  const summary = {
    text: await summaryText(flow),
    rows: [[button(t("compose-button-send"), "send"), button(t("compose-button-edit"), "edit")]],
  };
  await chat.show(summary);
  for (;;) {
    const input = await chat.read();
    if (input.kind === "cancel") return { kind: "cancel" };
    if (input.kind === "message") {
      chat.note(t("compose-use-buttons"));
      await chat.show(summary);
      continue;
    }
    if (input.value === "edit") {
      await chat.show({
        text: t("compose-ask-edit"),
        rows: [
          [button(t("compose-button-edit-content"), "e:content"), button(t("compose-button-edit-link"), "e:link")],
          [button(t("compose-button-edit-audience"), "e:audience"), button(t("compose-button-edit-timing"), "e:timing")],
          [button(t("compose-button-edit-options"), "e:options")],
          [button(t("compose-button-back"), "back")],
        ],
      });
      continue;
    }
    const target = EDIT_TARGETS.find((step) => input.value === `e:${step}`);
    if (target) return { kind: "edit", step: target };
    if (input.value === "back") {
      await chat.show(summary);
      continue;
    }
    if (input.value !== "send") continue;

    await chat.settle();
    const result = await submitDraft(flow);
    if (result.ok) {
      await announceOutcome(flow, result);
      return { kind: "finished" };
    }
    const reason = refusalText(t, result.refusal);
    if (result.step === null) {
      await chat.say(t("compose-refused", { reason }));
      return { kind: "finished" };
    }
    chat.note(t("compose-refused-fix", { reason }));
    return { kind: "edit", step: result.step };
  }
}
