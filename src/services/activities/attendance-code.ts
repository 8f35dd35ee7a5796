import { randomInt } from "node:crypto";

/**
 * Attendance codes participants type to check in, e.g. `TBO-7K2M`: the district prefix and four
 * characters from an alphabet without look-alikes (no 0/O, 1/I/L).
 */
export const ATTENDANCE_CODE_PREFIX = "TBO";
export const ATTENDANCE_CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
const LENGTH = 4;

/** Codes an admin may choose: letters, digits and dashes, 4 to 20 characters. */
const ACCEPTED = /^[A-Z0-9][A-Z0-9-]{2,18}[A-Z0-9]$/;

/** A code picked at random; `pick(n)` returns an integer in [0, n). */
export type RandomIndex = (size: number) => number;

export const cryptoRandomIndex: RandomIndex = (size) => randomInt(size);

/** Upper-cased and without spaces, or null when it is not an acceptable code. */
export function normalizeAttendanceCode(value: string): string | null {
  const code = value.replace(/\s+/g, "").toUpperCase();
  return ACCEPTED.test(code) ? code : null;
}

/** A fresh code not in `taken` (which it joins). */
export function generateAttendanceCode(taken: Set<string>, pick: RandomIndex = cryptoRandomIndex): string {
  for (let attempt = 0; attempt < 10_000; attempt += 1) {
    let suffix = "";
    for (let i = 0; i < LENGTH; i += 1) suffix += ATTENDANCE_CODE_ALPHABET[pick(ATTENDANCE_CODE_ALPHABET.length)];
    const code = `${ATTENDANCE_CODE_PREFIX}-${suffix}`;
    if (!taken.has(code)) {
      taken.add(code);
      return code;
    }
  }
  throw new Error("No free attendance code found; the random source looks broken");
}
