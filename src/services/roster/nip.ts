/**
 * NIP (Nomor Induk Pegawai) rules.
 *
 * A PNS NIP has 18 digits: birth date YYYYMMDD, TMT CPNS YYYYMM, gender (1 male, 2 female) and a
 * three-digit sequence starting at 001. A PPPK number has the same length and opening birth date but
 * is checked more loosely, because its middle part has been issued in more than one shape.
 */

export type NipKind = "PNS" | "PPPK";

export type NipIssueCode =
  | "nip-length"
  | "nip-digits"
  | "nip-birth-date"
  | "nip-appointment"
  | "nip-gender"
  | "nip-sequence";

export type Gender = "male" | "female";

export interface NipValid {
  ok: true;
  /** The normalised 18-digit NIP. */
  nip: string;
  /** ISO date, YYYY-MM-DD. */
  birthDate: string;
  /** TMT CPNS as YYYY-MM; null for a PPPK number whose middle part is not a month. */
  appointment: string | null;
  gender: Gender;
}

export interface NipInvalid {
  ok: false;
  code: NipIssueCode;
  /** The normalised input, for messages. */
  nip: string;
}

export type NipResult = NipValid | NipInvalid;

export interface NipOptions {
  /** The current instant; appointments after this month are rejected. */
  now: Date;
  /** PNS (default) gets the full check, PPPK the loose one. */
  kind?: NipKind;
  /**
   * Offset from UTC used to decide which month `now` falls in. Defaults to WIB (UTC+7),
   * the district's time zone.
   */
  utcOffsetMinutes?: number;
}

export const NIP_LENGTH = 18;
export const MIN_BIRTH_YEAR = 1940;
/** Youngest age, in whole months, at which a candidate can be appointed. */
export const MIN_APPOINTMENT_AGE_MONTHS = 17 * 12;

const WIB_OFFSET_MINUTES = 7 * 60;

/** Strips the spaces and dots people use to group a NIP ("19860926 201505 1 001"). */
export function normalizeNip(input: string): string {
  return input.replace(/[\s.]+/g, "");
}

/** "198609262015051001" → "19860926 201505 1 001". Anything that is not 18 digits is returned as given. */
export function formatNip(nip: string): string {
  const digits = normalizeNip(nip);
  if (!/^\d{18}$/.test(digits)) return nip;
  return `${digits.slice(0, 8)} ${digits.slice(8, 14)} ${digits.slice(14, 15)} ${digits.slice(15)}`;
}

export function validateNip(input: string, options: NipOptions): NipResult {
  const nip = normalizeNip(input);
  const fail = (code: NipIssueCode): NipInvalid => ({ ok: false, code, nip });

  if (!/^\d*$/.test(nip)) return fail("nip-digits");
  if (nip.length !== NIP_LENGTH) return fail("nip-length");

  const current = localYearMonthDay(options.now, options.utcOffsetMinutes ?? WIB_OFFSET_MINUTES);
  const birthYear = Number(nip.slice(0, 4));
  const birthMonth = Number(nip.slice(4, 6));
  const birthDay = Number(nip.slice(6, 8));
  if (
    birthYear < MIN_BIRTH_YEAR ||
    !isRealDate(birthYear, birthMonth, birthDay) ||
    compareDays([birthYear, birthMonth, birthDay], current) > 0
  ) {
    return fail("nip-birth-date");
  }

  const appointmentYear = Number(nip.slice(8, 12));
  const appointmentMonth = Number(nip.slice(12, 14));
  const genderDigit = nip.slice(14, 15);
  const sequence = nip.slice(15);
  const appointmentIsMonth = appointmentMonth >= 1 && appointmentMonth <= 12;

  if ((options.kind ?? "PNS") === "PNS") {
    const birthIndex = monthIndex(birthYear, birthMonth);
    const appointmentIndex = monthIndex(appointmentYear, appointmentMonth);
    if (
      !appointmentIsMonth ||
      appointmentIndex - birthIndex < MIN_APPOINTMENT_AGE_MONTHS ||
      appointmentIndex > monthIndex(current[0], current[1])
    ) {
      return fail("nip-appointment");
    }
  }

  if (genderDigit !== "1" && genderDigit !== "2") return fail("nip-gender");
  if ((options.kind ?? "PNS") === "PNS" && sequence === "000") return fail("nip-sequence");

  return {
    ok: true,
    nip,
    birthDate: `${nip.slice(0, 4)}-${nip.slice(4, 6)}-${nip.slice(6, 8)}`,
    appointment: appointmentIsMonth ? `${nip.slice(8, 12)}-${nip.slice(12, 14)}` : null,
    gender: genderDigit === "1" ? "male" : "female",
  };
}

function isRealDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

function daysInMonth(year: number, month: number): number {
  // Day 0 of the next month is the last day of this one; pure calendar arithmetic, not "now".
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function monthIndex(year: number, month: number): number {
  return year * 12 + (month - 1);
}

type YearMonthDay = [number, number, number];

function localYearMonthDay(now: Date, offsetMinutes: number): YearMonthDay {
  const shifted = new Date(now.getTime() + offsetMinutes * 60_000);
  return [shifted.getUTCFullYear(), shifted.getUTCMonth() + 1, shifted.getUTCDate()];
}

function compareDays(a: YearMonthDay, b: YearMonthDay): number {
  return a[0] - b[0] || a[1] - b[1] || a[2] - b[2];
}
