/**
 * Pay grades. PNS: golongan/ruang I/a … IV/e ("III/b"). PPPK: golongan I … XVII, roman numerals
 * (Arabic 1–17 are accepted and converted).
 */

const PNS_ROOMS: Record<string, readonly string[]> = {
  I: ["a", "b", "c", "d"],
  II: ["a", "b", "c", "d"],
  III: ["a", "b", "c", "d"],
  IV: ["a", "b", "c", "d", "e"],
};

const ROMAN = [
  "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX",
  "X", "XI", "XII", "XIII", "XIV", "XV", "XVI", "XVII",
] as const;

export const PNS_GRADES: readonly string[] = Object.entries(PNS_ROOMS).flatMap(([group, rooms]) =>
  rooms.map((room) => `${group}/${room}`),
);

export const PPPK_GRADES: readonly string[] = ROMAN;

/** The canonical grade ("III/a", "IX"), or null when it is not a grade of that employment type. */
export function normalizeGrade(value: string, employmentType: "PNS" | "PPPK"): string | null {
  const compact = value.replace(/\s+/g, "");
  if (employmentType === "PNS") {
    const match = /^(IV|III|II|I)\/([a-e])$/i.exec(compact);
    if (!match) return null;
    const group = match[1]!.toUpperCase();
    const room = match[2]!.toLowerCase();
    return PNS_ROOMS[group]?.includes(room) ? `${group}/${room}` : null;
  }
  if (/^\d{1,2}$/.test(compact)) {
    const number = Number(compact);
    return number >= 1 && number <= ROMAN.length ? ROMAN[number - 1]! : null;
  }
  const upper = compact.toUpperCase();
  return (ROMAN as readonly string[]).includes(upper) ? upper : null;
}
