/**
 * The reports' callback data (ids only), built and read here only:
 *
 * - `rep:h` the hub; `rep:e:<page>` a page of activities with evaluations, `rep:r:<activityId>` an
 *   activity's results, `rep:n:<activityId>` its non-respondents and `rep:c:<activityId>` them as CSV;
 * - the reports with charts, by a two-letter report code (see report-kinds.ts) and a period token,
 *   `y2026` for a calendar year or `r20260101-20260630` for a range of local dates, the last included:
 *   `rep:p:<report>` choose the period, `rep:d:<report>` type a date range, `rep:s:<report>:<period>`
 *   choose the unit, `rep:u:<report>:<period>:<page>` a page of units, `rep:g:<report>:<period>:<unit>`
 *   send the chart and the workbook (unit 0: the viewer's whole scope), `rep:v:...` the same
 *   report's CSV files, and `rep:t` the JP report of the viewer's team for this year.
 *
 * The longest, `rep:v:rr:r20260101-20261231:2147483647`, is 38 bytes.
 */

import type { PeriodInput } from "../../../services/reports/period.js";

export const REPORTS_PATTERN = /^rep:/;

export const REPORT_CODES = ["jp", "ef", "rr", "pa"] as const;
export type ReportCode = (typeof REPORT_CODES)[number];

export const hubData = (): string => "rep:h";
export const resultsListData = (page: number): string => `rep:e:${page}`;
export const resultsData = (activityId: number): string => `rep:r:${activityId}`;
export const nonRespondentsData = (activityId: number): string => `rep:n:${activityId}`;
export const nonRespondentsCsvData = (activityId: number): string => `rep:c:${activityId}`;

export const periodPickerData = (report: ReportCode): string => `rep:p:${report}`;
export const dateRangeData = (report: ReportCode): string => `rep:d:${report}`;
export const scopePickerData = (report: ReportCode, period: string): string => `rep:s:${report}:${period}`;
export const unitPageData = (report: ReportCode, period: string, page: number): string => `rep:u:${report}:${period}:${page}`;
/** `unitId` null: the viewer's whole scope. */
export const generateData = (report: ReportCode, period: string, unitId: number | null): string =>
  `rep:g:${report}:${period}:${unitId ?? 0}`;
export const csvData = (report: ReportCode, period: string, unitId: number | null): string => `rep:v:${report}:${period}:${unitId ?? 0}`;
export const teamReportData = (): string => "rep:t";

/** "y2026" or "r20260101-20260630". */
export function periodToken(period: PeriodInput): string {
  if ("year" in period) return `y${period.year}`;
  return `r${period.from.replace(/-/g, "")}-${period.to.replace(/-/g, "")}`;
}

/** The period a token stands for (dates as YYYY-MM-DD, validated by the report's period rules), or null. */
export function parsePeriodToken(token: string): PeriodInput | null {
  const year = /^y(\d{4})$/.exec(token);
  if (year) return { year: Number(year[1]) };
  const range = /^r(\d{4})(\d{2})(\d{2})-(\d{4})(\d{2})(\d{2})$/.exec(token);
  if (!range) return null;
  return { from: `${range[1]}-${range[2]}-${range[3]}`, to: `${range[4]}-${range[5]}-${range[6]}` };
}

export type ReportsPress =
  | { screen: "hub" }
  | { screen: "results-list"; page: number }
  | { screen: "results" | "non-respondents" | "non-respondents-csv"; activityId: number }
  | { screen: "period" | "date-range"; report: ReportCode }
  | { screen: "scope"; report: ReportCode; period: string }
  | { screen: "units"; report: ReportCode; period: string; page: number }
  | { screen: "generate" | "csv"; report: ReportCode; period: string; unitId: number | null }
  | { screen: "team" };

const SCREENS = { r: "results", n: "non-respondents", c: "non-respondents-csv" } as const;
const MAX_ID = 2_147_483_647;
const PERIOD = "(y\\d{4}|r\\d{8}-\\d{8})";
const REPORT = `(${REPORT_CODES.join("|")})`;

export const isReportCode = (value: string | undefined): value is ReportCode => (REPORT_CODES as readonly string[]).includes(value ?? "");

/** What a press asks for, or null for anything malformed. */
export function parseReportsData(data: string): ReportsPress | null {
  if (data === hubData()) return { screen: "hub" };
  if (data === teamReportData()) return { screen: "team" };
  return parseActivityPress(data) ?? parseReportPress(data);
}

function parseActivityPress(data: string): ReportsPress | null {
  const match = /^rep:([ernc]):([1-9]\d{0,9})$/.exec(data);
  if (!match) return null;
  const number = Number(match[2]);
  if (number > MAX_ID) return null;
  const kind = match[1] as "e" | "r" | "n" | "c";
  return kind === "e" ? { screen: "results-list", page: number } : { screen: SCREENS[kind], activityId: number };
}

function parseReportPress(data: string): ReportsPress | null {
  const picker = new RegExp(`^rep:([pd]):${REPORT}$`).exec(data);
  if (picker && isReportCode(picker[2])) return { screen: picker[1] === "p" ? "period" : "date-range", report: picker[2] };
  const scope = new RegExp(`^rep:s:${REPORT}:${PERIOD}$`).exec(data);
  if (scope && isReportCode(scope[1])) return { screen: "scope", report: scope[1], period: scope[2]! };
  const units = new RegExp(`^rep:u:${REPORT}:${PERIOD}:([1-9]\\d{0,4})$`).exec(data);
  if (units && isReportCode(units[1])) return { screen: "units", report: units[1], period: units[2]!, page: Number(units[3]) };
  const send = new RegExp(`^rep:([gv]):${REPORT}:${PERIOD}:(0|[1-9]\\d{0,9})$`).exec(data);
  if (!send || !isReportCode(send[2])) return null;
  const unit = Number(send[4]);
  if (unit > MAX_ID) return null;
  return { screen: send[1] === "g" ? "generate" : "csv", report: send[2], period: send[3]!, unitId: unit === 0 ? null : unit };
}
