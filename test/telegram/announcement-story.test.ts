import { Api } from "grammy";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { DEMO_PEOPLE, loadDemoData } from "../../src/db/demo-data.js";
import { createDispatcher } from "../../src/delivery/index.js";
import { createLogger } from "../../src/logger.js";
import { createAnnouncement } from "../../src/services/announcements/announcements.js";
import { createMessages } from "../../src/services/messages.js";
import { normalizePhone } from "../../src/services/roster/phone.js";
import { press } from "../kit/answered.js";
import { startTestBot, type TestBot } from "../kit/bot-harness.js";
import type { TestChat } from "../kit/scenario.js";

/**
 * The "done when", on the emulator's fictional demo data: the Sekda (a leader for the whole
 * district) sends a read-confirmed announcement to BKPSDM and Dinas Pendidikan; demo ASN in those
 * units receive it and press ✅; somebody in Dinas Kesehatan gets nothing; and the Sekda reads the reach
 * report in chat.
 */

let t: TestBot;
const logger = createLogger("silent");

beforeEach(async () => {
  // Monday 7 December 2026, 09:00 WIB.
  t = await startTestBot();
  await loadDemoData({ db: t.db, clock: t.clock });
});
afterEach(async () => t.stop());

/** A demo person opens the bot and links by sharing their contact, as `:kontak` does in the emulator. */
async function linked(person: { name: string; phone: string | null }): Promise<TestChat> {
  const chat = t.chat({ first_name: person.name.split(" ")[0]! });
  await chat.command("start");
  const reply = await chat.shareContact(normalizePhone(person.phone!)!);
  expect(reply.texts.join("\n")).toContain("Selamat datang");
  return chat;
}

/** Plain staff of a unit (no role, nobody to supervise), in roster order. */
async function staffOf(unitCode: string) {
  return t.db.employee.findMany({
    where: { unit: { code: unitCode }, active: true, positionType: "PELAKSANA", roleGrants: { none: {} }, subordinates: { none: {} } },
    orderBy: { id: "asc" },
  });
}

async function deliver(): Promise<void> {
  const dispatcher = createDispatcher({ db: t.db, clock: t.clock, logger, config: t.config, telegram: new Api(t.api.token, { apiRoot: t.api.apiRoot }) });
  await dispatcher.drain();
}

describe("a leader's announcement to two units, from sending to the reach report", () => {
  it("reaches the demo ASN of both units, who acknowledge it, and the Sekda sees who read it, lowest reach first", async () => {
    const sekda = await linked(DEMO_PEOPLE.leader);
    const bkpsdmAsn = await linked(DEMO_PEOPLE.asn);
    const [guru1, guru2, guru3] = await staffOf("DISDIK");
    const [nakes] = await staffOf("DINKES");
    const disdikReader = await linked(guru1!);
    const disdikLate = await linked(guru2!);
    const disdikGone = await linked(guru3!);
    const dinkes = await linked(nakes!);
    // One teacher has blocked the bot since linking.
    t.api.blockChat(disdikGone.id);

    // The Sekda's menu offers announcements (composing them is the announcement hub's conversation).
    const menu = await sekda.command("menu");
    expect(menu.keyboard).toContain("📣 Pengumuman");
    const units = await t.db.unit.findMany({ where: { code: { in: ["BKPSDM", "DISDIK"] } } });
    const leader = await t.db.employee.findUniqueOrThrow({ where: { nip: DEMO_PEOPLE.leader.nip } });
    const created = await createAnnouncement(
      { db: t.db, clock: t.clock, messages: createMessages(t.config), settings: t.config.announcements },
      {
        authorId: leader.id,
        content: { bodyHtml: "Mulai 4 Januari 2027 presensi memakai aplikasi <b>SiAP Tebo</b>. Mohon dibaca dan dipahami." },
        audience: { kind: "units", unitIds: units.map((unit) => unit.id) },
        needsAck: true,
        timing: { kind: "now" },
      },
    );
    if (!created.ok) throw new Error(created.code);
    const id = created.announcementId;
    const recipients = await t.db.employee.count({ where: { active: true, unit: { code: { in: ["BKPSDM", "DISDIK"] } } } });
    expect(created.recipients).toBe(recipients);

    await deliver();
    for (const chat of [bkpsdmAsn, disdikReader, disdikLate]) {
      expect(chat.lastMessage?.text).toBe("Mulai 4 Januari 2027 presensi memakai aplikasi SiAP Tebo. Mohon dibaca dan dipahami.");
      expect(chat.lastMessage?.reply_markup?.inline_keyboard.flat().map((button) => button.text)).toEqual(["✅ Saya sudah membaca"]);
    }
    expect(dinkes.messages.some((message) => message.text?.includes("SiAP Tebo"))).toBe(false);
    expect(sekda.messages.some((message) => message.text?.includes("SiAP Tebo"))).toBe(false);

    t.clock.advance(20 * 60_000); // 09.20 WIB
    for (const chat of [bkpsdmAsn, disdikReader]) {
      const pressed = await press(chat, "✅ Saya sudah membaca");
      expect(pressed.callbackAnswers[0]?.text).toBe("✅ Terima kasih, Anda telah menandai pengumuman ini sudah dibaca.");
      expect(chat.lastMessage?.reply_markup?.inline_keyboard.flat().map((button) => button.text)).toEqual(["✅ Dibaca 09.20 WIB"]);
    }

    const list = await sekda.command("laporan_pengumuman");
    expect(list.last).toContain(`#${id} · terkirim · Senin, 7 Desember 2026 pukul 09.00 WIB`);
    expect(list.last).toContain(`👥 ${recipients} penerima · 👁 sudah membaca 2 (${Math.round((2 / recipients) * 100)}% dari penerima)`);
    const report = await press(sekda, `📊 Laporan #${id}`);
    const text = report.last!;
    expect(text).toContain(`👥 Penerima: ${recipients}`);
    expect(text).toContain("✅ Terkirim: 3");
    expect(text).toContain(`❌ Gagal (belum menautkan akun atau galat): ${recipients - 4}`);
    expect(text).toContain("🚫 Memblokir bot: 1");
    expect(text).toContain("👁 Sudah membaca: 2 (67% dari yang terkirim)");
    // Dinas Pendidikan: one of the two who got it has read it; BKPSDM: the one who got it has.
    const unitLines = text.split("\n").filter((line) => line.startsWith("• "));
    expect(unitLines).toHaveLength(2);
    expect(unitLines[0]).toMatch(/^• Dinas Pendidikan: terkirim 2\/\d+ \(\d+%\), membaca 1 \(50%\), gagal \d+, blokir 1, menunggu 0$/);
    expect(unitLines[1]).toMatch(/^• Badan Kepegawaian dan Pengembangan Sumber Daya Manusia: terkirim 1\/\d+ \(\d+%\), membaca 1 \(100%\), gagal \d+, blokir 0/);
  });
});
