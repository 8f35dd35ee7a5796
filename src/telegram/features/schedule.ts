import { Composer, InlineKeyboard, InputFile } from "grammy";
import type { InlineKeyboardButton } from "grammy/types";
import { formatDateTime } from "../../i18n/format-date.js";
import { escapeHtml } from "../../i18n/html.js";
import type { Locale, Translate } from "../../i18n/index.js";
import { calendarEntryFor } from "../../services/activities/calendar-entry.js";
import { buildIcs, icsFileName, registrationUid } from "../../services/activities/ics.js";
import { listMySchedule, type ScheduleItem } from "../../services/activities/my-schedule.js";
import type { Page } from "../../services/activities/paging.js";
import type { BotContext } from "../context.js";
import type { BotDeps } from "../deps.js";
import { localeOf } from "../locale.js";
import { calendarData, cancelData, catalogueData, detailData, parseId } from "./catalogue/callback-data.js";
import { placeOf, truncate } from "./catalogue/format.js";
import { keyPart } from "./catalogue/labels.js";
import { needLinkAnswer, showScreen } from "./catalogue/screen.js";

/**
 * "Jadwal saya": the person's upcoming registrations, with buttons to open each activity, cancel
 * it, and get a calendar file. Callback data: `sch:<page>`, `ics:<registrationId>` (plus the
 * catalogue's `act:` and `unreg:`, handled there).
 */

const SCHEDULE_PAGE_SIZE = 5;
const scheduleData = (page: number): string => `sch:${page}`;

function statusText(t: Translate, item: ScheduleItem): string {
  return t(`schedule-status-${keyPart(item.status)}`, { rank: item.waitlistRank ?? 0 });
}

export function renderSchedule(
  t: Translate,
  result: Page<ScheduleItem>,
  locale: Locale,
  timeZone: string,
): { text: string; keyboard: InlineKeyboard } {
  if (result.total === 0) {
    const keyboard = new InlineKeyboard().text(t("schedule-button-catalogue"), catalogueData(1));
    return { text: `${t("schedule-title")}\n\n${t("schedule-empty")}`, keyboard };
  }
  const parts = [
    t("schedule-title"),
    t("schedule-page-line", { page: result.page, pageCount: result.pageCount, total: result.total }),
  ];
  const rows: InlineKeyboardButton[][] = [];
  result.items.forEach((item, index) => {
    const number = String((result.page - 1) * SCHEDULE_PAGE_SIZE + index + 1);
    parts.push(
      t("schedule-item", {
        number,
        title: escapeHtml(item.title),
        start: formatDateTime(item.startsAt, locale, timeZone),
        place: escapeHtml(placeOf(item)),
        status: statusText(t, item),
      }),
    );
    rows.push([
      InlineKeyboard.text(t("schedule-button-detail", { number, title: truncate(item.title, 40) }), detailData(item.activityId)),
    ]);
    const actions: InlineKeyboardButton[] = [];
    if (item.cancellable) actions.push(InlineKeyboard.text(t("schedule-button-cancel", { number }), cancelData(item.registrationId)));
    if (item.status === "REGISTERED") {
      actions.push(InlineKeyboard.text(t("schedule-button-calendar", { number }), calendarData(item.registrationId)));
    }
    rows.push(actions);
  });
  const paging: InlineKeyboardButton[] = [];
  if (result.page > 1) paging.push(InlineKeyboard.text(t("schedule-button-prev"), scheduleData(result.page - 1)));
  if (result.page < result.pageCount) paging.push(InlineKeyboard.text(t("schedule-button-next"), scheduleData(result.page + 1)));
  rows.push(paging);
  return { text: parts.join("\n\n"), keyboard: InlineKeyboard.from(rows.filter((row) => row.length > 0)) };
}

async function showSchedulePage(ctx: BotContext, deps: BotDeps, page: number, pressed: boolean): Promise<void> {
  const employeeId = ctx.caller.account!.employeeId;
  let result = await listMySchedule(deps, { employeeId, page, pageSize: SCHEDULE_PAGE_SIZE });
  let answered = !pressed;
  if ("error" in result) {
    if (pressed) await ctx.answerCallbackQuery({ text: ctx.t("schedule-page-gone") });
    answered = true;
    result = await listMySchedule(deps, { employeeId, page: result.pageCount, pageSize: SCHEDULE_PAGE_SIZE });
    if ("error" in result) return;
  }
  if (!answered) await ctx.answerCallbackQuery();
  const locale = await localeOf(ctx, deps);
  const { text, keyboard } = renderSchedule(ctx.t, result, locale, deps.config.timezone);
  await showScreen(ctx, text, keyboard, pressed);
}

/** The first schedule page, as a new message (from the menu or /jadwal). */
export function showSchedule(deps: BotDeps) {
  return async (ctx: BotContext): Promise<void> => {
    if (!ctx.caller.account?.active) return void (await ctx.reply(ctx.t("need-link")));
    await showSchedulePage(ctx, deps, 1, false);
  };
}

/** Sends the registration's calendar file, only to its owner and only for a confirmed seat. */
async function sendCalendar(ctx: BotContext, deps: BotDeps, raw: string): Promise<void> {
  const account = ctx.caller.account;
  if (!account?.active) return needLinkAnswer(ctx);
  const registrationId = parseId(raw);
  const entry =
    registrationId === null
      ? ({ ok: false, error: "not-found" } as const)
      : await calendarEntryFor(deps, { employeeId: account.employeeId, registrationId });
  if (!entry.ok) {
    const key =
      entry.error === "not-found"
        ? "catalogue-registration-not-found"
        : entry.error === "activity-cancelled"
          ? "schedule-calendar-cancelled"
          : "schedule-calendar-not-registered";
    return void (await ctx.answerCallbackQuery({ text: ctx.t(key) }));
  }
  await ctx.answerCallbackQuery({ text: ctx.t("schedule-calendar-sent") });
  const { registration } = entry;
  const ics = buildIcs(registration.activity, {
    timezone: deps.config.timezone,
    uid: registrationUid(registration.id),
    stamp: deps.clock.now(),
  });
  await ctx.replyWithDocument(new InputFile(Buffer.from(ics, "utf8"), icsFileName(registration.activity.title)), {
    caption: ctx.t("schedule-calendar-caption", { title: escapeHtml(truncate(registration.activity.title, 200)) }),
    parse_mode: "HTML",
  });
}

export function scheduleFeature(deps: BotDeps): Composer<BotContext> {
  const feature = new Composer<BotContext>();

  feature.chatType("private").command(["jadwal", "schedule"], showSchedule(deps));

  feature.callbackQuery(/^sch:/, async (ctx) => {
    if (!ctx.caller.account?.active) return needLinkAnswer(ctx);
    const match = /^sch:(\d{1,4})$/.exec(ctx.callbackQuery.data);
    const page = match ? Number(match[1]) : 0;
    if (page < 1) return void (await ctx.answerCallbackQuery({ text: ctx.t("catalogue-bad-button") }));
    await showSchedulePage(ctx, deps, page, true);
  });

  feature.callbackQuery(/^ics:/, (ctx) => sendCalendar(ctx, deps, ctx.callbackQuery.data.slice("ics:".length)));

  return feature;
}
