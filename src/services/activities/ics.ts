/**
 * An iCalendar (RFC 5545) file for one registration, to put an activity in the person's calendar.
 *
 * Written here rather than with a library: the one small package that fits folds long lines by
 * characters rather than octets, which breaks the 75-octet limit for non-ASCII titles.
 */

export interface IcsActivity {
  title: string;
  description?: string | null;
  startsAt: Date;
  endsAt: Date;
  venue?: string | null;
  onlineUrl?: string | null;
  /** The organising partner, mentioned in the description. */
  partnerName?: string | null;
}

export interface IcsOptions {
  /** IANA time zone the calendar is meant for (a hint to calendar apps; times are written in UTC). */
  timezone: string;
  /** Stable identifier of the event: the same registration always gives the same UID. */
  uid: string;
  /** When the file was made (DTSTAMP). */
  stamp: Date;
}

const CRLF = "\r\n";
const PRODUCT_ID = "-//Pemerintah Kabupaten Tebo//Pembinaan ASN//ID";

/** The UID of a registration's event: stable across downloads, so a calendar updates rather than duplicates. */
export function registrationUid(registrationId: number): string {
  return `registration-${registrationId}@pembinaan-asn.tebokab.go.id`;
}

/** 20261214T010000Z */
export function icsDateTime(date: Date): string {
  return date.toISOString().replace(/[-:]/g, "").replace(/\.\d{3}/, "");
}

/** Escapes a TEXT value: backslash, semicolon, comma and line breaks (RFC 5545, 3.3.11). */
export function escapeIcsText(text: string): string {
  return text
    .replace(/\\/g, "\\\\")
    .replace(/;/g, "\\;")
    .replace(/,/g, "\\,")
    .replace(/\r\n|\r|\n/g, "\\n");
}

/**
 * Folds a content line so that no line is longer than 75 octets (RFC 5545, 3.1): continuation
 * lines start with one space, and a multi-byte character is never split.
 */
export function foldIcsLine(line: string): string {
  const lines: string[] = [];
  let current = "";
  let octets = 0;
  for (const char of line) {
    const size = Buffer.byteLength(char, "utf8");
    if (octets + size > 75) {
      lines.push(current);
      current = " ";
      octets = 1;
    }
    current += char;
    octets += size;
  }
  lines.push(current);
  return lines.join(CRLF);
}

/** Control characters other than tab and line breaks are not allowed in iCalendar text. */
function clean(text: string): string {
  return text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, "");
}

/** Builds the VCALENDAR text (CRLF line endings, folded, UTC times) for one activity. */
export function buildIcs(activity: IcsActivity, options: IcsOptions): string {
  const venue = activity.venue?.trim() || null;
  const url = activity.onlineUrl?.trim() || null;
  const location = venue ?? url;
  const descriptionParts = [
    activity.description?.trim(),
    activity.partnerName?.trim(),
    url ?? undefined,
  ].filter((part): part is string => Boolean(part));

  const properties: Array<[name: string, value: string]> = [
    ["BEGIN", "VCALENDAR"],
    ["VERSION", "2.0"],
    ["PRODID", PRODUCT_ID],
    ["CALSCALE", "GREGORIAN"],
    ["METHOD", "PUBLISH"],
    ["X-WR-TIMEZONE", options.timezone],
    ["BEGIN", "VEVENT"],
    ["UID", options.uid],
    ["DTSTAMP", icsDateTime(options.stamp)],
    ["DTSTART", icsDateTime(activity.startsAt)],
    ["DTEND", icsDateTime(activity.endsAt)],
    ["SUMMARY", escapeIcsText(clean(activity.title))],
  ];
  if (location) properties.push(["LOCATION", escapeIcsText(clean(location))]);
  if (descriptionParts.length > 0) properties.push(["DESCRIPTION", escapeIcsText(clean(descriptionParts.join("\n\n")))]);
  // URL is a URI value, not TEXT: it is not escaped, only kept on one logical line.
  if (url) properties.push(["URL", clean(url).replace(/\s+/g, "")]);
  properties.push(
    ["STATUS", "CONFIRMED"],
    ["TRANSP", "OPAQUE"],
    ["END", "VEVENT"],
    ["END", "VCALENDAR"],
  );
  return properties.map(([name, value]) => foldIcsLine(`${name}:${value}`)).join(CRLF) + CRLF;
}

/** "Pelatihan Analisis Data!" → "pelatihan-analisis-data.ics". */
export function icsFileName(title: string): string {
  const slug = title
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/, "");
  return `${slug || "kegiatan"}.ics`;
}
