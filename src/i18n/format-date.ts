import type { Locale } from "./index.js";

const INTL_LOCALE: Record<Locale, string> = { id: "id-ID", en: "en-GB" };

function zoneLabel(date: Date, timeZone: string): string {
  const part = new Intl.DateTimeFormat("id-ID", { timeZone, timeZoneName: "short" })
    .formatToParts(date)
    .find((p) => p.type === "timeZoneName");
  return part?.value ?? timeZone;
}

/** "Senin, 7 Desember 2026 pukul 09.00 WIB" (or the English equivalent). */
export function formatDateTime(date: Date, locale: Locale, timeZone: string): string {
  const text = new Intl.DateTimeFormat(INTL_LOCALE[locale], {
    weekday: "long",
    day: "numeric",
    month: "long",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    timeZone,
  }).format(date);
  return `${text} ${zoneLabel(date, timeZone)}`;
}

/** "Senin, 7 Desember 2026". */
export function formatDate(date: Date, locale: Locale, timeZone: string): string {
  return new Intl.DateTimeFormat(INTL_LOCALE[locale], {
    weekday: "long",
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone,
  }).format(date);
}

/** "7 Desember 2026" (no weekday). */
export function formatCalendarDate(date: Date, locale: Locale, timeZone: string): string {
  return new Intl.DateTimeFormat(INTL_LOCALE[locale], { day: "numeric", month: "long", year: "numeric", timeZone }).format(date);
}

/** "09.00 WIB". */
export function formatTime(date: Date, locale: Locale, timeZone: string): string {
  const text = new Intl.DateTimeFormat(INTL_LOCALE[locale], { hour: "2-digit", minute: "2-digit", timeZone }).format(date);
  return `${text} ${zoneLabel(date, timeZone)}`;
}
