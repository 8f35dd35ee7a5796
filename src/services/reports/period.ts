import type { Clock } from "../../clock.js";
import { formatCalendarDate } from "../../i18n/format-date.js";
import { fromLocal, toLocal } from "../activities/local-time.js";
import type { ServiceDeps } from "../deps.js";
import type { ReportFilter } from "./filter.js";
import type { ReportLanguage } from "./language.js";

/**
 * The period of a report, as people give it: a calendar year, or a range of local dates in the
 * district's time zone with `to` included (31 March means up to the end of that day).
 */
export type PeriodInput = { year: number } | { from: string; to: string };

export const PERIOD_ERROR_CODES = ["bad-year", "bad-date", "from-after-to", "range-too-long"] as const;
export type PeriodErrorCode = (typeof PERIOD_ERROR_CODES)[number];

/** The message key (reports-data.ftl) that explains a refused period. */
export function periodErrorKey(code: PeriodErrorCode): string {
  return `report-period-error-${code}`;
}

export type PeriodResult = { ok: true; filter: ReportFilter } | { ok: false; code: PeriodErrorCode };

/** Reports need the district's time zone to turn local dates into instants and back. */
export interface ReportDeps extends ServiceDeps {
  timezone: string;
}

export const MIN_REPORT_YEAR = 2000;
export const MAX_REPORT_YEAR = 2100;
/** A longer range is almost certainly a typing mistake, and would make every table meaningless. */
export const MAX_RANGE_YEARS = 5;

const ISO_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const DMY_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;

interface LocalDate {
  year: number;
  month: number;
  day: number;
}

/** Validates the period and turns it into instants: [start of `from`, start of the day after `to`). */
export function reportFilter(period: PeriodInput, options: { unitId: number | null; timezone: string }): PeriodResult {
  const { timezone, unitId } = options;
  if ("year" in period) {
    const year = period.year;
    if (!Number.isInteger(year) || year < MIN_REPORT_YEAR || year > MAX_REPORT_YEAR) return { ok: false, code: "bad-year" };
    return { ok: true, filter: yearFilter(year, unitId, timezone) };
  }
  const from = parseLocalDate(period.from);
  const to = parseLocalDate(period.to);
  if (from === null || to === null) return { ok: false, code: "bad-date" };
  if (from.year < MIN_REPORT_YEAR || to.year > MAX_REPORT_YEAR) return { ok: false, code: "bad-date" };
  if (compareDates(from, to) > 0) return { ok: false, code: "from-after-to" };
  const limit = { year: from.year + MAX_RANGE_YEARS, month: from.month, day: from.day };
  if (compareDates(to, limit) >= 0) return { ok: false, code: "range-too-long" };

  const dayAfter = nextDay(to);
  const wholeYear = from.month === 1 && from.day === 1 && dayAfter.year === from.year + 1 && dayAfter.month === 1 && dayAfter.day === 1;
  return {
    ok: true,
    filter: {
      from: startOfDay(from, timezone),
      to: startOfDay(dayAfter, timezone),
      year: wholeYear ? from.year : null,
      unitId,
    },
  };
}

/** The calendar year of now in the district's time zone, optionally for one unit's subtree. */
export function currentYearFilter(clock: Clock, timezone: string, unitId: number | null = null): ReportFilter {
  return yearFilter(toLocal(clock.now(), timezone).year, unitId, timezone);
}

/** The same period for another unit (access may narrow a request to the viewer's own subtree). */
export function withUnit(filter: ReportFilter, unitId: number | null): ReportFilter {
  return { ...filter, unitId };
}

/** Whole days in the period (a year has 365 or 366), for pro-rating yearly figures. */
export function periodDays(filter: ReportFilter, timezone: string): number {
  const from = toLocal(filter.from, timezone);
  const to = toLocal(filter.to, timezone);
  return Math.round((Date.UTC(to.year, to.month - 1, to.day) - Date.UTC(from.year, from.month - 1, from.day)) / 86_400_000);
}

/** "Tahun 2026" or "1 Januari 2026 – 31 Maret 2026" (the last day included). */
export function periodWords(filter: ReportFilter, language: ReportLanguage, timezone: string): string {
  if (filter.year !== null) return language.t("report-period-year", { year: String(filter.year) });
  const lastDay = new Date(filter.to.getTime() - 1);
  return language.t("report-period-range", {
    from: formatCalendarDate(filter.from, language.locale, timezone),
    to: formatCalendarDate(lastDay, language.locale, timezone),
  });
}

/** "Dinas Kesehatan (dan subunit)", or "Seluruh kabupaten" without a unit. */
export function unitWords(unitName: string | null, language: ReportLanguage): string {
  return unitName === null ? language.t("report-scope-district") : language.t("report-scope-unit", { unit: unitName });
}

/** "Tahun 2026 · Dinas Kesehatan (dan subunit)": the `scope` line of a report. */
export function filterWords(
  filter: ReportFilter,
  options: { unitName: string | null; language: ReportLanguage; timezone: string },
): string {
  return `${periodWords(filter, options.language, options.timezone)} · ${unitWords(options.unitName, options.language)}`;
}

/** Like `filterWords`, looking up the unit's name (an unknown unit reads as its id). */
export async function describeFilter(deps: ReportDeps, filter: ReportFilter, language: ReportLanguage): Promise<string> {
  let unitName: string | null = null;
  if (filter.unitId !== null) {
    const unit = await deps.db.unit.findUnique({ where: { id: filter.unitId }, select: { name: true } });
    unitName = unit?.name ?? `#${filter.unitId}`;
  }
  return filterWords(filter, { unitName, language, timezone: deps.timezone });
}

/** "2026-03-31" or "31/3/2026" as a calendar date; null for anything else or an impossible date. */
export function parseLocalDate(text: string): LocalDate | null {
  const value = text.trim();
  const iso = ISO_DATE.exec(value);
  const dmy = iso ? null : DMY_DATE.exec(value);
  const date = iso
    ? { year: Number(iso[1]), month: Number(iso[2]), day: Number(iso[3]) }
    : dmy
      ? { year: Number(dmy[3]), month: Number(dmy[2]), day: Number(dmy[1]) }
      : null;
  if (date === null || date.month < 1 || date.month > 12 || date.day < 1) return null;
  // Day 0 of the next month is the last day of this one.
  if (date.day > new Date(Date.UTC(date.year, date.month, 0)).getUTCDate()) return null;
  return date;
}

function yearFilter(year: number, unitId: number | null, timezone: string): ReportFilter {
  return {
    from: startOfDay({ year, month: 1, day: 1 }, timezone),
    to: startOfDay({ year: year + 1, month: 1, day: 1 }, timezone),
    year,
    unitId,
  };
}

function startOfDay(date: LocalDate, timezone: string): Date {
  return fromLocal({ ...date, hour: 0, minute: 0, second: 0 }, timezone);
}

function nextDay(date: LocalDate): LocalDate {
  const next = new Date(Date.UTC(date.year, date.month - 1, date.day + 1));
  return { year: next.getUTCFullYear(), month: next.getUTCMonth() + 1, day: next.getUTCDate() };
}

function compareDates(a: LocalDate, b: LocalDate): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}
