import { Composer, InlineKeyboard } from "grammy";
import { formatDate } from "../../i18n/format-date.js";
import { escapeHtml } from "../../i18n/html.js";
import type { Locale, Translate } from "../../i18n/index.js";
import { pendingTeamAssessments, type TeamAssessment } from "../../services/evaluations/team-assessments.js";
import { teamJpSummary, type TeamJpResult } from "../../services/jp/ledger.js";
import type { BotContext } from "../context.js";
import type { BotDeps } from "../deps.js";
import { localeOf } from "../locale.js";
import { MESSAGE_BUDGET, splitLines } from "./chat-screen.js";
import { fillData } from "./evaluations.js";
import { ledgerDeps, progressBar, shorten, typeVars } from "./jp.js";
import { teamReportData } from "./reports/callback-data.js";

/**
 * "👥 Tim saya": the direct team's JP, one compact line per subordinate (furthest behind first), then
 * the behaviour (L3) assessments the supervisor still has to fill in about them, each with a button
 * that starts answering it (the `ev:` button of 📝 Evaluasi, which checks ownership again). Under the
 * JP lines, "📊 Laporan JP tim" sends the team's JP report as a chart and a workbook.
 */

/** Assessments per message, so each message keeps a short keyboard next to its own entries. */
const ASSESSMENTS_PER_MESSAGE = 10;

type TeamJp = Extract<TeamJpResult, { ok: true }>;

export function renderTeamJp(t: Translate, result: TeamJp): string[] {
  const target = String(result.target);
  const lines = result.members.map((member) =>
    t("team-jp-line", {
      mark: member.behind ? "⚠️" : member.total >= result.target ? "✅" : "▫️",
      bar: progressBar(member.total, result.target),
      total: String(member.total),
      target,
      name: escapeHtml(member.name),
      ...typeVars(member.byType),
    }),
  );
  const behind = result.members.filter((member) => member.behind).length;
  const header = t("team-jp-title", { year: String(result.year), target });
  const footer = [
    t("team-jp-summary", { behind: String(behind), count: String(result.members.length) }),
    t("team-jp-legend", { expected: String(result.expected) }),
  ].join("\n");
  return splitLines([header, "", ...lines, "", footer]);
}

export interface RenderedMessage {
  text: string;
  keyboard: InlineKeyboard;
}

/** The pending assessments, numbered across messages; none when there are none. */
export function renderTeamAssessments(
  t: Translate,
  assessments: readonly TeamAssessment[],
  options: { locale: Locale; timezone: string },
): RenderedMessage[] {
  if (assessments.length === 0) return [];
  const messages: RenderedMessage[] = [];
  let parts = [t("team-assessments-title", { count: assessments.length })];
  let keyboard = new InlineKeyboard();
  let buttons = 0;
  assessments.forEach((assessment, index) => {
    const number = String(index + 1);
    const name = assessment.subjectName ?? "-";
    const lines = [t("team-assessment-item", { number, name: escapeHtml(name) })];
    if (assessment.activityTitle) lines.push(t("team-assessment-activity", { activity: escapeHtml(assessment.activityTitle) }));
    const date = formatDate(assessment.dueAt, options.locale, options.timezone);
    lines.push(t(assessment.overdue ? "team-assessment-overdue" : "team-assessment-due", { date }));
    if (assessment.status === "IN_PROGRESS") lines.push(t("team-assessment-in-progress"));
    const entry = lines.join("\n");

    const length = parts.reduce((sum, part) => sum + part.length + 2, 0);
    if (buttons > 0 && (buttons >= ASSESSMENTS_PER_MESSAGE || length + entry.length > MESSAGE_BUDGET)) {
      messages.push({ text: parts.join("\n\n"), keyboard });
      parts = [];
      keyboard = new InlineKeyboard();
      buttons = 0;
    }
    parts.push(entry);
    if (buttons > 0) keyboard.row();
    keyboard.text(t("team-assessment-button", { number, name: shorten(name, 40) }), fillData(assessment.requestId));
    buttons += 1;
  });
  messages.push({ text: parts.join("\n\n"), keyboard });
  return messages;
}

export function showTeam(deps: BotDeps) {
  return async (ctx: BotContext): Promise<void> => {
    const account = ctx.caller.account;
    if (!account?.active) return void (await ctx.reply(ctx.t("need-link")));
    const who = { requesterId: account.employeeId, supervisorId: account.employeeId };
    const team = await teamJpSummary(ledgerDeps(deps), who);
    if (!team.ok) return void (await ctx.reply(ctx.t("team-not-allowed")));
    const chunks = renderTeamJp(ctx.t, team);
    // Under the last part, the team's JP report as a chart and a workbook (see reports/report-sender.ts).
    const report = new InlineKeyboard().text(ctx.t("reports-team-button"), teamReportData());
    for (const [index, chunk] of chunks.entries()) {
      await ctx.reply(chunk, { parse_mode: "HTML", ...(index === chunks.length - 1 ? { reply_markup: report } : {}) });
    }

    const pending = await pendingTeamAssessments(deps, who);
    if (!pending.ok) return;
    const options = { locale: await localeOf(ctx, deps), timezone: deps.config.timezone };
    for (const message of renderTeamAssessments(ctx.t, pending.assessments, options)) {
      await ctx.reply(message.text, { parse_mode: "HTML", reply_markup: message.keyboard });
    }
  };
}

export function teamFeature(deps: BotDeps): Composer<BotContext> {
  const feature = new Composer<BotContext>();
  feature.chatType("private").command(["tim", "team"], showTeam(deps));
  return feature;
}
