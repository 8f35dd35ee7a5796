import { InlineKeyboard } from "grammy";
import { escapeHtml } from "../../../i18n/html.js";
import { unitTreeFor } from "../../../services/announcements/unit-tree.js";
import { accessRefusalKey } from "../../../services/reports/access.js";
import type { ReportFilter } from "../../../services/reports/filter.js";
import { currentYearFilter, periodWords, reportFilter } from "../../../services/reports/period.js";
import { getRoles } from "../../../services/roles.js";
import type { BotContext } from "../../context.js";
import type { BotDeps } from "../../deps.js";
import { localeOf } from "../../locale.js";
import { callerId } from "../chat-screen.js";
import {
  dateRangeData,
  generateData,
  hubData,
  parsePeriodToken,
  periodPickerData,
  scopePickerData,
  unitPageData,
  type ReportCode,
} from "./callback-data.js";
import { CHAT_REPORTS, reportRefusal } from "./report-kinds.js";
import { acknowledge, show, tell } from "./screen.js";

/**
 * Choosing what a report covers, one screen at a time in place of the hub: the period (this year, last
 * year or a typed date range), then the unit (the viewer's whole scope, or one unit with its subtree
 * from the unit tree). Each screen asks the report services first, so a viewer who may not open the
 * report gets a refusal rather than a screen.
 */

const UNITS_PER_PAGE = 8;

/** The viewer, once the services agree they may open the report for the unit; null after a refusal. */
export async function allowedViewer(ctx: BotContext, deps: BotDeps, report: ReportCode, unitId: number | null): Promise<number | null> {
  const viewerId = callerId(ctx);
  if (viewerId === null) {
    await tell(ctx, ctx.t("need-link"));
    return null;
  }
  const refusal = await reportRefusal(deps, { viewerId, report, unitId });
  if (refusal === null) return viewerId;
  await tell(ctx, ctx.t(accessRefusalKey(refusal)));
  return null;
}

/** The filter a period token stands for; a malformed or invalid one is a forged button. */
export async function filterOf(ctx: BotContext, deps: BotDeps, token: string, unitId: number | null): Promise<ReportFilter | null> {
  const period = parsePeriodToken(token);
  const result = period === null ? null : reportFilter(period, { unitId, timezone: deps.config.timezone });
  if (result?.ok) return result.filter;
  await tell(ctx, ctx.t("reports-bad-button"));
  return null;
}

export async function showPeriodPicker(ctx: BotContext, deps: BotDeps, report: ReportCode): Promise<void> {
  if ((await allowedViewer(ctx, deps, report, null)) === null) return;
  await acknowledge(ctx);
  const year = currentYearFilter(deps.clock, deps.config.timezone).year!;
  const keyboard = new InlineKeyboard()
    .text(ctx.t("reports-period-this-year", { year: String(year) }), scopePickerData(report, `y${year}`))
    .text(ctx.t("reports-period-last-year", { year: String(year - 1) }), scopePickerData(report, `y${year - 1}`))
    .row()
    .text(ctx.t("reports-period-range"), dateRangeData(report))
    .row()
    .text(ctx.t("reports-button-hub"), hubData());
  await show(ctx, [ctx.t("reports-period-title", { report: escapeHtml(ctx.t(CHAT_REPORTS[report].label)) })], keyboard);
}

async function periodHeading(ctx: BotContext, deps: BotDeps, report: ReportCode, filter: ReportFilter): Promise<Record<string, string>> {
  const language = { locale: await localeOf(ctx, deps), t: ctx.t };
  return { report: escapeHtml(ctx.t(CHAT_REPORTS[report].label)), period: escapeHtml(periodWords(filter, language, deps.config.timezone)) };
}

/** The unit step: in place of a pressed screen, or as a new message after a typed date range. */
export async function showScopePicker(ctx: BotContext, deps: BotDeps, report: ReportCode, token: string): Promise<void> {
  const filter = await filterOf(ctx, deps, token, null);
  if (filter === null || (await allowedViewer(ctx, deps, report, null)) === null) return;
  await acknowledge(ctx);
  const keyboard = new InlineKeyboard()
    .text(ctx.t("reports-scope-all"), generateData(report, token, null))
    .row()
    .text(ctx.t("reports-scope-pick"), unitPageData(report, token, 1))
    .row()
    .text(ctx.t("reports-button-back"), periodPickerData(report));
  await show(ctx, [ctx.t("reports-scope-title", await periodHeading(ctx, deps, report, filter))], keyboard);
}

/** A page of the unit tree the viewer may choose from: a scoped leader's own subtree, else every unit. */
export async function showUnitPage(ctx: BotContext, deps: BotDeps, report: ReportCode, token: string, page: number): Promise<void> {
  const filter = await filterOf(ctx, deps, token, null);
  if (filter === null) return;
  const viewerId = await allowedViewer(ctx, deps, report, null);
  if (viewerId === null) return;
  const roles = await getRoles(deps, viewerId);
  const scopeUnitId = !roles.admin && roles.leader ? roles.leaderUnitId : null;
  const units = await unitTreeFor(deps, { scopeUnitId });
  await acknowledge(ctx);

  const pages = Math.max(1, Math.ceil(units.length / UNITS_PER_PAGE));
  const current = Math.min(page, pages);
  const keyboard = new InlineKeyboard();
  for (const unit of units.slice((current - 1) * UNITS_PER_PAGE, current * UNITS_PER_PAGE)) {
    const label = ctx.t("reports-unit-button", {
      prefix: "· ".repeat(unit.depth),
      name: shorten(unit.name, 48),
      count: unit.employeesInSubtree,
    });
    keyboard.text(label, generateData(report, token, unit.id)).row();
  }
  if (current > 1) keyboard.text(ctx.t("reports-button-previous"), unitPageData(report, token, current - 1));
  if (current < pages) keyboard.text(ctx.t("reports-button-next"), unitPageData(report, token, current + 1));
  keyboard.row().text(ctx.t("reports-button-back"), scopePickerData(report, token));
  const heading = await periodHeading(ctx, deps, report, filter);
  const text = units.length === 0 ? ctx.t("reports-units-empty") : ctx.t("reports-units-title", { ...heading, page: current, pages });
  await show(ctx, text.split("\n"), keyboard);
}

function shorten(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}
