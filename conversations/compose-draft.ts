import type { Conversation } from "@grammyjs/conversations";
import type { Locale, Translate } from "../src/i18n/index.js";
import type { AudienceSpec } from "../src/services/announcements/audience.js";
import type { AnnouncementContent } from "../src/services/announcements/content.js";
import type { BotContext, ConversationContext } from "../src/telegram/context.js";
import type { BotDeps } from "../src/telegram/deps.js";
import { button, type ComposeChat } from "./compose-chat.js";

/** The chat's simple recurring choices (a campaign's schedule). */
export type RecurringChoice = { kind: "daily"; time: string } | { kind: "weekly"; weekday: number; time: string };

/** When to send; times are epoch milliseconds, since the draft is replayed from storage as JSON. */
export type DraftTiming = { kind: "now" } | { kind: "at"; at: number } | { kind: "recurring"; choice: RecurringChoice };

/** What the author has chosen so far. It lives in the conversation, so it survives a restart. */
export interface Draft {
  content: AnnouncementContent | null;
  audience: AudienceSpec | null;
  /** Names of the chosen units, for the summary. */
  unitNames: string[];
  timing: DraftTiming | null;
  needsAck: boolean;
  pulse: boolean;
  /** Made once per draft: ✅ Kirim replayed after a crash finds what it created instead of creating it again. */
  requestKey: string;
}

export interface ComposeScope {
  /** Null for the whole district. */
  unitId: number | null;
  unitName: string | null;
}

/** What every step works with. */
export interface ComposeFlow {
  conversation: Conversation<BotContext, ConversationContext>;
  deps: BotDeps;
  chat: ComposeChat;
  t: Translate;
  locale: Locale;
  scope: ComposeScope;
  draft: Draft;
}

export type StepResult = "done" | "cancel";

export const STEP_COUNT = 5;

/** "Langkah 3 dari 5 · Penerima". */
export function stepHeader(t: Translate, step: number, nameKey: string): string {
  return t("compose-step", { step: String(step), total: String(STEP_COUNT), name: t(nameKey) });
}

/** The clock, read once and replayed, as every clock read in a conversation must be. */
export async function readNow(flow: Pick<ComposeFlow, "conversation" | "deps">): Promise<Date> {
  return new Date(await flow.conversation.external(() => flow.deps.clock.now().getTime()));
}

export type TypedRead<T> = { ok: true; value: T } | { ok: false; notice: string };

export type TypedAnswer<T> = { kind: "answer"; value: T } | { kind: "back" } | { kind: "cancel" };

/**
 * Asks under `header` and a Back button for a typed answer until `read` accepts one (it gives a
 * notice to ask again otherwise); a button other than Back is ignored.
 */
export async function askTyped<T>(
  flow: ComposeFlow,
  header: string,
  prompt: string,
  read: (text: string) => TypedRead<T> | Promise<TypedRead<T>>,
): Promise<TypedAnswer<T>> {
  const { t, chat } = flow;
  let notice: string | null = null;
  for (;;) {
    const lines = [header, ...(notice ? [notice] : []), prompt];
    await chat.show({ text: lines.join("\n\n"), rows: [[button(t("compose-button-back"), "back")]] });
    notice = null;
    const input = await chat.read();
    if (input.kind === "cancel") return { kind: "cancel" };
    if (input.kind === "button") {
      if (input.value === "back") return { kind: "back" };
      continue;
    }
    const text = input.message.text?.trim();
    if (text === undefined) {
      notice = t("compose-text-expected");
      continue;
    }
    const answer = await read(text);
    if (answer.ok) return { kind: "answer", value: answer.value };
    notice = answer.notice;
  }
}
