import { InlineKeyboard, InputFile } from "grammy";
import { formatDate } from "../../../i18n/format-date.js";
import { escapeHtml } from "../../../i18n/html.js";
import type { Locale, Translate } from "../../../i18n/index.js";
import type { Page } from "../../../services/activities/paging.js";
import {
  EVALUATED_ACTIVITIES_PAGE_SIZE,
  evaluationResultsFor,
  listEvaluatedActivities,
  nonRespondentsFor,
  type ActivityRef,
  type EvaluatedActivity,
} from "../../../services/evaluations/results-access.js";
import { renderNonRespondentsCsv, renderResults } from "../../../services/evaluations/results-text.js";
import type { NonRespondent } from "../../../services/evaluations/results.js";
import type { BotContext } from "../../context.js";
import type { BotDeps } from "../../deps.js";
import { localeOf } from "../../locale.js";
import { callerId } from "../chat-screen.js";
import { hubData, nonRespondentsCsvData, nonRespondentsData, resultsData, resultsListData } from "./callback-data.js";
import { acknowledge, show, tell } from "./screen.js";

/**
 * "📊 Hasil evaluasi kegiatan": a paged list of activities with evaluations, an activity's results
 * (leaders and admins), and for admins who has not answered, also as a CSV file. The services decide
 * who may see what; the buttons only save typing.
 */

const PAGE_SIZE = EVALUATED_ACTIVITIES_PAGE_SIZE;

function shorten(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

const percent = (part: number, whole: number): string => (whole === 0 ? "-" : `${Math.round((part / whole) * 100)}%`);

function renderList(t: Translate, list: Page<EvaluatedActivity>, pageSize: number, locale: Locale, timezone: string) {
  const keyboard = new InlineKeyboard();
  if (list.total === 0) return { text: t("reports-results-empty"), keyboard: keyboard.text(t("reports-button-hub"), hubData()) };
  const lines = [t("reports-results-title", { page: list.page, pages: list.pageCount })];
  list.items.forEach((item, index) => {
    const n = (list.page - 1) * pageSize + index + 1;
    lines.push(
      "",
      t("reports-results-item", {
        n,
        title: escapeHtml(item.title),
        code: escapeHtml(item.code),
        end: formatDate(item.endsAt, locale, timezone),
        submitted: item.submitted,
        requests: item.requests,
        rate: percent(item.submitted, item.requests),
      }),
    );
    keyboard.text(t("reports-results-button-open", { n, title: shorten(item.title, 40) }), resultsData(item.id)).row();
  });
  if (list.page > 1) keyboard.text(t("reports-button-previous"), resultsListData(list.page - 1));
  if (list.page < list.pageCount) keyboard.text(t("reports-button-next"), resultsListData(list.page + 1));
  keyboard.row().text(t("reports-button-hub"), hubData());
  return { text: lines.join("\n"), keyboard };
}

/** A page of activities with evaluations: in place of the pressed hub or page, else as a new message. */
export async function showResultsList(ctx: BotContext, deps: BotDeps, page: number): Promise<void> {
  const viewerId = callerId(ctx);
  if (viewerId === null) return tell(ctx, ctx.t("need-link"));
  const result = await listEvaluatedActivities(deps, { viewerId, page, pageSize: PAGE_SIZE });
  if (!result.ok) return tell(ctx, ctx.t("reports-not-allowed"));
  await acknowledge(ctx);
  const screen = renderList(ctx.t, result.page, PAGE_SIZE, await localeOf(ctx, deps), deps.config.timezone);
  await show(ctx, screen.text.split("\n"), screen.keyboard);
}

/** An activity's results as new messages; admins get the button to its non-respondents. */
export async function showResults(ctx: BotContext, deps: BotDeps, activity: ActivityRef): Promise<void> {
  const viewerId = callerId(ctx);
  if (viewerId === null) return tell(ctx, ctx.t("need-link"));
  const result = await evaluationResultsFor(deps, { viewerId, ...activity });
  if (!result.ok) {
    if (result.code === "not-allowed") return tell(ctx, ctx.t("reports-not-allowed"));
    const code = "activityCode" in activity ? activity.activityCode.trim() : "";
    return tell(ctx, code ? ctx.t("reports-results-not-found", { code: escapeHtml(code) }) : ctx.t("reports-results-gone"));
  }
  await acknowledge(ctx);
  const lines = renderResults(ctx.t, await localeOf(ctx, deps), result.results, { html: true, compact: true });
  const keyboard = result.mayViewNonRespondents
    ? new InlineKeyboard().text(ctx.t("reports-results-button-non-respondents"), nonRespondentsData(result.results.activity.id))
    : undefined;
  await show(ctx, lines, keyboard, { inPlace: false });
}

function nonRespondentLine(t: Translate, person: NonRespondent, locale: Locale, timezone: string): string {
  const vars = {
    name: escapeHtml(person.name),
    unit: escapeHtml(person.unitName),
    questionnaire: escapeHtml(person.questionnaireCode),
    status: t(`evaluation-results-status-${person.status.toLowerCase()}`),
    due: formatDate(person.dueAt, locale, timezone),
  };
  return person.subjectName === null
    ? t("reports-non-respondent-line", vars)
    : t("reports-non-respondent-line-subject", { ...vars, subject: escapeHtml(person.subjectName) });
}

/** Who has not answered, as new messages with the CSV button under the last one (admins only). */
export async function showNonRespondents(ctx: BotContext, deps: BotDeps, activityId: number): Promise<void> {
  const viewerId = callerId(ctx);
  if (viewerId === null) return tell(ctx, ctx.t("need-link"));
  const result = await nonRespondentsFor(deps, { viewerId, activityId });
  if (!result.ok) {
    return tell(ctx, ctx.t(result.code === "not-allowed" ? "reports-non-respondents-not-allowed" : "reports-results-gone"));
  }
  await acknowledge(ctx);
  const { activity, people } = result;
  const locale = await localeOf(ctx, deps);
  const lines = [ctx.t("reports-non-respondents-title", { title: escapeHtml(activity.title), code: escapeHtml(activity.code) }), ""];
  if (people.length === 0) return show(ctx, [...lines, ctx.t("reports-non-respondents-none")], undefined, { inPlace: false });
  lines.push(...people.map((person) => nonRespondentLine(ctx.t, person, locale, deps.config.timezone)));
  lines.push("", ctx.t("reports-non-respondents-total", { count: people.length }));
  const keyboard = new InlineKeyboard().text(ctx.t("reports-non-respondents-button-csv"), nonRespondentsCsvData(activity.id));
  await show(ctx, lines, keyboard, { inPlace: false });
}

/** The non-respondents as a CSV document (UTF-8, header first), the same file the CLI writes. */
export async function sendNonRespondentsCsv(ctx: BotContext, deps: BotDeps, activityId: number): Promise<void> {
  const viewerId = callerId(ctx);
  if (viewerId === null) return tell(ctx, ctx.t("need-link"));
  const result = await nonRespondentsFor(deps, { viewerId, activityId });
  if (!result.ok) {
    return tell(ctx, ctx.t(result.code === "not-allowed" ? "reports-non-respondents-not-allowed" : "reports-results-gone"));
  }
  const { activity, people } = result;
  if (people.length === 0) return tell(ctx, ctx.t("reports-non-respondents-none"));
  await acknowledge(ctx, ctx.t("reports-csv-sent"));
  const csv = renderNonRespondentsCsv(people, deps.config.timezone);
  const fileName = `belum-mengisi-${activity.code.replace(/[^A-Za-z0-9_-]+/g, "-")}.csv`;
  await ctx.replyWithDocument(new InputFile(Buffer.from(csv, "utf8"), fileName), {
    caption: ctx.t("reports-csv-caption", { code: escapeHtml(activity.code), count: people.length }),
    parse_mode: "HTML",
  });
}
