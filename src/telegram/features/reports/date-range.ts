import type { NextFunction } from "grammy";
import { DbKeyValueStore } from "../../../db/key-value-store.js";
import { escapeHtml } from "../../../i18n/html.js";
import { parseLocalDate, periodErrorKey, reportFilter } from "../../../services/reports/period.js";
import type { BotContext } from "../../context.js";
import type { BotDeps } from "../../deps.js";
import { isReportCode, periodToken, type ReportCode } from "./callback-data.js";
import { allowedViewer, showScopePicker } from "./report-picker.js";
import { acknowledge } from "./screen.js";
import { CHAT_REPORTS } from "./report-kinds.js";

/**
 * "📅 Rentang tanggal": the bot asks for a date range and takes the next text the person types, such
 * as `1-1-2026 s.d. 30-6-2026`. What it is waiting for is kept in the database (it survives a restart)
 * and forgotten after a while, at /batal, at any other command, or once a range is understood. A
 * range it cannot read, or one the report's period rules refuse, is explained and asked for again.
 */

interface WaitingForRange {
  report: ReportCode;
  /** When the question was asked (ISO). */
  since: string;
}

/** An unanswered question is forgotten after this, so a much later message is not taken as a range. */
const WAIT_MS = 30 * 60 * 1000;

const storeOf = (deps: BotDeps) => new DbKeyValueStore<WaitingForRange>(deps.db, "reports-range:");

export async function askForDateRange(ctx: BotContext, deps: BotDeps, report: ReportCode): Promise<void> {
  if ((await allowedViewer(ctx, deps, report, null)) === null || !ctx.from) return;
  await acknowledge(ctx);
  await storeOf(deps).write(String(ctx.from.id), { report, since: deps.clock.now().toISOString() });
  await ctx.reply(ctx.t("reports-range-prompt", { report: escapeHtml(ctx.t(CHAT_REPORTS[report].label)) }), { parse_mode: "HTML" });
}

/** Typed text while a date range is awaited; anything else goes on to the other features. */
export async function answerDateRange(ctx: BotContext, deps: BotDeps, next: NextFunction): Promise<void> {
  const text = ctx.message?.text?.trim();
  if (!ctx.from || text === undefined) return next();
  const store = storeOf(deps);
  const key = String(ctx.from.id);
  const waiting = await store.read(key);
  if (!waiting || !isReportCode(waiting.report)) return next();
  if (deps.clock.now().getTime() - new Date(waiting.since).getTime() > WAIT_MS) {
    await store.delete(key);
    return next();
  }
  if (text.startsWith("/")) {
    await store.delete(key);
    if (/^\/(batal|cancel)(@\w+)?$/i.test(text)) return void (await ctx.reply(ctx.t("reports-range-cancelled")));
    return next();
  }

  const range = parseDateRange(text);
  if (range === null) return void (await ctx.reply(ctx.t("reports-range-bad-format"), { parse_mode: "HTML" }));
  const checked = reportFilter(range, { unitId: null, timezone: deps.config.timezone });
  if (!checked.ok) {
    return void (await ctx.reply(ctx.t("reports-range-invalid", { reason: ctx.t(periodErrorKey(checked.code)) }), { parse_mode: "HTML" }));
  }
  await store.delete(key);
  await showScopePicker(ctx, deps, waiting.report, periodToken({ from: isoDate(range.from), to: isoDate(range.to) }));
}

const SEPARATOR = /\s+(?:s\.?\s?d\.?|s\/d|sampai(?:\s+dengan)?|hingga|to|until)\s+|\s*[–—]\s*|\s+-\s+/i;
const DAY_FIRST = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/;
const YEAR_FIRST = /^\d{4}-\d{1,2}-\d{1,2}$/;

/**
 * Two dates with "s.d.", "sampai", "to", a dash or a hyphen with spaces between them. Each date is
 * day-month-year with -, / or . between the parts, or year-month-day. Gives the dates in the forms the
 * report's period rules read (which then check that they exist and are in order), or null when the
 * text does not have that shape.
 */
export function parseDateRange(text: string): { from: string; to: string } | null {
  const parts = text.trim().split(SEPARATOR).map((part) => part.trim());
  if (parts.length !== 2) return null;
  const [from, to] = parts.map(readableDate);
  return from && to ? { from, to } : null;
}

function readableDate(text: string | undefined): string | null {
  const value = text ?? "";
  const dayFirst = DAY_FIRST.exec(value);
  if (dayFirst) return `${dayFirst[1]}/${dayFirst[2]}/${dayFirst[3]}`;
  return YEAR_FIRST.test(value) ? value : null;
}

/** A date the period rules accepted, as YYYY-MM-DD. */
function isoDate(text: string): string {
  const date = parseLocalDate(text)!;
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${date.year}-${pad(date.month)}-${pad(date.day)}`;
}
