import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createI18n, LOCALES, LOCALES_DIR, translatorFor } from "../../../src/i18n/index.js";
import { ACTIVITY_ISSUE_CODES } from "../../../src/services/activities/issues.js";
import { describeActivitySummary, describeIssue } from "../../../src/services/activities/messages.js";

const i18n = createI18n("id");

// Every variable any issue message uses.
const PARAMS = {
  detail: "CSV_QUOTE_NOT_CLOSED",
  sourceLine: 7,
  column: "jp",
  expected: 21,
  actual: 20,
  field: "start_at",
  max: 200,
  value: "x",
  accepted: "a, b",
  name: "Rina",
  startsAt: "2026-12-14 16:00",
  endsAt: "2026-12-14 08:00",
  opensAt: "2026-12-10 08:00",
  closesAt: "2026-12-01 08:00",
  code: "EXCEL-2026",
  firstLine: 2,
  attendanceCode: "TBO-7K2M",
  otherCode: "LAIN",
  partner: "Universitas Tidak Ada",
  unit: "DINAS-X",
  status: "CANCELLED",
  capacity: 2,
  registered: 3,
};

function keysOf(locale: string): string[] {
  const text = readFileSync(join(LOCALES_DIR, locale, "activities-admin.ftl"), "utf8");
  return [...text.matchAll(/^([a-z][a-z0-9_-]*) =/gm)].map((match) => match[1]!).sort();
}

describe("activity admin messages", () => {
  it("has the same keys in every locale, all prefixed activity-admin-", () => {
    const id = keysOf("id");
    expect(id.every((key) => key.startsWith("activity-admin-"))).toBe(true);
    for (const locale of LOCALES) expect(keysOf(locale)).toEqual(id);
  });

  it.each(LOCALES)("translates every issue code in %s with all variables filled", (locale) => {
    const t = translatorFor(i18n, locale);
    for (const code of ACTIVITY_ISSUE_CODES) {
      for (const format of ["csv", "yaml"] as const) {
        const text = describeIssue(t, { line: 1234, code, params: PARAMS }, { format });
        expect(text, code).not.toContain("activity-admin-");
        expect(text, code).not.toMatch(/\{\s*\$/);
        expect(text, code).toMatch(format === "csv" ? /^(baris|line) 1234: / : /^(kegiatan ke-|activity )1234: /);
      }
    }
  });

  it("renders issues by line, item and file, and the summary", () => {
    const id = translatorFor(i18n, "id");
    const en = translatorFor(i18n, "en");
    const duplicate = { line: 5, code: "duplicate-code" as const, params: { code: "A-1", firstLine: 2 } };
    expect(describeIssue(id, duplicate, { format: "csv" })).toBe("baris 5: kode kegiatan A-1 sudah dipakai di baris 2.");
    expect(describeIssue(id, duplicate, { format: "yaml" })).toBe(
      "kegiatan ke-5: kode kegiatan A-1 sudah dipakai di kegiatan ke-2.",
    );
    expect(describeIssue(en, { line: 0, code: "yaml-shape", params: {} }, { format: "yaml" })).toMatch(/^file: a YAML file/);
    expect(
      describeIssue(id, { line: 3, code: "activity-closed", params: { code: "A-1", status: "CANCELLED" } }, { format: "csv" }),
    ).toBe("baris 3: kegiatan A-1 berstatus dibatalkan dan tidak dapat diubah lewat impor.");
    expect(
      describeActivitySummary(id, { created: 1, updated: 2, unchanged: 3, published: ["A-1"], scheduleChanged: ["B-2", "C-3"] }),
    ).toEqual([
      "Kegiatan: 1 baru, 2 diperbarui, 3 tetap.",
      "Diterbitkan: A-1.",
      "Perhatian: jadwal kegiatan yang sudah terbit berubah: B-2, C-3. Beri tahu peserta yang sudah mendaftar.",
    ]);
  });
});
