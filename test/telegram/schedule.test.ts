import { describe, expect, it } from "vitest";
import { isUploadedFile, uploadedBytes } from "../../src/emulator/fake-bot-api-http.js";
import { createActivity } from "../kit/activity-fixture.js";
import { press, pressData } from "../kit/answered.js";
import { useBotWithRoster } from "../kit/bot-with-roster.js";

const { t, ids, linkedChat } = useBotWithRoster();


const day = (date: number, hourUtc = 1) => new Date(Date.UTC(2026, 11, date, hourUtc));

function lastDocument(): { filename: string; text: string } | undefined {
  const document = t.api.callsTo("sendDocument").at(-1)?.payload.document;
  if (!isUploadedFile(document)) return undefined;
  return { filename: document.filename, text: uploadedBytes(document)?.toString("utf8") ?? "" };
}

describe("my schedule", () => {
  it("is empty at first and points to the catalogue", async () => {
    await createActivity(t.db, { title: "Pelatihan Tersedia" });
    const chat = await linkedChat("staff");
    const empty = await chat.command("jadwal");
    expect(empty.last).toContain("Jadwal saya");
    expect(empty.last).toContain("Anda belum terdaftar di kegiatan mendatang");
    const catalogue = await press(chat, "📚 Katalog kegiatan");
    expect(catalogue.messages[0]?.message_id).toBe(empty.messages[0]?.message_id);
    expect(catalogue.last).toContain("Pelatihan Tersedia");
  });

  it("lists upcoming registrations with their status, from the menu", async () => {
    const registered = await createActivity(t.db, { title: "Pelatihan Analisis Data", startsAt: day(14), endsAt: day(14, 9) });
    const full = await createActivity(t.db, { title: "Seminar Penuh", kind: "SEMINAR", capacity: 1, startsAt: day(15), endsAt: day(15, 5) });
    const approval = await createActivity(t.db, { title: "Magang Dinas", kind: "INTERNSHIP", startsAt: day(16), endsAt: day(18) });
    const past = await createActivity(t.db, { title: "Pelatihan Lalu", startsAt: day(1), endsAt: day(1, 5) });
    const dropped = await createActivity(t.db, { title: "Workshop Dibatalkan Saya", kind: "WORKSHOP" });
    const someoneElse = await createActivity(t.db, { title: "Coaching Rekan", kind: "COACHING" });
    await t.db.registration.createMany({
      data: [
        { activityId: registered.id, employeeId: ids.staff, status: "REGISTERED" },
        { activityId: full.id, employeeId: ids.colleague, status: "REGISTERED" },
        { activityId: full.id, employeeId: ids.head, status: "WAITLISTED", waitlistPosition: 1 },
        { activityId: full.id, employeeId: ids.staff, status: "WAITLISTED", waitlistPosition: 2 },
        { activityId: approval.id, employeeId: ids.staff, status: "PENDING_APPROVAL" },
        { activityId: past.id, employeeId: ids.staff, status: "REGISTERED" },
        { activityId: dropped.id, employeeId: ids.staff, status: "CANCELLED" },
        { activityId: someoneElse.id, employeeId: ids.colleague, status: "REGISTERED" },
      ],
    });

    const chat = await linkedChat("staff");
    await chat.command("menu");
    const schedule = await press(chat, "🗓 Jadwal saya");
    const text = schedule.last ?? "";
    expect(text).toContain("Halaman 1 dari 1 · 3 kegiatan");
    expect(text).toMatch(/1\. Pelatihan Analisis Data\n🗓 Senin, 14 Desember 2026 pukul 08\.00 WIB\n📍 Aula BKPSDM, Muara Tebo\n✅ Terdaftar/);
    expect(text).toMatch(/2\. Seminar Penuh\n🗓 Selasa, 15 Desember 2026 pukul 08\.00 WIB\n.*\n⏳ Daftar tunggu nomor 2/);
    expect(text).toContain("3. Magang Dinas");
    expect(text).toContain("🕒 Menunggu persetujuan atasan");
    for (const hidden of ["Pelatihan Lalu", "Workshop Dibatalkan Saya", "Coaching Rekan"]) expect(text).not.toContain(hidden);
    expect(schedule.keyboardRows).toEqual([
      ["📄 1. Pelatihan Analisis Data"],
      ["❌ Batalkan 1", "📅 Kalender 1"],
      ["📄 2. Seminar Penuh"],
      ["❌ Batalkan 2"],
      ["📄 3. Magang Dinas"],
      ["❌ Batalkan 3"],
    ]);
  });

  it("sends the calendar file to the owner only, and only for a confirmed seat", async () => {
    const activity = await createActivity(t.db, { title: "Pelatihan Analisis Data", capacity: 1 });
    const mine = await t.db.registration.create({ data: { activityId: activity.id, employeeId: ids.staff, status: "REGISTERED" } });
    const theirs = await t.db.registration.create({
      data: { activityId: activity.id, employeeId: ids.colleague, status: "WAITLISTED", waitlistPosition: 1 },
    });
    const chat = await linkedChat("staff");
    await chat.command("jadwal");
    const file = await press(chat, "📅 Kalender 1");
    expect(file.callbackAnswers[0]?.text).toBe("Berkas kalender dikirim.");
    expect(file.messages.at(-1)?.document?.file_name).toBe("pelatihan-analisis-data.ics");
    expect(file.last).toContain("Pelatihan Analisis Data");
    const document = lastDocument();
    expect(document?.filename).toBe("pelatihan-analisis-data.ics");
    expect(document?.text).toContain(`UID:registration-${mine.id}@`);
    expect(document?.text).toContain("DTSTART:20261214T010000Z");
    expect(document?.text).toContain("LOCATION:Aula BKPSDM\\, Muara Tebo");

    const forged = await pressData(chat, `ics:${theirs.id}`);
    expect(forged.callbackAnswers[0]?.text).toBe("Pendaftaran ini tidak ditemukan.");
    expect(t.api.callsTo("sendDocument")).toHaveLength(1);

    const colleague = await linkedChat("colleague");
    await colleague.command("jadwal");
    const notYet = await pressData(colleague, `ics:${theirs.id}`);
    expect(notYet.callbackAnswers[0]?.text).toContain("hanya tersedia untuk pendaftaran yang sudah terkonfirmasi");
    for (const data of ["ics:", "ics:abc", "ics:99999", "sch:x", "sch:0"]) {
      const bad = await pressData(colleague, data);
      expect(bad.texts, data).toEqual([]);
    }
    expect(t.api.callsTo("sendDocument")).toHaveLength(1);
  });

  it("cancels from the schedule with a confirmation, and opens a detail as a new message", async () => {
    const first = await createActivity(t.db, { title: "Pelatihan Satu", capacity: 1, startsAt: day(14), endsAt: day(14, 5) });
    const second = await createActivity(t.db, { title: "Seminar Dua", kind: "SEMINAR", startsAt: day(15), endsAt: day(15, 5) });
    const mine = await t.db.registration.create({ data: { activityId: first.id, employeeId: ids.staff, status: "REGISTERED" } });
    await t.db.registration.create({ data: { activityId: second.id, employeeId: ids.staff, status: "REGISTERED" } });
    await t.db.registration.create({
      data: { activityId: first.id, employeeId: ids.colleague, status: "WAITLISTED", waitlistPosition: 1 },
    });
    const chat = await linkedChat("staff");
    const schedule = await chat.command("jadwal");
    const scheduleId = schedule.messages[0]!.message_id;

    const detail = await press(chat, "📄 2. Seminar Dua");
    expect(detail.messages[0]?.message_id).not.toBe(scheduleId);
    expect(detail.last).toContain("Seminar Dua");
    expect(detail.last).toContain("Selasa, 15 Desember 2026 pukul 08.00 WIB");

    const ask = await pressData(chat, `unreg:${mine.id}`);
    expect(ask.last).toContain("Batalkan pendaftaran Anda di Pelatihan Satu");
    expect(ask.last).toContain("Kursi Anda akan diberikan kepada peserta berikutnya di daftar tunggu");
    const done = await press(chat, "✅ Ya, batalkan");
    expect(done.last).toContain("Pendaftaran Anda di Pelatihan Satu telah dibatalkan");
    expect((await t.db.registration.findUniqueOrThrow({ where: { id: mine.id } })).status).toBe("CANCELLED");
    // The freed seat went to the colleague on the waiting list.
    expect(
      (await t.db.registration.findFirstOrThrow({ where: { activityId: first.id, employeeId: ids.colleague } })).status,
    ).toBe("REGISTERED");

    const after = await chat.command("jadwal");
    expect(after.last).toContain("1 kegiatan");
    expect(after.last).not.toContain("Pelatihan Satu");
  });

  it("pages in place, and recovers when a page is gone", async () => {
    for (let n = 0; n < 7; n += 1) {
      const activity = await createActivity(t.db, { title: `Kegiatan ${n + 1}`, startsAt: day(8 + n), endsAt: day(8 + n, 5) });
      await t.db.registration.create({ data: { activityId: activity.id, employeeId: ids.staff, status: "REGISTERED" } });
    }
    const chat = await linkedChat("staff");
    const first = await chat.command("jadwal");
    expect(first.last).toContain("Halaman 1 dari 2 · 7 kegiatan");
    expect(first.last).not.toContain("Kegiatan 6");
    const second = await press(chat, "Berikutnya ▶️");
    expect(second.messages[0]?.message_id).toBe(first.messages[0]?.message_id);
    expect(second.last).toContain("6. Kegiatan 6");
    expect(second.last).toContain("7. Kegiatan 7");
    expect(second.keyboard).toContain("📅 Kalender 7");

    await t.db.registration.updateMany({ where: { activity: { title: { in: ["Kegiatan 6", "Kegiatan 7"] } } }, data: { status: "CANCELLED" } });
    const gone = await pressData(chat, "sch:2");
    expect(gone.callbackAnswers[0]?.text).toBe("Halaman itu sudah tidak ada karena jadwal Anda berubah.");
    expect(gone.last).toContain("Halaman 1 dari 1 · 5 kegiatan");
  });

  it("asks unlinked users to link, and speaks English when asked", async () => {
    const activity = await createActivity(t.db, { title: "Data Training" });
    await t.db.registration.create({ data: { activityId: activity.id, employeeId: ids.staff, status: "REGISTERED" } });
    const chat = await linkedChat("staff");
    await chat.command("bahasa");
    await chat.press("🇬🇧 English");
    const english = await chat.command("schedule");
    expect(english.last).toContain("My schedule");
    expect(english.last).toContain("Monday, 14 December 2026");
    expect(english.last).toContain("✅ Registered");
    expect(english.keyboard).toContain("📅 Calendar 1");

    await t.db.chatAccount.deleteMany();
    expect((await chat.command("jadwal")).last).toContain("not linked");
    const pressed = await pressData(chat, "sch:1");
    expect(pressed.callbackAnswers[0]).toMatchObject({ show_alert: true });
  });
});
