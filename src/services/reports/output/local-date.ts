import { toLocal } from "../../activities/local-time.js";

/** The calendar date of `date` in `timezone`, as `YYYY-MM-DD`. */
export function localDateIso(date: Date, timezone: string): string {
  const local = toLocal(date, timezone);
  const pad = (value: number) => String(value).padStart(2, "0");
  return `${local.year}-${pad(local.month)}-${pad(local.day)}`;
}

/**
 * The calendar date of `date` in `timezone` as midnight UTC: spreadsheet libraries store a Date by its
 * UTC fields, so this is the value that shows the district's date whatever the server's zone.
 */
export function localDateAsUtcMidnight(date: Date, timezone: string): Date {
  const local = toLocal(date, timezone);
  return new Date(Date.UTC(local.year, local.month - 1, local.day));
}
