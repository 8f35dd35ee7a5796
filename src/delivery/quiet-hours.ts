export interface QuietHours {
  /** Local time HH:MM when the quiet window starts, e.g. 21:00. */
  start: string;
  /** Local time HH:MM when it ends, e.g. 06:00 (the next morning if before start). */
  end: string;
  timezone: string;
}

const minutesOf = (hhmm: string): number => {
  const [h, m] = hhmm.split(":").map(Number) as [number, number];
  return h * 60 + m;
};

function localMinutes(date: Date, timezone: string): number {
  const parts = new Intl.DateTimeFormat("en-GB", { timeZone: timezone, hourCycle: "h23", hour: "2-digit", minute: "2-digit" })
    .formatToParts(date);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return get("hour") * 60 + get("minute");
}

/** When the quiet window around `at` ends, or null if `at` is outside quiet hours. */
export function quietHoursEnd(at: Date, quiet: QuietHours | null): Date | null {
  if (!quiet) return null;
  const start = minutesOf(quiet.start);
  const end = minutesOf(quiet.end);
  const minutes = localMinutes(at, quiet.timezone);
  const inside = start <= end ? minutes >= start && minutes < end : minutes >= start || minutes < end;
  if (!inside) return null;
  const untilEnd = (end - minutes + 24 * 60) % (24 * 60);
  const endAt = new Date(at.getTime() + untilEnd * 60_000);
  endAt.setUTCSeconds(0, 0);
  return endAt;
}
