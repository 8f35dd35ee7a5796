import type { Locale } from "../../../i18n/index.js";

/** "14 Des" in the activity's time zone. */
export function shortDate(date: Date, locale: Locale, timeZone: string): string {
  return new Intl.DateTimeFormat(locale === "id" ? "id-ID" : "en-GB", { day: "numeric", month: "short", timeZone }).format(date);
}

export function truncate(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join("").trimEnd()}…`;
}

/** Where to put a place: the venue, the online link, or a dash. */
export const placeOf = (activity: { venue: string | null; onlineUrl: string | null }): string =>
  activity.venue ?? activity.onlineUrl ?? "-";
