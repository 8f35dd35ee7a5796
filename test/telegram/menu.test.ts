import { describe, expect, it } from "vitest";
import { useBotWithRoster } from "../kit/bot-with-roster.js";
import type { TestChat } from "../kit/scenario.js";

const { t, ids, linkedChat } = useBotWithRoster();

async function menuLabels(chat: TestChat): Promise<string[]> {
  return (await chat.command("menu")).keyboard.flat();
}

const ASN_ENTRIES = ["📚 Katalog kegiatan", "🗓 Jadwal saya", "🎯 JP saya", "📝 Evaluasi", "📈 Perkembangan saya"];

describe("the main menu shows what the user's roles allow", () => {
  it("an ASN sees the ASN entries only", async () => {
    const labels = await menuLabels(await linkedChat("staff"));
    expect(labels).toEqual([...ASN_ENTRIES, "🌐 Bahasa", "❓ Bantuan"]);
  });

  it("a supervisor also sees the team entries", async () => {
    const labels = await menuLabels(await linkedChat("supervisor"));
    expect(labels).toEqual([...ASN_ENTRIES, "👥 Tim saya", "✅ Persetujuan", "🌐 Bahasa", "❓ Bantuan"]);
  });

  it("a leader (who also supervises) sees the leadership entries", async () => {
    const labels = await menuLabels(await linkedChat("head"));
    expect(labels).toEqual(expect.arrayContaining(["👥 Tim saya", "📣 Pengumuman", "🧭 Kesiapan perubahan", "📊 Laporan"]));
    expect(labels).not.toContain("🗂 Data pegawai");
  });

  it("an admin sees the admin entries", async () => {
    await t.db.roleGrant.create({ data: { employeeId: ids.colleague, role: "ADMIN", grantedBy: "test" } });
    const labels = await menuLabels(await linkedChat("colleague"));
    expect(labels).toEqual(expect.arrayContaining(["🗂 Data pegawai", "📮 Antrean pesan", "📣 Pengumuman"]));
  });

  it("every entry is built: even the last one no longer says it is coming", async () => {
    const chat = await linkedChat("staff");
    await chat.command("menu");
    const reply = await chat.press("📈 Perkembangan saya");
    expect(reply.callbackAnswers).toHaveLength(1);
    expect(reply.last).toContain("Perkembangan saya");
    expect(reply.last).not.toContain("sedang disiapkan");
  });
});

describe("authorisation does not depend on which buttons are shown", () => {
  it("a forged leader callback from an ASN is refused and sends nothing", async () => {
    const chat = await linkedChat("staff");
    await chat.command("menu");
    const reply = await chat.pressData("menu:announce");
    expect(reply.callbackAnswers[0]).toMatchObject({ text: "Maaf, menu ini hanya untuk pimpinan.", show_alert: true });
    expect(reply.texts).toEqual([]);
  });

  it("an unlinked user pressing an old menu button is asked to link", async () => {
    const chat = await linkedChat("staff");
    await chat.command("menu");
    await t.db.chatAccount.deleteMany();
    const reply = await chat.press("🎯 JP saya");
    expect(reply.callbackAnswers[0]?.text).toContain("belum tertaut");
    expect((await chat.command("menu")).last).toContain("belum tertaut");
  });

  it("unknown or malformed callback data gets a polite answer", async () => {
    const chat = await linkedChat("staff");
    for (const data of ["menu:does-not-exist", "menu:nothing", "x".repeat(64)]) {
      const reply = await chat.pressData(data);
      expect(reply.callbackAnswers).toHaveLength(1);
      expect(reply.callbackAnswers[0]?.text).toContain("sudah tidak berlaku");
    }
  });
});

describe("help, language and bad input", () => {
  it("/help and /bantuan explain the commands, with the caller's role", async () => {
    const unlinked = t.chat({});
    expect((await unlinked.command("help")).last).toContain("Belum tertaut?");
    const leader = await linkedChat("head");
    const help = await leader.command("bantuan");
    expect(help.last).toContain("/bahasa");
    expect(help.last).toContain("Sebagai pimpinan");
  });

  it("help names each role's own commands, and only to people who have that role", async () => {
    const staff = (await (await linkedChat("staff")).command("bantuan")).last;
    for (const command of ["/tim", "/umumkan", "/kampanye", "/antrean"]) expect(staff).not.toContain(command);

    const supervisor = (await (await linkedChat("supervisor")).command("bantuan")).last;
    expect(supervisor).toContain("/tim – JP tim Anda dan penilaian perilaku (L3) yang menunggu Anda");
    expect(supervisor).not.toContain("/umumkan");

    const leader = (await (await linkedChat("head")).command("bantuan")).last;
    for (const command of ["/umumkan", "/laporan_pengumuman", "/kampanye", "/kesiapan", "/hasil"]) expect(leader).toContain(command);
    expect(leader).not.toContain("evaluation rules");

    // An admin may do whatever a leader may, so the leader's commands are listed too.
    await t.db.roleGrant.create({ data: { employeeId: ids.colleague, role: "ADMIN", grantedBy: "test" } });
    const admin = (await (await linkedChat("colleague")).command("bantuan")).last;
    expect(admin).toContain("/umumkan");
    for (const group of ["evaluation rules", "announcement", "campaign", "pulse"]) expect(admin).toContain(group);
  });

  it("/bahasa switches to English, and the choice survives a restart", async () => {
    const chat = await linkedChat("staff");
    await chat.command("bahasa");
    const switched = await chat.press("🇬🇧 English");
    expect(switched.last).toBe("✅ Language changed to English.");
    expect((await chat.command("menu")).keyboard.flat()).toContain("📚 Activity catalogue");

    await t.restart();
    expect((await chat.command("menu")).last).toContain("Hello, Ahmad Fauzi");
    const account = await t.db.chatAccount.findFirstOrThrow();
    expect(account.locale).toBe("en");

    await chat.command("bahasa");
    expect((await chat.press("🇮🇩 Bahasa Indonesia")).last).toBe("✅ Bahasa diganti ke Bahasa Indonesia.");
  });

  it("an unlinked user can switch language before linking", async () => {
    const chat = t.chat({});
    await chat.command("bahasa");
    await chat.press("🇬🇧 English");
    const welcome = await chat.command("start");
    expect(welcome.last).toContain("Welcome to");
    expect(welcome.keyboard.flat()).toContain("📱 Share phone number");
  });

  it("free text, unknown commands and stickers get a friendly pointer to the menu", async () => {
    const chat = await linkedChat("staff");
    expect((await chat.send("selamat pagi")).last).toContain("Tekan /menu");
    expect((await chat.command("foo")).last).toContain("Perintah /foo tidak dikenal");
    expect((await chat.command("batal")).last).toContain("Tidak ada proses yang sedang berjalan");
  });

  it("an internal error is logged and apologised for, and the bot keeps running", async () => {
    const chat = await linkedChat("staff");
    await t.db.$executeRawUnsafe(`ALTER TABLE "RoleGrant" RENAME TO "RoleGrantGone"`);
    const reply = await chat.command("menu");
    expect(reply.last).toContain("Maaf, terjadi kendala");
    await t.db.$executeRawUnsafe(`ALTER TABLE "RoleGrantGone" RENAME TO "RoleGrant"`);
    expect((await chat.command("menu")).last).toContain("Halo, Ahmad Fauzi");
  });
});
