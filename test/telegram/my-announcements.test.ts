import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Api } from "grammy";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createDispatcher } from "../../src/delivery/index.js";
import { LOCALES, LOCALES_DIR } from "../../src/i18n/index.js";
import { createLogger } from "../../src/logger.js";
import { acknowledge } from "../../src/services/announcements/acknowledge.js";
import {
  createAnnouncement,
  sendDueAnnouncements,
  type AnnouncementDeps,
  type CreateAnnouncementInput,
} from "../../src/services/announcements/announcements.js";
import { createMessages } from "../../src/services/messages.js";
import { press, pressData } from "../kit/answered.js";
import { startTestBot, type TestBot } from "../kit/bot-harness.js";
import type { TestChat } from "../kit/scenario.js";
import { blockBot, PEOPLE, seedDistrict, type District, type PersonKey } from "../services/announcements/district-fixture.js";

let t: TestBot;
let district: District;
let deps: AnnouncementDeps;
const logger = createLogger("silent");

// Monday 7 December 2026, 09:00 WIB.
beforeEach(async () => {
  t = await startTestBot();
  district = await seedDistrict(t.db);
  deps = { db: t.db, clock: t.clock, messages: createMessages(t.config), settings: t.config.announcements };
});
afterEach(async () => t.stop());

/** The person's own Telegram chat (their account is linked in the fixture). */
const chatAs = (person: PersonKey): TestChat =>
  t.chat({ id: district.chatOf[person]!, first_name: PEOPLE[person].name.split(" ")[0]! });

async function announce(author: PersonKey, input: Partial<CreateAnnouncementInput> = {}): Promise<number> {
  const result = await createAnnouncement(deps, {
    authorId: district.people[author],
    content: { bodyHtml: "Mulai Januari, absensi memakai <b>SiAP Tebo</b>." },
    audience: { kind: "units", unitIds: [district.units.ORG, district.units.PUSKESMAS] },
    needsAck: true,
    timing: { kind: "now" },
    ...input,
  });
  if (!result.ok) throw new Error(result.code);
  return result.announcementId;
}

async function deliver(): Promise<void> {
  const dispatcher = createDispatcher({ db: t.db, clock: t.clock, logger, config: t.config, telegram: new Api(t.api.token, { apiRoot: t.api.apiRoot }) });
  await dispatcher.drain();
}

const TOMORROW_10 = new Date("2026-12-08T03:00:00Z");

/**
 * The Bupati's read-confirmed announcement to Bagian Organisasi and the Puskesmas: the nurse has
 * blocked the bot and the midwife never linked; the head of Organisasi and the Tata Laksana clerk
 * read it, the analyst has not.
 */
async function sentAndPartlyRead(): Promise<number> {
  await blockBot(t.db, district.people.perawat, t.clock.now());
  const id = await announce("bupati");
  await deliver();
  t.clock.advance(30 * 60_000);
  for (const person of ["kabagOrg", "staffTata"] as const) {
    expect(await acknowledge(deps, { announcementId: id, employeeId: district.people[person] })).toMatchObject({ ok: true, first: true });
  }
  return id;
}

describe("📋 Pengumuman saya", () => {
  it("lists the leader's own announcements with status, time and reach, and opens the reach report", async () => {
    const sent = await sentAndPartlyRead();
    const scheduled = await announce("bupati", {
      content: { bodyHtml: "Apel gabungan hari Senin." },
      audience: { kind: "units", unitIds: [district.units.DISDIK] },
      needsAck: false,
      timing: { kind: "at", at: TOMORROW_10 },
    });
    const someoneElses = await announce("kadinkes", { audience: { kind: "units", unitIds: [district.units.PUSKESMAS] } });

    const bupati = chatAs("bupati");
    const list = await bupati.command("laporan_pengumuman");
    expect(list.texts).toHaveLength(1);
    expect(list.last).toBe(
      [
        "📋 Pengumuman saya · halaman 1",
        "",
        `#${scheduled} · terjadwal · Selasa, 8 Desember 2026 pukul 10.00 WIB`,
        "“Apel gabungan hari Senin.”",
        "",
        `#${sent} · terkirim · Senin, 7 Desember 2026 pukul 09.00 WIB`,
        "“Mulai Januari, absensi memakai SiAP Tebo.”",
        "👥 5 penerima · 👁 sudah membaca 2 (40% dari penerima)",
      ].join("\n"),
    );
    expect(list.last).not.toContain(`#${someoneElses}`);
    expect(list.keyboardRows).toEqual([[`📊 Laporan #${scheduled}`, `🚫 Batalkan #${scheduled}`], [`📊 Laporan #${sent}`]]);

    const report = await press(bupati, `📊 Laporan #${sent}`);
    expect(report.texts).toHaveLength(1);
    expect(report.last).toBe(
      [
        `📊 Jangkauan pengumuman #${sent}`,
        "“Mulai Januari, absensi memakai SiAP Tebo.”",
        "Dari: H. Aspan, S.T.",
        "Dikirim: Senin, 7 Desember 2026 pukul 09.00 WIB",
        "",
        "👥 Penerima: 5",
        "✅ Terkirim: 3 (60%)",
        "⏳ Menunggu: 0",
        "❌ Gagal (belum menautkan akun atau galat): 1",
        "🚫 Memblokir bot: 1",
        "👁 Sudah membaca: 2 (67% dari yang terkirim)",
        "",
        "Per unit (yang paling sedikit membaca lebih dulu)",
        "• Puskesmas Muara Tebo: terkirim 0/2 (0%), membaca 0 (-), gagal 1, blokir 1, menunggu 0",
        "• Bagian Organisasi: terkirim 2/2 (100%), membaca 1 (50%), gagal 0, blokir 0, menunggu 0",
        "• Subbagian Tata Laksana: terkirim 1/1 (100%), membaca 1 (100%), gagal 0, blokir 0, menunggu 0",
      ].join("\n"),
    );
    // A new message: the list stays above it.
    expect(report.calls.map((call) => call.method)).toContain("sendMessage");
    expect(report.keyboard).toEqual(["🔄 Perbarui", "📋 Pengumuman saya"]);

    // The analyst reads it; refreshing updates the report in place.
    await acknowledge(deps, { announcementId: sent, employeeId: district.people.analis });
    const refreshed = await press(bupati, "🔄 Perbarui");
    expect(refreshed.calls.map((call) => call.method)).toContain("editMessageText");
    expect(refreshed.last).toContain("👁 Sudah membaca: 3 (100% dari yang terkirim)");
    expect(refreshed.last).toContain("• Bagian Organisasi: terkirim 2/2 (100%), membaca 2 (100%)");
  });

  it("shows an admin everybody's announcements with their authors, and pages through a long list", async () => {
    const first = await announce("kadinkes", { audience: { kind: "units", unitIds: [district.units.PUSKESMAS] } });
    for (let i = 0; i < 5; i += 1) await announce("bupati", { needsAck: false, timing: { kind: "at", at: TOMORROW_10 } });

    const admin = chatAs("admin");
    const page1 = await admin.command("laporan_pengumuman");
    expect(page1.last).toContain("✍️ Dari: H. Aspan, S.T.");
    expect(page1.last).not.toContain(`#${first} ·`);
    expect(page1.keyboardRows.at(-1)).toEqual(["Berikutnya ▶️"]);

    const page2 = await press(admin, "Berikutnya ▶️");
    expect(page2.calls.map((call) => call.method)).toEqual(["answerCallbackQuery", "editMessageText"]);
    expect(page2.last).toContain("📋 Pengumuman saya · halaman 2");
    expect(page2.last).toContain(`#${first} · terkirim`);
    expect(page2.last).toContain("✍️ Dari: dr. Yusuf Rahman");
    expect(page2.last).toContain("👥 2 penerima · 👁 sudah membaca 0 (0% dari penerima)");
    expect(page2.keyboardRows).toEqual([[`📊 Laporan #${first}`], ["◀️ Sebelumnya"]]);

    // An admin may open another author's report.
    const report = await press(admin, `📊 Laporan #${first}`);
    expect(report.last).toContain(`📊 Jangkauan pengumuman #${first}`);
    expect(report.last).toContain("Dari: dr. Yusuf Rahman");
  });

  it("cancels a scheduled announcement after asking, and it is never sent", async () => {
    const keep = await announce("bupati", { timing: { kind: "at", at: TOMORROW_10 } });
    const drop = await announce("bupati", { content: { bodyHtml: "Rapat <i>dibatalkan</i>." }, timing: { kind: "at", at: TOMORROW_10 } });
    const bupati = chatAs("bupati");
    await bupati.command("laporan_pengumuman");

    const asked = await press(bupati, `🚫 Batalkan #${drop}`);
    expect(asked.last).toBe(
      [`🚫 Batalkan pengumuman #${drop}?`, "“Rapat dibatalkan.”", "Dijadwalkan Selasa, 8 Desember 2026 pukul 10.00 WIB. Jika dibatalkan, pengumuman ini tidak akan dikirim kepada siapa pun."].join("\n"),
    );
    expect(asked.keyboard).toEqual(["🚫 Ya, batalkan", "↩️ Tidak, biarkan"]);
    const kept = await press(bupati, "↩️ Tidak, biarkan");
    expect(kept.last).toBe(`Pengumuman #${drop} tetap dijadwalkan Selasa, 8 Desember 2026 pukul 10.00 WIB.`);
    expect((await t.db.announcement.findUniqueOrThrow({ where: { id: drop } })).status).toBe("SCHEDULED");

    await bupati.command("laporan_pengumuman");
    await press(bupati, `🚫 Batalkan #${drop}`);
    const cancelled = await press(bupati, "🚫 Ya, batalkan");
    expect(cancelled.callbackAnswers[0]?.text).toBe("Pengumuman dibatalkan");
    expect(cancelled.last).toBe(`🚫 Pengumuman #${drop} dibatalkan dan tidak akan dikirim.`);
    expect(bupati.lastMessage?.reply_markup).toBeUndefined();
    expect((await t.db.announcement.findUniqueOrThrow({ where: { id: drop } })).status).toBe("CANCELLED");

    // Pressing "yes" again on an old question changes nothing.
    const again = await pressData(bupati, `myan:cy:${drop}`);
    expect(again.callbackAnswers[0]?.text).toBe("Pengumuman ini tidak dapat dibatalkan lagi karena sudah dikirim atau dibatalkan.");

    t.clock.set(TOMORROW_10);
    expect(await sendDueAnnouncements(deps, { now: TOMORROW_10 })).toEqual({ sent: 1, cancelled: 0 });
    const queued = await t.db.delivery.findMany({ where: { announcementId: { in: [keep, drop] } } });
    expect(new Set(queued.map((row) => row.announcementId))).toEqual(new Set([keep]));
  });

  it("refuses a plain ASN and a leader who is not the author, by command or forged buttons, and changes nothing", async () => {
    const sent = await sentAndPartlyRead();
    const scheduled = await announce("bupati", { timing: { kind: "at", at: TOMORROW_10 } });

    const guru = chatAs("guru");
    const notAllowed = "Maaf, hanya pimpinan dan admin BKPSDM yang dapat mengirim dan mengelola pengumuman.";
    expect((await guru.command("laporan_pengumuman")).last).toBe(notAllowed);
    expect((await guru.command("laporan_pengumuman", String(sent))).last).toBe(notAllowed);
    for (const data of ["myan:l:1", `myan:r:${sent}`, `myan:u:${sent}`, `myan:c:${scheduled}`, `myan:cy:${scheduled}`]) {
      const forged = await pressData(guru, data);
      expect(forged.callbackAnswers[0]).toMatchObject({ text: notAllowed, show_alert: true });
      expect(forged.texts).toEqual([]);
    }

    // The Puskesmas' leader may announce, but not read or cancel the Bupati's announcements.
    const kadinkes = chatAs("kadinkes");
    expect((await kadinkes.command("laporan_pengumuman", `#${sent}`)).last).toBe(notAllowed);
    const forged = await pressData(kadinkes, `myan:cy:${scheduled}`);
    expect(forged.callbackAnswers[0]?.text).toBe(notAllowed);
    expect((await kadinkes.command("laporan_pengumuman", "kemarin")).last).toBe("“kemarin” bukan nomor pengumuman. Contoh: /laporan_pengumuman 12");
    const malformed = await pressData(kadinkes, "myan:r:abc");
    expect(malformed.callbackAnswers[0]?.text).toBe("Tombol ini sudah tidak berlaku. Silakan buka /menu lagi.");

    expect((await t.db.announcement.findUniqueOrThrow({ where: { id: scheduled } })).status).toBe("SCHEDULED");
    expect(await t.db.auditLog.count({ where: { action: "announcement.cancel" } })).toBe(0);
  });
});

describe("my-announcements.ftl", () => {
  const keysOf = (locale: string) =>
    [...readFileSync(join(LOCALES_DIR, locale, "my-announcements.ftl"), "utf8").matchAll(/^([a-z][a-z0-9-]*) =/gm)].map((match) => match[1]).sort();

  it("has the same keys in every language", () => {
    const id = keysOf("id");
    expect(id.length).toBeGreaterThan(0);
    for (const locale of LOCALES) expect(keysOf(locale)).toEqual(id);
  });
});
