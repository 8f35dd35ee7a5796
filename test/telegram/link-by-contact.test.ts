import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { startTestBot, type TestBot } from "../kit/bot-harness.js";
import { PEOPLE, seedRoster } from "../kit/roster-fixture.js";

let t: TestBot;
beforeEach(async () => {
  t = await startTestBot();
  await seedRoster(t.db);
});
afterEach(async () => t.stop());

const linkedAccounts = () => t.db.chatAccount.findMany({ include: { employee: true } });

describe("linking a Telegram account by sharing the contact", () => {
  it("a new ASN presses /start, shares their own contact and sees the main menu", async () => {
    const chat = t.chat({ first_name: "Ahmad" });
    const welcome = await chat.command("start");
    expect(welcome.last).toContain("Selamat datang di Pembinaan ASN");
    expect(welcome.keyboard.flat()).toEqual(["📱 Bagikan nomor HP", "🔑 Tautkan dengan NIP dan kode"]);

    // The roster keeps 62812..., the phone sends +62 812-...: normalisation makes them meet.
    const linked = await chat.shareContact("+62 812-0000-0003");
    expect(linked.texts[0]).toContain("Akun berhasil ditautkan. Selamat datang, Ahmad Fauzi");
    expect(linked.texts[1]).toContain("Halo, Ahmad Fauzi");
    expect(linked.keyboard.flat()).toContain("📚 Katalog kegiatan");
    const removal = linked.calls.find((call) => call.method === "sendMessage")!;
    expect(removal.payload.reply_markup).toMatchObject({ remove_keyboard: true });

    const accounts = await linkedAccounts();
    expect(accounts.map((a) => [a.externalId, a.employee.nip])).toEqual([[String(chat.user.id), PEOPLE.staff.nip]]);
    const audit = await t.db.auditLog.findFirstOrThrow({ where: { action: "identity.linked" } });
    expect(JSON.parse(audit.details!)).toEqual({ method: "contact" });

    const again = await chat.command("start");
    expect(again.last).toContain("Halo, Ahmad Fauzi");
  });

  it("accepts the 08... local form and the button on the reply keyboard", async () => {
    const chat = t.chat({});
    await chat.command("start");
    chat.user; // the request_contact button shares the user's own contact
    const reply = await chat.shareContact("0812-0000-0004");
    expect(reply.texts[0]).toContain("Siti Aminah");
  });

  it("refuses somebody else's forwarded contact", async () => {
    const chat = t.chat({});
    const reply = await chat.shareContact(PEOPLE.staff.phone, chat.user.id + 1);
    expect(reply.last).toContain("bukan milik akun Telegram ini");
    expect(await linkedAccounts()).toHaveLength(0);
  });

  it("refuses a contact without a Telegram user id", async () => {
    const chat = t.chat({});
    const reply = await chat.push({
      message: {
        message_id: 1,
        date: 0,
        chat: { id: chat.id, type: "private", first_name: "x" },
        from: chat.user,
        contact: { phone_number: PEOPLE.staff.phone, first_name: "Ahmad" },
      },
    });
    expect(reply.last).toContain("bukan milik akun Telegram ini");
    expect(await linkedAccounts()).toHaveLength(0);
  });

  it("refuses an unknown phone number and keeps offering both ways", async () => {
    const chat = t.chat({});
    const reply = await chat.shareContact("+6285299999999");
    expect(reply.last).toContain("belum terdaftar di data kepegawaian");
    expect(reply.keyboard.flat()).toContain("🔑 Tautkan dengan NIP dan kode");
    expect(await linkedAccounts()).toHaveLength(0);
  });

  it("refuses an inactive employee", async () => {
    const chat = t.chat({});
    const reply = await chat.shareContact(PEOPLE.retired.phone);
    expect(reply.last).toContain("tidak aktif");
    expect(await linkedAccounts()).toHaveLength(0);
  });

  it("links one account to one employee and one employee to one account", async () => {
    const first = t.chat({});
    await first.shareContact(PEOPLE.staff.phone);

    const second = t.chat({});
    const otherAccount = await second.shareContact(PEOPLE.staff.phone);
    expect(otherAccount.last).toContain("sudah tertaut dengan akun Telegram lain");

    const sameAccountAgain = await first.shareContact(PEOPLE.colleague.phone, first.user.id);
    expect(sameAccountAgain.last).toContain("sudah tertaut sebagai Ahmad Fauzi");
    expect((await linkedAccounts()).map((a) => a.employee.nip)).toEqual([PEOPLE.staff.nip]);
  });

  it("bootstraps the first admin from ADMIN_TELEGRAM_IDS when that account links", async () => {
    await t.stop();
    t = await startTestBot({ config: { ADMIN_TELEGRAM_IDS: "555000111" } });
    await seedRoster(t.db);
    const chat = t.chat({ id: 555000111 });
    const reply = await chat.shareContact(PEOPLE.colleague.phone);
    expect(reply.keyboard.flat()).toContain("🗂 Data pegawai");
    expect(await t.db.roleGrant.count({ where: { role: "ADMIN" } })).toBe(1);
  });
});
