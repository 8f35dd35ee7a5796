import { Bot, InlineKeyboard, Keyboard } from "grammy";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createChat, FakeBotApi, startPolling, user, type Polling } from "./index.js";

const MENU = "Selamat datang! Pilih menu:";
const menuKeyboard = (): InlineKeyboard => new InlineKeyboard().text("Jadwal", "menu:jadwal").text("Bantuan", "menu:help");

/** A tiny bot exercising the features the kit has to understand. */
function menuBot(api: FakeBotApi): Bot {
  const bot = new Bot(api.token, { client: { apiRoot: api.apiRoot } });
  bot.command("start", (ctx) => ctx.reply(MENU, { reply_markup: menuKeyboard() }));
  bot.callbackQuery("menu:jadwal", async (ctx) => {
    await ctx.answerCallbackQuery({ text: "Memuat jadwal" });
    await ctx.editMessageText("Jadwal pekan ini: Senin 08.00", {
      reply_markup: new InlineKeyboard().text("Kembali", "menu:back"),
    });
  });
  bot.callbackQuery("menu:back", async (ctx) => {
    await ctx.answerCallbackQuery();
    await ctx.editMessageText(MENU, { reply_markup: menuKeyboard() });
  });
  bot.command("daftar", (ctx) =>
    ctx.reply("Bagikan nomor HP Anda", {
      reply_markup: new Keyboard().requestContact("Bagikan kontak").row().text("Batal").resized().oneTime(),
    }),
  );
  bot.on("message:contact", (ctx) =>
    ctx.reply(`Nomor diterima: ${ctx.message.contact.phone_number}`, { reply_markup: { remove_keyboard: true } }),
  );
  bot.hears("Batal", (ctx) => ctx.reply("Dibatalkan", { reply_markup: { remove_keyboard: true } }));
  bot.command("rusak", () => {
    throw new Error("database tidak tersedia");
  });
  bot.on("message:text", (ctx) => ctx.reply(`Halo, <b>${ctx.from.first_name}</b>`, { parse_mode: "HTML" }));
  bot.on("callback_query:data", (ctx) => ctx.answerCallbackQuery({ text: "Tombol kedaluwarsa", show_alert: true }));
  return bot;
}

let api: FakeBotApi;
let polling: Polling | undefined;

beforeEach(async () => {
  api = await FakeBotApi.start();
});

afterEach(async () => {
  await polling?.stop();
  polling = undefined;
  await api.close();
});

describe("scenario kit", () => {
  it("chats through an inline menu that edits itself", async () => {
    polling = await startPolling(menuBot(api), api);
    const budi = createChat(api, user({ first_name: "Budi" }));

    const start = await budi.command("start");
    expect(start.texts).toEqual([MENU]);
    expect(start.keyboard).toEqual(["Jadwal", "Bantuan"]);
    expect(start.calls.map((c) => c.method)).toEqual(["sendMessage"]);

    const schedule = await budi.press("Jadwal");
    expect(schedule.calls.map((c) => c.method)).toEqual(["answerCallbackQuery", "editMessageText"]);
    expect(schedule.callbackAnswers).toEqual([expect.objectContaining({ text: "Memuat jadwal" })]);
    expect(schedule.last).toBe("Jadwal pekan ini: Senin 08.00");
    expect(schedule.keyboard).toEqual(["Kembali"]);

    // edited in place: still one bot message, now showing the new text and keyboard
    expect(budi.messages).toHaveLength(1);
    expect(budi.lastMessage?.text).toBe("Jadwal pekan ini: Senin 08.00");
    expect(budi.lastMessage?.edit_date).toBeTypeOf("number");

    const back = await budi.press(/kembali/i);
    expect(back.last).toBe(MENU);
    expect(back.keyboard).toEqual(["Jadwal", "Bantuan"]);

    // user and bot messages share the chat's id sequence, as in Telegram
    expect(api.messages(budi.id).map((m) => [m.message_id, m.from?.is_bot])).toEqual([
      [1, false],
      [2, true],
    ]);
    expect(api.callsTo("getMe")).toHaveLength(1);
    expect(api.callsTo("answerCallbackQuery")[0]?.chatId).toBe(budi.id);
  });

  it("presses reply keyboard buttons, sharing the contact for request_contact", async () => {
    polling = await startPolling(menuBot(api), api);
    const siti = createChat(api, user({ first_name: "Siti" }));

    const ask = await siti.command("daftar");
    expect(ask.keyboardRows).toEqual([["Bagikan kontak"], ["Batal"]]);
    expect(api.replyKeyboard(siti.id)?.markup.one_time_keyboard).toBe(true);

    const shared = await siti.press("Bagikan kontak");
    const contact = shared.update.message?.contact;
    expect(contact).toMatchObject({ user_id: siti.user.id, first_name: "Siti" });
    expect(shared.last).toBe(`Nomor diterima: ${contact?.phone_number}`);
    expect(api.replyKeyboard(siti.id)).toBeUndefined();

    await siti.command("daftar");
    const cancelled = await siti.press("Batal");
    expect(cancelled.update.message?.text).toBe("Batal");
    expect(cancelled.last).toBe("Dibatalkan");
  });

  it("sends text, forged callback data and explicit contacts", async () => {
    polling = await startPolling(menuBot(api), api);
    const chat = createChat(api, user({ first_name: "Rina" }));

    const greeting = await chat.send("halo");
    expect(greeting.last).toBe("Halo, Rina");
    expect(greeting.messages[0]?.entities).toEqual([{ type: "bold", offset: 6, length: 4 }]);

    const stale = await chat.pressData("menu:tidak-ada");
    expect(stale.callbackAnswers).toEqual([expect.objectContaining({ text: "Tombol kedaluwarsa", show_alert: true })]);
    expect(stale.texts).toEqual([]);

    const other = await chat.shareContact("6281234567890", 999);
    expect(other.update.message?.contact).toMatchObject({ phone_number: "6281234567890", user_id: 999 });
  });

  it("explains which buttons exist when a label is not found", async () => {
    polling = await startPolling(menuBot(api), api);
    const chat = createChat(api, user());
    await chat.command("start");
    await expect(chat.press("Keluar")).rejects.toThrow(/No button matching Keluar.*Jadwal, Bantuan/);
  });

  it("attributes calls to the right update when several arrive in one batch", async () => {
    const bot = menuBot(api);
    const ani = createChat(api, user({ first_name: "Ani" }));
    const edo = createChat(api, user({ first_name: "Edo" }));
    // queued before the bot polls, so both are delivered in a single getUpdates answer
    const first = api.enqueueUpdate({ message: { message_id: 1, date: 0, chat: ani.chat, from: ani.user, text: "halo" } });
    const second = api.enqueueUpdate({ message: { message_id: 1, date: 0, chat: edo.chat, from: edo.user, text: "halo" } });
    polling = await startPolling(bot, api);
    await api.waitForConfirmation(second.update_id);
    const byUpdate = (id: number): unknown[] => api.calls.filter((c) => c.updateId === id).map((c) => c.chatId);
    expect(byUpdate(first.update_id)).toEqual([ani.id]);
    expect(byUpdate(second.update_id)).toEqual([edo.id]);
  });

  it("surfaces an error that crashed the bot", async () => {
    const consoleError = vi.spyOn(console, "error").mockImplementation(() => undefined);
    try {
      polling = await startPolling(menuBot(api), api);
      const chat = createChat(api, user());
      await expect(chat.command("rusak")).rejects.toThrow(/database tidak tersedia/);
      expect(polling.isRunning).toBe(false);
      await expect(chat.send("halo")).rejects.toThrow(/not polling/);
    } finally {
      consoleError.mockRestore();
    }
  });

  it("stops promptly while a long poll is held", async () => {
    polling = await startPolling(menuBot(api), api);
    await api.waitForPoll();
    const started = Date.now();
    await polling.stop();
    expect(Date.now() - started).toBeLessThan(1500);
    expect(polling.isRunning).toBe(false);
  });
});
