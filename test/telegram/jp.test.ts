import { describe, expect, it } from "vitest";
import { createActivity } from "../kit/activity-fixture.js";
import { useBotWithRoster } from "../kit/bot-with-roster.js";
import { creditCompletedActivity } from "../kit/jp-fixture.js";
import type { TestChat } from "../kit/scenario.js";

const { t, ids, linkedChat } = useBotWithRoster();

const buttonData = (chat: TestChat) =>
  (chat.lastMessage?.reply_markup?.inline_keyboard.flat() ?? []).map((button) => ("callback_data" in button ? button.callback_data : ""));

describe("🎯 JP saya", () => {
  it("shows progress against 20 JP, the breakdown, what counted, and suggestions when behind", async () => {
    await creditCompletedActivity(t.db, ids.staff, 8, "TEKNIS", "Pelatihan Jaringan <Dasar>", "2026-03-05T09:00:00Z");
    await creditCompletedActivity(t.db, ids.staff, 4, "MANAJERIAL", "Bimtek Kepemimpinan", "2026-08-20T09:00:00Z");
    const at = (day: number) => ({ startsAt: new Date(`2026-12-${day}T01:00:00Z`), endsAt: new Date(`2026-12-${day}T09:00:00Z`) });
    const teknis = await createActivity(t.db, { title: "Pelatihan Basis Data", competencyType: "TEKNIS", ...at(10) });
    const sosial = await createActivity(t.db, { title: "Seminar Budaya Kerja", competencyType: "SOSIAL_KULTURAL", ...at(18) });
    const manajerial = await createActivity(t.db, { title: "Workshop Manajemen Kinerja", competencyType: "MANAJERIAL", ...at(15) });
    const dinkesOnly = { create: [{ kind: "UNIT" as const, value: "DINKES" }] };
    await createActivity(t.db, { title: "Khusus Dinkes", competencyType: "SOSIAL_KULTURAL", audience: dinkesOnly });

    const chat = await linkedChat("staff");
    await chat.command("menu");
    const reply = await chat.press("🎯 JP saya");
    expect(reply.callbackAnswers).toHaveLength(1);
    const text = reply.last!;
    expect(text).toContain("JP saya tahun 2026");
    expect(text).toContain("▰▰▰▰▰▰▱▱▱▱ 12/20 JP");
    expect(text).toContain("Teknis 8 JP · Manajerial 4 JP · Sosial kultural 0 JP");
    expect(text).toContain("• Pelatihan Jaringan <Dasar> — 8 JP teknis, Kamis, 5 Maret 2026");
    expect(text).toContain("• Bimtek Kepemimpinan — 4 JP manajerial");
    expect(text).toContain("tertinggal");
    expect(text).toContain("Masih perlu 8 JP lagi");
    // The type they lack most comes first; the other unit's activity is not offered.
    const suggested = text.slice(text.indexOf("Saran kegiatan"));
    expect(suggested.indexOf("Seminar Budaya Kerja")).toBeGreaterThan(0);
    expect(suggested.indexOf("Seminar Budaya Kerja")).toBeLessThan(suggested.indexOf("Workshop Manajemen Kinerja"));
    expect(suggested.indexOf("Workshop Manajemen Kinerja")).toBeLessThan(suggested.indexOf("Pelatihan Basis Data"));
    expect(text).not.toContain("Khusus Dinkes");
    expect(reply.keyboard).toEqual(["📄 Seminar Budaya Kerja", "📄 Workshop Manajemen Kinerja", "📄 Pelatihan Basis Data"]);
    expect(buttonData(chat)).toEqual([`act:${sosial.id}`, `act:${manajerial.id}`, `act:${teknis.id}`]);

    // The command shows the same.
    expect((await chat.command("jp")).last).toBe(text);
  });

  it("congratulates once the target is reached, without suggestions", async () => {
    await creditCompletedActivity(t.db, ids.colleague, 20, "TEKNIS", "Diklat Teknis Lanjutan", "2026-06-01T09:00:00Z");
    await createActivity(t.db, { title: "Pelatihan Lain" });
    const chat = await linkedChat("colleague");
    const reply = await chat.command("jp");
    expect(reply.last).toContain("▰▰▰▰▰▰▰▰▰▰ 20/20 JP");
    expect(reply.last).toContain("Target 20 JP tahun ini sudah tercapai");
    expect(reply.last).not.toContain("Pelatihan Lain");
    expect(reply.keyboard).toEqual([]);
  });

  it("speaks English to those who chose it", async () => {
    const chat = await linkedChat("staff");
    await chat.command("bahasa");
    await chat.press("🇬🇧 English");
    const reply = await chat.command("jp");
    expect(reply.last).toContain("My JP for 2026");
    expect(reply.last).toContain("▱▱▱▱▱▱▱▱▱▱ 0/20 JP");
    expect(reply.last).toContain("No JP recorded this year yet.");
  });
});
