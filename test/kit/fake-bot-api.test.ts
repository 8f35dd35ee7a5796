import { Bot, GrammyError, HttpError, InlineKeyboard, InputFile } from "grammy";
import type { InlineKeyboardMarkup, Message } from "grammy/types";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { FakeBotApi, textMessage, user, type RecordedCall } from "./index.js";

let api: FakeBotApi;
let bot: Bot;

beforeEach(async () => {
  api = await FakeBotApi.start();
  bot = new Bot(api.token, { client: { apiRoot: api.apiRoot } });
});

afterEach(async () => {
  await api.close();
});

/** The rejection of `promise`, failing the test if it resolves. */
async function rejection(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    (value) => {
      throw new Error(`expected a rejection, got ${JSON.stringify(value)}`);
    },
    (error: unknown) => error,
  );
}

async function grammyError(promise: Promise<unknown>): Promise<GrammyError> {
  const error = await rejection(promise);
  expect(error).toBeInstanceOf(GrammyError);
  return error as GrammyError;
}

function post(method: string, body: unknown, token = api.token): Promise<Response> {
  return fetch(`${api.apiRoot}/bot${token}/${method}`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
}

describe("basic methods", () => {
  it("answers getMe with the bot user", async () => {
    const me = await bot.api.getMe();
    expect(me).toMatchObject({ is_bot: true, username: "pembinaan_asn_bot", can_join_groups: true, id: 123456 });
  });

  it("returns messages with per-chat ids, the bot as sender and the inline keyboard echoed", async () => {
    const keyboard = new InlineKeyboard().text("Ya", "yes").url("Situs", "https://example.org");
    const first = await bot.api.sendMessage(42, "Halo", { reply_markup: keyboard });
    const second = await bot.api.sendMessage(42, "Lagi");
    const elsewhere = await bot.api.sendMessage(-100200, "Grup");
    expect(first).toMatchObject({ message_id: 1, text: "Halo", chat: { id: 42, type: "private" }, from: { is_bot: true } });
    expect(first.reply_markup).toEqual({ inline_keyboard: keyboard.inline_keyboard });
    expect(second.message_id).toBe(2);
    expect(second.reply_markup).toBeUndefined();
    expect(elsewhere).toMatchObject({ message_id: 1, chat: { id: -100200, type: "group" } });
    expect(Math.abs(first.date - Date.now() / 1000)).toBeLessThan(5);
  });

  it("records every call with payload, chat and time", async () => {
    const before = Date.now();
    await bot.api.sendMessage(42, "Halo");
    await bot.api.sendChatAction(42, "typing");
    expect(api.calls.map((c) => c.method)).toEqual(["sendMessage", "sendChatAction"]);
    expect(api.callsTo("sendMessage")[0]).toMatchObject({
      payload: { chat_id: 42, text: "Halo" },
      chatId: 42,
      status: 200,
      result: { text: "Halo" },
    });
    expect(api.calls[0]?.at).toBeGreaterThanOrEqual(before);
    expect(api.calls[0]?.updateId).toBeUndefined();
    api.clearCalls();
    expect(api.calls).toHaveLength(0);
  });

  it("notifies call listeners until they unsubscribe", async () => {
    const seen: RecordedCall[] = [];
    const unsubscribe = api.onCall((call) => seen.push(call));
    await bot.api.sendMessage(42, "satu");
    unsubscribe();
    await bot.api.sendMessage(42, "dua");
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatchObject({ method: "sendMessage", result: { message_id: 1 } });
  });

  it("rejects unknown methods with 404 and a wrong token with 401", async () => {
    const unknown = await post("sendTeleportation", { chat_id: 1 });
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toEqual({ ok: false, error_code: 404, description: "Not Found: method not found" });

    const intruder = new Bot("999:WRONG", { client: { apiRoot: api.apiRoot } });
    const error = await grammyError(intruder.api.getMe());
    expect(error.error_code).toBe(401);
    expect(error.description).toBe("Unauthorized");
  });

  it("keeps commands and webhook settings", async () => {
    await bot.api.setMyCommands([{ command: "start", description: "Mulai" }]);
    expect(await bot.api.getMyCommands()).toEqual([{ command: "start", description: "Mulai" }]);
    const invalid = await grammyError(bot.api.setMyCommands([{ command: "Mulai Sekarang", description: "x" }]));
    expect(invalid.description).toBe("Bad Request: BOT_COMMAND_INVALID");
    await bot.api.deleteMyCommands();
    expect(await bot.api.getMyCommands()).toEqual([]);
    await expect(bot.api.setChatMenuButton({ menu_button: { type: "commands" } })).resolves.toBe(true);
    await expect(bot.api.deleteWebhook()).resolves.toBe(true);
    expect(await bot.api.getWebhookInfo()).toMatchObject({ url: "", pending_update_count: 0 });
    expect(await bot.api.getChat(42)).toMatchObject({ id: 42, type: "private", accent_color_id: 0 });
  });
});

describe("payload limits", () => {
  it("rejects callback_data over 64 bytes, counting UTF-8 bytes", async () => {
    const tooLong = new InlineKeyboard().text("Pilih", "x".repeat(65));
    const error = await grammyError(bot.api.sendMessage(42, "Pilih", { reply_markup: tooLong }));
    expect(error.error_code).toBe(400);
    expect(error.description).toBe("Bad Request: BUTTON_DATA_INVALID");
    expect(api.callsTo("sendMessage")[0]).toMatchObject({ status: 400, error: { error_code: 400 } });

    // 32 two-byte characters fit exactly, 33 do not although that is only 33 characters.
    await bot.api.sendMessage(42, "ok", { reply_markup: new InlineKeyboard().text("A", "é".repeat(32)) });
    const multibyte = await grammyError(
      bot.api.sendMessage(42, "ok", { reply_markup: new InlineKeyboard().text("A", "é".repeat(33)) }),
    );
    expect(multibyte.description).toBe("Bad Request: BUTTON_DATA_INVALID");
  });

  it("rejects inline buttons without an action and localhost URLs", async () => {
    const textOnly = { inline_keyboard: [[{ text: "Tanpa aksi" }]] } as unknown as InlineKeyboardMarkup;
    const error = await grammyError(bot.api.sendMessage(42, "x", { reply_markup: textOnly }));
    expect(error.description).toBe(
      "Bad Request: can't parse inline keyboard button: Text buttons are unallowed in the inline keyboard",
    );
    const local = await grammyError(
      bot.api.sendMessage(42, "x", { reply_markup: new InlineKeyboard().url("Buka", "http://localhost:3000") }),
    );
    expect(local.description).toBe("Bad Request: BUTTON_URL_INVALID");
  });

  it("limits text to 4096 characters and captions to 1024", async () => {
    await expect(bot.api.sendMessage(42, "a".repeat(4096))).resolves.toMatchObject({ message_id: 1 });
    const long = await grammyError(bot.api.sendMessage(42, "a".repeat(4097)));
    expect(long.description).toBe("Bad Request: message is too long");
    const empty = await grammyError(bot.api.sendMessage(42, "  "));
    expect(empty.description).toBe("Bad Request: message text is empty");
    const caption = await grammyError(bot.api.sendPhoto(42, "https://example.org/a.jpg", { caption: "c".repeat(1025) }));
    expect(caption.description).toBe("Bad Request: message caption is too long");
    // the failed sends did not use up message ids
    expect((await bot.api.sendMessage(42, "b")).message_id).toBe(2);
  });

  it("requires chat_id", async () => {
    const response = await post("sendMessage", { text: "tanpa tujuan" });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ ok: false, error_code: 400, description: "Bad Request: chat_id is empty" });
  });

  it("parses HTML and MarkdownV2 into entities and reports Telegram's parse errors", async () => {
    const html = await bot.api.sendMessage(42, "Halo <b>Budi</b> &amp; <i>rekan</i>", { parse_mode: "HTML" });
    expect(html.text).toBe("Halo Budi & rekan");
    expect(html.entities).toEqual([
      { type: "bold", offset: 5, length: 4 },
      { type: "italic", offset: 12, length: 5 },
    ]);
    const br = await grammyError(bot.api.sendMessage(42, "baris<br>baru", { parse_mode: "HTML" }));
    expect(br.description).toBe('Bad Request: can\'t parse entities: Unsupported start tag "br" at byte offset 5');

    const unescaped = await grammyError(bot.api.sendMessage(42, "Versi 1.0", { parse_mode: "MarkdownV2" }));
    expect(unescaped.description).toBe(
      "Bad Request: can't parse entities: Character '.' is reserved and must be escaped with the preceding '\\'",
    );
    const md = await bot.api.sendMessage(42, "*Versi* 1\\.0", { parse_mode: "MarkdownV2" });
    expect(md.text).toBe("Versi 1.0");
    expect(md.entities).toEqual([{ type: "bold", offset: 0, length: 5 }]);
  });
});

describe("message store", () => {
  it("edits, refuses identical edits and missing messages, and deletes", async () => {
    const keyboard = new InlineKeyboard().text("Lanjut", "next");
    const sent = await bot.api.sendMessage(42, "Langkah 1", { reply_markup: keyboard });

    const missing = await grammyError(bot.api.editMessageText(42, 999, "x"));
    expect(missing.description).toBe("Bad Request: message to edit not found");

    const same = await grammyError(bot.api.editMessageText(42, sent.message_id, "Langkah 1", { reply_markup: keyboard }));
    expect(same.description).toBe(
      "Bad Request: message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message",
    );

    const edited = await bot.api.editMessageText(42, sent.message_id, "Langkah 2", { reply_markup: keyboard });
    expect(edited).toMatchObject({ message_id: sent.message_id, text: "Langkah 2", reply_markup: { inline_keyboard: keyboard.inline_keyboard } });
    expect(typeof edited === "object" && edited.edit_date).toBeTypeOf("number");

    // Same text without reply_markup still counts as a change: it removes the keyboard.
    await bot.api.editMessageText(42, sent.message_id, "Langkah 2");
    expect(api.message(42, sent.message_id)?.reply_markup).toBeUndefined();

    await bot.api.editMessageReplyMarkup(42, sent.message_id, { reply_markup: keyboard });
    expect(api.message(42, sent.message_id)?.reply_markup).toEqual({ inline_keyboard: keyboard.inline_keyboard });

    await bot.api.deleteMessage(42, sent.message_id);
    expect(api.botMessages(42)).toEqual([]);
    const gone = await grammyError(bot.api.deleteMessage(42, sent.message_id));
    expect(gone.description).toBe("Bad Request: message to delete not found");
  });

  it("copies messages and edits captions", async () => {
    const photo = await bot.api.sendPhoto(42, "https://example.org/foto.jpg", { caption: "Foto kegiatan" });
    expect(photo.photo?.at(-1)).toMatchObject({ width: 800, height: 800 });
    const copy = await bot.api.copyMessage(43, 42, photo.message_id);
    expect(copy).toEqual({ message_id: 1 });
    expect(api.message(43, 1)).toMatchObject({ caption: "Foto kegiatan", chat: { id: 43 } });
    await bot.api.editMessageCaption(42, photo.message_id, { caption: "Foto apel pagi" });
    expect(api.message(42, photo.message_id)?.caption).toBe("Foto apel pagi");
    const textOnly = await bot.api.sendMessage(42, "teks");
    const noCaption = await grammyError(bot.api.editMessageCaption(42, textOnly.message_id, { caption: "x" }));
    expect(noCaption.description).toBe("Bad Request: there is no caption in the message to edit");
  });

  it("accepts multipart uploads and records the files as name and size", async () => {
    const csv = Buffer.from("nip,nama\n198701012010011001,Budi Santoso\n", "utf8");
    const sent = await bot.api.sendDocument(42, new InputFile(csv, "rekap pegawai.csv"), {
      caption: "Rekap <b>pegawai</b>",
      parse_mode: "HTML",
      reply_markup: new InlineKeyboard().text("Setuju", "ok"),
    });
    const call = api.callsTo("sendDocument")[0];
    expect(call?.payload.document).toEqual({ filename: "rekap pegawai.csv", size: csv.length });
    expect(call?.payload).toMatchObject({ chat_id: 42, parse_mode: "HTML" });
    expect(call?.payload.reply_markup).toEqual({ inline_keyboard: [[{ text: "Setuju", callback_data: "ok" }]] });
    expect(sent.document).toMatchObject({ file_name: "rekap pegawai.csv", mime_type: "text/csv", file_size: csv.length });
    expect(sent.caption).toBe("Rekap pegawai");

    const file = await bot.api.getFile(sent.document?.file_id ?? "");
    const download = await fetch(`${api.apiRoot}/file/bot${api.token}/${file.file_path}`);
    expect(Buffer.from(await download.arrayBuffer()).equals(csv)).toBe(true);

    const album = await bot.api.sendMediaGroup(42, [
      { type: "photo", media: new InputFile(Buffer.alloc(300), "a.jpg"), caption: "Satu" },
      { type: "photo", media: new InputFile(Buffer.alloc(500), "b.jpg") },
    ]);
    expect(album).toHaveLength(2);
    const groupIds = album.map((m) => (m as Message).media_group_id);
    expect(groupIds[0]).toBeTypeOf("string");
    expect(groupIds[1]).toBe(groupIds[0]);
    expect(api.callsTo("sendMediaGroup")[0]?.payload.media).toMatchObject([
      { type: "photo", media: { filename: "a.jpg", size: 300 } },
      { type: "photo", media: { filename: "b.jpg", size: 500 } },
    ]);
  });
});

describe("failure injection", () => {
  it("injects a 429 with retry_after that grammY surfaces", async () => {
    api.injectFailure({ method: "sendMessage", errorCode: 429, description: "Too Many Requests: retry after 7", retryAfter: 7 });
    const error = await grammyError(bot.api.sendMessage(42, "x"));
    expect(error.error_code).toBe(429);
    expect(error.parameters.retry_after).toBe(7);
    expect(error.description).toBe("Too Many Requests: retry after 7");
    await expect(bot.api.sendMessage(42, "x")).resolves.toMatchObject({ message_id: 1 });
    expect(api.stats().injectedFailures).toBe(1);
  });

  it("limits injected failures to a chat and a number of calls", async () => {
    api.injectFailure({ chatId: 7, times: 2, errorCode: 400, description: "Bad Request: chat not found" });
    await expect(bot.api.sendMessage(8, "x")).resolves.toBeDefined();
    await grammyError(bot.api.sendMessage(7, "x"));
    await grammyError(bot.api.sendChatAction(7, "typing"));
    await expect(bot.api.sendMessage(7, "x")).resolves.toBeDefined();
  });

  it("answers 403 for chats that blocked the bot", async () => {
    api.blockChat(77);
    const error = await grammyError(bot.api.sendMessage(77, "Pengumuman"));
    expect(error.error_code).toBe(403);
    expect(error.description).toBe("Forbidden: bot was blocked by the user");
    await expect(bot.api.sendMessage(78, "Pengumuman")).resolves.toBeDefined();
    api.unblockChat(77);
    await expect(bot.api.sendMessage(77, "Pengumuman")).resolves.toBeDefined();
    expect(api.stats().blocked).toBe(1);
  });

  it("drops connections and adds latency", async () => {
    api.failNetwork(1, "sendMessage");
    const error = await rejection(bot.api.sendMessage(42, "x"));
    expect(error).toBeInstanceOf(HttpError);
    expect(api.callsTo("sendMessage")[0]?.networkFailure).toBe(true);

    api.setLatency(80, 120);
    const started = Date.now();
    await bot.api.sendMessage(42, "x");
    expect(Date.now() - started).toBeGreaterThanOrEqual(75);
  });
});

describe("rate limits", () => {
  it("answers 429 beyond one message per second to a private chat and counts deliveries", async () => {
    await api.close();
    api = await FakeBotApi.start({
      rateLimits: { globalPerSecond: 30, perPrivateChatPerSecond: 1, perGroupPerMinute: 20 },
    });
    bot = new Bot(api.token, { client: { apiRoot: api.apiRoot } });

    await bot.api.sendMessage(42, "satu");
    const error = await grammyError(bot.api.sendMessage(42, "dua"));
    expect(error.error_code).toBe(429);
    expect(error.description).toBe("Too Many Requests: retry after 1");
    expect(error.parameters.retry_after).toBe(1);
    await bot.api.sendMessage(43, "lain");
    await bot.api.sendChatAction(42, "typing"); // not a send, not limited

    for (let i = 0; i < 20; i += 1) await bot.api.sendMessage(-100500, `grup ${i}`);
    const group = await grammyError(bot.api.sendMessage(-100500, "satu lagi"));
    expect(group.parameters.retry_after).toBeGreaterThan(50);

    const stats = api.stats();
    expect(stats.tooManyRequests).toBe(2);
    expect(stats.deliveredByChat).toEqual({ "42": 1, "43": 1, "-100500": 20 });
    expect(stats.delivered).toBe(22);
    expect(stats.peakPerSecond).toBeGreaterThanOrEqual(2);
    expect(stats.callsByMethod.sendMessage).toBe(24);

    await new Promise((resolve) => setTimeout(resolve, 1000));
    await expect(bot.api.sendMessage(42, "dua")).resolves.toBeDefined();
  });
});

describe("getUpdates", () => {
  it("holds a long poll until an update is pushed, and confirms it by offset", async () => {
    const started = Date.now();
    const polling = bot.api.getUpdates({ timeout: 10 });
    await api.waitForPoll();
    const from = user();
    let confirmed = false;
    const pushed = api.pushUpdate(textMessage(from, "halo")).then((update) => {
      confirmed = true;
      return update;
    });
    const updates = await polling;
    expect(Date.now() - started).toBeLessThan(3000);
    expect(updates).toHaveLength(1);
    const [update] = updates;
    expect(update?.message?.text).toBe("halo");
    expect(update?.update_id).toBe(1);

    // offset equal to the id does not confirm; it is delivered again
    const again = await bot.api.getUpdates({ offset: 1, timeout: 0 });
    expect(again.map((u) => u.update_id)).toEqual([1]);
    expect(confirmed).toBe(false);
    expect(api.pendingUpdates).toBe(1);

    expect(await bot.api.getUpdates({ offset: 2, timeout: 0 })).toEqual([]);
    expect((await pushed).update_id).toBe(1);
    expect(api.pendingUpdates).toBe(0);
  });

  it("answers [] when the timeout elapses and honours limit", async () => {
    const started = Date.now();
    expect(await bot.api.getUpdates({ timeout: 1 })).toEqual([]);
    expect(Date.now() - started).toBeGreaterThanOrEqual(900);

    const from = user();
    for (const text of ["a", "b", "c"]) api.enqueueUpdate(textMessage(from, text));
    const batch = await bot.api.getUpdates({ limit: 2 });
    expect(batch.map((u) => u.message?.text)).toEqual(["a", "b"]);
    const rest = await bot.api.getUpdates({ offset: (batch[1]?.update_id ?? 0) + 1 });
    expect(rest.map((u) => u.message?.text)).toEqual(["c"]);
  });

  it("filters by allowed_updates", async () => {
    const from = user();
    api.enqueueUpdate(textMessage(from, "pesan"));
    api.enqueueUpdate({ edited_message: { ...textMessage(from, "ubah").message, edit_date: 1 } });
    const updates = await bot.api.getUpdates({ allowed_updates: ["edited_message"] });
    expect(updates.map((u) => Object.keys(u).find((k) => k !== "update_id"))).toEqual(["edited_message"]);
  });

  it("releases a held request promptly when the server closes", async () => {
    const polling = bot.api.getUpdates({ timeout: 30 });
    await api.waitForPoll();
    const started = Date.now();
    await api.close();
    expect(await polling).toEqual([]);
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it("renumbers user messages so they share the chat's id sequence with the bot", async () => {
    const from = user();
    await bot.api.sendMessage(from.id, "Selamat datang");
    const update = api.enqueueUpdate(textMessage(from, "terima kasih", { message_id: 1 }));
    expect(update.message?.message_id).toBe(2);
    expect(api.messages(from.id).map((m) => m.message_id)).toEqual([1, 2]);
  });
});
