import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { LOCALES, LOCALES_DIR } from "../../src/i18n/index.js";
import { createActivity } from "../kit/activity-fixture.js";
import { answered, press } from "../kit/answered.js";
import { useBotWithRoster } from "../kit/bot-with-roster.js";
import type { TestChat } from "../kit/scenario.js";
import { answerL3, completedActivity, createL3Questionnaires } from "../services/evaluations/development-fixture.js";

const { t, ids, linkedChat } = useBotWithRoster();

/**
 * Ahmad was assessed by himself and by Rina after two activities (Arsip in May, Pelayanan in
 * October); for a third only his own assessment is in.
 */
async function seedAhmadsAssessments() {
  const l3 = await createL3Questionnaires(t.db);
  const arsip = await completedActivity(t.db, "Pelatihan Arsip Digital", "2026-03-10T09:00:00Z", [ids.staff]);
  const pelayanan = await completedActivity(t.db, "Bimtek Pelayanan <Publik>", "2026-08-01T09:00:00Z", [ids.staff]);
  const seminar = await completedActivity(t.db, "Seminar Budaya Kerja", "2026-10-20T09:00:00Z", [ids.staff]);
  const self = (activityId: number, values: [number, number, number], at: string) =>
    answerL3(t.db, l3.self, { activityId, respondentId: ids.staff, values, at });
  const bySupervisor = (activityId: number, values: [number, number, number], at: string) =>
    answerL3(t.db, l3.supervisor, { activityId, respondentId: ids.supervisor, subjectId: ids.staff, values, at });
  await self(arsip.id, [3, 3, 3], "2026-05-10T03:00:00Z");
  await bySupervisor(arsip.id, [2, 3, 3], "2026-05-12T03:00:00Z");
  await self(pelayanan.id, [4, 3, 3], "2026-10-01T03:00:00Z");
  await bySupervisor(pelayanan.id, [4, 2, 3], "2026-10-03T03:00:00Z");
  await self(seminar.id, [1, 1, 1], "2026-11-30T03:00:00Z");
}

const buttonData = (chat: TestChat) =>
  (chat.lastMessage?.reply_markup?.inline_keyboard.flat() ?? []).map((button) => ("callback_data" in button ? button.callback_data : ""));

describe("📈 Perkembangan saya", () => {
  it("shows each area's self and supervisor scores, the trend and the class, what is waiting, and suggestions", async () => {
    await seedAhmadsAssessments();
    const at = (day: number) => ({ startsAt: new Date(`2026-12-${day}T01:00:00Z`), endsAt: new Date(`2026-12-${day}T09:00:00Z`) });
    const workshop = await createActivity(t.db, { title: "Workshop Manajemen Kinerja", competencyType: "MANAJERIAL", ...at(15) });
    const seminar = await createActivity(t.db, { title: "Seminar Etika Pelayanan", competencyType: "SOSIAL_KULTURAL", ...at(18) });

    const chat = await linkedChat("staff");
    await chat.command("menu");
    const reply = await press(chat, "📈 Perkembangan saya");
    const text = reply.last!;
    expect(text).toContain("📈 Perkembangan saya");
    expect(text).toContain("untuk 2 kegiatan");
    expect(text).toContain("Penilaian terakhir: Bimtek Pelayanan <Publik> (lengkap Sabtu, 3 Oktober 2026)");
    expect(text).toContain("• Penerapan hasil belajar: 4,0 · 4,0 · 4,0 ↑ +1,5 — 🟢 kuat");
    expect(text).toContain("• Frekuensi penerapan: 3,0 · 2,0 · 2,5 ↓ -0,5 — 🔴 perlu ditingkatkan");
    expect(text).toContain("• Kualitas kerja: 3,0 · 3,0 · 3,0 → 0,0 — 🟡 berkembang");
    expect(text).toContain("Keseluruhan: 3,3 · 3,0 · 3,2 ↑ +0,3 — 🟡 berkembang");
    expect(text).toContain("• Seminar Budaya Kerja — menunggu penilaian atasan");
    expect(text).toContain("Saran kegiatan untuk aspek yang perlu ditingkatkan");
    expect(text).toContain("• Workshop Manajemen Kinerja (manajerial, 8 JP) — Selasa, 15 Desember 2026");
    expect(reply.keyboard).toEqual(["📄 Workshop Manajemen Kinerja", "📄 Seminar Etika Pelayanan"]);
    expect(buttonData(chat)).toEqual([`act:${workshop.id}`, `act:${seminar.id}`]);

    // The command shows the same, and a suggestion opens the activity in the catalogue.
    expect((await chat.command("perkembangan")).last).toBe(text);
    const detail = answered(await chat.pressData(`act:${seminar.id}`));
    expect(detail.last).toContain("Seminar Etika Pelayanan");
  });

  it("explains when it fills in while nothing is assessed yet", async () => {
    const chat = await linkedChat("colleague");
    const reply = await chat.command("perkembangan");
    expect(reply.last).toContain("Belum ada data perkembangan untuk Anda.");
    expect(reply.last).toContain("sekitar 60 hari setelah sebuah kegiatan selesai");
    expect(reply.keyboard).toEqual([]);
  });

  it("shows nobody else's assessments", async () => {
    await seedAhmadsAssessments();
    const reply = await (await linkedChat("supervisor")).command("perkembangan");
    expect(reply.last).toContain("Belum ada data perkembangan untuk Anda.");
    expect(reply.last).not.toContain("Pelayanan");
  });

  it("asks someone who has not linked their account to link it first", async () => {
    const needLink = "Akun Telegram Anda belum tertaut dengan data kepegawaian. Tekan /start untuk menautkan.";
    const chat = t.chat({});
    expect((await chat.command("perkembangan")).last).toBe(needLink);
    // An old menu button does not get past it either.
    const menuPress = answered(await chat.pressData("menu:development"));
    expect(menuPress.callbackAnswers[0]).toMatchObject({ text: needLink, show_alert: true });
  });

  it("speaks English to those who chose it", async () => {
    await seedAhmadsAssessments();
    const chat = await linkedChat("staff");
    await chat.command("bahasa");
    await chat.press("🇬🇧 English");
    const reply = await chat.command("development");
    expect(reply.last).toContain("📈 My development");
    expect(reply.last).toContain("• Applying what was learned: 4.0 · 4.0 · 4.0 ↑ +1.5 — 🟢 strong");
    expect(reply.last).toContain("• How often it is applied: 3.0 · 2.0 · 2.5 ↓ -0.5 — 🔴 needs work");
    expect(reply.last).toContain("• Seminar Budaya Kerja — waiting for your supervisor's assessment");
    expect(reply.last).toContain("There are no upcoming activities you can join yet.");
  });
});

describe("development.ftl", () => {
  const keysOf = (locale: string) =>
    [...readFileSync(join(LOCALES_DIR, locale, "development.ftl"), "utf8").matchAll(/^([a-z][a-z0-9-]*) =/gm)].map((match) => match[1]).sort();

  it("has the same keys in every language", () => {
    const id = keysOf("id");
    expect(id.length).toBeGreaterThan(0);
    for (const locale of LOCALES) expect(keysOf(locale)).toEqual(id);
  });
});
