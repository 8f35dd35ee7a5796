import { parseLocalDateTime } from "../src/services/activities/local-time.js";

/** `7-12-2026 09.00`, `7/12/2026 9:00`, `07.12.2026 09.00`, with an optional "pukul" and "WIB". */
const DAY_FIRST = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4}),?\s+(?:pukul\s+|jam\s+|at\s+)?(\d{1,2})[.:](\d{2})$/i;
/** `2026-12-07 09:00`, `2026-12-07 09.00`. */
const YEAR_FIRST = /^(\d{4})-(\d{1,2})-(\d{1,2}),?\s+(?:pukul\s+|jam\s+|at\s+)?(\d{1,2})[.:](\d{2})$/i;
const CLOCK = /^(?:pukul\s+|jam\s+|at\s+)?(\d{1,2})[.:](\d{2})$/i;

const withoutZone = (text: string): string => text.trim().replace(/\s*WIB$/i, "");

/**
 * A date and time as people type them in the district, read as wall-clock time in `timezone` (WIB);
 * null for anything else, impossible dates included.
 */
export function parseSendTime(text: string, timezone: string): Date | null {
  const value = withoutZone(text);
  const dayFirst = DAY_FIRST.exec(value);
  const yearFirst = dayFirst ? null : YEAR_FIRST.exec(value);
  const parts = dayFirst
    ? { year: dayFirst[3], month: dayFirst[2], day: dayFirst[1], hour: dayFirst[4], minute: dayFirst[5] }
    : yearFirst
      ? { year: yearFirst[1], month: yearFirst[2], day: yearFirst[3], hour: yearFirst[4], minute: yearFirst[5] }
      : null;
  if (!parts) return null;
  return parseLocalDateTime(`${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}`, timezone);
}

/** `08.00`, `8:00`, `pukul 13.30 WIB` → `08:00`, `13:30` (the schedule's form); null when not a time of day. */
export function parseClockTime(text: string): string | null {
  const match = CLOCK.exec(withoutZone(text));
  if (!match) return null;
  const [hour, minute] = [Number(match[1]), Number(match[2])];
  if (hour > 23 || minute > 59) return null;
  return `${String(hour).padStart(2, "0")}:${String(minute).padStart(2, "0")}`;
}
