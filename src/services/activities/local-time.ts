/**
 * Local date-times as people write them in the district ("2026-12-14 08:00", WIB), turned into
 * instants for a configured IANA time zone, and back.
 */

const LOCAL_ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})[ T](\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?$/;
const LOCAL_DMY = /^(\d{1,2})\/(\d{1,2})\/(\d{4})\s+(\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?$/;
const WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?(?:Z|[+-]\d{2}:?\d{2})$/i;

export interface LocalDateTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

/**
 * Reads `2026-12-14 08:00` (also `2026-12-14T08:00`, seconds optional, `08.00`) or `14/12/2026 08:00`
 * as a wall-clock time in `timezone`, or an ISO 8601 date-time with its own offset
 * (`2026-12-14T08:00:00+07:00`, `…Z`). Returns null for anything else, including impossible dates.
 */
export function parseLocalDateTime(text: string, timezone: string): Date | null {
  const value = text.trim();
  if (WITH_OFFSET.test(value)) {
    const date = new Date(value);
    if (Number.isNaN(date.getTime())) return null;
    // Date accepts 2026-02-30 by rolling over; the calendar part must be real.
    const [year, month, day] = value.slice(0, 10).split("-").map(Number) as [number, number, number];
    return isRealDate(year, month, day) ? date : null;
  }
  const iso = LOCAL_ISO.exec(value);
  const dmy = iso ? null : LOCAL_DMY.exec(value);
  const parts = iso
    ? { year: iso[1], month: iso[2], day: iso[3], hour: iso[4], minute: iso[5], second: iso[6] }
    : dmy
      ? { year: dmy[3], month: dmy[2], day: dmy[1], hour: dmy[4], minute: dmy[5], second: dmy[6] }
      : null;
  if (!parts) return null;
  const local: LocalDateTime = {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour),
    minute: Number(parts.minute),
    second: Number(parts.second ?? 0),
  };
  if (!isRealDate(local.year, local.month, local.day)) return null;
  if (local.hour > 23 || local.minute > 59 || local.second > 59) return null;
  return fromLocal(local, timezone);
}

/** The instant at which the wall clock in `timezone` shows `local`. */
export function fromLocal(local: LocalDateTime, timezone: string): Date {
  const wall = Date.UTC(local.year, local.month - 1, local.day, local.hour, local.minute, local.second);
  // The zone's offset at the guessed instant, then once more in case the guess crossed a change.
  const first = wall - offsetMs(new Date(wall), timezone);
  const second = wall - offsetMs(new Date(first), timezone);
  return new Date(second);
}

/** The wall-clock reading of `date` in `timezone`. */
export function toLocal(date: Date, timezone: string): LocalDateTime {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone: timezone,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
  }).formatToParts(date);
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  return {
    year: part("year"),
    month: part("month"),
    day: part("day"),
    hour: part("hour"),
    minute: part("minute"),
    second: part("second"),
  };
}

/** "2026-12-14 08:00" in `timezone`: the form the import files use. */
export function formatLocalDateTime(date: Date, timezone: string): string {
  const local = toLocal(date, timezone);
  const pad = (value: number) => String(value).padStart(2, "0");
  return `${local.year}-${pad(local.month)}-${pad(local.day)} ${pad(local.hour)}:${pad(local.minute)}`;
}

function offsetMs(date: Date, timezone: string): number {
  const local = toLocal(date, timezone);
  const asUtc = Date.UTC(local.year, local.month - 1, local.day, local.hour, local.minute, local.second);
  return asUtc - Math.floor(date.getTime() / 1000) * 1000;
}

function isRealDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  // Day 0 of the next month is the last day of this one: calendar arithmetic, not "now".
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}
