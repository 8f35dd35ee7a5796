import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createI18n, LOCALES, LOCALES_DIR, translatorFor } from "../../../src/i18n/index.js";
import { ROSTER_ISSUE_CODES } from "../../../src/services/roster/issues.js";
import { describeIssue, describeSummary } from "../../../src/services/roster/messages.js";

const i18n = createI18n("id");

// Every variable any issue message uses.
const PARAMS = {
  nip: "198609262015051001",
  column: "name",
  value: "x",
  max: 150,
  expected: 12,
  actual: 11,
  detail: "CSV_QUOTE_NOT_CLOSED",
  employmentType: "PNS",
  firstLine: 2,
  phone: "+62 812-0000-0101",
  otherNip: "197203151998031004",
  otherLine: 3,
  code: "DINKES",
  firstValue: "y",
  parentCode: "NOPE",
  codes: "A → B → A",
  supervisorNip: "197203151998031004",
  nips: "a → b → a",
};

function keysOf(locale: string): string[] {
  const text = readFileSync(join(LOCALES_DIR, locale, "roster.ftl"), "utf8");
  return [...text.matchAll(/^([a-z][a-z0-9-]*) =/gm)].map((match) => match[1]!).sort();
}

describe("roster messages", () => {
  it("has the same keys in every locale, all prefixed roster-", () => {
    const id = keysOf("id");
    expect(id.every((key) => key.startsWith("roster-"))).toBe(true);
    for (const locale of LOCALES) expect(keysOf(locale)).toEqual(id);
  });

  it.each(LOCALES)("translates every issue code in %s with all variables filled", (locale) => {
    const t = translatorFor(i18n, locale);
    for (const code of ROSTER_ISSUE_CODES) {
      const text = describeIssue(t, { line: 1234, code, params: PARAMS });
      expect(text, code).not.toContain("roster-issue");
      expect(text, code).not.toMatch(/\{\s*\$/);
      expect(text, code).toMatch(/^(baris|line) 1234: /);
    }
  });

  it("renders issues and the summary in both languages", () => {
    const id = translatorFor(i18n, "id");
    const en = translatorFor(i18n, "en");
    const issue = { line: 12, code: "nip-birth-date" as const, params: { nip: "198602312010011001" } };
    expect(describeIssue(id, issue)).toBe(
      "baris 12: NIP 198602312010011001 tidak valid: tanggal lahir (8 digit pertama) bukan tanggal yang mungkin.",
    );
    expect(describeIssue(en, { ...issue, code: "supervisor-not-in-file", params: { nip: "a", supervisorNip: "b" } }, "warning")).toBe(
      "line 12 (warning): supervisor b of a is not in the file, so this import will deactivate them.",
    );
    const summary = {
      units: { created: 1, updated: 2, unchanged: 3 },
      employees: { created: 4, updated: 5, unchanged: 6, deactivated: 7 },
    };
    expect(describeSummary(id, summary)).toEqual([
      "Unit: 1 baru, 2 diperbarui, 3 tetap.",
      "Pegawai: 4 baru, 5 diperbarui, 6 tetap, 7 dinonaktifkan.",
    ]);
    expect(describeSummary(en, summary)[1]).toBe("Employees: 4 new, 5 updated, 6 unchanged, 7 deactivated.");
  });
});
