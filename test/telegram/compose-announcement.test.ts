import { Api } from "grammy";
import type { MessageEntity } from "grammy/types";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createDispatcher } from "../../src/delivery/index.js";
import type { Payload, RecordedCall } from "../../src/emulator/fake-bot-api.js";
import { createLogger } from "../../src/logger.js";
import { createJobDeps, runJob } from "../../src/scheduler/index.js";
import { announcementDispatchJob } from "../../src/scheduler/jobs/announcement-dispatch.js";
import { createAnnouncement } from "../../src/services/announcements/announcements.js";
import { ensureDefaultQuestionnaires } from "../../src/services/evaluations/defaults.js";
import { createMessages } from "../../src/services/messages.js";
import { startTestBot, type TestBot } from "../kit/bot-harness.js";
import type { Reply, TestChat } from "../kit/scenario.js";
import { textMessage } from "../kit/updates.js";
import { PEOPLE, seedDistrict, type District, type PersonKey } from "../services/announcements/district-fixture.js";

let t: TestBot;
let district: District;
const logger = createLogger("silent");

beforeEach(async () => {
  // Monday 7 December 2026, 09:00 WIB.
  t = await startTestBot();
  district = await seedDistrict(t.db);
});
afterEach(async () => t.stop());

/** The person's own Telegram chat, already linked by the fixture. */
const chatOf = (person: PersonKey): TestChat => t.chat({ id: district.chatOf[person]!, first_name: PEOPLE[person].name });

async function sendFormatted(chat: TestChat, text: string, entities: MessageEntity[]): Promise<Reply> {
  const { message } = textMessage(chat.user, text, { clock: t.clock });
  return chat.push({ message: { ...message, entities } });
}

async function sendPhoto(chat: TestChat, caption?: string, entities: MessageEntity[] = []): Promise<Reply> {
  const { text: _text, ...message } = textMessage(chat.user, "", { clock: t.clock }).message;
  const photo = [
    { file_id: "AgAD-apel-kecil", file_unique_id: "apel-kecil", width: 90, height: 90 },
    { file_id: "AgAD-apel", file_unique_id: "apel", width: 800, height: 800 },
  ];
  return chat.push({ message: { ...message, photo, ...(caption ? { caption, caption_entities: entities } : {}) } });
}

/** A job tick of the announcement dispatch, then the delivery queue sending what is due. */
async function tick(): Promise<Record<string, unknown>> {
  const run = await runJob(announcementDispatchJob, createJobDeps({ db: t.db, clock: t.clock }, t.config), { clock: t.clock, logger });
  expect(run.ok).toBe(true);
  await deliverQueue();
  return run.outcome ?? {};
}

async function deliverQueue(): Promise<void> {
  const telegram = new Api(t.api.token, { apiRoot: t.api.apiRoot });
  await createDispatcher({ db: t.db, clock: t.clock, logger, config: t.config, telegram }).drain();
}

/** Texts or captions the person's chat has received from the bot. */
const received = (person: PersonKey) => t.api.botMessages(district.chatOf[person]!).map((message) => message.text ?? message.caption);

/** A Telegram call as a recipient would get it: without the chat and with the acknowledgement id blanked. */
function asSent(call: RecordedCall | undefined): Payload {
  expect(call).toBeDefined();
  const { chat_id: _chatId, ...payload } = call!.payload;
  return JSON.parse(JSON.stringify(payload).replace(/ack:(\d+|preview)/g, "ack:<id>")) as Payload;
}

const callTo = (person: PersonKey, method: string) =>
  t.api.calls.find((call) => call.method === method && String(call.chatId) === String(district.chatOf[person]));
const announcements = () => t.db.announcement.findMany({ include: { audience: true } });

/** The key the composing conversation made for its draft, as stored with the conversation's state. */
async function draftRequestKey(): Promise<string> {
  const stored = (await t.db.session.findMany({ select: { value: true } })).map((row) => row.value).join("\n");
  const keys = new Set(stored.match(/[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}/g));
  expect(keys.size).toBe(1);
  return [...keys][0]!;
}

/** The way from /umumkan to the summary for a plain text sent now to one unit. */
async function composeToSummary(chat: TestChat, body: string): Promise<Reply> {
  await chat.command("umumkan");
  await chat.send(body);
  await chat.press("⏭ Lewati");
  await chat.press("🏢 Pilih unit");
  await chat.press(/Dinas Pendidikan/);
  await chat.press("✔️ Selesai (1 unit)");
  await chat.press("🚀 Sekarang");
  await chat.press("Tidak");
  return chat.press("Tidak");
}

describe("✍️ composing an announcement in chat", () => {
  it("a leader sends a formatted announcement to two units at a WIB time; the preview is what the recipients get", async () => {
    const bupati = chatOf("bupati");
    const started = await bupati.command("umumkan");
    expect(started.last).toContain("Langkah 1 dari 5 · Isi");
    expect(started.keyboard).toEqual(["❌ Batal"]);

    const body = "Apel pagi Senin wajib diikuti seluruh pegawai. Baca panduan <lengkap> di sini.";
    const link = body.indexOf("panduan");
    const content = await sendFormatted(bupati, body, [
      { type: "bold", offset: 0, length: 9 },
      { type: "text_link", offset: link, length: "panduan".length, url: "https://tebokab.go.id/apel?unit=1&hari=senin" },
    ]);
    expect(content.last).toContain("Langkah 2 dari 5 · Tombol tautan");
    expect(content.keyboard).toEqual(["➕ Tambah tombol tautan", "⏭ Lewati", "❌ Batal"]);

    await bupati.press("⏭ Lewati");
    const picker = await bupati.press("🏢 Pilih unit");
    expect(picker.keyboard).toEqual([
      "▫️ Dinas Kesehatan (3)",
      "▫️ · Puskesmas Muara Tebo (2)",
      "▫️ Dinas Pendidikan (1)",
      "▫️ Sekretariat Daerah (6)",
      "▫️ · Bagian Organisasi (3)",
      "▫️ · · Subbagian Tata Laksana (1)",
      "⬅️ Kembali",
      "❌ Batal",
    ]);
    await bupati.press("▫️ Dinas Kesehatan (3)");
    const two = await bupati.press("▫️ Dinas Pendidikan (1)");
    expect(two.last).toContain("Dipilih (2): Dinas Kesehatan, Dinas Pendidikan");
    expect(two.keyboard).toContain("✅ Dinas Kesehatan (3)");
    const timing = await bupati.press("✔️ Selesai (2 unit)");
    expect(timing.last).toContain("👥 Penerima: 4 orang, Dinas Kesehatan, Dinas Pendidikan (beserta sub-unitnya).");
    expect(timing.last).toContain("Langkah 4 dari 5 · Waktu kirim");

    await bupati.press("🗓 Pada waktu tertentu");
    const typo = await bupati.send("8-13-2026 10.00");
    expect(typo.last).toContain("“8-13-2026 10.00” tidak dapat dibaca sebagai tanggal dan jam");
    const past = await bupati.send("7-12-2026 08.30");
    expect(past.last).toContain(
      "Senin, 7 Desember 2026 pukul 08.30 WIB sudah lewat (sekarang Senin, 7 Desember 2026 pukul 09.00 WIB)",
    );
    const at = await bupati.send("2026-12-08 10:00");
    expect(at.last).toContain("🗓 Dikirim pada Selasa, 8 Desember 2026 pukul 10.00 WIB.");
    expect(at.last).toContain("Wajibkan penerima menekan “✅ Saya sudah membaca”?");

    await bupati.press("Ya");
    const review = await bupati.press("Tidak");
    expect(review.texts[0]).toContain("Pratinjau");
    expect(review.texts[1]).toBe("Apel pagi Senin wajib diikuti seluruh pegawai. Baca panduan <lengkap> di sini.");
    const summary = review.last!;
    expect(summary).toContain("👥 Penerima: 4 orang, Dinas Kesehatan, Dinas Pendidikan (beserta sub-unitnya)");
    expect(summary).toContain("🕘 Waktu: Selasa, 8 Desember 2026 pukul 10.00 WIB");
    expect(summary).toContain("🔗 Tombol tautan: tidak ada");
    expect(summary).toContain("✅ Konfirmasi “sudah membaca”: wajib");
    expect(summary).toContain("🧭 Survei kesiapan perubahan: tidak");
    expect(review.keyboard).toEqual(["✅ Kirim", "✏️ Ubah", "❌ Batal"]);
    const preview = review.calls.find((call) => call.method === "sendMessage" && JSON.stringify(call.payload).includes("ack:preview"));
    expect((await bupati.press("✅ Saya sudah membaca")).callbackAnswers[0]?.text).toContain("Ini hanya pratinjau");

    const sent = await bupati.press("✅ Kirim");
    expect(sent.last).toBe(
      "🗓 Pengumuman #1 dijadwalkan pada Selasa, 8 Desember 2026 pukul 10.00 WIB untuk 4 penerima. " +
        "Sebelum waktunya, Anda dapat membatalkannya di 📋 Pengumuman saya.",
    );
    const [stored] = await announcements();
    expect(stored).toMatchObject({
      authorId: district.people.bupati,
      status: "SCHEDULED",
      needsAck: true,
      scheduledAt: new Date("2026-12-08T03:00:00Z"),
      body:
        "<b>Apel pagi</b> Senin wajib diikuti seluruh pegawai. " +
        'Baca <a href="https://tebokab.go.id/apel?unit=1&amp;hari=senin">panduan</a> &lt;lengkap&gt; di sini.',
    });
    const unitIds = stored!.audience.map((rule) => Number(rule.value));
    expect(unitIds.sort()).toEqual([district.units.DINKES, district.units.DISDIK].sort());
    const audit = await t.db.auditLog.findFirstOrThrow({ where: { action: "announcement.create" } });
    expect(audit).toMatchObject({ actorId: district.people.bupati, targetType: "announcement", targetId: String(stored!.id) });

    // Nothing goes out before its time.
    expect(await tick()).toMatchObject({ sent: 0 });
    expect(received("guru")).toEqual([]);

    t.clock.set("2026-12-08T03:00:00Z");
    expect(await tick()).toMatchObject({ sent: 1 });
    const queued = await t.db.delivery.findMany({ where: { announcementId: stored!.id } });
    const { people } = district;
    expect(queued.map((row) => row.employeeId).sort()).toEqual([people.kadinkes, people.perawat, people.bidan, people.guru].sort());
    for (const person of ["kadinkes", "perawat", "guru"] as const) expect(received(person)).toEqual([review.texts[1]]);
    for (const person of ["sekda", "admin", "analis", "staffTata"] as const) expect(received(person)).toEqual([]);
    expect(asSent(callTo("guru", "sendMessage"))).toEqual(asSent(preview));
  });

  it("from the 📣 menu, an admin sends a photo with a caption and a link button to everyone now", async () => {
    const admin = chatOf("admin");
    await admin.command("menu");
    const hub = await admin.press("📣 Pengumuman");
    expect(hub.keyboard).toEqual(["✍️ Buat pengumuman", "📋 Pengumuman saya", "🔁 Kampanye", "🧭 Kirim survei kesiapan"]);
    await admin.press("✍️ Buat pengumuman");

    expect((await sendPhoto(admin)).last).toContain("Foto atau dokumen memerlukan keterangan (caption)");
    const captioned = await sendPhoto(admin, "Jadwal apel bulan Desember", [{ type: "bold", offset: 0, length: 11 }]);
    expect(captioned.last).toContain("Langkah 2 dari 5 · Tombol tautan");

    await admin.press("➕ Tambah tombol tautan");
    expect((await admin.send("x".repeat(65))).last).toContain("Teks tombol tautan harus diisi, paling banyak 64 karakter.");
    expect((await admin.send("Lihat jadwal")).last).toContain("Kirim alamat tautannya");
    expect((await admin.send("tebokab.go.id/jadwal")).last).toContain("Tautan harus berupa alamat web lengkap");
    const linked = await admin.send("https://tebokab.go.id/jadwal");
    expect(linked.last).toContain("🔗 Tombol “Lihat jadwal” ditambahkan.");

    expect((await admin.press("👥 Semua")).last).toContain("👥 Penerima: 10 orang, semua pegawai.");
    await admin.press("🚀 Sekarang");
    await admin.press("Tidak");
    const review = await admin.press("Tidak");
    const preview = review.calls.find((call) => call.method === "sendPhoto");
    expect(preview?.payload).toMatchObject({ photo: "AgAD-apel", caption: "<b>Jadwal apel</b> bulan Desember", parse_mode: "HTML" });
    const buttons = review.messages.at(-2)?.reply_markup?.inline_keyboard;
    expect(buttons).toEqual([[{ text: "Lihat jadwal", url: "https://tebokab.go.id/jadwal" }]]);
    expect(review.last).toContain("🔗 Tombol tautan: “Lihat jadwal” → https://tebokab.go.id/jadwal");
    expect(review.last).toContain("🕘 Waktu: sekarang");

    const sent = await admin.press("✅ Kirim");
    expect(sent.last).toContain("✅ Pengumuman #1 sedang dikirim kepada 10 penerima.");
    await deliverQueue();
    expect(received("guru")).toEqual(["Jadwal apel bulan Desember"]);
    expect(asSent(callTo("guru", "sendPhoto"))).toEqual(asSent(preview));
    expect(await t.db.auditLog.count({ where: { action: "announcement.send", actorId: district.people.admin } })).toBe(1);
  });

  it("a weekly recurring announcement becomes a campaign, explained in words", async () => {
    const bupati = chatOf("bupati");
    await bupati.command("umumkan");
    await bupati.send("Budaya kerja BerAKHLAK: mari saling mengingatkan.");
    await bupati.press("⏭ Lewati");
    expect((await bupati.press("🧑‍💼 Atasan saja")).last).toContain("👥 Penerima: 3 orang, para atasan langsung.");
    await bupati.press("🔁 Berulang");
    await bupati.press("Setiap minggu");
    await bupati.press("Senin");
    expect((await bupati.send("25.00")).last).toContain("“25.00” bukan jam yang valid");
    const chosen = await bupati.send("08.00");
    const words = "setiap Senin pukul 08.00 WIB; pertama kali Senin, 14 Desember 2026 pukul 08.00 WIB";
    expect(chosen.last).toContain(`🔁 Jadwal: ${words}.`);
    await bupati.press("Ya");
    const review = await bupati.press("Tidak");
    expect(review.last).toContain(`🔁 Berulang: ${words}`);

    const created = await bupati.press("✅ Kirim");
    expect(created.last).toContain(`🔁 Kampanye #1 dibuat: ${words}, kepada 3 penerima.`);
    const campaign = await t.db.campaign.findFirstOrThrow({ include: { messages: true, audience: true } });
    expect(campaign).toMatchObject({
      authorId: district.people.bupati,
      name: "Budaya kerja BerAKHLAK: mari saling mengingatkan.",
      cron: "0 8 * * 1",
      needsAck: true,
      status: "ACTIVE",
    });
    expect(campaign.messages.map((message) => message.body)).toEqual(["Budaya kerja BerAKHLAK: mari saling mengingatkan."]);
    expect(campaign.audience.map((rule) => rule.kind)).toEqual(["SUPERVISORS"]);
    expect(await t.db.auditLog.count({ where: { action: "campaign.create", actorId: district.people.bupati } })).toBe(1);
    expect(await t.db.delivery.count()).toBe(0);
  });

  it("a draft survives restarts and resumes at the same step", async () => {
    const bupati = chatOf("bupati");
    await bupati.command("umumkan");
    await bupati.send("Rapat koordinasi Kamis pukul 13.00 di aula.");
    await bupati.press("⏭ Lewati");
    await bupati.press("🏢 Pilih unit");
    await bupati.press(/Dinas Pendidikan/);
    await t.restart();
    expect((await bupati.press("✔️ Selesai (1 unit)")).last).toContain("👥 Penerima: 1 orang, Dinas Pendidikan");
    await bupati.press("🚀 Sekarang");
    await bupati.press("Tidak");
    await bupati.press("Tidak");
    await t.restart();
    expect((await bupati.press("✅ Kirim")).last).toContain("Pengumuman #1 sedang dikirim kepada 1 penerima.");
    const [stored] = await announcements();
    expect(stored).toMatchObject({ body: "Rapat koordinasi Kamis pukul 13.00 di aula.", status: "SENT" });
  });

  it("✏️ Ubah goes back to a step and then straight to the summary", async () => {
    const bupati = chatOf("bupati");
    await composeToSummary(bupati, "Versi pertama");
    await bupati.press("✏️ Ubah");
    expect((await bupati.press("📝 Isi")).keyboard).toEqual(["↩️ Pakai isi yang sekarang", "❌ Batal"]);
    const review = await bupati.send("Versi kedua");
    expect(review.texts[1]).toBe("Versi kedua");
    expect(review.last).toContain("Periksa sebelum mengirim");
    await bupati.press("✅ Kirim");
    expect((await announcements()).map((row) => row.body)).toEqual(["Versi kedua"]);
  });

  it("cancelling leaves nothing behind, and the old buttons say they are done", async () => {
    const bupati = chatOf("bupati");
    await bupati.command("umumkan");
    const linkStep = await bupati.send("Draf yang tidak jadi");
    const cancelled = await bupati.press("❌ Batal");
    expect(cancelled.last).toBe("Penyusunan pengumuman dibatalkan. Tidak ada yang disimpan atau dikirim.");
    const stale = await bupati.pressData("cmp:skip", linkStep.messages.at(-1));
    expect(stale.callbackAnswers).toEqual([expect.objectContaining({ text: "Tombol ini sudah diproses atau tidak berlaku lagi." })]);

    await bupati.command("umumkan");
    await bupati.send("Draf kedua");
    await bupati.press("⏭ Lewati");
    expect((await bupati.command("menu")).last).toContain("Anda sedang menyusun pengumuman");
    expect((await bupati.pressData("menu:announce")).callbackAnswers[0]?.text).toContain("Anda sedang menyusun pengumuman");
    expect((await bupati.command("batal")).last).toContain("dibatalkan");
    expect((await bupati.send("halo")).last).not.toContain("Langkah");
    expect(await t.db.announcement.count()).toBe(0);
    expect(await t.db.campaign.count()).toBe(0);
    expect(await t.db.delivery.count()).toBe(0);
  });

  it("pressing ✅ Kirim twice creates one announcement", async () => {
    const bupati = chatOf("bupati");
    const review = await composeToSummary(bupati, "Batas unggah SKP tanggal 15.");
    const summary = review.messages.at(-1)!;
    expect((await bupati.pressData("cmp:send", summary)).last).toContain("sedang dikirim kepada 1 penerima");
    const again = await bupati.pressData("cmp:send", summary);
    expect(again.callbackAnswers).toEqual([expect.objectContaining({ text: "Tombol ini sudah diproses atau tidak berlaku lagi." })]);
    expect(again.texts).toEqual([]);
    expect(await t.db.announcement.count()).toBe(1);
    expect(await t.db.delivery.count()).toBe(1);
  });

  it("✅ Kirim replayed after a crash that followed the creation finds the announcement instead of making another", async () => {
    const bupati = chatOf("bupati");
    await composeToSummary(bupati, "Batas unggah SKP tanggal 15.");
    // The process created it for ✅ Kirim and died before the conversation was saved; Telegram then
    // delivers the same press again, which the conversation replays with the draft's key.
    const messages = createMessages({ defaultLocale: "id", timezone: t.config.timezone });
    const created = await createAnnouncement(
      { db: t.db, clock: t.clock, messages, settings: t.config.announcements },
      {
        authorId: district.people.bupati,
        content: { bodyHtml: "Batas unggah SKP tanggal 15." },
        audience: { kind: "units", unitIds: [district.units.DISDIK] },
        needsAck: false,
        timing: { kind: "now" },
        requestKey: await draftRequestKey(),
      },
    );
    expect(created).toMatchObject({ ok: true, recipients: 1, status: "SENT" });

    const sent = await bupati.press("✅ Kirim");
    expect(sent.last).toContain(`Pengumuman #${created.ok ? created.announcementId : 0} sedang dikirim kepada 1 penerima.`);
    expect(await t.db.announcement.count()).toBe(1);
    expect(await t.db.delivery.count()).toBe(1);
    expect(await t.db.auditLog.count({ where: { action: "announcement.create" } })).toBe(1);
  });

  it("the service checks again on ✅ Kirim: a time that passed meanwhile leads back to the timing step", async () => {
    const bupati = chatOf("bupati");
    await bupati.command("umumkan");
    await bupati.send("Pemadaman listrik di kantor bupati pukul 10.00.");
    await bupati.press("⏭ Lewati");
    await bupati.press("👥 Semua");
    await bupati.press("🗓 Pada waktu tertentu");
    await bupati.send("7-12-2026 09.30");
    await bupati.press("Tidak");
    await bupati.press("Tidak");
    t.clock.set("2026-12-07T02:45:00Z"); // the leader confirms at 09:45 WIB

    const refused = await bupati.press("✅ Kirim");
    expect(refused.last).toContain("⚠️ Belum dikirim: Waktu pengiriman sudah lewat. Pilih waktu yang akan datang.");
    expect(refused.last).toContain("Langkah 4 dari 5 · Waktu kirim");
    expect(await t.db.announcement.count()).toBe(0);
    await bupati.press("🚀 Sekarang");
    expect((await bupati.press("✅ Kirim")).last).toContain("Pengumuman #1 sedang dikirim kepada 10 penerima.");
  });

  it("a leader whose role was revoked while composing is refused on ✅ Kirim, and nothing is sent", async () => {
    const bupati = chatOf("bupati");
    await composeToSummary(bupati, "Pengumuman terakhir saya");
    await t.db.roleGrant.deleteMany({ where: { employeeId: district.people.bupati } });
    const refused = await bupati.press("✅ Kirim");
    expect(refused.last).toBe(
      "Pengumuman tidak dikirim: Maaf, hanya pimpinan dan admin BKPSDM yang dapat mengirim dan mengelola pengumuman.",
    );
    expect(await t.db.announcement.count()).toBe(0);
    expect(await t.db.delivery.count()).toBe(0);
  });

  it("a leader scoped to a unit only chooses from and reaches that unit", async () => {
    const kadinkes = chatOf("kadinkes");
    await kadinkes.command("umumkan");
    await kadinkes.send("Vaksinasi pegawai Jumat pagi.");
    const audience = await kadinkes.press("⏭ Lewati");
    expect(audience.last).toContain("Cakupan Anda: Dinas Kesehatan beserta unit di bawahnya.");
    const picker = await kadinkes.press("🏢 Pilih unit");
    expect(picker.keyboard).toEqual(["▫️ Dinas Kesehatan (3)", "▫️ · Puskesmas Muara Tebo (2)", "⬅️ Kembali", "❌ Batal"]);
    await kadinkes.press("⬅️ Kembali");
    const everyone = await kadinkes.press("👥 Semua");
    expect(everyone.last).toContain("👥 Penerima: 3 orang, semua pegawai di Dinas Kesehatan beserta unit di bawahnya.");
  });

  it("an audience by role counts the holders of that role", async () => {
    const bupati = chatOf("bupati");
    await bupati.command("umumkan");
    await bupati.send("Rapat pimpinan Rabu pagi.");
    await bupati.press("⏭ Lewati");
    await bupati.press("🎖 Peran");
    expect((await bupati.press("Pimpinan")).last).toContain("👥 Penerima: 2 orang, para pimpinan.");
  });

  it("sends the change-readiness survey on its own, with the standard anonymous invitation", async () => {
    await ensureDefaultQuestionnaires({ db: t.db, clock: t.clock });
    const bupati = chatOf("bupati");
    await bupati.command("menu");
    await bupati.press("📣 Pengumuman");
    const started = await bupati.press("🧭 Kirim survei kesiapan");
    expect(started.last).toContain("Survei ini anonim");
    await bupati.press("✅ Pakai teks undangan ini");
    await bupati.press("⏭ Lewati");
    await bupati.press("🏢 Pilih unit");
    await bupati.press(/Dinas Pendidikan/);
    await bupati.press("✔️ Selesai (1 unit)");
    const review = await bupati.press("🚀 Sekarang");
    expect(review.messages.at(-2)?.reply_markup?.inline_keyboard.flat().map((button) => button.text)).toEqual(["📝 Isi survei"]);
    expect(review.last).toContain("🧭 Survei kesiapan perubahan: dilampirkan");
    expect(review.last).toContain("✅ Konfirmasi “sudah membaca”: tidak");
    expect((await bupati.press("📝 Isi survei")).callbackAnswers[0]?.text).toBe("Ini hanya pratinjau.");

    await bupati.press("✅ Kirim");
    // Composing has ended; the preview's survey button still only says what it is.
    const later = await bupati.press("📝 Isi survei");
    expect(later.callbackAnswers).toEqual([expect.objectContaining({ text: "Ini hanya pratinjau.", show_alert: true })]);
    expect(later.texts).toEqual([]);
    const [stored] = await announcements();
    expect(stored?.pulseQuestionnaireId).not.toBeNull();
    expect(stored?.body).toContain("Survei kesiapan perubahan");
    expect(await t.db.evaluationRequest.findMany({ select: { respondentId: true } })).toEqual([{ respondentId: district.people.guru }]);
  });

  it("a plain ASN is refused for /umumkan and forged buttons, and nothing is created", async () => {
    const guru = chatOf("guru");
    const refusal = "Maaf, hanya pimpinan dan admin BKPSDM yang dapat mengirim dan mengelola pengumuman.";
    expect((await guru.command("umumkan")).last).toBe(refusal);
    expect((await guru.command("announce")).last).toBe(refusal);
    for (const data of ["anh:new", "anh:pulse", "anh:mine", "anh:campaigns"]) {
      const forged = await guru.pressData(data);
      expect(forged.callbackAnswers).toEqual([expect.objectContaining({ text: refusal, show_alert: true })]);
      expect(forged.texts).toEqual([]);
    }
    expect((await guru.pressData("cmp:send")).callbackAnswers[0]?.text).toBe("Tombol ini sudah diproses atau tidak berlaku lagi.");
    expect((await guru.send("Pengumuman palsu")).last).not.toContain("Langkah");
    expect(await t.db.announcement.count()).toBe(0);
    expect(await t.db.campaign.count()).toBe(0);
    expect(await t.db.delivery.count()).toBe(0);
  });
});
