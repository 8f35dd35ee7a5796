import { InlineKeyboard, InputFile } from "grammy";
import type { Message } from "grammy/types";
import { accessRefusalKey } from "../../../services/reports/access.js";
import { buildReportPackage, type PackageOutputs, type ReportPackage } from "../../../services/reports/package.js";
import type { BotContext } from "../../context.js";
import type { BotDeps } from "../../deps.js";
import { localeOf } from "../../locale.js";
import { csvData, type ReportCode } from "./callback-data.js";
import { allowedViewer, filterOf } from "./report-picker.js";
import { CHAT_REPORTS, reportDeps } from "./report-kinds.js";
import { acknowledge } from "./screen.js";

/**
 * Sending a report: "⏳ Menyiapkan laporan…", then each chart as a photo captioned with its main
 * finding, then the XLSX workbook as a document with a "⬇️ CSV" button that sends one CSV file per
 * table. Access is asked of the report services before anything is prepared, and again when the
 * report is built. Captions are plain text, so names from the roster need no escaping.
 */

export interface ReportRequest {
  report: ReportCode;
  /** The period token of the callback data (see callback-data.ts). */
  period: string;
  /** Null for the viewer's whole scope. */
  unitId: number | null;
}

async function packageFor(
  ctx: BotContext,
  deps: BotDeps,
  request: ReportRequest,
  outputs: Partial<PackageOutputs>,
  onAllowed: () => Promise<void>,
): Promise<ReportPackage | null> {
  const filter = await filterOf(ctx, deps, request.period, request.unitId);
  if (filter === null) return null;
  const viewerId = await allowedViewer(ctx, deps, request.report, request.unitId);
  if (viewerId === null) return null;
  await onAllowed();
  await ctx.replyWithChatAction("upload_document");
  const language = { locale: await localeOf(ctx, deps), t: ctx.t };
  const outcome = await buildReportPackage(reportDeps(deps), {
    kind: CHAT_REPORTS[request.report].kind,
    viewerId,
    filter,
    language,
    outputs,
  });
  if (outcome.ok) return outcome.package;
  // Access changed between the check and the build: say so instead of sending anything.
  await ctx.reply(ctx.t(accessRefusalKey(outcome.code)));
  return null;
}

export async function sendReport(ctx: BotContext, deps: BotDeps, request: ReportRequest): Promise<void> {
  const note: { preparing?: Message.TextMessage } = {};
  try {
    const pack = await packageFor(ctx, deps, request, { csv: false }, async () => {
      await acknowledge(ctx);
      note.preparing = await ctx.reply(ctx.t("reports-preparing"));
    });
    if (pack === null) return;
    for (const chart of pack.charts) await ctx.replyWithPhoto(new InputFile(chart.png, chart.filename), { caption: chart.caption });
    if (pack.xlsx) {
      const keyboard = new InlineKeyboard().text(ctx.t("reports-button-csv"), csvData(request.report, request.period, request.unitId));
      await ctx.replyWithDocument(new InputFile(pack.xlsx.content, pack.xlsx.filename), {
        caption: ctx.t("reports-xlsx-caption", { title: pack.report.title, scope: pack.report.scope }),
        reply_markup: keyboard,
      });
    }
  } finally {
    // The "preparing" note has served its purpose; a refused deletion is harmless.
    const { preparing } = note;
    if (preparing) await ctx.api.deleteMessage(preparing.chat.id, preparing.message_id).catch(() => undefined);
  }
}

/** One document per table, named after the table, the period and the unit. */
export async function sendReportCsv(ctx: BotContext, deps: BotDeps, request: ReportRequest): Promise<void> {
  const pack = await packageFor(ctx, deps, request, { charts: false, xlsx: false }, () => acknowledge(ctx, ctx.t("reports-csv-sent")));
  if (pack === null) return;
  for (const [index, file] of pack.csv.entries()) {
    const table = pack.report.tables[index]!;
    const filename = file.filename.replace(/\.csv$/, `-${pack.fileSuffix}.csv`);
    await ctx.replyWithDocument(new InputFile(file.content, filename), {
      caption: ctx.t("reports-xlsx-caption", { title: table.title, scope: pack.report.scope }),
    });
  }
}
