import { Composer, InlineKeyboard } from "grammy";
import type { ServiceDeps } from "../../../services/deps.js";
import { mayViewEvaluationResults } from "../../../services/evaluations/results-access.js";
import { currentYearFilter } from "../../../services/reports/period.js";
import type { BotContext } from "../../context.js";
import type { BotDeps } from "../../deps.js";
import { callerId } from "../chat-screen.js";
import { parseReportsData, periodPickerData, REPORT_CODES, REPORTS_PATTERN, resultsListData, type ReportCode } from "./callback-data.js";
import { answerDateRange, askForDateRange } from "./date-range.js";
import { sendNonRespondentsCsv, showNonRespondents, showResults, showResultsList } from "./evaluation-results.js";
import { CHAT_REPORTS, listedInHub } from "./report-kinds.js";
import { showPeriodPicker, showScopePicker, showUnitPage } from "./report-picker.js";
import { sendReport, sendReportCsv } from "./report-sender.js";
import { acknowledge, show, tell } from "./screen.js";

/**
 * "📊 Laporan" for leaders and admins: a hub listing the reports the viewer may open (each report's
 * service decides), and the reports themselves. `/hasil [code]` goes straight to evaluation results.
 * The reports with charts and spreadsheets are chosen by period and unit (report-picker.ts, a typed
 * range in date-range.ts) and sent by report-sender.ts; supervisors reach their team's JP report from
 * 👥 Tim saya (`rep:t`).
 */

interface ReportEntry {
  label: string;
  data: string;
  allowed(deps: ServiceDeps, viewerId: number): Promise<boolean>;
}

const chartReport = (code: ReportCode): ReportEntry => ({
  label: CHAT_REPORTS[code].label,
  data: periodPickerData(code),
  allowed: (deps, viewerId) => listedInHub(deps, { viewerId, report: code }),
});

/** The hub's entries in display order; a new report adds one line here. */
const REPORTS: ReportEntry[] = [
  { label: "reports-item-evaluation-results", data: resultsListData(1), allowed: mayViewEvaluationResults },
  ...REPORT_CODES.map(chartReport),
];

/** The hub: as a new message from the menu, in place when going back to it. */
export function showReports(deps: BotDeps) {
  return async (ctx: BotContext): Promise<void> => {
    const viewerId = callerId(ctx);
    if (viewerId === null) return tell(ctx, ctx.t("need-link"));
    const allowed = await Promise.all(REPORTS.map((entry) => entry.allowed(deps, viewerId)));
    const entries = REPORTS.filter((_, index) => allowed[index]);
    if (entries.length === 0) return tell(ctx, ctx.t("reports-not-allowed"));
    await acknowledge(ctx);
    const keyboard = new InlineKeyboard();
    for (const entry of entries) keyboard.text(ctx.t(entry.label), entry.data).row();
    await show(ctx, [ctx.t("reports-title")], keyboard);
  };
}

export function reportsFeature(deps: BotDeps): Composer<BotContext> {
  const feature = new Composer<BotContext>();
  const hub = showReports(deps);

  feature.chatType("private").command(["hasil", "results"], async (ctx) => {
    const code = ctx.match.trim();
    if (code === "") return showResultsList(ctx, deps, 1);
    await showResults(ctx, deps, { activityCode: code });
  });

  feature.callbackQuery(REPORTS_PATTERN, async (ctx) => {
    const press = parseReportsData(ctx.callbackQuery.data);
    if (!press) return void (await ctx.answerCallbackQuery({ text: ctx.t("reports-bad-button") }));
    switch (press.screen) {
      case "hub":
        return hub(ctx);
      case "results-list":
        return showResultsList(ctx, deps, press.page);
      case "results":
        return showResults(ctx, deps, { activityId: press.activityId });
      case "non-respondents":
        return showNonRespondents(ctx, deps, press.activityId);
      case "non-respondents-csv":
        return sendNonRespondentsCsv(ctx, deps, press.activityId);
      case "period":
        return showPeriodPicker(ctx, deps, press.report);
      case "date-range":
        return askForDateRange(ctx, deps, press.report);
      case "scope":
        return showScopePicker(ctx, deps, press.report, press.period);
      case "units":
        return showUnitPage(ctx, deps, press.report, press.period, press.page);
      case "generate":
        return sendReport(ctx, deps, press);
      case "csv":
        return sendReportCsv(ctx, deps, press);
      case "team": {
        const year = currentYearFilter(deps.clock, deps.config.timezone).year!;
        return sendReport(ctx, deps, { report: "jp", period: `y${year}`, unitId: null });
      }
    }
  });

  feature.chatType("private").on("message:text", (ctx, next) => answerDateRange(ctx, deps, next));

  return feature;
}
