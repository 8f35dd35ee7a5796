import { Composer, InlineKeyboard } from "grammy";
import type { InlineKeyboardButton } from "grammy/types";
import { formatDateTime } from "../../../i18n/format-date.js";
import { escapeHtml } from "../../../i18n/html.js";
import { campaignDetailLines } from "../../../services/campaigns/campaign-text.js";
import type { CampaignViewDeps } from "../../../services/campaigns/campaign-views.js";
import {
  campaignDetail,
  endCampaign,
  listCampaigns,
  pauseCampaign,
  resumeCampaign,
  type CampaignActor,
  type CampaignListItem,
  type ControlResult,
} from "../../../services/campaigns/campaigns.js";
import { explainSchedule, type WordsContext } from "../../../services/campaigns/schedule-words.js";
import type { BotContext } from "../../context.js";
import type { BotDeps } from "../../deps.js";
import { localeOf } from "../../locale.js";
import { callerId, chatScreen, parseId } from "../chat-screen.js";

/**
 * "🔁 Kampanye": the caller's socialisation campaigns (an admin sees all of them) with their schedule
 * in words, progress and next run; a campaign's card with ⏸ Jeda, ▶️ Lanjutkan and ⏹ Akhiri (which asks
 * first). The campaign services decide who may see or change what; a refusal changes nothing.
 *
 * Callback data: `cpg:l:<page>` a page of the list, `cpg:d:<id>` a campaign's card, `cpg:p:<id>`
 * pause, `cpg:r:<id>` resume, `cpg:e:<id>` the question before ending, `cpg:ey:<id>` end.
 */

const PATTERN = /^cpg:/;
const PAGE_SIZE = 5;

const screen = chatScreen(PATTERN);

const listData = (page: number) => `cpg:l:${page}`;
const detailData = (id: number) => `cpg:d:${id}`;
const pauseData = (id: number) => `cpg:p:${id}`;
const resumeData = (id: number) => `cpg:r:${id}`;
const endData = (id: number) => `cpg:e:${id}`;
const endYesData = (id: number) => `cpg:ey:${id}`;

const KINDS = { l: "list", d: "detail", p: "pause", r: "resume", e: "end", ey: "end-yes" } as const;
type Press = { kind: (typeof KINDS)[keyof typeof KINDS]; number: number };

function parsePress(data: string): Press | null {
  const match = /^cpg:(l|d|p|r|e|ey):(\d{1,10})$/.exec(data);
  const number = match ? parseId(match[2]!) : null;
  if (!match || number === null) return null;
  return { kind: KINDS[match[1] as keyof typeof KINDS], number };
}

const viewDeps = (deps: BotDeps): CampaignViewDeps => ({ db: deps.db, clock: deps.clock, timezone: deps.config.timezone });
const actorOf = (employeeId: number): CampaignActor => ({ kind: "employee", employeeId });

async function wordsContext(ctx: BotContext, deps: BotDeps): Promise<WordsContext> {
  return { t: ctx.t, locale: await localeOf(ctx, deps), timezone: deps.config.timezone, now: deps.clock.now() };
}

function shorten(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

function itemLines(context: WordsContext, item: CampaignListItem, viewerId: number): string[] {
  const { t } = context;
  const schedule = item.schedule ? explainSchedule(item.schedule, context) : t("campaign-schedule-unreadable");
  const lines = [
    t("campaigns-chat-item", { id: String(item.id), name: escapeHtml(item.name), status: t(`campaign-status-${item.status.toLowerCase()}`) }),
    t("campaigns-chat-item-schedule", { schedule: escapeHtml(schedule) }),
    t("campaigns-chat-item-progress", { sent: item.sent, total: item.total }),
  ];
  if (item.nextRunAt && item.sent < item.total) {
    const when = formatDateTime(item.nextRunAt, context.locale, context.timezone);
    lines.push(t("campaigns-chat-item-next", { position: item.sent + 1, total: item.total, when }));
  }
  if (item.authorId !== viewerId) lines.push(t("campaigns-chat-item-author", { author: escapeHtml(item.authorName) }));
  return lines;
}

async function showList(ctx: BotContext, deps: BotDeps, requestedPage: number): Promise<void> {
  const viewerId = callerId(ctx);
  if (viewerId === null) return screen.tell(ctx, ctx.t("need-link"));
  const listed = await listCampaigns(viewDeps(deps), { viewer: actorOf(viewerId) });
  if (!listed.ok) return screen.tell(ctx, ctx.t("campaign-error-not-allowed"));
  await screen.acknowledge(ctx);
  const { campaigns } = listed;
  if (campaigns.length === 0) return screen.show(ctx, [ctx.t("campaigns-chat-empty")]);

  const pages = Math.ceil(campaigns.length / PAGE_SIZE);
  const page = Math.min(requestedPage, pages);
  const context = await wordsContext(ctx, deps);
  const lines = [ctx.t("campaigns-chat-title", { page, pages })];
  const rows: InlineKeyboardButton[][] = [];
  for (const item of campaigns.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE)) {
    lines.push("", ...itemLines(context, item, viewerId));
    rows.push([InlineKeyboard.text(ctx.t("campaigns-chat-button-open", { id: String(item.id), name: shorten(item.name, 40) }), detailData(item.id))]);
  }
  const paging: InlineKeyboardButton[] = [];
  if (page > 1) paging.push(InlineKeyboard.text(ctx.t("campaigns-chat-button-previous"), listData(page - 1)));
  if (page < pages) paging.push(InlineKeyboard.text(ctx.t("campaigns-chat-button-next"), listData(page + 1)));
  if (paging.length > 0) rows.push(paging);
  await screen.show(ctx, lines, InlineKeyboard.from(rows));
}

/** A campaign's card with the buttons its status allows; `notice` answers the press that led here. */
async function showDetail(ctx: BotContext, deps: BotDeps, campaignId: number, notice?: string): Promise<void> {
  const viewerId = callerId(ctx);
  if (viewerId === null) return screen.tell(ctx, ctx.t("need-link"));
  const result = await campaignDetail(viewDeps(deps), { campaignId, viewer: actorOf(viewerId) });
  if (!result.ok) return screen.tell(ctx, ctx.t(`campaign-error-${result.code}`));
  await screen.acknowledge(ctx, notice);
  const { campaign } = result;
  const [title = "", ...rest] = campaignDetailLines(await wordsContext(ctx, deps), campaign).map(escapeHtml);
  const keyboard = new InlineKeyboard();
  if (campaign.status === "ACTIVE") keyboard.text(ctx.t("campaigns-chat-button-pause"), pauseData(campaign.id));
  if (campaign.status === "PAUSED") keyboard.text(ctx.t("campaigns-chat-button-resume"), resumeData(campaign.id));
  if (campaign.status !== "ENDED") keyboard.text(ctx.t("campaigns-chat-button-end"), endData(campaign.id)).row();
  keyboard.text(ctx.t("campaigns-chat-button-list"), listData(1));
  await screen.show(ctx, [`<b>${title}</b>`, ...rest], keyboard);
}

/** Ending cannot be undone, so it asks first, in place of the card. */
async function askEnd(ctx: BotContext, deps: BotDeps, campaignId: number): Promise<void> {
  const viewerId = callerId(ctx);
  if (viewerId === null) return screen.tell(ctx, ctx.t("need-link"));
  const result = await campaignDetail(viewDeps(deps), { campaignId, viewer: actorOf(viewerId) });
  if (!result.ok) return screen.tell(ctx, ctx.t(`campaign-error-${result.code}`));
  const { campaign } = result;
  if (campaign.status === "ENDED") return screen.tell(ctx, ctx.t("campaign-error-ended"));
  await screen.acknowledge(ctx);
  const keyboard = new InlineKeyboard()
    .text(ctx.t("campaigns-chat-end-yes"), endYesData(campaign.id))
    .text(ctx.t("campaigns-chat-end-no"), detailData(campaign.id));
  const question = ctx.t("campaigns-chat-end-confirm", {
    id: String(campaign.id),
    name: escapeHtml(campaign.name),
    left: campaign.total - campaign.sent,
  });
  await screen.show(ctx, [question], keyboard);
}

const CONTROLS = {
  pause: { run: pauseCampaign, done: "campaign-pause-done", unchanged: "campaign-pause-unchanged" },
  resume: { run: resumeCampaign, done: "campaign-resume-done", unchanged: "campaign-resume-unchanged" },
  end: { run: endCampaign, done: "campaign-end-done", unchanged: "campaign-end-unchanged" },
} as const;

async function control(ctx: BotContext, deps: BotDeps, campaignId: number, action: keyof typeof CONTROLS): Promise<void> {
  const actorId = callerId(ctx);
  if (actorId === null) return screen.tell(ctx, ctx.t("need-link"));
  const { run, done, unchanged } = CONTROLS[action];
  const result: ControlResult = await run(deps, { campaignId, actor: actorOf(actorId) });
  if (!result.ok) return screen.tell(ctx, ctx.t(`campaign-error-${result.code}`));
  await showDetail(ctx, deps, campaignId, ctx.t(result.changed ? done : unchanged, { id: String(campaignId) }));
}

/** "🔁 Kampanye", called from the announcement hub: the first page of the caller's campaigns. */
export function showCampaigns(deps: BotDeps) {
  return (ctx: BotContext): Promise<void> => showList(ctx, deps, 1);
}

export function campaignsFeature(deps: BotDeps): Composer<BotContext> {
  const feature = new Composer<BotContext>();

  feature.chatType("private").command(["kampanye", "campaigns"], async (ctx) => {
    const argument = ctx.match.trim();
    if (argument === "") return showList(ctx, deps, 1);
    const id = parseId(argument);
    if (id === null) return void (await ctx.reply(ctx.t("campaigns-chat-bad-id", { value: escapeHtml(argument) }), { parse_mode: "HTML" }));
    await showDetail(ctx, deps, id);
  });

  feature.callbackQuery(PATTERN, async (ctx) => {
    const press = parsePress(ctx.callbackQuery.data);
    if (!press) return void (await ctx.answerCallbackQuery({ text: ctx.t("callback-stale"), show_alert: true }));
    switch (press.kind) {
      case "list":
        return showList(ctx, deps, press.number);
      case "detail":
        return showDetail(ctx, deps, press.number);
      case "pause":
        return control(ctx, deps, press.number, "pause");
      case "resume":
        return control(ctx, deps, press.number, "resume");
      case "end":
        return askEnd(ctx, deps, press.number);
      case "end-yes":
        return control(ctx, deps, press.number, "end");
    }
  });

  return feature;
}
