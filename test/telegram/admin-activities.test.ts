import { beforeEach, describe, expect, it } from "vitest";
import { registerForActivity } from "../../src/services/activities/registration.js";
import { createMessages } from "../../src/services/messages.js";
import type { NotifyDeps } from "../../src/services/notify.js";
import { createActivity } from "../kit/activity-fixture.js";
import { useBotWithRoster } from "../kit/bot-with-roster.js";
import { createRecipients } from "../kit/recipients.js";
import type { TestChat } from "../kit/scenario.js";

const { t, ids, linkedChat } = useBotWithRoster();
let deps: NotifyDeps;
let admin: TestChat;

beforeEach(async () => {
  deps = { db: t.db, clock: t.clock, messages: createMessages(t.config) };
  await t.db.roleGrant.create({ data: { employeeId: ids.colleague, role: "ADMIN", grantedBy: "test" } });
  admin = await linkedChat("colleague");
});

const day = (date: string) => ({ startsAt: new Date(`${date}T01:00:00Z`), endsAt: new Date(`${date}T09:00:00Z`) });

async function register(employeeId: number, activityId: number, status: string) {
  const result = await registerForActivity(deps, { employeeId, activityId });
  expect(result).toMatchObject({ ok: true, status });
}

/** A full activity: two registered, two waitlisted (one of them reads English), all with linked chats. */
async function fullActivity() {
  const chats = { staff: await linkedChat("staff"), head: await linkedChat("head"), supervisor: await linkedChat("supervisor") };
  const activity = await createActivity(t.db, { title: "Pelatihan Penuh", capacity: 2, ...day("2026-12-14") });
  const others = await createRecipients(t.db, 1);
  await register(ids.staff, activity.id, "REGISTERED");
  await register(ids.head, activity.id, "REGISTERED");
  await register(ids.supervisor, activity.id, "WAITLISTED");
  await register(others[0]!.employeeId, activity.id, "WAITLISTED");
  await t.db.chatAccount.updateMany({ where: { employeeId: ids.supervisor }, data: { locale: "en" } });
  return { activity, chats, registrants: [ids.staff, ids.head, ids.supervisor, others[0]!.employeeId] };
}

describe("the admin activity list", () => {
  it("shows upcoming activities and drafts first, with fill rates, in pages", async () => {
    await fullActivity();
    await createActivity(t.db, { title: "Seminar Tanpa Kuota", capacity: null, ...day("2026-12-16") });
    await createActivity(t.db, { title: "Draf Lokakarya", status: "DRAFT", capacity: 25, ...day("2026-12-20") });
    await createActivity(t.db, { title: "Kegiatan Lampau", status: "COMPLETED", capacity: 30, ...day("2026-11-02") });
    for (let i = 1; i <= 6; i++) await createActivity(t.db, { title: `Draf ${i}`, status: "DRAFT", capacity: 10, ...day(`2027-01-0${i}`) });

    await admin.command("menu");
    const list = await admin.press("🗓 Kelola kegiatan");
    const text = list.last!;
    expect(text).toContain("Kelola kegiatan (halaman 1 dari 2)");
    expect(text).toContain("1. Pelatihan Penuh");
    expect(text).toContain("2/2 terisi · 2 daftar tunggu");
    expect(text).toContain("2. Seminar Tanpa Kuota");
    expect(text).toContain("0 terdaftar (tanpa batas kuota) · 0 daftar tunggu");
    expect(text).toContain("3. Draf Lokakarya");
    expect(text).toContain("0/25 terisi · 0 daftar tunggu");
    expect(text).not.toContain("Kegiatan Lampau");
    expect(list.keyboard.at(-1)).toBe("Berikutnya ▶");

    const next = await admin.press("Berikutnya ▶");
    expect(next.callbackAnswers).toHaveLength(1);
    expect(next.last).toContain("halaman 2 dari 2");
    expect(next.last).toContain("10. Kegiatan Lampau");
    expect(next.last).toContain("0/30 terisi");
    expect(next.keyboard.at(-1)).toBe("◀ Sebelumnya");
    // The list was edited in place, not sent again.
    expect(admin.messages.filter((message) => message.text?.includes("Kelola kegiatan"))).toHaveLength(1);
  });
});

describe("cancelling an activity", () => {
  it("asks for confirmation, then tells every registered and waitlisted person through the queue, in their language", async () => {
    const { activity, registrants } = await fullActivity();
    await admin.command("menu");
    await admin.press("🗓 Kelola kegiatan");
    const detail = await admin.press("1. Pelatihan Penuh");
    expect(detail.last).toContain("Status: terbit");
    expect(detail.last).toContain("Peserta: 2/2 terisi · 2 daftar tunggu");
    expect(detail.keyboard).toEqual(["🏁 Selesaikan", "🚫 Batalkan", "↩ Kembali ke daftar"]);

    // Completing is refused before the start; the service says why.
    const early = await admin.press("🏁 Selesaikan");
    expect(early.callbackAnswers[0]).toMatchObject({ text: "Kegiatan belum dimulai, sehingga belum dapat diselesaikan.", show_alert: true });

    const confirm = await admin.press("🚫 Batalkan");
    expect(confirm.last).toContain("Batalkan Pelatihan Penuh");
    expect(confirm.last).toContain("Pendaftaran 4 orang");
    expect(await t.db.activity.findUniqueOrThrow({ where: { id: activity.id } })).toMatchObject({ status: "PUBLISHED" });
    // "No" goes back without cancelling.
    expect((await admin.press("Tidak")).last).toContain("Status: terbit");
    await admin.press("🚫 Batalkan");

    const cancelled = await admin.press("Ya, batalkan");
    expect(cancelled.callbackAnswers[0]?.text).toBe("Dibatalkan");
    expect(cancelled.last).toContain("Kegiatan dibatalkan. 4 orang diberi tahu lewat antrean pesan.");
    expect(cancelled.last).toContain("Status: dibatalkan");
    expect(cancelled.keyboard).toEqual(["↩ Kembali ke daftar"]);
    expect(await t.db.activity.findUniqueOrThrow({ where: { id: activity.id } })).toMatchObject({ status: "CANCELLED" });
    expect(await t.db.registration.count({ where: { activityId: activity.id, status: { not: "CANCELLED" } } })).toBe(0);

    const notices = await t.db.delivery.findMany({ where: { dedupeKey: { startsWith: `activity:${activity.id}:cancelled:` } } });
    expect(notices.map((row) => row.employeeId).sort()).toEqual([...registrants].sort());
    for (const row of notices) {
      expect(row.dedupeKey).toBe(`activity:${activity.id}:cancelled:${row.employeeId}`);
      expect(row).toMatchObject({ priority: 0, quietHours: false, status: "PENDING" });
      const text = (JSON.parse(row.payload) as { text: string }).text;
      if (row.employeeId === ids.supervisor) {
        expect(text).toContain("<b>Pelatihan Penuh</b> (Monday, 14 December 2026 at 08:00 WIB) has been <b>cancelled</b>");
      } else {
        expect(text).toContain("Kegiatan <b>Pelatihan Penuh</b> (Senin, 14 Desember 2026 pukul 08.00 WIB) <b>dibatalkan</b>");
      }
    }

    // A second tap changes nothing and queues nothing more.
    const again = await admin.pressData(`adm:cy:${activity.id}`);
    expect(again.last).toContain("Tidak ada perubahan: kegiatan sudah berstatus dibatalkan.");
    expect(await t.db.delivery.count({ where: { dedupeKey: { startsWith: `activity:${activity.id}:cancelled:` } } })).toBe(4);
  });

  it("publishes a draft", async () => {
    const draft = await createActivity(t.db, { title: "Draf Lokakarya", status: "DRAFT", attendanceCode: null, ...day("2026-12-20") });
    await admin.command("menu");
    await admin.press("🗓 Kelola kegiatan");
    expect((await admin.press("1. Draf Lokakarya")).keyboard).toEqual(["📢 Terbitkan", "🚫 Batalkan", "↩ Kembali ke daftar"]);
    const published = await admin.press("📢 Terbitkan");
    expect(published.last).toContain("Kegiatan diterbitkan");
    expect(published.last).toContain("Status: terbit");
    const stored = await t.db.activity.findUniqueOrThrow({ where: { id: draft.id } });
    expect(stored.status).toBe("PUBLISHED");
    expect(published.last).toContain(`Kode presensi: ${stored.attendanceCode}`);
    expect((await admin.press("↩ Kembali ke daftar")).last).toContain("Kelola kegiatan (halaman 1 dari 1)");
  });
});

describe("authorisation is checked for every admin action", () => {
  it("refuses forged admin buttons from someone who is not an admin", async () => {
    const { activity, chats } = await fullActivity();
    const draft = await createActivity(t.db, { status: "DRAFT", ...day("2026-12-20") });
    const staff = chats.staff;
    await staff.command("menu");
    const forgeries = ["adm:l:0", `adm:a:${activity.id}`, `adm:c:${activity.id}`, `adm:cy:${activity.id}`, `adm:p:${draft.id}`];
    for (const data of [...forgeries, `adm:f:${activity.id}`]) {
      const forged = await staff.pressData(data);
      expect(forged.callbackAnswers).toEqual([
        expect.objectContaining({ text: "Maaf, menu ini hanya untuk admin BKPSDM.", show_alert: true }),
      ]);
      expect(forged.texts).toEqual([]);
    }
    expect(await t.db.activity.findUniqueOrThrow({ where: { id: activity.id } })).toMatchObject({ status: "PUBLISHED" });
    expect(await t.db.activity.findUniqueOrThrow({ where: { id: draft.id } })).toMatchObject({ status: "DRAFT" });
    expect(await t.db.delivery.count({ where: { dedupeKey: { contains: ":cancelled:" } } })).toBe(0);

    // An admin whose role was revoked is refused on the next tap, whatever the screen still shows.
    await admin.command("menu");
    await admin.press("🗓 Kelola kegiatan");
    await admin.press("1. Pelatihan Penuh");
    await admin.press("🚫 Batalkan");
    await t.db.roleGrant.deleteMany({ where: { employeeId: ids.colleague } });
    const revoked = await admin.press("Ya, batalkan");
    expect(revoked.callbackAnswers[0]).toMatchObject({ show_alert: true, text: "Maaf, menu ini hanya untuk admin BKPSDM." });
    expect(await t.db.activity.findUniqueOrThrow({ where: { id: activity.id } })).toMatchObject({ status: "PUBLISHED" });
  });
});
