import { Composer, GrammyError, InlineKeyboard } from "grammy";
import { ActivityKind, CompetencyType } from "../../generated/prisma/enums.js";
import { formatDateTime, formatTime } from "../../i18n/format-date.js";
import { escapeHtml } from "../../i18n/html.js";
import { isLocale, type Locale, type Translate } from "../../i18n/index.js";
import {
  DEFAULT_PAGE_SIZE,
  findOwnRegistration,
  getActivityDetail,
  listCatalogue,
  type ActivityDetail,
  type AudienceSummary,
  type CatalogueItem,
  type Page,
} from "../../services/activities/catalogue.js";
import type { EligibilityProblem } from "../../services/activities/eligibility.js";
import { cancelRegistration, registerForActivity, type Clash } from "../../services/activities/registration.js";
import { ACTIVE_STATUSES } from "../../services/activities/seats.js";
import type { BotContext } from "../context.js";
import type { BotDeps } from "../deps.js";

/**
 * The ASN's activity catalogue: one message paged and filtered in place, an activity's detail
 * with Register / Cancel / Calendar buttons, and the registration and cancellation flows.
 * Every press is checked again by the services; a stale or forged button gets a polite answer.
 *
 * Callback data (ids only): `cat:<page>:<kind|->:<comp|->`, `catf:<kind|->:<comp|->`, `act:<id>`,
 * `reg:<id>`, `regc:<id>` (register despite a clash), `unreg:<registrationId>`, `unregy:<registrationId>`.
 */

export interface CatalogueFilter {
  kind: ActivityKind | null;
  competencyType: CompetencyType | null;
}

const NO_FILTER: CatalogueFilter = { kind: null, competencyType: null };
const CATALOGUE_PAGE_SIZE = DEFAULT_PAGE_SIZE;
const KINDS = Object.values(ActivityKind);
const COMPETENCIES = Object.values(CompetencyType);

// --- callback data ---------------------------------------------------------

export const catalogueData = (page: number, filter: CatalogueFilter = NO_FILTER): string =>
  `cat:${page}:${filter.kind ?? "-"}:${filter.competencyType ?? "-"}`;
const filterData = (filter: CatalogueFilter): string => `catf:${filter.kind ?? "-"}:${filter.competencyType ?? "-"}`;
export const detailData = (activityId: number): string => `act:${activityId}`;
export const cancelData = (registrationId: number): string => `unreg:${registrationId}`;
export const calendarData = (registrationId: number): string => `ics:${registrationId}`;

/** A database id from callback data, or null for anything malformed. */
export function parseId(text: string | undefined): number | null {
  if (!text || !/^[1-9]\d{0,9}$/.test(text)) return null;
  const id = Number(text);
  return Number.isSafeInteger(id) && id <= 2_147_483_647 ? id : null;
}

function parseFilter(kind: string | undefined, competency: string | undefined): CatalogueFilter | null {
  const k = kind === "-" ? null : KINDS.find((value) => value === kind);
  const c = competency === "-" ? null : COMPETENCIES.find((value) => value === competency);
  if (k === undefined || c === undefined) return null;
  return { kind: k, competencyType: c };
}

function parseCatalogueData(data: string): { page: number; filter: CatalogueFilter } | null {
  const match = /^cat:(\d{1,4}):([A-Z_]+|-):([A-Z_]+|-)$/.exec(data);
  if (!match) return null;
  const filter = parseFilter(match[2], match[3]);
  const page = Number(match[1]);
  return filter && page >= 1 ? { page, filter } : null;
}

// --- shared helpers --------------------------------------------------------

export async function localeOf(ctx: BotContext, deps: BotDeps): Promise<Locale> {
  const locale = await ctx.i18n.getLocale();
  return isLocale(locale) ? locale : deps.config.defaultLocale;
}

/** Fluent keys are lower-case with dashes: PENDING_APPROVAL → pending-approval. */
export const keyPart = (value: string): string => value.toLowerCase().replace(/_/g, "-");

export const kindName = (t: Translate, kind: ActivityKind): string => t(`catalogue-kind-${keyPart(kind)}`);
export const competencyName = (t: Translate, type: CompetencyType): string => t(`catalogue-competency-${keyPart(type)}`);

/** "14 Des" in the activity's time zone. */
export function shortDate(date: Date, locale: Locale, timeZone: string): string {
  return new Intl.DateTimeFormat(locale === "id" ? "id-ID" : "en-GB", { day: "numeric", month: "short", timeZone }).format(date);
}

export function truncate(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join("").trimEnd()}…`;
}

/** Where to put a place: the venue, the online link, or a dash. */
export const placeOf = (activity: { venue: string | null; onlineUrl: string | null }): string =>
  activity.venue ?? activity.onlineUrl ?? "-";

export async function needLinkAnswer(ctx: BotContext): Promise<void> {
  await ctx.answerCallbackQuery({ text: ctx.t("need-link"), show_alert: true });
}

/** Callback data of every button on the message the pressed button belongs to. */
function pressedData(ctx: BotContext): string[] {
  const rows = ctx.callbackQuery?.message?.reply_markup?.inline_keyboard ?? [];
  return rows.flat().flatMap((button) => ("callback_data" in button && button.callback_data ? [button.callback_data] : []));
}

/**
 * Whether the pressed message is one of the catalogue's own screens (a page, a filter picker, a
 * detail, a clash warning or a cancel confirmation), which are edited in place. Anything else
 * (a notification, the schedule) keeps its text and gets a new message.
 */
function pressedOnCatalogueScreen(ctx: BotContext): boolean {
  const data = pressedData(ctx);
  return !data.some((d) => d.startsWith("sch:")) && data.some((d) => /^(cat|catf|regc|unregy):/.test(d));
}

/**
 * The catalogue page and filters a screen came from, to return to them: a detail's own back
 * button, or on a catalogue page the filter button and its neighbours, laid out as
 * [◀️ previous] [🔎 filter] [next ▶️].
 */
function returnTarget(ctx: BotContext): string {
  const data = pressedData(ctx);
  const filterIndex = data.findIndex((d) => d.startsWith("catf:"));
  if (filterIndex < 0) return data.find((d) => parseCatalogueData(d) !== null) ?? catalogueData(1);
  const [, kind, competency] = data[filterIndex]!.split(":");
  const filter = parseFilter(kind, competency) ?? NO_FILTER;
  const previous = parseCatalogueData(data[filterIndex - 1] ?? "");
  const next = parseCatalogueData(data[filterIndex + 1] ?? "");
  const page = previous ? previous.page + 1 : next ? next.page - 1 : 1;
  return catalogueData(Math.max(1, page), filter);
}

/** Edits the pressed message when it is one of ours, otherwise sends a new one. */
export async function showScreen(
  ctx: BotContext,
  text: string,
  keyboard: InlineKeyboard | undefined,
  inPlace: boolean,
): Promise<void> {
  const options = {
    parse_mode: "HTML" as const,
    link_preview_options: { is_disabled: true },
    ...(keyboard ? { reply_markup: keyboard } : {}),
  };
  if (inPlace && ctx.callbackQuery?.message) {
    try {
      await ctx.editMessageText(text, options);
      return;
    } catch (error) {
      if (error instanceof GrammyError && error.description.includes("message is not modified")) return;
      if (!(error instanceof GrammyError) || error.error_code !== 400) throw error;
      // The message can no longer be edited: fall through to a new one.
    }
  }
  await ctx.reply(text, options);
}

// --- the catalogue page ----------------------------------------------------

function seatsText(t: Translate, item: { seatsLeft: number | null; waitlistLength: number }): string {
  if (item.seatsLeft === null) return t("catalogue-seats-unlimited");
  if (item.seatsLeft === 0) return t("catalogue-seats-full", { waiting: item.waitlistLength });
  return t("catalogue-seats-left", { seats: item.seatsLeft });
}

function filterText(t: Translate, filter: CatalogueFilter): { kind: string; competency: string } {
  return {
    kind: filter.kind ? kindName(t, filter.kind) : t("catalogue-all-kinds"),
    competency: filter.competencyType ? competencyName(t, filter.competencyType) : t("catalogue-all-competencies"),
  };
}

const isFiltered = (filter: CatalogueFilter): boolean => filter.kind !== null || filter.competencyType !== null;

export function renderCatalogue(
  t: Translate,
  result: Page<CatalogueItem>,
  filter: CatalogueFilter,
  locale: Locale,
  timeZone: string,
): { text: string; keyboard: InlineKeyboard } {
  const keyboard = new InlineKeyboard();
  const parts = [t("catalogue-title")];
  if (isFiltered(filter)) parts.push(t("catalogue-filter-line", filterText(t, filter)));

  if (result.total === 0) {
    parts.push(t("catalogue-empty"));
    parts.push(t(isFiltered(filter) ? "catalogue-empty-filtered-hint" : "catalogue-empty-hint"));
    keyboard.text(t("catalogue-button-filter"), filterData(filter));
    if (isFiltered(filter)) keyboard.text(t("catalogue-button-clear-filter"), catalogueData(1));
    return { text: parts.join("\n\n"), keyboard };
  }

  parts.push(t("catalogue-page-line", { page: result.page, pageCount: result.pageCount, total: result.total }));
  result.items.forEach((item, index) => {
    const number = String((result.page - 1) * CATALOGUE_PAGE_SIZE + index + 1);
    let entry = t("catalogue-item", {
      number,
      title: escapeHtml(item.title),
      start: formatDateTime(item.startsAt, locale, timeZone),
      kind: kindName(t, item.kind),
      competency: competencyName(t, item.competencyType),
      jp: item.jp,
      seats: seatsText(t, item),
    });
    if (item.myStatus) entry += `\n${t(`catalogue-mark-${keyPart(item.myStatus)}`)}`;
    parts.push(entry);
    keyboard.text(`${shortDate(item.startsAt, locale, timeZone)} · ${truncate(item.title, 40)}`, detailData(item.id)).row();
  });

  if (result.page > 1) keyboard.text(t("catalogue-button-prev"), catalogueData(result.page - 1, filter));
  keyboard.text(t("catalogue-button-filter"), filterData(filter));
  if (result.page < result.pageCount) keyboard.text(t("catalogue-button-next"), catalogueData(result.page + 1, filter));
  return { text: parts.join("\n\n"), keyboard };
}

async function showCataloguePage(
  ctx: BotContext,
  deps: BotDeps,
  page: number,
  filter: CatalogueFilter,
  inPlace: boolean,
  /** Set for a press: answered here so that a page that is gone can say so. */
  answer: boolean,
): Promise<void> {
  const account = ctx.caller.account!;
  const query = {
    employeeId: account.employeeId,
    ...(filter.kind ? { kind: filter.kind } : {}),
    ...(filter.competencyType ? { competencyType: filter.competencyType } : {}),
  };
  let result = await listCatalogue(deps, { ...query, page, pageSize: CATALOGUE_PAGE_SIZE });
  if ("error" in result) {
    if (answer) await ctx.answerCallbackQuery({ text: ctx.t("catalogue-page-gone") });
    answer = false;
    result = await listCatalogue(deps, { ...query, page: result.pageCount, pageSize: CATALOGUE_PAGE_SIZE });
    if ("error" in result) return;
  }
  if (answer) await ctx.answerCallbackQuery();
  const locale = await localeOf(ctx, deps);
  const { text, keyboard } = renderCatalogue(ctx.t, result, filter, locale, deps.config.timezone);
  await showScreen(ctx, text, keyboard, inPlace);
}

function renderFilterPicker(t: Translate, filter: CatalogueFilter): { text: string; keyboard: InlineKeyboard } {
  const mark = (selected: boolean, label: string) => (selected ? `✅ ${label}` : label);
  const kinds = KINDS.map((kind) =>
    InlineKeyboard.text(mark(filter.kind === kind, kindName(t, kind)), catalogueData(1, { ...filter, kind })),
  );
  const rows = [
    kinds.slice(0, 3),
    kinds.slice(3),
    [InlineKeyboard.text(mark(filter.kind === null, t("catalogue-button-all-kinds")), catalogueData(1, { ...filter, kind: null }))],
    COMPETENCIES.map((competencyType) =>
      InlineKeyboard.text(
        mark(filter.competencyType === competencyType, competencyName(t, competencyType)),
        catalogueData(1, { ...filter, competencyType }),
      ),
    ),
    [
      InlineKeyboard.text(
        mark(filter.competencyType === null, t("catalogue-button-all-competencies")),
        catalogueData(1, { ...filter, competencyType: null }),
      ),
    ],
    [InlineKeyboard.text(t("catalogue-button-back"), catalogueData(1, filter))],
  ];
  return { text: t("catalogue-filter-title", filterText(t, filter)), keyboard: InlineKeyboard.from(rows) };
}

// --- the detail ------------------------------------------------------------

function audienceText(t: Translate, audience: AudienceSummary): string | null {
  const parts: string[] = [];
  if (audience.units.length > 0) parts.push(t("catalogue-audience-units", { units: escapeHtml(audience.units.join(", ")) }));
  if (audience.grades.length > 0) parts.push(t("catalogue-audience-grades", { grades: escapeHtml(audience.grades.join(", ")) }));
  if (audience.positionTypes.length > 0) {
    parts.push(audience.positionTypes.map((type) => t(`catalogue-position-type-${keyPart(type)}`)).join(", "));
  }
  return parts.length > 0 ? parts.join("; ") : null;
}

export function refusalText(
  t: Translate,
  problem: EligibilityProblem,
  audience: AudienceSummary | null,
  locale: Locale,
  timeZone: string,
): string {
  switch (problem.code) {
    case "window-not-open":
      return t("catalogue-refusal-window-not-open", { date: formatDateTime(problem.opensAt, locale, timeZone) });
    case "window-closed":
      return t("catalogue-refusal-window-closed", { date: formatDateTime(problem.closesAt, locale, timeZone) });
    case "not-in-audience":
      return t(`catalogue-refusal-not-in-audience-${problem.reason}`, {
        audience: (audience && audienceText(t, audience)) ?? "-",
      });
    default:
      return t(`catalogue-refusal-${problem.code}`);
  }
}

const DESCRIPTION_LIMIT = 1500;
/** Telegram's limit is 4096; the rest of the detail is short, the description gives way first. */
const DETAIL_TEXT_LIMIT = 4000;

export function renderDetail(
  t: Translate,
  detail: ActivityDetail,
  options: { locale: Locale; timeZone: string; back: string },
): { text: string; keyboard: InlineKeyboard } {
  const { locale, timeZone } = options;
  const date = (value: Date) => formatDateTime(value, locale, timeZone);
  const head = [
    t("catalogue-detail-title", { title: escapeHtml(detail.title) }),
    t("catalogue-detail-meta", {
      kind: kindName(t, detail.kind),
      competency: competencyName(t, detail.competencyType),
      jp: detail.jp,
    }),
  ];
  if (detail.status === "CANCELLED") head.push(t("catalogue-detail-cancelled"));
  if (detail.status === "COMPLETED") head.push(t("catalogue-detail-completed"));
  const parts = [head.join("\n")];
  const description = detail.description?.trim() ?? "";
  const descriptionIndex = description ? parts.push(escapeHtml(truncate(description, DESCRIPTION_LIMIT))) - 1 : -1;

  const facts = [t("catalogue-detail-start", { date: date(detail.startsAt) }), t("catalogue-detail-end", { date: date(detail.endsAt) })];
  if (detail.venue) facts.push(t("catalogue-detail-venue", { venue: escapeHtml(detail.venue) }));
  if (detail.onlineUrl) facts.push(t("catalogue-detail-online", { url: escapeHtml(detail.onlineUrl) }));
  if (detail.partner) {
    facts.push(
      t("catalogue-detail-partner", {
        name: escapeHtml(detail.partner.name),
        kind: t(`catalogue-partner-kind-${keyPart(detail.partner.kind)}`),
      }),
    );
  }
  parts.push(facts.join("\n"));

  if (detail.speakers.length > 0) {
    const lines = [t("catalogue-detail-speakers")];
    for (const speaker of detail.speakers) {
      const role = t(`catalogue-speaker-role-${keyPart(speaker.role)}`);
      lines.push(
        speaker.institution
          ? t("catalogue-detail-speaker-institution", {
              name: escapeHtml(speaker.name),
              institution: escapeHtml(speaker.institution),
              role,
            })
          : t("catalogue-detail-speaker", { name: escapeHtml(speaker.name), role }),
      );
    }
    parts.push(lines.join("\n"));
  }

  const terms: string[] = [];
  const audience = audienceText(t, detail.audience);
  terms.push(audience ? t("catalogue-detail-audience", { audience }) : t("catalogue-detail-audience-all"));
  if (detail.capacity === null) terms.push(t("catalogue-detail-capacity-unlimited"));
  else if (detail.seatsLeft === 0) {
    terms.push(t("catalogue-detail-capacity-full", { capacity: detail.capacity, waiting: detail.waitlistLength }));
  } else terms.push(t("catalogue-detail-capacity", { capacity: detail.capacity, seats: detail.seatsLeft ?? 0 }));
  const { registrationOpensAt: opens, registrationClosesAt: closes } = detail;
  if (opens && closes) terms.push(t("catalogue-detail-window-between", { opens: date(opens), closes: date(closes) }));
  else if (opens) terms.push(t("catalogue-detail-window-from", { opens: date(opens) }));
  else if (closes) terms.push(t("catalogue-detail-window-until", { closes: date(closes) }));
  if (detail.needsSupervisorApproval) terms.push(t("catalogue-detail-approval"));
  parts.push(terms.join("\n"));

  const mine = detail.myRegistration;
  if (mine) parts.push(t(`catalogue-status-${keyPart(mine.status)}`, { rank: mine.waitlistRank ?? 0 }));
  if (detail.refusal) {
    parts.push(
      t("catalogue-detail-why-not", { reason: refusalText(t, detail.refusal, detail.audience, locale, timeZone) }),
    );
  } else if (detail.canRegister && detail.full) parts.push(t("catalogue-detail-can-waitlist"));

  const keyboard = new InlineKeyboard();
  if (detail.canRegister) {
    keyboard.text(t(detail.full ? "catalogue-button-register-waitlist" : "catalogue-button-register"), `reg:${detail.id}`).row();
  }
  if (mine?.cancellable) keyboard.text(t("catalogue-button-cancel"), cancelData(mine.id)).row();
  if (mine?.status === "REGISTERED" && detail.status === "PUBLISHED") {
    keyboard.text(t("catalogue-button-calendar"), calendarData(mine.id)).row();
  }
  keyboard.text(t("catalogue-button-back"), options.back);
  let text = parts.join("\n\n");
  if (text.length > DETAIL_TEXT_LIMIT && descriptionIndex >= 0) {
    const room = Math.max(100, DESCRIPTION_LIMIT - (text.length - DETAIL_TEXT_LIMIT) - 20);
    parts[descriptionIndex] = escapeHtml(truncate(description, room));
    text = parts.join("\n\n");
  }
  return { text, keyboard };
}

/** Shows an activity's detail; false when it does not exist or is not visible (nothing is sent). */
async function showDetail(
  ctx: BotContext,
  deps: BotDeps,
  activityId: number,
  inPlace: boolean,
  back: string,
): Promise<boolean> {
  const account = ctx.caller.account!;
  const detail = await getActivityDetail(deps, { employeeId: account.employeeId, activityId });
  if ("error" in detail) return false;
  const locale = await localeOf(ctx, deps);
  const { text, keyboard } = renderDetail(ctx.t, detail, { locale, timeZone: deps.config.timezone, back });
  await showScreen(ctx, text, keyboard, inPlace);
  return true;
}

// --- registering -----------------------------------------------------------

function clashText(
  t: Translate,
  activity: { title: string; startsAt: Date },
  clashes: Clash[],
  locale: Locale,
  timeZone: string,
): string {
  const lines = [
    t("catalogue-clash", { title: escapeHtml(activity.title), start: formatDateTime(activity.startsAt, locale, timeZone) }),
    ...clashes.map((clash) =>
      t("catalogue-clash-item", {
        title: escapeHtml(clash.title),
        start: formatDateTime(clash.startsAt, locale, timeZone),
        end: formatTime(clash.endsAt, locale, timeZone),
      }),
    ),
  ];
  return `${lines.join("\n")}\n\n${t("catalogue-clash-question")}`;
}

async function register(ctx: BotContext, deps: BotDeps, raw: string | undefined, confirmClash: boolean): Promise<void> {
  const account = ctx.caller.account;
  if (!account?.active) return needLinkAnswer(ctx);
  const activityId = parseId(raw);
  if (activityId === null) return void (await ctx.answerCallbackQuery({ text: ctx.t("catalogue-bad-button") }));
  const locale = await localeOf(ctx, deps);
  const timeZone = deps.config.timezone;
  const back = returnTarget(ctx);

  const result = await registerForActivity(deps, { employeeId: account.employeeId, activityId, confirmClash });
  if (!result.ok) {
    const detail = await getActivityDetail(deps, { employeeId: account.employeeId, activityId });
    const known = "error" in detail ? null : detail;
    if (result.error.code === "clash") {
      await ctx.answerCallbackQuery();
      if (!known) return;
      const keyboard = new InlineKeyboard()
        .text(ctx.t("catalogue-button-register-anyway"), `regc:${activityId}`)
        .text(ctx.t("catalogue-button-dismiss"), detailData(activityId));
      const text = clashText(ctx.t, known, result.error.clashes, locale, timeZone);
      return showScreen(ctx, text, keyboard, pressedOnCatalogueScreen(ctx));
    }
    await ctx.answerCallbackQuery();
    const text = known
      ? ctx.t("catalogue-register-refused", {
          title: escapeHtml(known.title),
          reason: refusalText(ctx.t, result.error, known.audience, locale, timeZone),
        })
      : ctx.t("catalogue-register-refused-unknown");
    await ctx.reply(text, { parse_mode: "HTML" });
    return;
  }

  if (result.alreadyDone) {
    const text =
      result.status === "REGISTERED"
        ? ctx.t("catalogue-already-registered")
        : result.status === "WAITLISTED"
          ? ctx.t("catalogue-already-waitlisted", { rank: result.waitlistRank ?? 0 })
          : result.status === "PENDING_APPROVAL"
            ? ctx.t("catalogue-already-pending")
            : ctx.t("catalogue-already-other");
    return void (await ctx.answerCallbackQuery({ text, show_alert: true }));
  }

  await ctx.answerCallbackQuery();
  const detail = await getActivityDetail(deps, { employeeId: account.employeeId, activityId });
  if ("error" in detail) return;
  if (pressedOnCatalogueScreen(ctx)) {
    const { text, keyboard } = renderDetail(ctx.t, detail, { locale, timeZone, back });
    await showScreen(ctx, text, keyboard, true);
  }
  const vars = {
    title: escapeHtml(detail.title),
    start: formatDateTime(detail.startsAt, locale, timeZone),
    place: escapeHtml(placeOf(detail)),
    rank: result.waitlistRank ?? 0,
  };
  const key =
    result.status === "REGISTERED"
      ? "catalogue-registered"
      : result.status === "WAITLISTED"
        ? "catalogue-waitlisted"
        : "catalogue-pending-approval";
  await ctx.reply(ctx.t(key, vars), { parse_mode: "HTML", link_preview_options: { is_disabled: true } });
}

// --- cancelling ------------------------------------------------------------

async function askCancel(ctx: BotContext, deps: BotDeps, raw: string | undefined): Promise<void> {
  const account = ctx.caller.account;
  if (!account?.active) return needLinkAnswer(ctx);
  const registrationId = parseId(raw);
  const own =
    registrationId === null ? null : await findOwnRegistration(deps, { employeeId: account.employeeId, registrationId });
  if (!own) return void (await ctx.answerCallbackQuery({ text: ctx.t("catalogue-registration-not-found") }));
  if (own.status === "CANCELLED") return void (await ctx.answerCallbackQuery({ text: ctx.t("catalogue-cancel-already") }));
  if (!ACTIVE_STATUSES.includes(own.status)) {
    return void (await ctx.answerCallbackQuery({ text: ctx.t("catalogue-cancel-not-cancellable") }));
  }
  if (own.activity.startsAt <= deps.clock.now()) {
    return void (await ctx.answerCallbackQuery({ text: ctx.t("catalogue-cancel-started") }));
  }
  await ctx.answerCallbackQuery();
  const locale = await localeOf(ctx, deps);
  const lines = [
    ctx.t("catalogue-cancel-confirm", {
      title: escapeHtml(own.activity.title),
      start: formatDateTime(own.activity.startsAt, locale, deps.config.timezone),
    }),
  ];
  if (own.status === "REGISTERED") lines.push(ctx.t("catalogue-cancel-confirm-seat"));
  const keyboard = new InlineKeyboard()
    .text(ctx.t("catalogue-button-cancel-yes"), `unregy:${own.id}`)
    .text(ctx.t("catalogue-button-cancel-no"), detailData(own.activity.id));
  // From a detail the question replaces it; from the schedule it comes as a new message.
  await showScreen(ctx, lines.join("\n\n"), keyboard, pressedOnCatalogueScreen(ctx));
}

async function confirmCancel(ctx: BotContext, deps: BotDeps, raw: string | undefined): Promise<void> {
  const account = ctx.caller.account;
  if (!account?.active) return needLinkAnswer(ctx);
  const registrationId = parseId(raw);
  if (registrationId === null) return void (await ctx.answerCallbackQuery({ text: ctx.t("catalogue-registration-not-found") }));
  const result = await cancelRegistration(deps, { employeeId: account.employeeId, registrationId });
  if (!result.ok) {
    const key =
      result.error === "not-found"
        ? "catalogue-registration-not-found"
        : result.error === "already-started"
          ? "catalogue-cancel-started"
          : "catalogue-cancel-not-cancellable";
    return void (await ctx.answerCallbackQuery({ text: ctx.t(key) }));
  }
  if (result.alreadyDone) return void (await ctx.answerCallbackQuery({ text: ctx.t("catalogue-cancel-already") }));

  await ctx.answerCallbackQuery({ text: ctx.t("catalogue-cancelled-short") });
  const own = await findOwnRegistration(deps, { employeeId: account.employeeId, registrationId });
  if (!own) return;
  await showDetail(ctx, deps, own.activity.id, pressedOnCatalogueScreen(ctx), catalogueData(1));
  await ctx.reply(ctx.t("catalogue-cancelled", { title: escapeHtml(own.activity.title) }), { parse_mode: "HTML" });
}

// --- wiring ----------------------------------------------------------------

/** The first catalogue page, as a new message (from the menu or /katalog). */
export function showCatalogue(deps: BotDeps) {
  return async (ctx: BotContext): Promise<void> => {
    if (!ctx.caller.account?.active) return void (await ctx.reply(ctx.t("need-link")));
    await showCataloguePage(ctx, deps, 1, NO_FILTER, false, false);
  };
}

export function catalogueFeature(deps: BotDeps): Composer<BotContext> {
  const feature = new Composer<BotContext>();

  feature.chatType("private").command(["katalog", "catalogue"], showCatalogue(deps));

  feature.callbackQuery(/^cat:/, async (ctx) => {
    if (!ctx.caller.account?.active) return needLinkAnswer(ctx);
    const parsed = parseCatalogueData(ctx.callbackQuery.data);
    if (!parsed) return void (await ctx.answerCallbackQuery({ text: ctx.t("catalogue-bad-button") }));
    await showCataloguePage(ctx, deps, parsed.page, parsed.filter, true, true);
  });

  feature.callbackQuery(/^catf:/, async (ctx) => {
    if (!ctx.caller.account?.active) return needLinkAnswer(ctx);
    const [, kind, competency, ...rest] = ctx.callbackQuery.data.split(":");
    const filter = rest.length === 0 ? parseFilter(kind, competency) : null;
    if (!filter) return void (await ctx.answerCallbackQuery({ text: ctx.t("catalogue-bad-button") }));
    await ctx.answerCallbackQuery();
    const { text, keyboard } = renderFilterPicker(ctx.t, filter);
    await showScreen(ctx, text, keyboard, true);
  });

  feature.callbackQuery(/^act:/, async (ctx) => {
    if (!ctx.caller.account?.active) return needLinkAnswer(ctx);
    const activityId = parseId(ctx.callbackQuery.data.slice("act:".length));
    if (activityId === null) return void (await ctx.answerCallbackQuery({ text: ctx.t("catalogue-not-found") }));
    const detail = await getActivityDetail(deps, { employeeId: ctx.caller.account.employeeId, activityId });
    if ("error" in detail) return void (await ctx.answerCallbackQuery({ text: ctx.t("catalogue-not-found") }));
    await ctx.answerCallbackQuery();
    const locale = await localeOf(ctx, deps);
    const back = returnTarget(ctx);
    const { text, keyboard } = renderDetail(ctx.t, detail, { locale, timeZone: deps.config.timezone, back });
    await showScreen(ctx, text, keyboard, pressedOnCatalogueScreen(ctx));
  });

  feature.callbackQuery(/^reg:/, (ctx) => register(ctx, deps, ctx.callbackQuery.data.slice("reg:".length), false));
  feature.callbackQuery(/^regc:/, (ctx) => register(ctx, deps, ctx.callbackQuery.data.slice("regc:".length), true));
  feature.callbackQuery(/^unreg:/, (ctx) => askCancel(ctx, deps, ctx.callbackQuery.data.slice("unreg:".length)));
  feature.callbackQuery(/^unregy:/, (ctx) => confirmCancel(ctx, deps, ctx.callbackQuery.data.slice("unregy:".length)));

  return feature;
}

export async function comingSoon(ctx: BotContext, labelKey: string): Promise<void> {
  await ctx.reply(ctx.t("coming-soon", { feature: ctx.t(labelKey) }), { parse_mode: "HTML" });
}
