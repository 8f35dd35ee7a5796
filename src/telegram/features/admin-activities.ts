import { Composer, GrammyError, InlineKeyboard } from "grammy";
import { formatDateTime } from "../../i18n/format-date.js";
import { escapeHtml } from "../../i18n/html.js";
import type { Locale, Translate } from "../../i18n/index.js";
import {
  listActivitiesForAdmin,
  runAdminActivityAction,
  type AdminActivityAction,
} from "../../services/activities/cancel-with-notice.js";
import type { ActivityListItem } from "../../services/activities/lifecycle.js";
import type { BotContext } from "../context.js";
import type { BotDeps } from "../deps.js";
import { localeOf } from "../locale.js";

const PAGE_SIZE = 8;

interface View {
  locale: Locale;
  timezone: string;
}

function statusName(t: Translate, status: string): string {
  return t(`admin-activities-status-${status.toLowerCase()}`);
}

function shorten(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

/** "12/30 terisi · 4 daftar tunggu", with the requests awaiting approval when there are any. */
export function fillText(t: Translate, item: ActivityListItem): string {
  const registered = String(item.counts.registered);
  const waitlisted = String(item.counts.waitlisted);
  const base =
    item.capacity === null
      ? t("admin-activities-fill-unlimited", { registered, waitlisted })
      : t("admin-activities-fill", { registered, capacity: String(item.capacity), waitlisted });
  return item.counts.pending > 0 ? t("admin-activities-fill-pending", { fill: base, pending: String(item.counts.pending) }) : base;
}

function renderPage(t: Translate, activities: ActivityListItem[], page: number, view: View) {
  const pages = Math.max(1, Math.ceil(activities.length / PAGE_SIZE));
  const current = Math.min(Math.max(0, page), pages - 1);
  const shown = activities.slice(current * PAGE_SIZE, (current + 1) * PAGE_SIZE);
  const keyboard = new InlineKeyboard();
  if (activities.length === 0) return { text: t("admin-activities-empty"), keyboard };
  const lines = [t("admin-activities-title", { page: String(current + 1), pages: String(pages) }), ""];
  shown.forEach((item, index) => {
    const n = String(current * PAGE_SIZE + index + 1);
    lines.push(
      t("admin-activities-item", {
        n,
        title: escapeHtml(item.title),
        code: escapeHtml(item.code),
        status: statusName(t, item.status),
        start: formatDateTime(item.startsAt, view.locale, view.timezone),
        fill: fillText(t, item),
      }),
      "",
    );
    if (index > 0) keyboard.row();
    keyboard.text(t("admin-activities-button-open", { n, title: shorten(item.title, 40) }), `adm:a:${item.id}`);
  });
  if (pages > 1) keyboard.row();
  if (current > 0) keyboard.text(t("admin-activities-button-previous"), `adm:l:${current - 1}`);
  if (current < pages - 1) keyboard.text(t("admin-activities-button-next"), `adm:l:${current + 1}`);
  return { text: lines.join("\n").trimEnd(), keyboard };
}

function renderDetail(t: Translate, item: ActivityListItem, page: number, view: View, notice?: string) {
  const lines = [
    t("admin-activities-detail", {
      title: escapeHtml(item.title),
      code: escapeHtml(item.code),
      status: statusName(t, item.status),
      start: formatDateTime(item.startsAt, view.locale, view.timezone),
      end: formatDateTime(item.endsAt, view.locale, view.timezone),
      place: escapeHtml(item.venue ?? item.onlineUrl ?? "-"),
      fill: fillText(t, item),
    }),
  ];
  if (item.attendanceCode && item.status === "PUBLISHED") {
    lines.push(t("admin-activities-detail-attendance", { attendanceCode: escapeHtml(item.attendanceCode) }));
  }
  if (notice) lines.unshift(notice, "");
  const keyboard = new InlineKeyboard();
  if (item.status === "DRAFT") keyboard.text(t("admin-activities-button-publish"), `adm:p:${item.id}`);
  if (item.status === "PUBLISHED") keyboard.text(t("admin-activities-button-complete"), `adm:f:${item.id}`);
  if (item.status === "DRAFT" || item.status === "PUBLISHED") {
    keyboard.text(t("admin-activities-button-cancel"), `adm:c:${item.id}`).row();
  }
  keyboard.text(t("admin-activities-button-back"), `adm:l:${page}`);
  return { text: lines.join("\n"), keyboard };
}

async function viewOf(ctx: BotContext, deps: BotDeps): Promise<View> {
  return { locale: await localeOf(ctx, deps), timezone: deps.config.timezone };
}

/** A button of this feature (the main menu answers its own buttons before calling in). */
function ownCallback(ctx: BotContext): boolean {
  return ctx.callbackQuery !== undefined && !ctx.callbackQuery.data?.startsWith("menu:");
}

/** Shows a screen: in place of the pressed message, or as a new message for the menu entry. */
async function show(ctx: BotContext, screen: { text: string; keyboard: InlineKeyboard }): Promise<void> {
  const options = { parse_mode: "HTML" as const, reply_markup: screen.keyboard };
  if (!ownCallback(ctx) || !ctx.callbackQuery?.message) return void (await ctx.reply(screen.text, options));
  try {
    await ctx.editMessageText(screen.text, options);
  } catch (error) {
    // Pressing the same page twice changes nothing on screen.
    if (!(error instanceof GrammyError && error.description.includes("message is not modified"))) throw error;
  }
}

async function refuse(ctx: BotContext): Promise<void> {
  const text = ctx.t("not-allowed", { role: ctx.t("role-admin") });
  if (ownCallback(ctx)) await ctx.answerCallbackQuery({ text, show_alert: true });
  else await ctx.reply(text);
}

/** The whole list for an admin (checked by the service), or null once refused. */
async function loadList(ctx: BotContext, deps: BotDeps): Promise<ActivityListItem[] | null> {
  const account = ctx.caller.account;
  if (!account?.active) {
    if (ownCallback(ctx)) await ctx.answerCallbackQuery({ text: ctx.t("need-link"), show_alert: true });
    else await ctx.reply(ctx.t("need-link"));
    return null;
  }
  const result = await listActivitiesForAdmin(deps, { adminId: account.employeeId });
  if (!result.ok) {
    await refuse(ctx);
    return null;
  }
  return result.activities;
}

async function showPage(ctx: BotContext, deps: BotDeps, page: number): Promise<void> {
  const activities = await loadList(ctx, deps);
  if (!activities) return;
  if (ownCallback(ctx)) await ctx.answerCallbackQuery();
  await show(ctx, renderPage(ctx.t, activities, page, await viewOf(ctx, deps)));
}

/** The detail of one activity; the caller has answered the button already. */
async function showDetail(ctx: BotContext, deps: BotDeps, activities: ActivityListItem[], activityId: number, notice?: string) {
  const index = activities.findIndex((item) => item.id === activityId);
  const item = activities[index];
  if (!item) return void (await ctx.reply(ctx.t("admin-activities-not-found")));
  await show(ctx, renderDetail(ctx.t, item, Math.floor(index / PAGE_SIZE), await viewOf(ctx, deps), notice));
}

/** "🗓 Kelola kegiatan": the first page of the admin list. */
export function showAdminActivities(deps: BotDeps) {
  return (ctx: BotContext) => showPage(ctx, deps, 0);
}

const ACTIONS: Record<string, AdminActivityAction> = { p: "publish", cy: "cancel", f: "complete" };

export function adminActivitiesFeature(deps: BotDeps): Composer<BotContext> {
  const feature = new Composer<BotContext>();

  feature.callbackQuery(/^adm:l:(\d{1,4})$/, (ctx) => showPage(ctx, deps, Number(ctx.match[1])));

  feature.callbackQuery(/^adm:a:(\d{1,9})$/, async (ctx) => {
    const activityId = Number(ctx.match[1]);
    // Answered after the check, so that a refusal can still be shown as an alert.
    const activities = await loadList(ctx, deps);
    if (!activities) return;
    await ctx.answerCallbackQuery();
    await showDetail(ctx, deps, activities, activityId);
  });

  // The confirmation step before a cancellation: who will be told.
  feature.callbackQuery(/^adm:c:(\d{1,9})$/, async (ctx) => {
    const activityId = Number(ctx.match[1]);
    const activities = await loadList(ctx, deps);
    if (!activities) return;
    const item = activities.find((candidate) => candidate.id === activityId);
    if (!item) return void (await ctx.answerCallbackQuery({ text: ctx.t("admin-activities-not-found"), show_alert: true }));
    await ctx.answerCallbackQuery();
    const people = item.counts.registered + item.counts.waitlisted + item.counts.pending;
    const keyboard = new InlineKeyboard()
      .text(ctx.t("admin-activities-button-cancel-yes"), `adm:cy:${item.id}`)
      .text(ctx.t("admin-activities-button-cancel-no"), `adm:a:${item.id}`);
    const text = ctx.t("admin-activities-cancel-confirm", {
      title: escapeHtml(item.title),
      code: escapeHtml(item.code),
      people: String(people),
    });
    await show(ctx, { text, keyboard });
  });

  feature.callbackQuery(/^adm:(p|cy|f):(\d{1,9})$/, async (ctx) => {
    const account = ctx.caller.account;
    if (!account?.active) return void (await ctx.answerCallbackQuery({ text: ctx.t("need-link"), show_alert: true }));
    const action = ACTIONS[ctx.match[1]!]!;
    const activityId = Number(ctx.match[2]);
    const settings = { settings: deps.config.activities, timezone: deps.config.timezone };
    const result = await runAdminActivityAction({ ...deps, ...settings }, {
      adminId: account.employeeId,
      activityId,
      action,
      actorLabel: `telegram:${ctx.from.id}`,
    });
    if (!result.ok) {
      if (result.code === "not-allowed") return refuse(ctx);
      const text =
        result.code === "not-found"
          ? ctx.t("admin-activities-not-found")
          : result.code === "not-started"
            ? ctx.t("admin-activities-not-started")
            : ctx.t("admin-activities-invalid-transition", {
                from: statusName(ctx.t, result.params.from ?? ""),
                to: statusName(ctx.t, result.params.to ?? ""),
              });
      return void (await ctx.answerCallbackQuery({ text, show_alert: true }));
    }
    const done = { publish: "published", cancel: "cancelled", complete: "completed" }[action];
    let notice: string;
    if (!result.changed) notice = ctx.t("admin-activities-unchanged", { status: statusName(ctx.t, result.activity.status) });
    else if ("affected" in result) {
      const count = new Set(result.affected.map((registration) => registration.employeeId)).size;
      notice = ctx.t("admin-activities-cancelled", { count: String(count) });
    } else notice = ctx.t(`admin-activities-${done}`);
    await ctx.answerCallbackQuery({ text: ctx.t(`admin-activities-answer-${done}`) });
    const activities = await loadList(ctx, deps);
    if (activities) await showDetail(ctx, deps, activities, activityId, notice);
  });

  return feature;
}
