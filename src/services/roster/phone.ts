/**
 * Indonesian phone numbers in one canonical form: country code 62 followed by the national number,
 * digits only ("6281234567890"). Accepts "+62 812-3456-7890", "62812…", "0812…", "812…" and "0062…".
 */

/** Digits after the country code: 8 covers short landlines ("744 21xxx"), 12 the longest mobiles. */
const MIN_NATIONAL_DIGITS = 8;
const MAX_NATIONAL_DIGITS = 12;

export function normalizePhone(input: string): string | null {
  const compact = input.trim().replace(/[\s\-.()]+/g, "");
  const hasPlus = compact.startsWith("+");
  const digits = hasPlus ? compact.slice(1) : compact;
  if (!/^\d+$/.test(digits)) return null;

  let national: string;
  if (digits.startsWith("0062")) national = digits.slice(4);
  else if (digits.startsWith("62")) national = digits.slice(2);
  else if (hasPlus) return null; // Another country's code.
  else if (digits.startsWith("0")) national = digits.slice(1);
  else national = digits;

  if (!/^[1-9]/.test(national)) return null;
  if (national.length < MIN_NATIONAL_DIGITS || national.length > MAX_NATIONAL_DIGITS) return null;
  return `62${national}`;
}

/** "6281234567890" → "+62 812-3456-7890" for display; other shapes are returned unchanged. */
export function formatPhone(canonical: string): string {
  const match = /^62(8\d{2})(\d{3,4})(\d{3,5})$/.exec(canonical);
  if (!match) return canonical.startsWith("62") ? `+${canonical}` : canonical;
  return `+62 ${match[1]}-${match[2]}-${match[3]}`;
}
