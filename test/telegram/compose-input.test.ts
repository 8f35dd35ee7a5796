import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Message } from "grammy/types";
import { describe, expect, it } from "vitest";
import { unitPickerScreen, UNITS_PER_PAGE } from "../../conversations/compose-audience.js";
import { contentFromMessage, entitiesToHtml } from "../../conversations/compose-html.js";
import { parseClockTime, parseSendTime } from "../../conversations/compose-when.js";
import { createI18n, LOCALES, LOCALES_DIR, translatorFor } from "../../src/i18n/index.js";

const WIB = "Asia/Jakarta";
const base = { message_id: 1, date: 0, chat: { id: 1, type: "private" as const, first_name: "A" } };

describe("what an author types becomes Telegram HTML", () => {
  it("keeps bold, italic, underline, spoilers and links, nested, and escapes the rest", () => {
    const text = "Rapat <penting> & wajib: baca panduan ini";
    expect(
      entitiesToHtml(text, [
        { type: "bold", offset: 0, length: 5 },
        { type: "italic", offset: 18, length: 5 },
        { type: "underline", offset: 18, length: 5 },
        { type: "spoiler", offset: 0, length: 5 },
        { type: "text_link", offset: 30, length: 7, url: 'https://tebokab.go.id/p?a=1&b="2"' },
      ]),
    ).toBe(
      '<b><span class="tg-spoiler">Rapat</span></b> &lt;penting&gt; &amp; <i><u>wajib</u></i>: ' +
        'baca <a href="https://tebokab.go.id/p?a=1&amp;b=&quot;2&quot;">panduan</a> ini',
    );
  });

  it("counts offsets in UTF-16 as Telegram does, so text after emoji keeps its formatting", () => {
    const text = "👋🏽 Selamat pagi";
    expect(entitiesToHtml(text, [{ type: "bold", offset: 5, length: 7 }])).toBe("👋🏽 <b>Selamat</b> pagi");
  });

  it("leaves addresses, mentions and custom emoji as plain text and keeps line breaks", () => {
    const text = "Lihat https://tebokab.go.id\n@humas ⭐";
    expect(
      entitiesToHtml(text, [
        { type: "url", offset: 6, length: 21 },
        { type: "mention", offset: 28, length: 6 },
        { type: "custom_emoji", offset: 35, length: 1, custom_emoji_id: "5368324170671202286" },
      ]),
    ).toBe("Lihat https://tebokab.go.id\n@humas ⭐");
  });

  it("takes the largest photo and its caption, and asks for a caption when there is none", () => {
    const photo = [
      { file_id: "small", file_unique_id: "s", width: 90, height: 90 },
      { file_id: "large", file_unique_id: "l", width: 800, height: 800 },
    ];
    const withCaption = { ...base, photo, caption: "Apel <pagi>", caption_entities: [{ type: "bold" as const, offset: 0, length: 4 }] };
    expect(contentFromMessage(withCaption as Message)).toEqual({
      ok: true,
      bodyHtml: "<b>Apel</b> &lt;pagi&gt;",
      media: { kind: "photo", fileId: "large" },
    });
    expect(contentFromMessage({ ...base, photo } as Message)).toEqual({ ok: false, code: "no-caption" });
    const document = { ...base, document: { file_id: "doc", file_unique_id: "d" }, caption: "Surat edaran" };
    expect(contentFromMessage(document as Message)).toEqual({
      ok: true,
      bodyHtml: "Surat edaran",
      media: { kind: "document", fileId: "doc" },
    });
    expect(contentFromMessage({ ...base, sticker: { file_id: "x" } } as unknown as Message)).toEqual({ ok: false, code: "unsupported" });
  });
});

describe("sending times typed in WIB", () => {
  it("reads day-first and year-first dates with dots or colons", () => {
    const nine = new Date("2026-12-07T02:00:00Z");
    for (const text of ["7-12-2026 09.00", "07/12/2026 9:00", "7.12.2026 pukul 09.00 WIB", "2026-12-07 09:00", "2026-12-07 09.00"]) {
      expect(parseSendTime(text, WIB), text).toEqual(nine);
    }
  });

  it("refuses impossible dates, times and other text", () => {
    for (const text of ["31-11-2026 09.00", "7-12-2026 24.00", "7-12-2026 09.60", "besok pagi", "7-12-2026", "09.00"]) {
      expect(parseSendTime(text, WIB), text).toBeNull();
    }
  });

  it("reads a time of day as the schedule writes it", () => {
    expect(parseClockTime("8.00")).toBe("08:00");
    expect(parseClockTime("pukul 13:30 WIB")).toBe("13:30");
    expect(parseClockTime("24.00")).toBeNull();
    expect(parseClockTime("delapan")).toBeNull();
  });
});

describe("the unit picker", () => {
  const t = translatorFor(createI18n("id"), "id");
  const units = Array.from({ length: UNITS_PER_PAGE + 2 }, (_, i) => ({
    id: i + 1,
    name: i === 0 ? "Sekretariat Daerah Kabupaten Tebo dan Seluruh Bagian di Bawahnya" : `Unit ${i + 1}`,
    depth: i === 0 ? 0 : 1,
    employeesInSubtree: 3,
  }));
  const labels = (screen: ReturnType<typeof unitPickerScreen>) => screen.rows.flat().map((button) => button.text);
  const data = (screen: ReturnType<typeof unitPickerScreen>) =>
    screen.rows.flat().map((button) => ("callback_data" in button ? button.callback_data : ""));

  it("pages long lists, marks chosen units and offers Selesai only once something is chosen", () => {
    const first = unitPickerScreen(t, units, [], 0);
    expect(labels(first)).toEqual([
      "▫️ Sekretariat Daerah Kabupaten Tebo dan S… (3)",
      ...units.slice(1, UNITS_PER_PAGE).map((unit) => `▫️ · ${unit.name} (3)`),
      "Berikutnya ▶️",
      "⬅️ Kembali",
    ]);
    expect(first.text).toContain("Halaman 1 dari 2");
    expect(data(first).every((value) => Buffer.byteLength(value) <= 64)).toBe(true);

    const second = unitPickerScreen(t, units, [10], 1);
    expect(labels(second)).toEqual(["▫️ · Unit 9 (3)", "✅ · Unit 10 (3)", "◀️ Sebelumnya", "✔️ Selesai (1 unit)", "⬅️ Kembali"]);
    expect(second.text).toContain("Dipilih (1): Unit 10");
  });
});

describe("the composing messages", () => {
  const keysOf = (locale: string) =>
    [...readFileSync(join(LOCALES_DIR, locale, "compose.ftl"), "utf8").matchAll(/^([a-z][a-z0-9-]*) =/gm)].map((match) => match[1]!).sort();

  it("have the same keys in every locale, all prefixed compose-", () => {
    const id = keysOf("id");
    expect(id.every((key) => key.startsWith("compose-"))).toBe(true);
    for (const locale of LOCALES) expect(keysOf(locale)).toEqual(id);
  });

  it("include every compose- key the chat uses", () => {
    const sources = readdirSync("conversations")
      .filter((file) => file.startsWith("compose-"))
      .map((file) => join("conversations", file))
      .concat(join("src", "telegram", "features", "announcements", "index.ts"));
    const keysIn = (file: string) => [...readFileSync(file, "utf8").matchAll(/"(compose-[a-z-]+)"/g)].map((match) => match[1]!);
    const used = new Set(sources.flatMap(keysIn));
    used.delete("compose-announcement"); // the conversation's name
    const known = new Set(keysOf("id"));
    expect([...used].filter((key) => !known.has(key))).toEqual([]);
  });
});
