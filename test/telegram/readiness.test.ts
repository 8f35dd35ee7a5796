import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LOCALES, LOCALES_DIR } from "../../src/i18n/index.js";
import { press, pressData } from "../kit/answered.js";
import { startTestBot, type TestBot } from "../kit/bot-harness.js";
import type { TestChat } from "../kit/scenario.js";
import { seedPulse } from "../services/pulse/pulse-fixture.js";

/**
 * Two hand-answered pulse rounds (see the fixture for the means worked out by hand): in round 2 Dinas
 * Kesehatan's barrier is Desire, Dinas Pendidikan has none, and Kominfo has only 3 respondents.
 */
let t: TestBot;
let fixture: Awaited<ReturnType<typeof seedPulse>>;
let chatSeq = 300_000;

beforeAll(async () => {
  t = await startTestBot({ start: "2026-12-07T02:00:00Z" });
  fixture = await seedPulse(t.db);
});
afterAll(() => t.stop());

/** A Telegram chat linked to the employee. */
async function chatOf(employeeId: number, firstName: string): Promise<TestChat> {
  chatSeq += 1;
  await t.db.chatAccount.create({ data: { platform: "TELEGRAM", externalId: String(chatSeq), chatId: String(chatSeq), employeeId } });
  return t.chat({ id: chatSeq, first_name: firstName });
}

describe("🧭 Kesiapan perubahan", () => {
  it("shows the Bupati the latest round per unit with barrier points and trends, the small unit not shown separately", async () => {
    const bupati = await chatOf(fixture.people.bupati, "Agus");
    await bupati.command("menu");
    const shown = await press(bupati, "🧭 Kesiapan perubahan");
    expect(shown.texts).toHaveLength(1);
    const text = shown.last!;
    expect(text).toContain(`Survei: Survei kesiapan perubahan (ADKAR) · pengumuman #${fixture.rounds.round2} · dikirim Selasa, 1 Desember 2026`);
    expect(text).toContain("Tingkat respons: 14/17 (82%)");
    expect(text).toContain(
      ["Dinas Kesehatan · 6 responden", "A 4,0 · D 2,5 · K 3,0 · A 3,7 · R 4,0", "Hambatan: Desire (keinginan)", "Tren: A ↑ +0,6 · D ↓ -0,1 · K ↑ +0,2 · A ↑ +0,5 · R ↑ +0,8"].join("\n"),
    );
    expect(text).toContain(["Dinas Pendidikan dan Kebudayaan · 5 responden", "A 4,0 · D 4,0 · K 4,0 · A 4,0 · R 3,8", "Tidak ada hambatan: semua tahap 3,0 atau lebih."].join("\n"));
    expect(text).toContain("Tidak ditampilkan terpisah (kurang dari 5 responden): Dinas Komunikasi dan Informatika");
    expect(text).not.toContain("Dinas Komunikasi dan Informatika ·");
    expect(text).toContain("Ada 1 survei lain dalam cakupan Anda");
    expect(shown.keyboard).toEqual([`📅 #${fixture.rounds.round1} · Senin, 2 November 2026 · 12/17 menjawab`]);

    // The earlier round, in place: Awareness was Dinas Pendidikan's barrier then, and there is no trend yet.
    const earlier = await press(bupati, `📅 #${fixture.rounds.round1} · Senin, 2 November 2026 · 12/17 menjawab`);
    expect(earlier.calls.map((call) => call.method)).toEqual(["answerCallbackQuery", "editMessageText"]);
    expect(earlier.last).toContain(`pengumuman #${fixture.rounds.round1}`);
    expect(earlier.last).toContain(["Dinas Pendidikan dan Kebudayaan · 5 responden", "A 2,4 · D 3,8 · K 3,8 · A 3,8 · R 3,8", "Hambatan: Awareness (kesadaran)"].join("\n"));
    expect(earlier.last).toContain("Belum ada survei sebelumnya untuk melihat tren.");
    expect(earlier.keyboard).toEqual([`📅 #${fixture.rounds.round2} · Selasa, 1 Desember 2026 · 14/17 menjawab`]);

    const byCommand = await bupati.command("kesiapan", String(fixture.rounds.round1));
    expect(byCommand.last).toBe(earlier.last);
  });

  it("shows a head of OPD only their own unit, its small sub-units pooled rather than shown apart", async () => {
    const head = await chatOf(fixture.people.dinkesHead, "Maria");
    const reply = await head.command("kesiapan");
    expect(reply.last).toContain("Cakupan: Dinas Kesehatan dan unit di bawahnya");
    expect(reply.last).toContain("Unit lainnya (gabungan unit kecil) · 6 responden");
    expect(reply.last).toContain("Tidak ditampilkan terpisah (kurang dari 5 responden): Dinas Kesehatan, Puskesmas Muara Tebo");
    expect(reply.last).not.toContain("Dinas Pendidikan");
    expect(reply.last).not.toContain("Dinas Komunikasi");
  });

  it("refuses a plain ASN, by command or forged button, and answers an unknown round politely", async () => {
    const asn = await chatOf(fixture.people.asn, "Pegawai");
    const refusal = "Maaf, hasil kesiapan perubahan hanya untuk pimpinan dan admin.";
    expect((await asn.command("kesiapan")).last).toBe(refusal);
    expect((await asn.command("readiness", String(fixture.rounds.round1))).last).toBe(refusal);
    const forged = await pressData(asn, `rdy:${fixture.rounds.round2}`);
    expect(forged.callbackAnswers[0]).toMatchObject({ text: refusal, show_alert: true });
    expect(forged.texts).toEqual([]);
    const menu = await pressData(asn, "menu:readiness");
    expect(menu.texts).toEqual([]);

    const admin = await chatOf(fixture.people.admin, "Rahmat");
    expect((await admin.command("kesiapan", "999")).last).toBe("Survei kesiapan perubahan untuk pengumuman #999 tidak ditemukan dalam cakupan Anda.");
    expect((await admin.command("kesiapan", "terbaru")).last).toBe("“terbaru” bukan nomor pengumuman. Contoh: /kesiapan 12");
    expect((await pressData(admin, "rdy:x")).callbackAnswers[0]?.text).toBe("Tombol ini sudah tidak berlaku. Silakan buka /menu lagi.");
  });
});

describe("readiness.ftl", () => {
  const keysOf = (locale: string) =>
    [...readFileSync(join(LOCALES_DIR, locale, "readiness.ftl"), "utf8").matchAll(/^([a-z][a-z0-9-]*) =/gm)].map((match) => match[1]).sort();

  it("has the same keys in every language", () => {
    const id = keysOf("id");
    expect(id.length).toBeGreaterThan(0);
    for (const locale of LOCALES) expect(keysOf(locale)).toEqual(id);
  });
});
