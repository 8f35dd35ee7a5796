import { Api, InlineKeyboard, Keyboard } from "grammy";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { catchUp, messageText } from "../../src/emulator/catch-up.js";
import { FakeBotApi } from "../../src/emulator/fake-bot-api.js";
import { textMessage, user } from "../../src/emulator/updates.js";

/**
 * In the terminal emulator one person plays several employees in turn. While they play Ahmad, the
 * bot keeps writing to Siti (an announcement, a reminder); switching back to Siti shows what she
 * received meanwhile and lets her press the latest buttons, as her Telegram would.
 */

let api: FakeBotApi;
let bot: Api;
const siti = user({ first_name: "Siti" });
const ahmad = user({ first_name: "Ahmad" });

beforeEach(async () => {
  api = await FakeBotApi.start();
  bot = new Api(api.token, { apiRoot: api.apiRoot });
});

afterEach(async () => {
  await api.close();
});

const sitiSees = (lastShownId: number, limit?: number) =>
  catchUp(api.botMessages(siti.id), lastShownId, api.replyKeyboard(siti.id), limit);

describe("switching back to a persona", () => {
  it("shows the messages it received meanwhile, and the latest buttons can be pressed", async () => {
    await bot.sendMessage(siti.id, "Selamat datang. Bagikan nomor HP Anda.", {
      reply_markup: new Keyboard().requestContact("📱 Bagikan nomor HP").oneTime(),
    });
    api.enqueueUpdate(textMessage(siti, "halo"));
    const first = sitiSees(0);
    expect(first.unseen.map(messageText)).toEqual(["Selamat datang. Bagikan nomor HP Anda."]);
    expect(first.pressable?.buttons).toEqual([{ kind: "reply", label: "📱 Bagikan nomor HP", requestContact: true }]);

    // The user now plays Ahmad; the bot writes to both.
    await bot.sendMessage(ahmad.id, "Halo Ahmad");
    const announcement = await bot.sendMessage(siti.id, "📣 <b>Apel pagi</b> Senin pukul 07.30", {
      parse_mode: "HTML",
      reply_markup: new InlineKeyboard().text("✅ Saya sudah membaca", "ack:12345"),
    });
    await bot.sendMessage(siti.id, "🔔 Pengingat: kegiatan besok pukul 09.00");

    const back = sitiSees(first.lastId);
    expect(back.unseen.map(messageText)).toEqual(["📣 Apel pagi Senin pukul 07.30", "🔔 Pengingat: kegiatan besok pukul 09.00"]);
    expect(back.skipped).toBe(0);
    expect(back.pressable?.message.message_id).toBe(announcement.message_id);
    expect(back.pressable?.buttons).toEqual([
      { kind: "inline", label: "✅ Saya sudah membaca", data: "ack:12345", messageId: announcement.message_id },
    ]);
    expect(back.lastId).toBeGreaterThan(announcement.message_id);

    // Switching away and back again without news: nothing is repeated, the buttons stay pressable.
    const again = sitiSees(back.lastId);
    expect(again.unseen).toEqual([]);
    expect(again.lastId).toBe(back.lastId);
    expect(again.pressable?.message.message_id).toBe(announcement.message_id);
  });

  it("leaves out older messages beyond the limit and says how many", async () => {
    for (let n = 1; n <= 12; n += 1) await bot.sendMessage(siti.id, `Pesan ${n}`);
    const news = sitiSees(0, 10);
    expect(news.unseen.map(messageText)).toEqual(Array.from({ length: 10 }, (_, index) => `Pesan ${index + 3}`));
    expect(news.skipped).toBe(2);
    expect(news.pressable).toBeNull();
  });

  it("no longer offers a reply keyboard the bot has removed", async () => {
    await bot.sendMessage(siti.id, "Bagikan nomor HP Anda.", { reply_markup: new Keyboard().requestContact("📱 Bagikan nomor HP") });
    await bot.sendMessage(siti.id, "✅ Akun Anda sudah tertaut.", { reply_markup: { remove_keyboard: true } });
    const news = sitiSees(0);
    expect(news.unseen).toHaveLength(2);
    expect(news.pressable).toBeNull();
  });
});
