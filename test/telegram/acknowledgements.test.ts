import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Api } from "grammy";
import type { InlineKeyboardButton } from "grammy/types";
import { beforeEach, describe, expect, it } from "vitest";
import { createDispatcher } from "../../src/delivery/index.js";
import { LOCALES, LOCALES_DIR } from "../../src/i18n/index.js";
import { createLogger } from "../../src/logger.js";
import { createJobDeps } from "../../src/scheduler/index.js";
import { announcementFollowUpJob } from "../../src/scheduler/jobs/announcement-follow-up.js";
import { runJob } from "../../src/scheduler/run-job.js";
import { createAnnouncement, type AnnouncementDeps, type CreateAnnouncementInput } from "../../src/services/announcements/announcements.js";
import { ensureDefaultQuestionnaires } from "../../src/services/evaluations/defaults.js";
import { createMessages } from "../../src/services/messages.js";
import { pressData } from "../kit/answered.js";
import { useBotWithRoster } from "../kit/bot-with-roster.js";
import type { TestChat } from "../kit/scenario.js";

const { t, ids, linkedChat } = useBotWithRoster();
const logger = createLogger("silent");
let deps: AnnouncementDeps;

// The test bot's clock: Monday 7 December 2026, 09:00 WIB.
beforeEach(() => {
  deps = { db: t.db, clock: t.clock, messages: createMessages(t.config), settings: t.config.announcements };
});

/** The head of BKPSDM (a leader) announces now; the dispatcher then delivers it. */
async function announce(input: Partial<CreateAnnouncementInput> = {}): Promise<number> {
  const result = await createAnnouncement(deps, {
    authorId: ids.head,
    content: { bodyHtml: "Mulai Januari, absensi memakai <b>SiAP Tebo</b>.", link: { text: "Panduan", url: "https://tebokab.go.id/siap" } },
    audience: { kind: "all" },
    needsAck: true,
    timing: { kind: "now" },
    ...input,
  });
  if (!result.ok) throw new Error(result.code);
  await deliver();
  return result.announcementId;
}

async function deliver(): Promise<void> {
  const dispatcher = createDispatcher({ db: t.db, clock: t.clock, logger, config: t.config, telegram: new Api(t.api.token, { apiRoot: t.api.apiRoot }) });
  await dispatcher.drain();
}

const buttons = (chat: TestChat): InlineKeyboardButton[][] => chat.lastMessage?.reply_markup?.inline_keyboard ?? [];
const delivery = (announcementId: number, employeeId: number) =>
  t.db.delivery.findFirstOrThrow({ where: { announcementId, employeeId, dedupeKey: { not: { contains: "reminder" } } } });

describe("✅ Saya sudah membaca", () => {
  it("records the first press once, turns the button into the time it was read and keeps the link and survey buttons", async () => {
    await ensureDefaultQuestionnaires(deps);
    const staff = await linkedChat("staff");
    const id = await announce({ pulseQuestionnaireCode: "PULSE-ADKAR" });
    expect(staff.lastMessage?.text).toBe("Mulai Januari, absensi memakai SiAP Tebo.");
    const [link, , pulse] = buttons(staff);
    expect(buttons(staff).map((row) => row.map((button) => button.text))).toEqual([["Panduan"], ["✅ Saya sudah membaca"], ["📝 Isi survei"]]);

    t.clock.advance(15 * 60_000); // 09.15 WIB
    const first = await staff.press("✅ Saya sudah membaca");
    expect(first.callbackAnswers).toEqual([{ callback_query_id: expect.any(String), text: "✅ Terima kasih, Anda telah menandai pengumuman ini sudah dibaca." }]);
    expect(first.calls.map((call) => call.method)).toContain("editMessageReplyMarkup");
    expect(buttons(staff)).toEqual([link, [{ text: "✅ Dibaca 09.15 WIB", callback_data: `ack:${id}` }], pulse]);
    expect((await delivery(id, ids.staff)).ackAt).toEqual(new Date("2026-12-07T02:15:00Z"));

    t.clock.advance(60 * 60_000);
    const again = await staff.press("✅ Dibaca 09.15 WIB");
    expect(again.callbackAnswers.map((answer) => answer.text)).toEqual([
      "Anda sudah menandai pengumuman ini sudah dibaca pada Senin, 7 Desember 2026 pukul 09.15 WIB.",
    ]);
    expect(again.calls.filter((call) => call.method.startsWith("edit"))).toEqual([]);
    expect(again.errors).toEqual([]);
    expect((await delivery(id, ids.staff)).ackAt).toEqual(new Date("2026-12-07T02:15:00Z"));
    expect(await t.db.delivery.count({ where: { announcementId: id, ackAt: { not: null } } })).toBe(1);
  });

  it("works from the one reminder too, and the announcement's own button then only says it was recorded", async () => {
    const colleague = await linkedChat("colleague");
    const id = await announce();
    const announcement = colleague.lastMessage!;

    t.clock.advance(25 * 60 * 60_000); // Tuesday 10.00 WIB: past the 24 hours
    const run = await runJob(announcementFollowUpJob, createJobDeps({ db: t.db, clock: t.clock }, t.config), { clock: t.clock, logger });
    expect(run.outcome).toMatchObject({ reminded: expect.any(Number) });
    await deliver();
    expect(colleague.lastMessage?.text).toContain("Mohon konfirmasi");

    const fromReminder = await colleague.press("✅ Saya sudah membaca");
    expect(fromReminder.callbackAnswers[0]?.text).toBe("✅ Terima kasih, Anda telah menandai pengumuman ini sudah dibaca.");
    expect(buttons(colleague)).toEqual([[{ text: "✅ Dibaca 10.00 WIB", callback_data: `ack:${id}` }]]);

    // The original message still shows the old button: pressing it records nothing new, and marks it.
    const fromOriginal = await pressData(colleague, `ack:${id}`, announcement);
    expect(fromOriginal.callbackAnswers[0]?.text).toBe("Anda sudah menandai pengumuman ini sudah dibaca pada Selasa, 8 Desember 2026 pukul 10.00 WIB.");
    expect(t.api.message(colleague.id, announcement.message_id)?.reply_markup?.inline_keyboard.at(-1)).toEqual([
      { text: "✅ Dibaca 10.00 WIB", callback_data: `ack:${id}` },
    ]);
  });

  it("refuses a forged press by somebody it was not sent to, and records nothing", async () => {
    const supervisor = await linkedChat("supervisor");
    const staff = await linkedChat("staff");
    // Only supervisors (the head and Rina) receive it; Ahmad is staff.
    const id = await announce({ audience: { kind: "supervisors" } });
    expect(supervisor.lastMessage?.text).toContain("SiAP Tebo");
    await staff.command("menu");

    const forged = await pressData(staff, `ack:${id}`);
    expect(forged.callbackAnswers[0]).toMatchObject({ text: "Pengumuman ini tidak dikirimkan kepada Anda.", show_alert: true });
    expect(forged.calls.filter((call) => call.method.startsWith("edit"))).toEqual([]);
    const unknown = await pressData(staff, "ack:99999");
    expect(unknown.callbackAnswers[0]?.text).toBe("Pengumuman ini tidak dikirimkan kepada Anda.");
    const malformed = await pressData(staff, "ack:1;DROP");
    expect(malformed.callbackAnswers[0]?.text).toBe("Tombol ini sudah tidak berlaku. Silakan buka /menu lagi.");
    expect(await t.db.delivery.count({ where: { ackAt: { not: null } } })).toBe(0);
    expect(await t.db.delivery.count({ where: { announcementId: id, employeeId: ids.staff } })).toBe(0);
  });

  it("asks a stranger to link first and says the author's preview is only a preview", async () => {
    const head = await linkedChat("head");
    const id = await announce({ audience: { kind: "supervisors" } });
    const stranger = t.chat({ first_name: "Tamu" });
    await stranger.command("start");
    const unlinked = await pressData(stranger, `ack:${id}`);
    expect(unlinked.callbackAnswers[0]?.text).toBe("Akun Telegram Anda belum tertaut dengan data kepegawaian. Tekan /start untuk menautkan.");

    const preview = await pressData(head, "ack:preview");
    expect(preview.callbackAnswers[0]).toMatchObject({
      text: "Ini hanya pratinjau: penerima akan menekan tombol ini untuk menandai sudah membaca.",
      show_alert: true,
    });
    expect(await t.db.delivery.count({ where: { ackAt: { not: null } } })).toBe(0);
  });

  it("says an announcement that needs no confirmation cannot be confirmed", async () => {
    const staff = await linkedChat("staff");
    const id = await announce({ needsAck: false });
    expect(buttons(staff).flat().map((button) => button.text)).toEqual(["Panduan"]);
    const forged = await pressData(staff, `ack:${id}`);
    expect(forged.callbackAnswers[0]?.text).toBe("Pengumuman ini tidak memerlukan konfirmasi membaca.");
    expect(await t.db.delivery.count({ where: { ackAt: { not: null } } })).toBe(0);
  });
});

describe("acknowledgements.ftl", () => {
  const keysOf = (locale: string) =>
    [...readFileSync(join(LOCALES_DIR, locale, "acknowledgements.ftl"), "utf8").matchAll(/^([a-z][a-z0-9-]*) =/gm)].map((match) => match[1]).sort();

  it("has the same keys in every language", () => {
    const id = keysOf("id");
    expect(id.length).toBeGreaterThan(0);
    for (const locale of LOCALES) expect(keysOf(locale)).toEqual(id);
  });
});
