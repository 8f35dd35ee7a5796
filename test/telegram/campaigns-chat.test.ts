import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { LOCALES, LOCALES_DIR } from "../../src/i18n/index.js";
import { createLogger } from "../../src/logger.js";
import { createJobDeps } from "../../src/scheduler/index.js";
import { campaignTicksJob } from "../../src/scheduler/jobs/campaign-ticks.js";
import { runJob } from "../../src/scheduler/run-job.js";
import { createCampaign } from "../../src/services/campaigns/campaigns.js";
import { press, pressData } from "../kit/answered.js";
import { useBotWithRoster } from "../kit/bot-with-roster.js";

const { t, ids, linkedChat } = useBotWithRoster();
const logger = createLogger("silent");

// The test bot's clock: Monday 7 December 2026, 09:00 WIB.
const MONDAY_10 = "2026-12-07T03:00:00Z";
const TUESDAY_10 = "2026-12-08T03:00:00Z";
const TUESDAY_12 = "2026-12-08T05:00:00Z";
const WEDNESDAY_10 = "2026-12-09T03:00:00Z";

/** The head of BKPSDM's daily campaign of three messages to everybody, at 10.00 WIB. */
async function dailyCampaign(): Promise<number> {
  const created = await createCampaign(t, {
    authorId: ids.head,
    name: "Budaya kerja BerAKHLAK",
    schedule: { kind: "daily", time: "10:00" },
    audience: { kind: "all" },
    needsAck: false,
    messages: [
      { bodyHtml: "Hari 1: <b>Berorientasi pelayanan</b>." },
      { bodyHtml: "Hari 2: <b>Akuntabel</b>." },
      { bodyHtml: "Hari 3: <b>Kompeten</b>." },
    ],
  });
  if (!created.ok) throw new Error(created.code);
  return created.campaign.id;
}

/** The scheduler's campaign job at `at`: how many campaigns sent a message. */
async function tick(at: string): Promise<number> {
  t.clock.set(at);
  const run = await runJob(campaignTicksJob, createJobDeps({ db: t.db, clock: t.clock }, t.config), { clock: t.clock, logger });
  expect(run.ok).toBe(true);
  return Number(run.outcome?.sent ?? 0);
}

const messagesQueued = (campaignId: number, position: number) =>
  t.db.delivery.count({ where: { dedupeKey: { startsWith: `camp:${campaignId}:${position}:` } } });
const statusOf = async (campaignId: number) => (await t.db.campaign.findUniqueOrThrow({ where: { id: campaignId } })).status;

describe("🔁 Kampanye", () => {
  it("lists the leader's campaigns with the schedule in words, progress and next run, and opens a campaign's card", async () => {
    const id = await dailyCampaign();
    const head = await linkedChat("head");
    const list = await head.command("kampanye");
    expect(list.last).toBe(
      [
        "🔁 Kampanye sosialisasi · halaman 1 dari 1",
        "",
        `#${id} Budaya kerja BerAKHLAK · aktif`,
        "🗓 setiap hari pukul 10.00 WIB",
        "📨 0 dari 3 pesan terkirim",
        "⏭ Berikutnya: pesan 1 dari 3, Senin, 7 Desember 2026 pukul 10.00 WIB",
      ].join("\n"),
    );
    expect(list.keyboardRows).toEqual([[`🔁 #${id} Budaya kerja BerAKHLAK`]]);

    const card = await press(head, `🔁 #${id} Budaya kerja BerAKHLAK`);
    expect(card.calls.map((call) => call.method)).toEqual(["answerCallbackQuery", "editMessageText"]);
    expect(card.last).toBe(
      [
        `Kampanye #${id} "Budaya kerja BerAKHLAK" (aktif)`,
        "Pembuat: Drs. Hasan Basri, M.Si.",
        'Jadwal: setiap hari pukul 10.00 WIB (cron "0 10 * * *")',
        "Sasaran: semua ASN",
        "Konfirmasi baca: tidak",
        "Kemajuan: 0 dari 3 pesan terkirim",
        "Berikutnya: pesan 1 dari 3, Senin, 7 Desember 2026 pukul 10.00 WIB",
        "Pesan:",
        "1. Hari 1: Berorientasi pelayanan. — belum terkirim",
        "2. Hari 2: Akuntabel. — belum terkirim",
        "3. Hari 3: Kompeten. — belum terkirim",
      ].join("\n"),
    );
    expect(card.keyboardRows).toEqual([["⏸ Jeda", "⏹ Akhiri"], ["🔁 Daftar kampanye"]]);

    // An admin sees every author's campaigns; another leader sees only their own (none).
    await t.db.roleGrant.create({ data: { employeeId: ids.supervisor, role: "ADMIN", grantedBy: "test" } });
    const admin = await linkedChat("supervisor");
    expect((await admin.command("kampanye")).last).toContain("✍️ Dari: Drs. Hasan Basri, M.Si.");
    await t.db.roleGrant.create({ data: { employeeId: ids.colleague, role: "LEADER", grantedBy: "test" } });
    const otherLeader = await linkedChat("colleague");
    expect((await otherLeader.command("kampanye")).last).toContain("Belum ada kampanye sosialisasi.");
  });

  it("pausing stops the next tick; resuming sends again from the next scheduled time", async () => {
    const id = await dailyCampaign();
    expect(await tick(MONDAY_10)).toBe(1);
    expect(await messagesQueued(id, 0)).toBe(4);

    const head = await linkedChat("head");
    await head.command("kampanye", String(id));
    const paused = await press(head, "⏸ Jeda");
    expect(paused.callbackAnswers[0]?.text).toBe(`Kampanye #${id} dijeda.`);
    expect(paused.last).toContain(`Kampanye #${id} "Budaya kerja BerAKHLAK" (dijeda)`);
    expect(paused.last).toContain("Kemajuan: 1 dari 3 pesan terkirim");
    expect(paused.last).toContain("Berikutnya: tidak ada selama kampanye dijeda");
    expect(paused.keyboardRows).toEqual([["▶️ Lanjutkan", "⏹ Akhiri"], ["🔁 Daftar kampanye"]]);
    expect(await statusOf(id)).toBe("PAUSED");

    expect(await tick(TUESDAY_10)).toBe(0);
    expect(await messagesQueued(id, 1)).toBe(0);

    t.clock.set(TUESDAY_12);
    const resumed = await press(head, "▶️ Lanjutkan");
    expect(resumed.callbackAnswers[0]?.text).toBe(`Kampanye #${id} dilanjutkan; pesan berikutnya dikirim pada jadwal berikutnya.`);
    expect(resumed.last).toContain("Berikutnya: pesan 2 dari 3, Rabu, 9 Desember 2026 pukul 10.00 WIB");
    expect(await statusOf(id)).toBe("ACTIVE");

    expect(await tick(WEDNESDAY_10)).toBe(1);
    expect(await messagesQueued(id, 1)).toBe(4);
  });

  it("ending asks first; 'no' goes back to the card, 'yes' ends it for good", async () => {
    const id = await dailyCampaign();
    const head = await linkedChat("head");
    await head.command("kampanye", `#${id}`);

    const asked = await press(head, "⏹ Akhiri");
    expect(asked.last).toBe(
      [
        `⏹ Akhiri kampanye #${id} "Budaya kerja BerAKHLAK"?`,
        "3 pesan yang belum terkirim tidak akan pernah dikirim. Kampanye yang sudah diakhiri tidak dapat dilanjutkan lagi.",
      ].join("\n"),
    );
    expect(asked.keyboard).toEqual(["⏹ Ya, akhiri", "↩️ Tidak"]);
    expect(await statusOf(id)).toBe("ACTIVE");
    const back = await press(head, "↩️ Tidak");
    expect(back.last).toContain(`Kampanye #${id} "Budaya kerja BerAKHLAK" (aktif)`);

    await press(head, "⏹ Akhiri");
    const ended = await press(head, "⏹ Ya, akhiri");
    expect(ended.callbackAnswers[0]?.text).toBe(`Kampanye #${id} diakhiri.`);
    expect(ended.last).toContain("(selesai)");
    expect(ended.keyboardRows).toEqual([["🔁 Daftar kampanye"]]);
    expect(await statusOf(id)).toBe("ENDED");
    expect(await tick(MONDAY_10)).toBe(0);
    expect(await messagesQueued(id, 0)).toBe(0);

    // Old buttons on an ended campaign change nothing.
    for (const data of [`cpg:r:${id}`, `cpg:p:${id}`, `cpg:e:${id}`]) {
      const stale = await pressData(head, data);
      expect(stale.callbackAnswers[0]?.text).toBe("Kampanye ini sudah selesai dan tidak bisa diubah lagi.");
    }
    expect(await statusOf(id)).toBe("ENDED");
  });

  it("refuses a plain ASN's command and forged buttons, and a leader's on somebody else's campaign; nothing changes", async () => {
    const id = await dailyCampaign();
    const notAllowed =
      "Maaf, hanya pimpinan atau admin yang dapat membuat kampanye, dan hanya pembuatnya atau admin yang dapat mengubahnya. Tidak ada yang dikirim atau diubah.";

    const staff = await linkedChat("staff");
    expect((await staff.command("kampanye")).last).toBe(notAllowed);
    for (const data of ["cpg:l:1", `cpg:d:${id}`, `cpg:p:${id}`, `cpg:e:${id}`, `cpg:ey:${id}`]) {
      const forged = await pressData(staff, data);
      expect(forged.callbackAnswers[0]).toMatchObject({ text: notAllowed, show_alert: true });
      expect(forged.texts).toEqual([]);
    }

    await t.db.roleGrant.create({ data: { employeeId: ids.colleague, role: "LEADER", grantedBy: "test" } });
    const otherLeader = await linkedChat("colleague");
    expect((await pressData(otherLeader, `cpg:p:${id}`)).callbackAnswers[0]?.text).toBe(notAllowed);
    expect((await otherLeader.command("kampanye", String(id))).last).toBe(notAllowed);
    expect((await otherLeader.command("kampanye", "BerAKHLAK")).last).toBe("“BerAKHLAK” bukan nomor kampanye. Contoh: /kampanye 3");
    expect((await pressData(otherLeader, "cpg:x:1")).callbackAnswers[0]?.text).toBe("Tombol ini sudah tidak berlaku. Silakan buka /menu lagi.");

    expect(await statusOf(id)).toBe("ACTIVE");
    expect(await t.db.auditLog.count({ where: { action: { in: ["campaign.pause", "campaign.end"] } } })).toBe(0);
    expect(await tick(MONDAY_10)).toBe(1);
  });
});

describe("campaigns-chat.ftl", () => {
  const keysOf = (locale: string) =>
    [...readFileSync(join(LOCALES_DIR, locale, "campaigns-chat.ftl"), "utf8").matchAll(/^([a-z][a-z0-9-]*) =/gm)].map((match) => match[1]).sort();

  it("has the same keys in every language", () => {
    const id = keysOf("id");
    expect(id.length).toBeGreaterThan(0);
    for (const locale of LOCALES) expect(keysOf(locale)).toEqual(id);
  });
});
