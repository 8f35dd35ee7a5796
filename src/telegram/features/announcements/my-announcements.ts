import { Composer, InlineKeyboard } from "grammy";
import type { InlineKeyboardButton } from "grammy/types";
import { formatDateTime } from "../../../i18n/format-date.js";
import { escapeHtml } from "../../../i18n/html.js";
import type { Locale, Translate } from "../../../i18n/index.js";
import { cancelAnnouncement, type AnnouncementDeps } from "../../../services/announcements/announcements.js";
import { listAnnouncements, type AnnouncementSummary } from "../../../services/announcements/list.js";
import { reachReport } from "../../../services/announcements/reach-report.js";
import { renderReachReport } from "../../../services/announcements/reach-report-text.js";
import type { BotContext } from "../../context.js";
import type { BotDeps } from "../../deps.js";
import { localeOf } from "../../locale.js";
import { callerId, chatScreen, parseId } from "../chat-screen.js";

/**
 * "📋 Pengumuman saya": the caller's announcements (an admin's list has everybody's), latest first,
 * each with its status, time and reach; "📊 Laporan" opens the reach report and "🚫 Batalkan" cancels
 * a scheduled one after a confirmation. The services decide who may see or cancel what.
 *
 * Callback data: `myan:l:<page>` a page of the list, `myan:r:<id>` the report as a new message,
 * `myan:u:<id>` the report refreshed in place, `myan:c:<id>` the cancel question, `myan:cy:<id>`
 * and `myan:cn:<id>` its answers.
 */

const PATTERN = /^myan:/;
const PAGE_SIZE = 5;
/** The list reaches back this many pages (100 announcements); older reports by `/laporan_pengumuman <id>`. */
const MAX_PAGE = 20;

const screen = chatScreen(PATTERN);

const listData = (page: number) => `myan:l:${page}`;
const reportData = (id: number) => `myan:r:${id}`;
const refreshData = (id: number) => `myan:u:${id}`;
const cancelData = (id: number) => `myan:c:${id}`;
const cancelYesData = (id: number) => `myan:cy:${id}`;
const cancelNoData = (id: number) => `myan:cn:${id}`;

type Press =
  | { kind: "list"; page: number }
  | { kind: "report" | "refresh" | "cancel" | "cancel-yes" | "cancel-no"; id: number };

const KINDS = { r: "report", u: "refresh", c: "cancel", cy: "cancel-yes", cn: "cancel-no" } as const;

function parsePress(data: string): Press | null {
  const match = /^myan:(l|r|u|c|cy|cn):(\d{1,10})$/.exec(data);
  const number = match ? parseId(match[2]!) : null;
  if (!match || number === null) return null;
  if (match[1] === "l") return number <= MAX_PAGE ? { kind: "list", page: number } : null;
  return { kind: KINDS[match[1] as keyof typeof KINDS], id: number };
}

const announcementDeps = (deps: BotDeps): AnnouncementDeps => ({ ...deps, settings: deps.config.announcements });

const percent = (part: number, whole: number) => (whole === 0 ? "-" : `${Math.round((part / whole) * 100)}%`);

function itemLines(t: Translate, item: AnnouncementSummary, viewerId: number, locale: Locale, timezone: string): string[] {
  const when = item.sentAt ?? item.scheduledAt;
  const lines = [
    t("my-announcements-item", {
      id: String(item.id),
      status: t(`announcements-status-${item.status.toLowerCase()}`),
      at: when ? formatDateTime(when, locale, timezone) : "-",
    }),
    t("my-announcements-item-excerpt", { excerpt: escapeHtml(item.excerpt) }),
  ];
  if (item.authorId !== viewerId) lines.push(t("my-announcements-item-author", { author: escapeHtml(item.authorName) }));
  if (item.status === "SENT" || item.status === "SENDING") {
    lines.push(
      t("my-announcements-item-reach", {
        recipients: item.recipients,
        acknowledged: item.acknowledged,
        percent: percent(item.acknowledged, item.recipients),
        needsAck: item.needsAck ? "yes" : "no",
      }),
    );
  }
  if (item.hasPulse) lines.push(t("my-announcements-item-pulse"));
  return lines;
}

async function showList(ctx: BotContext, deps: BotDeps, page: number): Promise<void> {
  const viewerId = callerId(ctx);
  if (viewerId === null) return screen.tell(ctx, ctx.t("need-link"));
  // One more than the page needs tells whether there is a next page.
  const listed = await listAnnouncements(deps, { viewerId, limit: page * PAGE_SIZE + 1 });
  if (!listed.ok) return screen.tell(ctx, ctx.t("announcements-error-not-allowed"));
  await screen.acknowledge(ctx);
  const items = listed.items.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE);
  if (items.length === 0) {
    const keyboard = page > 1 ? new InlineKeyboard().text(ctx.t("my-announcements-button-first"), listData(1)) : undefined;
    return screen.show(ctx, [ctx.t("my-announcements-empty")], keyboard);
  }
  const locale = await localeOf(ctx, deps);
  const lines = [ctx.t("my-announcements-title", { page })];
  const rows: InlineKeyboardButton[][] = [];
  for (const item of items) {
    lines.push("", ...itemLines(ctx.t, item, viewerId, locale, deps.config.timezone));
    const row = [InlineKeyboard.text(ctx.t("my-announcements-button-report", { id: String(item.id) }), reportData(item.id))];
    if (item.status === "SCHEDULED") row.push(InlineKeyboard.text(ctx.t("my-announcements-button-cancel", { id: String(item.id) }), cancelData(item.id)));
    rows.push(row);
  }
  const paging: InlineKeyboardButton[] = [];
  if (page > 1) paging.push(InlineKeyboard.text(ctx.t("my-announcements-button-previous"), listData(page - 1)));
  if (listed.items.length > page * PAGE_SIZE && page < MAX_PAGE) {
    paging.push(InlineKeyboard.text(ctx.t("my-announcements-button-next"), listData(page + 1)));
  }
  if (paging.length > 0) rows.push(paging);
  await screen.show(ctx, lines, InlineKeyboard.from(rows));
}

async function showReport(ctx: BotContext, deps: BotDeps, announcementId: number, inPlace: boolean): Promise<void> {
  const viewerId = callerId(ctx);
  if (viewerId === null) return screen.tell(ctx, ctx.t("need-link"));
  const result = await reachReport(deps, { announcementId, viewerId });
  if (!result.ok) return screen.tell(ctx, ctx.t(`announcements-error-${result.code}`));
  await screen.acknowledge(ctx);
  const locale = await localeOf(ctx, deps);
  const text = renderReachReport(ctx.t, locale, result.report, { timezone: deps.config.timezone, html: true });
  const keyboard = new InlineKeyboard()
    .text(ctx.t("my-announcements-button-refresh"), refreshData(announcementId))
    .text(ctx.t("my-announcements-button-list"), listData(1));
  await screen.show(ctx, text.split("\n"), keyboard, { inPlace });
}

/** The cancel question and its "no": the report service tells whether the caller may manage it. */
async function askCancel(ctx: BotContext, deps: BotDeps, announcementId: number, answer: "ask" | "keep"): Promise<void> {
  const viewerId = callerId(ctx);
  if (viewerId === null) return screen.tell(ctx, ctx.t("need-link"));
  const result = await reachReport(deps, { announcementId, viewerId });
  if (!result.ok) return screen.tell(ctx, ctx.t(`announcements-error-${result.code}`));
  const { announcement } = result.report;
  if (announcement.status !== "SCHEDULED") return screen.tell(ctx, ctx.t("announcements-error-not-scheduled"));
  await screen.acknowledge(ctx);
  const locale = await localeOf(ctx, deps);
  const vars = {
    id: String(announcementId),
    at: announcement.scheduledAt ? formatDateTime(announcement.scheduledAt, locale, deps.config.timezone) : "-",
    excerpt: escapeHtml(announcement.excerpt),
  };
  if (answer === "keep") return screen.show(ctx, [ctx.t("my-announcements-cancel-kept", vars)]);
  const keyboard = new InlineKeyboard()
    .text(ctx.t("my-announcements-cancel-yes"), cancelYesData(announcementId))
    .text(ctx.t("my-announcements-cancel-no"), cancelNoData(announcementId));
  await screen.show(ctx, [ctx.t("my-announcements-cancel-confirm", vars)], keyboard, { inPlace: false });
}

async function cancel(ctx: BotContext, deps: BotDeps, announcementId: number): Promise<void> {
  const actorId = callerId(ctx);
  if (actorId === null) return screen.tell(ctx, ctx.t("need-link"));
  const result = await cancelAnnouncement(announcementDeps(deps), { announcementId, actorId });
  if (!result.ok) return screen.tell(ctx, ctx.t(`announcements-error-${result.code}`));
  await screen.acknowledge(ctx, ctx.t("my-announcements-cancelled-answer"));
  await screen.show(ctx, [ctx.t("my-announcements-cancelled", { id: String(announcementId) })]);
}

/** "📋 Pengumuman saya", called from the announcement hub: the first page of the caller's announcements. */
export function showMyAnnouncements(deps: BotDeps) {
  return (ctx: BotContext): Promise<void> => showList(ctx, deps, 1);
}

export function myAnnouncementsFeature(deps: BotDeps): Composer<BotContext> {
  const feature = new Composer<BotContext>();

  feature.chatType("private").command(["laporan_pengumuman", "announcement_report"], async (ctx) => {
    const argument = ctx.match.trim();
    if (argument === "") return showList(ctx, deps, 1);
    const id = parseId(argument);
    if (id === null) return void (await ctx.reply(ctx.t("my-announcements-bad-id", { value: escapeHtml(argument) }), { parse_mode: "HTML" }));
    await showReport(ctx, deps, id, false);
  });

  feature.callbackQuery(PATTERN, async (ctx) => {
    const press = parsePress(ctx.callbackQuery.data);
    if (!press) return void (await ctx.answerCallbackQuery({ text: ctx.t("callback-stale"), show_alert: true }));
    switch (press.kind) {
      case "list":
        return showList(ctx, deps, press.page);
      case "report":
        return showReport(ctx, deps, press.id, false);
      case "refresh":
        return showReport(ctx, deps, press.id, true);
      case "cancel":
        return askCancel(ctx, deps, press.id, "ask");
      case "cancel-no":
        return askCancel(ctx, deps, press.id, "keep");
      case "cancel-yes":
        return cancel(ctx, deps, press.id);
    }
  });

  return feature;
}
