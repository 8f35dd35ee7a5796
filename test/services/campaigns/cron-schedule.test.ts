import { describe, expect, it } from "vitest";
import { createI18n, translatorFor, type Locale } from "../../../src/i18n/index.js";
import { latestSlot, nextSlot, parseCron, scheduleFromChoice, type CronSchedule } from "../../../src/services/campaigns/cron-schedule.js";
import { explainCronIssue, explainSchedule } from "../../../src/services/campaigns/schedule-words.js";

const i18n = createI18n("id");
const TIMEZONE = "Asia/Jakarta";
// Monday 7 December 2026, 07:00 WIB.
const NOW = new Date("2026-12-07T00:00:00Z");

function schedule(expression: string): CronSchedule {
  const parsed = parseCron(expression);
  if (!parsed.ok) throw new Error(`"${expression}" refused: ${parsed.issue.code}`);
  return parsed.schedule;
}

const words = (expression: string, locale: Locale) =>
  explainSchedule(schedule(expression), { t: translatorFor(i18n, locale), locale, timezone: TIMEZONE, now: NOW });

function problem(expression: string, locale: Locale): string {
  const parsed = parseCron(expression);
  if (parsed.ok) throw new Error(`"${expression}" accepted`);
  return explainCronIssue(translatorFor(i18n, locale), parsed.issue);
}

describe("campaign schedules", () => {
  it("explains the common schedules in Indonesian and English", () => {
    const cases: [string, string, string][] = [
      ["0 8 * * 1", "setiap Senin pukul 08.00 WIB", "every Monday at 08:00 WIB"],
      ["0 8 * * 1,4", "setiap Senin dan Kamis pukul 08.00 WIB", "every Monday and Thursday at 08:00 WIB"],
      ["30 7 * * MON,wed,5", "setiap Senin, Rabu dan Jumat pukul 07.30 WIB", "every Monday, Wednesday and Friday at 07:30 WIB"],
      ["0 7 * * 1-5", "setiap hari kerja (Senin–Jumat) pukul 07.00 WIB", "every weekday (Monday–Friday) at 07:00 WIB"],
      ["0 16 * * *", "setiap hari pukul 16.00 WIB", "every day at 16:00 WIB"],
      ["0 9 1 * *", "setiap tanggal 1 pukul 09.00 WIB", "on day 1 of every month at 09:00 WIB"],
      ["0 10 * * 7", "setiap Minggu pukul 10.00 WIB", "every Sunday at 10:00 WIB"],
      ["0 9 * * 5-7", "setiap Jumat, Sabtu dan Minggu pukul 09.00 WIB", "every Friday, Saturday and Sunday at 09:00 WIB"],
      ["15 * * * *", "setiap jam pada menit ke-15", "every hour at minute 15"],
    ];
    for (const [expression, id, en] of cases) {
      expect(words(expression, "id"), expression).toBe(id);
      expect(words(expression, "en"), expression).toBe(en);
    }
  });

  it("falls back to the expression and the next run for anything else", () => {
    expect(words("0 8 */2 * *", "id")).toBe('jadwal cron "0 8 */2 * *"; berikutnya Senin, 7 Desember 2026 pukul 08.00 WIB');
    expect(words("0 8 * * 2#1", "en")).toBe('cron schedule "0 8 * * 2#1"; next Tuesday, 5 January 2027 at 08:00 WIB');
    expect(words("0 6,14 * * *", "id")).toContain("berikutnya Senin, 7 Desember 2026 pukul 14.00 WIB");
  });

  it("says which field is wrong and what it allows, in the reader's language", () => {
    expect(problem("60 8 * * 1", "id")).toBe(
      'Bagian ke-1 (menit) berisi "60" dan tidak valid. Gunakan angka 0–59, "*" untuk semua, daftar "1,3", rentang "1-5" atau langkah "*/2".',
    );
    expect(problem("60 8 * * 1", "en")).toBe(
      'Part 1 (minute) is "60", which is not valid. Use a number 0–59, "*" for all, a list "1,3", a range "1-5" or a step "*/2".',
    );
    expect(problem("0 24 * * 1", "id")).toContain('Bagian ke-2 (jam) berisi "24"');
    expect(problem("0 8 32 * *", "en")).toContain("Part 3 (day of month)");
    expect(problem("0 8 * 13 *", "id")).toContain("angka 1–12 atau singkatan bulan (jan–dec)");
    expect(problem("0 8 * * senin", "id")).toBe(
      'Bagian ke-5 (hari) berisi "senin" dan tidak valid. Gunakan angka 0–7 (0 dan 7 = Minggu) atau singkatan hari (sun–sat), "*" untuk semua, daftar "1,3", rentang "1-5" atau langkah "*/2".',
    );
    expect(problem("0 8 H * *", "en")).toContain('Part 3 (day of month) is "H"');
    expect(problem("0 8 * *", "id")).toContain("harus terdiri atas 5 bagian (menit jam tanggal bulan hari), bukan 4");
    expect(problem("0 0 8 * * 1", "en")).toContain("A cron schedule has 5 parts (minute hour day month weekday), not 6.");
    expect(problem("   ", "id")).toContain("Jadwal belum diisi.");
    expect(problem("0 8 30 2 *", "en")).toBe("This schedule never happens (for example 30 February). Check the day and the month.");
  });

  it("refuses anything more frequent than hourly, and says so", () => {
    expect(problem("* * * * *", "id")).toBe(
      'Jadwal ini berjalan 60 kali per jam. Kampanye sosialisasi paling sering dikirim sekali per jam: isi bagian menit dengan satu angka, misalnya "0 8 * * 1".',
    );
    expect(problem("*/15 8 * * 1", "en")).toContain("runs 4 times an hour");
    expect(parseCron("0 * * * *").ok).toBe(true);
  });

  it("finds the latest slot at or before now and the next one after it", () => {
    const monday = schedule("0 8 * * 1");
    const slot = new Date("2026-12-07T01:00:00Z");
    expect(latestSlot(monday, new Date(slot.getTime() - 1), TIMEZONE)).toEqual(new Date("2026-11-30T01:00:00Z"));
    expect(latestSlot(monday, slot, TIMEZONE)).toEqual(slot);
    expect(latestSlot(monday, new Date(slot.getTime() + 59_999), TIMEZONE)).toEqual(slot);
    expect(latestSlot(monday, new Date("2026-12-13T16:59:59Z"), TIMEZONE)).toEqual(slot);
    expect(nextSlot(monday, slot, TIMEZONE)).toEqual(new Date("2026-12-14T01:00:00Z"));
    expect(nextSlot(monday, new Date(slot.getTime() - 1), TIMEZONE)).toEqual(slot);
  });

  it("turns the chat's daily and weekly choices into cron, and explains a bad choice", () => {
    expect(scheduleFromChoice({ kind: "daily", time: "07:30" })).toMatchObject({ ok: true, schedule: { expression: "30 7 * * *" } });
    expect(scheduleFromChoice({ kind: "weekly", weekday: 4, time: "13:05" })).toMatchObject({
      ok: true,
      schedule: { expression: "5 13 * * 4", shape: { kind: "weekly", days: [4], hour: 13, minute: 5 } },
    });
    const badTime = scheduleFromChoice({ kind: "daily", time: "25:00" });
    expect(!badTime.ok && explainCronIssue(translatorFor(i18n, "id"), badTime.issue)).toBe(
      'Jam "25:00" tidak valid: tulis seperti 08:00 (00:00–23:59).',
    );
    const badDay = scheduleFromChoice({ kind: "weekly", weekday: 7, time: "08:00" });
    expect(!badDay.ok && badDay.issue.code).toBe("weekday");
    expect(scheduleFromChoice({ kind: "cron", expression: "*/5 * * * *" })).toMatchObject({ ok: false, issue: { code: "too-frequent" } });
  });
});
