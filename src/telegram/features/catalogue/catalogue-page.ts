import { InlineKeyboard, type CallbackQueryContext } from "grammy";
import { formatDateTime } from "../../../i18n/format-date.js";
import { escapeHtml } from "../../../i18n/html.js";
import type { Locale, Translate } from "../../../i18n/index.js";
import { isFiltered } from "../../../services/activities/catalogue-filter.js";
import { listCatalogue, type CatalogueItem } from "../../../services/activities/catalogue.js";
import { DEFAULT_PAGE_SIZE, type Page } from "../../../services/activities/paging.js";
import type { BotContext } from "../../context.js";
import type { BotDeps } from "../../deps.js";
import { localeOf } from "../../locale.js";
import { catalogueData, detailData, filterData, parseCatalogueData, type CatalogueFilter } from "./callback-data.js";
import { shortDate, truncate } from "./format.js";
import { competencyName, filterText, keyPart, kindName } from "./labels.js";
import { needLinkAnswer, showScreen } from "./screen.js";

/** A catalogue page: its activities, paging and filter buttons. */

const CATALOGUE_PAGE_SIZE = DEFAULT_PAGE_SIZE;

function seatsText(t: Translate, item: { seatsLeft: number | null; waitlistLength: number }): string {
  if (item.seatsLeft === null) return t("catalogue-seats-unlimited");
  if (item.seatsLeft === 0) return t("catalogue-seats-full", { waiting: item.waitlistLength });
  return t("catalogue-seats-left", { seats: item.seatsLeft });
}

function renderCatalogue(
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

export async function showCataloguePage(
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

/** A press on a paging button or a filter choice (`cat:`). */
export async function openPage(ctx: CallbackQueryContext<BotContext>, deps: BotDeps): Promise<void> {
  if (!ctx.caller.account?.active) return needLinkAnswer(ctx);
  const parsed = parseCatalogueData(ctx.callbackQuery.data);
  if (!parsed) return void (await ctx.answerCallbackQuery({ text: ctx.t("catalogue-bad-button") }));
  await showCataloguePage(ctx, deps, parsed.page, parsed.filter, true, true);
}
