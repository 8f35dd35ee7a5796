import { describe, expect, it } from "vitest";
import { uploadedBytes, isUploadedFile } from "../../src/emulator/fake-bot-api-http.js";
import { createActivity } from "../kit/activity-fixture.js";
import { answered, press, pressData } from "../kit/answered.js";
import { useBotWithRoster } from "../kit/bot-with-roster.js";
import type { TestChat } from "../kit/scenario.js";

const { t, ids, linkedChat } = useBotWithRoster();


/** Labels of the inline keyboard the stored message carries now (after edits). */
function buttonsOf(chat: TestChat, messageId: number): string[] {
  const message = chat.messages.find((m) => m.message_id === messageId);
  return message?.reply_markup?.inline_keyboard.flat().map((b) => b.text) ?? [];
}

function textOf(chat: TestChat, messageId: number): string {
  const message = chat.messages.find((m) => m.message_id === messageId);
  return message?.text ?? "";
}

const registrationOf = (employeeId: number, activityId: number) =>
  t.db.registration.findUnique({ where: { activityId_employeeId: { activityId, employeeId } } });

describe("the catalogue story", () => {
  it("browse, filter, open, register, get the calendar file, cancel with confirmation", async () => {
    const training = await createActivity(t.db, {
      title: "Pelatihan Analisis Data",
      capacity: 20,
      description: "Mengolah data kepegawaian dengan spreadsheet.",
    });
    const seminar = await createActivity(t.db, {
      title: "Seminar Reformasi Birokrasi",
      kind: "SEMINAR",
      competencyType: "MANAJERIAL",
      startsAt: new Date("2026-12-15T02:00:00Z"),
      endsAt: new Date("2026-12-15T05:00:00Z"),
    });
    await createActivity(t.db, { title: "Draf Rahasia", status: "DRAFT" });
    await createActivity(t.db, {
      title: "Pelatihan Lampau",
      startsAt: new Date("2026-12-01T01:00:00Z"),
      endsAt: new Date("2026-12-01T09:00:00Z"),
    });

    const chat = await linkedChat("staff");
    await chat.command("menu");
    const page = await press(chat, "📚 Katalog kegiatan");
    expect(page.last).toContain("Katalog kegiatan");
    expect(page.last).toContain("Pelatihan Analisis Data");
    expect(page.last).toContain("Seminar Reformasi Birokrasi");
    expect(page.last).not.toContain("Draf Rahasia");
    expect(page.last).not.toContain("Pelatihan Lampau");
    expect(page.last).toContain("Senin, 14 Desember 2026 pukul 08.00 WIB");
    expect(page.keyboard).toEqual(["14 Des · Pelatihan Analisis Data", "15 Des · Seminar Reformasi Birokrasi", "🔎 Filter"]);
    const catalogueId = page.messages[0]!.message_id;

    const picker = await press(chat, "🔎 Filter");
    expect(picker.messages[0]?.message_id).toBe(catalogueId);
    expect(picker.keyboard).toEqual(
      expect.arrayContaining(["Pelatihan", "Workshop", "Seminar", "Magang", "Coaching", "E-learning", "Teknis", "Manajerial", "Sosial Kultural"]),
    );
    const filtered = await press(chat, "Pelatihan");
    expect(filtered.calls.map((c) => c.method)).toContain("editMessageText");
    expect(filtered.messages[0]?.message_id).toBe(catalogueId);
    expect(filtered.last).toContain("Filter: Pelatihan");
    expect(filtered.last).toContain("Pelatihan Analisis Data");
    expect(filtered.last).not.toContain("Seminar Reformasi Birokrasi");

    const detail = await press(chat, /Pelatihan Analisis Data/);
    expect(detail.messages[0]?.message_id).toBe(catalogueId);
    expect(detail.last).toContain("Pelatihan Analisis Data");
    expect(detail.last).toContain("Pelatihan · Kompetensi Teknis · 8 JP");
    expect(detail.last).toContain("Mulai: Senin, 14 Desember 2026 pukul 08.00 WIB");
    expect(detail.last).toContain("Selesai: Senin, 14 Desember 2026 pukul 16.00 WIB");
    expect(detail.last).toContain("Aula BKPSDM, Muara Tebo");
    expect(detail.last).toContain("Kuota: 20 orang · sisa 20 kursi");
    expect(detail.last).toContain("terbuka untuk semua ASN");
    expect(detail.keyboard).toEqual(["📝 Daftar", "⬅️ Kembali ke katalog"]);

    const registered = await press(chat, "📝 Daftar");
    expect(registered.last).toContain("Anda terdaftar di Pelatihan Analisis Data");
    expect(registered.last).toContain("Senin, 14 Desember 2026 pukul 08.00 WIB");
    expect(registered.last).toContain("Aula BKPSDM, Muara Tebo");
    expect((await registrationOf(ids.staff, training.id))?.status).toBe("REGISTERED");
    expect(buttonsOf(chat, catalogueId)).toEqual(["❌ Batalkan pendaftaran", "📅 Kalender", "⬅️ Kembali ke katalog"]);
    expect(textOf(chat, catalogueId)).toContain("Anda terdaftar di kegiatan ini");
    expect(textOf(chat, catalogueId)).toContain("sisa 19 kursi");

    const calendar = await press(chat, "📅 Kalender");
    const sent = t.api.callsTo("sendDocument").at(-1);
    const document = sent?.payload.document;
    expect(isUploadedFile(document)).toBe(true);
    if (!isUploadedFile(document)) throw new Error("no document");
    expect(document.filename).toBe("pelatihan-analisis-data.ics");
    const ics = uploadedBytes(document)?.toString("utf8") ?? "";
    expect(ics).toMatch(/^BEGIN:VCALENDAR\r\n/);
    expect(ics).toContain("DTSTART:20261214T010000Z\r\n");
    expect(ics).toContain("SUMMARY:Pelatihan Analisis Data\r\n");
    expect(calendar.messages.at(-1)?.document?.file_name).toBe("pelatihan-analisis-data.ics");
    expect(calendar.last).toContain("Pelatihan Analisis Data");

    const ask = await press(chat, "❌ Batalkan pendaftaran");
    expect(ask.last).toContain("Batalkan pendaftaran Anda di Pelatihan Analisis Data");
    expect(ask.keyboard).toEqual(["✅ Ya, batalkan", "↩️ Tidak"]);
    expect((await registrationOf(ids.staff, training.id))?.status).toBe("REGISTERED");
    const cancelled = await press(chat, "✅ Ya, batalkan");
    expect(cancelled.callbackAnswers[0]?.text).toBe("Pendaftaran dibatalkan.");
    expect(cancelled.last).toContain("Pendaftaran Anda di Pelatihan Analisis Data telah dibatalkan");
    expect((await registrationOf(ids.staff, training.id))?.status).toBe("CANCELLED");
    expect(buttonsOf(chat, catalogueId)).toContain("📝 Daftar");

    // Cancelling again from the old confirmation changes nothing.
    const again = await chat.pressData(`unregy:${(await registrationOf(ids.staff, training.id))!.id}`);
    answered(again);
    expect(again.callbackAnswers[0]?.text).toBe("Pendaftaran ini sudah dibatalkan.");
    expect(seminar.id).toBeGreaterThan(0);
  });

  it("goes back to the page and filter the detail was opened from", async () => {
    for (let day = 0; day < 7; day += 1) {
      await createActivity(t.db, {
        title: `Workshop Hari ${day + 1}`,
        kind: "WORKSHOP",
        startsAt: new Date(Date.UTC(2026, 11, 10 + day, 1)),
        endsAt: new Date(Date.UTC(2026, 11, 10 + day, 3)),
      });
    }
    await createActivity(t.db, { title: "Pelatihan Lain" });
    const chat = await linkedChat("staff");
    const first = await chat.command("katalog");
    expect(first.last).toContain("Halaman 1 dari 2 · 8 kegiatan");
    expect(first.keyboard).toContain("Berikutnya ▶️");
    expect(first.keyboard).not.toContain("◀️ Sebelumnya");
    const catalogueId = first.messages[0]!.message_id;
    const messageCount = chat.messages.length;

    await press(chat, "🔎 Filter");
    const workshops = await press(chat, "Workshop");
    expect(workshops.last).toContain("Halaman 1 dari 2 · 7 kegiatan");
    expect(workshops.last).toContain("1. Workshop Hari 1");
    expect(workshops.last).not.toContain("Workshop Hari 6");

    const second = await press(chat, "Berikutnya ▶️");
    expect(second.messages[0]?.message_id).toBe(catalogueId);
    expect(second.last).toContain("Halaman 2 dari 2");
    expect(second.last).toContain("6. Workshop Hari 6");
    expect(second.last).toContain("7. Workshop Hari 7");
    expect(second.last).not.toContain("Workshop Hari 5");
    expect(second.keyboard).toContain("◀️ Sebelumnya");
    expect(second.keyboard).not.toContain("Berikutnya ▶️");

    await press(chat, /Workshop Hari 7/);
    const back = await press(chat, "⬅️ Kembali ke katalog");
    expect(back.messages[0]?.message_id).toBe(catalogueId);
    expect(back.last).toContain("Filter: Workshop");
    expect(back.last).toContain("Halaman 2 dari 2");

    const previous = await press(chat, "◀️ Sebelumnya");
    expect(previous.last).toContain("Halaman 1 dari 2");
    // Paging, filtering, the detail and back all happened in the one catalogue message.
    expect(chat.messages.length).toBe(messageCount);
  });

  it("a full activity offers the waiting list and shows the rank", async () => {
    const full = await createActivity(t.db, { title: "Coaching Kepemimpinan", kind: "COACHING", capacity: 1 });
    await t.db.registration.create({ data: { activityId: full.id, employeeId: ids.colleague, status: "REGISTERED" } });
    const chat = await linkedChat("staff");
    const page = await chat.command("katalog");
    expect(page.last).toContain("penuh, daftar tunggu 0 orang");

    const detail = await press(chat, /Coaching Kepemimpinan/);
    expect(detail.last).toContain("Kuota: 1 orang · penuh · daftar tunggu 0 orang");
    expect(detail.last).toContain("Anda masuk daftar tunggu");
    const waitlisted = await press(chat, "📝 Daftar daftar tunggu");
    expect(waitlisted.last).toContain("daftar tunggu nomor 1");
    const detailId = detail.messages[0]!.message_id;
    expect(textOf(chat, detailId)).toContain("Anda di daftar tunggu nomor 1");
    expect(buttonsOf(chat, detailId)).toEqual(["❌ Batalkan pendaftaran", "⬅️ Kembali ke katalog"]);
    expect((await registrationOf(ids.staff, full.id))?.status).toBe("WAITLISTED");

    const doubleTap = await chat.pressData(`reg:${full.id}`);
    answered(doubleTap);
    expect(doubleTap.callbackAnswers[0]?.text).toBe("Anda sudah di daftar tunggu (nomor 1).");
  });

  it("an activity that needs approval waits for the supervisor", async () => {
    const activity = await createActivity(t.db, { title: "Magang di Kementerian", kind: "INTERNSHIP", needsSupervisorApproval: true });
    const chat = await linkedChat("staff");
    await chat.command("katalog");
    const detail = await press(chat, /Magang di Kementerian/);
    expect(detail.last).toContain("Pendaftaran perlu persetujuan atasan langsung");
    const pending = await press(chat, "📝 Daftar");
    expect(pending.last).toContain("menunggu persetujuan atasan");
    expect((await registrationOf(ids.staff, activity.id))?.status).toBe("PENDING_APPROVAL");
    expect(buttonsOf(chat, detail.messages[0]!.message_id)).toEqual(["❌ Batalkan pendaftaran", "⬅️ Kembali ke katalog"]);
  });

  it("a double tap registers once and says so", async () => {
    const activity = await createActivity(t.db, { title: "Seminar Inovasi", kind: "SEMINAR" });
    const chat = await linkedChat("staff");
    await chat.command("katalog");
    const detail = await press(chat, /Seminar Inovasi/);
    const detailMessage = detail.messages[0]!;
    await pressData(chat, `reg:${activity.id}`, detailMessage);
    const second = await pressData(chat, `reg:${activity.id}`, detailMessage);
    expect(second.callbackAnswers[0]).toMatchObject({ text: "Anda sudah terdaftar di kegiatan ini.", show_alert: true });
    expect(second.texts).toEqual([]);
    expect(await t.db.registration.count()).toBe(1);
    expect(await t.db.auditLog.count({ where: { action: "registration.created" } })).toBe(1);
  });
});

describe("refusals explain themselves", () => {
  it("a window not open yet shows when it opens, and a closed one since when", async () => {
    const early = await createActivity(t.db, {
      title: "Pelatihan Awal",
      registrationOpensAt: new Date("2026-12-09T02:00:00Z"),
      registrationClosesAt: new Date("2026-12-12T10:00:00Z"),
    });
    const closed = await createActivity(t.db, {
      title: "Pelatihan Tutup",
      registrationClosesAt: new Date("2026-12-06T10:00:00Z"),
    });
    const chat = await linkedChat("staff");
    const page = await chat.command("katalog");
    expect(page.last).toContain("Pelatihan Awal");
    expect(page.last).not.toContain("Pelatihan Tutup");

    const detail = await press(chat, /Pelatihan Awal/);
    expect(detail.last).toContain("Pendaftaran: Rabu, 9 Desember 2026 pukul 09.00 WIB s.d. Sabtu, 12 Desember 2026 pukul 17.00 WIB");
    expect(detail.last).toContain("Pendaftaran belum dibuka. Pendaftaran dibuka Rabu, 9 Desember 2026 pukul 09.00 WIB");
    expect(detail.keyboard).toEqual(["⬅️ Kembali ke katalog"]);

    const forged = await pressData(chat, `reg:${early.id}`);
    expect(forged.last).toContain("Maaf, Anda belum dapat mendaftar di Pelatihan Awal");
    expect(forged.last).toContain("Rabu, 9 Desember 2026 pukul 09.00 WIB");

    const late = await pressData(chat, `reg:${closed.id}`);
    expect(late.last).toContain("Pendaftaran sudah ditutup sejak Minggu, 6 Desember 2026 pukul 17.00 WIB");
    expect(await t.db.registration.count()).toBe(0);
  });

  it("an audience that excludes the person says why", async () => {
    const dinkes = await t.db.unit.create({ data: { code: "DINKES", name: "Dinas Kesehatan" } });
    const forNurses = await createActivity(t.db, {
      title: "Pelatihan Gawat Darurat",
      audience: { create: [{ kind: "UNIT", value: dinkes.code }] },
    });
    const forSeniors = await createActivity(t.db, {
      title: "Seminar Pejabat",
      kind: "SEMINAR",
      audience: { create: [{ kind: "GRADE", value: "IV" }] },
    });
    const chat = await linkedChat("staff");
    const page = await chat.command("katalog");
    expect(page.last).not.toContain("Pelatihan Gawat Darurat");
    expect(page.last).not.toContain("Seminar Pejabat");
    expect(page.last).toContain("Belum ada kegiatan yang dapat Anda ikuti");

    const detail = await pressData(chat, `act:${forNurses.id}`);
    expect(detail.last).toContain("Peserta: pegawai Dinas Kesehatan");
    expect(detail.last).toContain("Kegiatan ini khusus untuk pegawai Dinas Kesehatan; unit kerja Anda tidak termasuk.");
    expect(detail.keyboard).not.toContain("📝 Daftar");

    const refused = await pressData(chat, `reg:${forSeniors.id}`);
    expect(refused.last).toContain("Kegiatan ini khusus untuk golongan IV; golongan Anda tidak termasuk.");
    expect(await t.db.registration.count()).toBe(0);

    const head = await linkedChat("head");
    const seniorPage = await head.command("katalog");
    expect(seniorPage.last).toContain("Seminar Pejabat");
  });

  it("a clash warns first, and registers only when confirmed", async () => {
    const morning = await createActivity(t.db, { title: "Pelatihan Pagi" });
    const afternoon = await createActivity(t.db, {
      title: "Workshop Siang",
      kind: "WORKSHOP",
      startsAt: new Date("2026-12-14T06:00:00Z"),
      endsAt: new Date("2026-12-14T08:00:00Z"),
    });
    await t.db.registration.create({ data: { activityId: morning.id, employeeId: ids.staff, status: "REGISTERED" } });
    const chat = await linkedChat("staff");
    await chat.command("katalog");
    await press(chat, /Workshop Siang/);
    const warning = await press(chat, "📝 Daftar");
    expect(warning.last).toContain("Jadwal bentrok");
    expect(warning.last).toContain("Pelatihan Pagi: Senin, 14 Desember 2026 pukul 08.00 WIB s.d. 16.00 WIB");
    expect(warning.keyboard).toEqual(["✅ Tetap daftar", "Batal"]);
    expect(await registrationOf(ids.staff, afternoon.id)).toBeNull();

    const dismissed = await press(chat, "Batal");
    expect(dismissed.last).toContain("Workshop Siang");
    expect(dismissed.keyboard).toContain("📝 Daftar");
    expect(await registrationOf(ids.staff, afternoon.id)).toBeNull();

    await press(chat, "📝 Daftar");
    const confirmed = await press(chat, "✅ Tetap daftar");
    expect(confirmed.last).toContain("Anda terdaftar di Workshop Siang");
    expect((await registrationOf(ids.staff, afternoon.id))?.status).toBe("REGISTERED");
  });
});

describe("stale, forged and malformed buttons", () => {
  it("get a polite answer and change nothing", async () => {
    const activity = await createActivity(t.db, { title: "Pelatihan Nyata" });
    const draft = await createActivity(t.db, { title: "Pelatihan Draf", status: "DRAFT" });
    const theirs = await t.db.registration.create({
      data: { activityId: activity.id, employeeId: ids.colleague, status: "REGISTERED" },
    });
    const chat = await linkedChat("staff");
    await chat.command("katalog");

    const unknown = await pressData(chat, "act:99999");
    expect(unknown.callbackAnswers[0]?.text).toBe("Kegiatan ini tidak ditemukan atau belum diterbitkan.");
    expect(unknown.texts).toEqual([]);
    expect((await pressData(chat, `act:${draft.id}`)).callbackAnswers[0]?.text).toContain("tidak ditemukan");
    const draftRegister = await pressData(chat, `reg:${draft.id}`);
    expect(draftRegister.last).toBe("🚫 Maaf, kegiatan ini tidak menerima pendaftaran.");

    for (const data of [`unreg:${theirs.id}`, `unregy:${theirs.id}`, `ics:${theirs.id}`]) {
      const forged = await pressData(chat, data);
      expect(forged.callbackAnswers[0]?.text).toBe("Pendaftaran ini tidak ditemukan.");
      expect(forged.texts).toEqual([]);
    }
    expect((await t.db.registration.findUniqueOrThrow({ where: { id: theirs.id } })).status).toBe("REGISTERED");
    expect(t.api.callsTo("sendDocument")).toHaveLength(0);

    for (const data of ["cat:x:y:z", "cat:1:FOO:-", "cat:0:-:-", "catf:A:B", "reg:abc", "regc:", "unreg:-1", "act:1e3"]) {
      const malformed = await pressData(chat, data);
      expect(malformed.callbackAnswers[0]?.text, data).toMatch(/tidak berlaku|tidak ditemukan/);
      expect(malformed.texts, data).toEqual([]);
    }

    const gone = await pressData(chat, "cat:9:-:-");
    expect(gone.callbackAnswers[0]?.text).toBe("Halaman itu sudah tidak ada karena katalog berubah.");
    expect(gone.last).toContain("Pelatihan Nyata");
  });

  it("a cancelled activity's old button says it is cancelled", async () => {
    const activity = await createActivity(t.db, { title: "Seminar Batal", kind: "SEMINAR" });
    const chat = await linkedChat("staff");
    await chat.command("katalog");
    const detail = await press(chat, /Seminar Batal/);
    await t.db.activity.update({ where: { id: activity.id }, data: { status: "CANCELLED" } });

    const refused = await chat.pressData(`reg:${activity.id}`, detail.messages[0]);
    answered(refused);
    expect(refused.last).toContain("tidak lagi menerima pendaftaran");
    expect(await t.db.registration.count()).toBe(0);

    const reopened = await pressData(chat, `act:${activity.id}`, detail.messages[0]);
    expect(reopened.last).toContain("Kegiatan ini dibatalkan");
    expect(reopened.keyboard).toEqual(["⬅️ Kembali ke katalog"]);
  });

  it("a detail opened from a notification comes as a new message and leaves the notification alone", async () => {
    const activity = await createActivity(t.db, { title: "Pelatihan Dari Notifikasi" });
    const chat = await linkedChat("staff");
    // A notification elsewhere carries an `act:` button.
    const sent = await fetch(`${t.api.apiRoot}/bot${t.api.token}/sendMessage`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        chat_id: chat.id,
        text: "Ada kursi kosong!",
        reply_markup: { inline_keyboard: [[{ text: "📄 Lihat kegiatan", callback_data: `act:${activity.id}` }]] },
      }),
    });
    expect(sent.ok).toBe(true);
    const detail = await press(chat, "📄 Lihat kegiatan");
    expect(detail.calls.map((c) => c.method)).not.toContain("editMessageText");
    expect(detail.last).toContain("Pelatihan Dari Notifikasi");
    expect(chat.messages.some((m) => m.text === "Ada kursi kosong!")).toBe(true);
  });

  it("unlinked users are asked to link", async () => {
    const activity = await createActivity(t.db, { title: "Pelatihan Siapa Saja" });
    const chat = await linkedChat("staff");
    await chat.command("katalog");
    await t.db.chatAccount.deleteMany();
    for (const data of [`act:${activity.id}`, `reg:${activity.id}`, "cat:1:-:-", "catf:-:-", "unreg:1", "unregy:1", "ics:1"]) {
      const reply = await pressData(chat, data);
      expect(reply.callbackAnswers[0], data).toMatchObject({ show_alert: true });
      expect(reply.callbackAnswers[0]?.text, data).toContain("belum tertaut");
    }
    expect((await chat.command("katalog")).last).toContain("belum tertaut");
    expect(await t.db.registration.count()).toBe(0);
  });
});

describe("in English", () => {
  it("names kinds, dates and outcomes in the user's language", async () => {
    await createActivity(t.db, { title: "Data Analysis Training", capacity: 3, competencyType: "SOSIAL_KULTURAL" });
    const chat = await linkedChat("staff");
    await chat.command("bahasa");
    await chat.press("🇬🇧 English");
    const page = await chat.command("katalog");
    expect(page.last).toContain("Activity catalogue");
    expect(page.last).toContain("Monday, 14 December 2026");
    expect(page.last).toContain("Training · Socio-cultural · 8 JP · 3 seats left");
    expect(page.keyboard[0]).toBe("14 Dec · Data Analysis Training");
    await press(chat, /Data Analysis Training/);
    const registered = await press(chat, "📝 Register");
    expect(registered.last).toContain("You are registered for Data Analysis Training");
  });
});
