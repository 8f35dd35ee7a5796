import type { types } from "@slack/bolt";
import { formatDateTime } from "../../../i18n/format-date.js";
import { escapeHtml } from "../../../i18n/html.js";
import { isFiltered } from "../../../services/activities/catalogue-filter.js";
import { listCatalogue, type CatalogueItem } from "../../../services/activities/catalogue.js";
import { DEFAULT_PAGE_SIZE, type Page } from "../../../services/activities/paging.js";
import type { SlackDeps } from "../../deps.js";
import { htmlToMrkdwn } from "../../mrkdwn.js";
import { actions, context, sections, type ButtonSpec } from "./blocks.js";
import { catalogueData, detailData, filterData, registerData, type CatalogueFilter } from "./callback-data.js";
import { competencyName, filterText, keyPart, kindName, seatsText } from "./labels.js";
import type { SlackText } from "./text.js";

/** A catalogue page: each activity with its date (WIB), kind, JP and seats, "Detail" and "Daftar", and paging. */

const PAGE_SIZE = DEFAULT_PAGE_SIZE;

function itemBlocks(text: SlackText, item: CatalogueItem, number: number): types.KnownBlock[] {
  let entry = text.html("catalogue-item", {
    number: String(number),
    title: escapeHtml(item.title),
    start: formatDateTime(item.startsAt, text.locale, text.timezone),
    kind: kindName(text, item.kind),
    competency: competencyName(text, item.competencyType),
    jp: item.jp,
    seats: seatsText(text, item),
  });
  if (item.myStatus) entry += `\n${text.html(`catalogue-mark-${keyPart(item.myStatus)}`)}`;
  const buttons: ButtonSpec[] = [{ text: text.plain("slack-activities-button-detail"), value: detailData(item.id) }];
  if (!item.myStatus) {
    const key = item.seatsLeft === 0 ? "catalogue-button-register-waitlist" : "catalogue-button-register";
    buttons.push({ text: text.plain(key), value: registerData(item.id), style: "primary" });
  }
  return [...sections(htmlToMrkdwn(entry)), actions(buttons)];
}

function pageBlocks(text: SlackText, result: Page<CatalogueItem>, filter: CatalogueFilter): types.KnownBlock[] {
  const head = [text.html("catalogue-title")];
  if (isFiltered(filter)) head.push(text.html("catalogue-filter-line", filterText(text, filter)));
  const blocks: types.KnownBlock[] = [...sections(htmlToMrkdwn(head.join("\n")))];
  const filterButtons: ButtonSpec[] = [{ text: text.plain("catalogue-button-filter"), value: filterData(filter) }];
  if (isFiltered(filter)) filterButtons.push({ text: text.plain("catalogue-button-clear-filter"), value: catalogueData(1) });

  if (result.total === 0) {
    const hint = isFiltered(filter) ? "catalogue-empty-filtered-hint" : "catalogue-empty-hint";
    blocks.push(...sections(`${text.mrkdwn("catalogue-empty")}\n\n${text.mrkdwn(hint)}`), actions(filterButtons));
    return blocks;
  }

  blocks.push(context(text.mrkdwn("catalogue-page-line", { page: result.page, pageCount: result.pageCount, total: result.total })));
  result.items.forEach((item, index) => blocks.push(...itemBlocks(text, item, (result.page - 1) * PAGE_SIZE + index + 1)));

  const paging: ButtonSpec[] = [];
  if (result.page > 1) paging.push({ text: text.plain("catalogue-button-prev"), value: catalogueData(result.page - 1, filter) });
  paging.push(...filterButtons);
  if (result.page < result.pageCount) {
    paging.push({ text: text.plain("catalogue-button-next"), value: catalogueData(result.page + 1, filter) });
  }
  blocks.push(actions(paging));
  return blocks;
}

/**
 * The blocks of a catalogue page, by the same service and page size as Telegram. A page past the end
 * (the catalogue shrank since the button was drawn) shows the last page and says so.
 */
export async function cataloguePage(
  deps: SlackDeps,
  text: SlackText,
  input: { employeeId: number; page: number; filter: CatalogueFilter },
): Promise<{ blocks: types.KnownBlock[]; page: number; gone: boolean }> {
  const query = {
    employeeId: input.employeeId,
    pageSize: PAGE_SIZE,
    ...(input.filter.kind ? { kind: input.filter.kind } : {}),
    ...(input.filter.competencyType ? { competencyType: input.filter.competencyType } : {}),
  };
  let result = await listCatalogue(deps, { ...query, page: input.page });
  let gone = false;
  if ("error" in result) {
    gone = true;
    result = await listCatalogue(deps, { ...query, page: result.pageCount });
    if ("error" in result) result = { items: [], page: 1, pageCount: 1, total: 0 };
  }
  return { blocks: pageBlocks(text, result, input.filter), page: result.page, gone };
}
