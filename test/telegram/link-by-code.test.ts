import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { issueActivationCode } from "../../src/services/identity/issue-code.js";
import { startTestBot, type TestBot } from "../kit/bot-harness.js";
import { PEOPLE, seedRoster } from "../kit/roster-fixture.js";
import type { TestChat } from "../kit/scenario.js";

let t: TestBot;
beforeEach(async () => {
  t = await startTestBot();
  await seedRoster(t.db);
});
afterEach(async () => t.stop());

async function issueCode(nip: string = PEOPLE.staff.nip): Promise<string> {
  const result = await issueActivationCode({ db: t.db, clock: t.clock, ttlHours: 72 }, { nip, actorLabel: "test" });
  if (!result.ok) throw new Error(result.error);
  return result.code;
}

async function startCodeFlow(chat: TestChat, nip: string = PEOPLE.staff.nip): Promise<void> {
  await chat.command("start");
  const asked = await chat.press("🔑 Tautkan dengan NIP dan kode");
  expect(asked.last).toContain("Ketik NIP Anda");
  const askedCode = await chat.send(nip);
  expect(askedCode.last).toContain("Ketik kode aktivasi");
}

const linkedNips = async () =>
  (await t.db.chatAccount.findMany({ include: { employee: true } })).map((a) => a.employee.nip);

describe("linking by NIP and a one-time activation code", () => {
  it("asks again for a malformed NIP, then for the code, and links", async () => {
    const code = await issueCode();
    const chat = t.chat({});
    await chat.command("start");
    await chat.press("🔑 Tautkan dengan NIP dan kode");
    const malformed = await chat.send("1992-06-25");
    expect(malformed.last).toContain("NIP harus 18 digit");
    const sticker = await chat.push({
      message: {
        message_id: 9,
        date: 0,
        chat: { id: chat.id, type: "private", first_name: "x" },
        from: chat.user,
        sticker: { file_id: "s", file_unique_id: "s", type: "regular", width: 1, height: 1, is_animated: false, is_video: false },
      },
    });
    expect(sticker.last).toContain("ketik jawabannya sebagai teks");
    const askedCode = await chat.send("19920625 201903 1 004");
    expect(askedCode.last).toContain("Ketik kode aktivasi");

    const wrong = await chat.send("AAAA-BBBB");
    expect(wrong.last).toContain("tidak cocok");
    // Codes are forgiving about case and the dash.
    const linked = await chat.send(code.toLowerCase().replace("-", " "));
    expect(linked.texts[0]).toContain("Selamat datang, Ahmad Fauzi");
    expect(linked.keyboard.flat()).toContain("📚 Katalog kegiatan");
    expect(await linkedNips()).toEqual([PEOPLE.staff.nip]);
    const stored = await t.db.activationCode.findFirstOrThrow();
    expect(stored.codeHash).not.toContain(code.replace("-", ""));
    expect(stored.usedAt).not.toBeNull();
  });

  it("refuses an expired code", async () => {
    const code = await issueCode();
    t.clock.advance(73 * 3_600_000);
    const chat = t.chat({});
    await startCodeFlow(chat);
    const reply = await chat.send(code);
    expect(reply.last).toContain("sudah kedaluwarsa");
    expect(await linkedNips()).toEqual([]);
    // The flow has ended: further text is not taken as a code.
    expect((await chat.send(code)).last).toContain("belum memahami");
  });

  it("refuses a code that was already used", async () => {
    const code = await issueCode();
    const first = t.chat({});
    await startCodeFlow(first);
    await first.send(code);

    const second = t.chat({});
    await startCodeFlow(second);
    const reply = await second.send(code);
    expect(reply.last).toContain("sudah pernah dipakai");
    expect(await linkedNips()).toEqual([PEOPLE.staff.nip]);
  });

  it("only the latest issued code works", async () => {
    const older = await issueCode();
    const newer = await issueCode();
    const chat = t.chat({});
    await startCodeFlow(chat);
    expect((await chat.send(older)).last).toContain("sudah kedaluwarsa");
    await startCodeFlow(chat);
    expect((await chat.send(newer)).texts[0]).toContain("Selamat datang");
  });

  it("does not accept another employee's code for this NIP", async () => {
    const colleagueCode = await issueCode(PEOPLE.colleague.nip);
    const chat = t.chat({});
    await startCodeFlow(chat, PEOPLE.staff.nip);
    expect((await chat.send(colleagueCode)).last).toContain("tidak cocok");
    expect(await linkedNips()).toEqual([]);
  });

  it("locks out brute force, per account and per NIP, until the lockout ends", async () => {
    const code = await issueCode();
    const chat = t.chat({});
    await startCodeFlow(chat);
    for (let attempt = 0; attempt < 5; attempt++) {
      expect((await chat.send(`WRNG-000${attempt}`)).last).toContain("tidak cocok");
    }
    const locked = await chat.send(code);
    expect(locked.last).toContain("Terlalu banyak percobaan");
    expect(locked.last).toMatch(/\d{2}\.\d{2} WIB/);
    expect(await linkedNips()).toEqual([]);

    // A second account aiming at the same NIP is locked out too.
    const accomplice = t.chat({});
    await startCodeFlow(accomplice);
    expect((await accomplice.send(code)).last).toContain("Terlalu banyak percobaan");

    t.clock.advance(16 * 60_000);
    await startCodeFlow(chat);
    expect((await chat.send(code)).texts[0]).toContain("Selamat datang");
  });

  it("survives a restart in the middle of the flow", async () => {
    const code = await issueCode();
    const chat = t.chat({});
    await startCodeFlow(chat);
    await t.restart();
    const reply = await chat.send(code);
    expect(reply.texts[0]).toContain("Selamat datang, Ahmad Fauzi");
  });

  it("/batal cancels, and other commands remind what is in progress", async () => {
    const chat = t.chat({});
    await chat.command("start");
    await chat.press("🔑 Tautkan dengan NIP dan kode");
    expect((await chat.command("menu")).last).toContain("sedang menautkan akun");
    expect((await chat.command("batal")).last).toContain("Penautan dibatalkan");
    expect((await chat.send("halo")).last).toContain("belum memahami");
  });

  it("refuses an inactive employee even with a valid code", async () => {
    const code = await issueCode();
    await t.db.employee.update({ where: { nip: PEOPLE.staff.nip }, data: { active: false } });
    const chat = t.chat({});
    await startCodeFlow(chat);
    expect((await chat.send(code)).last).toContain("tidak aktif");
    // A refused link does not burn the code.
    expect((await t.db.activationCode.findFirstOrThrow()).usedAt).toBeNull();
  });
});
