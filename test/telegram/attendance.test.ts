import { beforeEach, describe, expect, it } from "vitest";
import { registerForActivity } from "../../src/services/activities/registration.js";
import { createMessages } from "../../src/services/messages.js";
import { createActivity } from "../kit/activity-fixture.js";
import { useBotWithRoster } from "../kit/bot-with-roster.js";
import type { TestChat } from "../kit/scenario.js";

const { t, ids, linkedChat } = useBotWithRoster();
let asn: TestChat;
let title: string;

beforeEach(async () => {
  asn = await linkedChat("staff", { first_name: "Ahmad" });
  // Monday 14 December 2026, 08:00–16:00 WIB, code TBO-7K2M.
  const activity = await createActivity(t.db, { attendanceCode: "TBO-7K2M" });
  title = activity.title;
  const deps = { db: t.db, clock: t.clock, messages: createMessages(t.config) };
  expect(await registerForActivity(deps, { employeeId: ids.staff, activityId: activity.id })).toMatchObject({ status: "REGISTERED" });
});

const status = async () => (await t.db.registration.findFirstOrThrow({ where: { employeeId: ids.staff } })).status;

describe("/hadir: checking in at the activity", () => {
  it("/hadir KODE checks in at once; sending it again says it is already recorded", async () => {
    t.clock.set("2026-12-14T01:10:00Z"); // 08:10 WIB
    const reply = await asn.command("hadir", "tbo-7k2m");
    expect(reply.texts).toEqual([`✅ Kehadiran Anda di ${title} tercatat pukul 08.10 WIB. Selamat mengikuti kegiatan!`]);
    expect(await status()).toBe("ATTENDED");
    const again = await asn.command("hadir", "TBO 7K2M");
    expect(again.last).toContain("sudah tercatat sebelumnya");
  });

  it("/hadir alone asks for the code, lets a wrong one be typed again, and checks in", async () => {
    t.clock.set("2026-12-14T01:10:00Z");
    const asked = await asn.command("hadir");
    expect(asked.last).toContain("Ketik kode presensi");
    const wrong = await asn.send("TBO-0000");
    expect(wrong.last).toContain("tidak cocok dengan kegiatan mana pun");
    expect(wrong.last).toContain("ketik ulang");
    expect(await status()).toBe("REGISTERED");
    const right = await asn.send("TBO7K2M");
    expect(right.last).toContain(`Kehadiran Anda di ${title} tercatat`);
    expect(await status()).toBe("ATTENDED");
    // The flow has ended: more text is not taken as a code.
    expect((await asn.send("TBO7K2M")).last).toContain("belum memahami");
  });

  it("/batal ends the question without checking in", async () => {
    t.clock.set("2026-12-14T01:10:00Z");
    await asn.command("hadir");
    expect((await asn.command("menu")).last).toContain("sedang mengisi presensi");
    expect((await asn.command("batal")).last).toContain("Presensi dibatalkan");
    expect(await status()).toBe("REGISTERED");
  });

  it("a wrong code, too early or too late: each answered clearly with the times in WIB", async () => {
    t.clock.set("2026-12-14T00:00:00Z"); // 07:00 WIB
    expect((await asn.command("hadir", "TBO-0000")).last).toContain("tidak cocok dengan kegiatan mana pun");
    expect((await asn.command("hadir", "TBO-7K2M")).last).toBe(
      `⏳ Presensi untuk ${title} belum dibuka. Silakan kirim kodenya lagi mulai Senin, 14 Desember 2026 pukul 07.30 WIB.`,
    );
    t.clock.set("2026-12-14T09:45:00Z"); // 16:45 WIB
    const late = await asn.command("hadir", "TBO-7K2M");
    expect(late.last).toContain(`Presensi untuk ${title} sudah ditutup (Senin, 14 Desember 2026 pukul 16.30 WIB)`);
    expect(late.last).toContain("hubungi panitia");
    expect(await status()).toBe("REGISTERED");
  });

  it("answers in English for those who chose it, and asks unlinked people to link first", async () => {
    await t.db.chatAccount.updateMany({ where: { employeeId: ids.staff }, data: { locale: "en" } });
    t.clock.set("2026-12-14T00:00:00Z");
    expect((await asn.command("hadir", "TBO-7K2M")).last).toBe(
      `⏳ Check-in for ${title} is not open yet. Please send the code again from Monday, 14 December 2026 at 07:30 WIB.`,
    );
    const stranger = t.chat({ first_name: "Tamu" });
    expect((await stranger.command("hadir", "TBO-7K2M")).last).toContain("belum tertaut");
  });

  it("tells a waitlisted colleague that they hold no seat", async () => {
    await t.db.registration.create({
      data: { activityId: (await t.db.activity.findFirstOrThrow()).id, employeeId: ids.colleague, status: "WAITLISTED", waitlistPosition: 1 },
    });
    const colleague = await linkedChat("colleague", { first_name: "Siti" });
    t.clock.set("2026-12-14T01:10:00Z");
    expect((await colleague.command("hadir", "TBO-7K2M")).last).toContain("Anda masih di daftar tunggu");
  });
});
