import { quietHoursEnd } from "../src/delivery/quiet-hours.js";
import { formatDateTime } from "../src/i18n/format-date.js";
import { escapeHtml } from "../src/i18n/html.js";
import type { Locale, Translate } from "../src/i18n/index.js";
import { nextSlot, scheduleFromChoice } from "../src/services/campaigns/cron-schedule.js";
import { explainCronIssue, explainSchedule } from "../src/services/campaigns/schedule-words.js";
import { button, type Screen } from "./compose-chat.js";
import { askTyped, readNow, stepHeader, type ComposeFlow, type RecurringChoice, type StepResult } from "./compose-draft.js";
import { parseClockTime, parseSendTime } from "./compose-when.js";

/** Monday first, as the week is read in Indonesia; values are cron's (0 is Sunday). */
const WEEKDAYS = [1, 2, 3, 4, 5, 6, 0];

/** "setiap Senin pukul 08.00 WIB; pertama kali Senin, 14 Desember 2026 pukul 08.00 WIB". */
export function recurringWords(t: Translate, locale: Locale, timezone: string, choice: RecurringChoice, now: Date): string {
  const parsed = scheduleFromChoice(choice);
  if (!parsed.ok) return explainCronIssue(t, parsed.issue);
  const next = nextSlot(parsed.schedule, now, timezone);
  return t("compose-recurring-words", {
    schedule: explainSchedule(parsed.schedule, { t, locale, timezone, now }),
    next: next ? formatDateTime(next, locale, timezone) : t("campaign-schedule-no-next"),
  });
}

const header = (flow: ComposeFlow): string => stepHeader(flow.t, 4, "compose-step-timing");

function screen(flow: ComposeFlow, lines: string[], rows: Screen["rows"]): Screen {
  return { text: [header(flow), ...lines].join("\n\n"), rows };
}

type Outcome = "done" | "back" | "cancel";

/** Messages due in quiet hours are held by the delivery queue until the morning: say so. */
function noteQuietHours(flow: ComposeFlow, at: Date): void {
  const { timezone, quietHours } = flow.deps.config;
  const heldUntil = quietHoursEnd(at, quietHours && { ...quietHours, timezone });
  if (heldUntil) flow.chat.note(flow.t("compose-quiet-hours", { until: formatDateTime(heldUntil, flow.locale, timezone) }));
}

/** A date and time typed in WIB, in the future. */
async function askTime(flow: ComposeFlow): Promise<Outcome> {
  const { t, chat, locale } = flow;
  const { timezone } = flow.deps.config;
  const answer = await askTyped(flow, header(flow), t("compose-ask-at"), async (text) => {
    const at = parseSendTime(text, timezone);
    if (!at) return { ok: false, notice: t("compose-error-bad-time", { value: escapeHtml(text) }) };
    const now = await readNow(flow);
    if (at.getTime() <= now.getTime()) {
      return {
        ok: false,
        notice: t("compose-error-past-time", { when: formatDateTime(at, locale, timezone), now: formatDateTime(now, locale, timezone) }),
      };
    }
    return { ok: true, value: at };
  });
  if (answer.kind !== "answer") return answer.kind;
  const at = answer.value;
  flow.draft.timing = { kind: "at", at: at.getTime() };
  chat.note(t("compose-at-chosen", { when: formatDateTime(at, locale, timezone) }));
  noteQuietHours(flow, at);
  return "done";
}

/** Daily, or weekly on one day, at a time of day: a campaign's schedule. */
async function askRecurrence(flow: ComposeFlow): Promise<Outcome> {
  const { t, chat, locale } = flow;
  const back = [button(t("compose-button-back"), "back")];
  const choices = [button(t("compose-button-daily"), "daily"), button(t("compose-button-weekly"), "weekly")];
  await chat.show(screen(flow, [t("compose-ask-recurrence")], [choices, back]));
  const often = await chat.read();
  if (often.kind === "cancel") return "cancel";
  if (often.kind === "message") chat.note(t("compose-use-buttons"));
  if (often.kind !== "button" || (often.value !== "daily" && often.value !== "weekly")) return "back";

  let weekday: number | null = null;
  if (often.value === "weekly") {
    const days = WEEKDAYS.map((day) => button(t(`campaign-weekday-${day}`), `d:${day}`));
    await chat.show(screen(flow, [t("compose-ask-weekday")], [days.slice(0, 4), days.slice(4), back]));
    const day = await chat.read();
    if (day.kind === "cancel") return "cancel";
    if (day.kind === "message") chat.note(t("compose-use-buttons"));
    const match = day.kind === "button" ? /^d:([0-6])$/.exec(day.value) : null;
    if (!match) return "back";
    weekday = Number(match[1]);
  }

  const answer = await askTyped(flow, header(flow), t("compose-ask-clock"), (text) => {
    const time = parseClockTime(text);
    if (time === null) return { ok: false, notice: t("compose-error-bad-clock", { value: escapeHtml(text) }) };
    const choice: RecurringChoice = weekday === null ? { kind: "daily", time } : { kind: "weekly", weekday, time };
    const parsed = scheduleFromChoice(choice);
    if (!parsed.ok) return { ok: false, notice: explainCronIssue(t, parsed.issue) };
    return { ok: true, value: { choice, schedule: parsed.schedule } };
  });
  if (answer.kind !== "answer") return answer.kind;
  const { choice, schedule } = answer.value;
  flow.draft.timing = { kind: "recurring", choice };
  const now = await readNow(flow);
  const { timezone } = flow.deps.config;
  chat.note(t("compose-recurring-chosen", { words: recurringWords(t, locale, timezone, choice, now) }));
  const first = nextSlot(schedule, now, timezone);
  if (first) noteQuietHours(flow, first);
  return "done";
}

/** Step 4: now, at a WIB date and time, or recurring (a campaign with this message first). */
export async function timingStep(flow: ComposeFlow): Promise<StepResult> {
  const { t, chat } = flow;
  let notice: string | null = null;
  for (;;) {
    await chat.show(
      screen(flow, [...(notice ? [notice] : []), t("compose-ask-timing")], [
        [button(t("compose-button-now"), "now")],
        [button(t("compose-button-at"), "at")],
        [button(t("compose-button-recurring"), "rec")],
      ]),
    );
    notice = null;
    const input = await chat.read();
    if (input.kind === "cancel") return "cancel";
    if (input.kind === "message") {
      notice = t("compose-use-buttons");
      continue;
    }
    if (input.value === "now") {
      flow.draft.timing = { kind: "now" };
      noteQuietHours(flow, await readNow(flow));
      return "done";
    }
    const outcome = input.value === "at" ? await askTime(flow) : input.value === "rec" ? await askRecurrence(flow) : "back";
    if (outcome !== "back") return outcome;
  }
}
