import { describe, expect, it } from "vitest";
import { toMessages } from "../../../src/delivery/payload.js";
import { checkContent, plainExcerpt, renderAnnouncement } from "../../../src/services/announcements/content.js";
import { createMessages } from "../../../src/services/messages.js";

const messages = createMessages({ defaultLocale: "id", timezone: "Asia/Jakarta" });
const body = "<b>Apel gabungan</b> Senin pukul 07.30 WIB di halaman kantor bupati.";

describe("announcement content", () => {
  it("renders the preview exactly as recipients get it, apart from the confirmation button's target", () => {
    const content = { bodyHtml: body, link: { text: "Denah lokasi", url: "https://tebokab.go.id/denah" } };
    const preview = renderAnnouncement(messages, "id", { content, announcementId: null, needsAck: true });
    const sent = renderAnnouncement(messages, "id", { content, announcementId: 42, needsAck: true });
    expect(sent).toEqual({
      text: body,
      parseMode: "HTML",
      keyboard: [
        [{ text: "Denah lokasi", url: "https://tebokab.go.id/denah" }],
        [{ text: "✅ Saya sudah membaca", data: "ack:42" }],
      ],
    });
    expect(preview).toEqual({ ...sent, keyboard: [sent.keyboard![0]!, [{ text: "✅ Saya sudah membaca", data: "ack:preview" }]] });
  });

  it("adds each recipient's own survey button when a pulse is attached", () => {
    const payload = renderAnnouncement(messages, "en", {
      content: { bodyHtml: body },
      announcementId: 7,
      needsAck: false,
      pulseRequestId: 1234,
    });
    expect(payload.keyboard).toEqual([[{ text: "📝 Answer the survey", data: "ev:1234" }]]);
  });

  it("sends a photo with a short body as its caption, and a long body after the photo with the buttons under it", () => {
    const media = { kind: "photo" as const, fileId: "AgACAgUAAxkBAAIB" };
    const short = renderAnnouncement(messages, "id", { content: { bodyHtml: body, media }, announcementId: 1, needsAck: true });
    expect(toMessages(short)).toHaveLength(1);
    expect(short.attachment).toEqual({ kind: "photo", source: { fileId: media.fileId } });

    const longBody = `${"Kalimat panjang tentang perubahan. ".repeat(40)}`.trim();
    const long = renderAnnouncement(messages, "id", { content: { bodyHtml: longBody, media }, announcementId: 1, needsAck: true });
    const parts = toMessages(long);
    expect(parts.map((part) => [part.attachment?.kind ?? null, part.text.length > 1024, part.keyboard?.length ?? 0])).toEqual([
      ["photo", false, 0],
      [null, true, 1],
    ]);
  });

  it("checks the body, the media and the link", () => {
    expect(checkContent({ bodyHtml: "  " })).toEqual({ ok: false, code: "empty-body" });
    expect(checkContent({ bodyHtml: "a".repeat(4097) })).toEqual({ ok: false, code: "body-too-long" });
    expect(checkContent({ bodyHtml: "a".repeat(4096) })).toMatchObject({ ok: true });
    expect(checkContent({ bodyHtml: "a", media: { kind: "photo", fileId: "" } })).toEqual({ ok: false, code: "bad-media" });
    expect(checkContent({ bodyHtml: "a", link: { text: "Buka", url: "ftp://tebokab.go.id" } })).toEqual({
      ok: false,
      code: "bad-link-url",
    });
    expect(checkContent({ bodyHtml: "a", link: { text: "Buka", url: "tebokab.go.id" } })).toEqual({ ok: false, code: "bad-link-url" });
    expect(checkContent({ bodyHtml: "a", link: { text: "", url: "https://tebokab.go.id" } })).toEqual({
      ok: false,
      code: "bad-link-text",
    });
    expect(checkContent({ bodyHtml: "a", link: { text: "Buka", url: "http://tebokab.go.id/a?b=c" } })).toMatchObject({ ok: true });
  });

  it("shortens a body to plain text for lists and reminders", () => {
    expect(plainExcerpt("<b>Rapat</b> &amp; <i>evaluasi</i>")).toBe("Rapat & evaluasi");
    expect(plainExcerpt("satu dua tiga empat lima enam", 15)).toBe("satu dua tiga…");
  });
});
