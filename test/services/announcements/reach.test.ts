import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { FakeBotApi } from "../../../src/emulator/fake-bot-api.js";
import { createLogger } from "../../../src/logger.js";
import { createJobDeps } from "../../../src/scheduler/index.js";
import { announcementFollowUpJob } from "../../../src/scheduler/jobs/announcement-follow-up.js";
import { acknowledge } from "../../../src/services/announcements/acknowledge.js";
import { sendAckReminders } from "../../../src/services/announcements/ack-reminders.js";
import { createAnnouncement } from "../../../src/services/announcements/announcements.js";
import { reachReport } from "../../../src/services/announcements/reach-report.js";
import { renderReachReport, reportTranslator } from "../../../src/services/announcements/reach-report-text.js";
import { blockBot, type PersonKey } from "./district-fixture.js";
import { at, createWorld, dispatcherFor, HOUR, MINUTE, MONDAY_10, queued, startFakeApi, type World } from "./setup.js";

let world: World;
let api: FakeBotApi;
let id: number;

const person = (key: PersonKey) => world.district.people[key];
const ack = (key: PersonKey, announcementId = id) => acknowledge(world.deps, { announcementId, employeeId: person(key) });
const followUp = (now: Date) =>
  announcementFollowUpJob.run(createJobDeps(world.deps, { timezone: "Asia/Jakarta" }), { now, log: createLogger("silent") });

/**
 * The bupati tells everyone at 10:00 WIB and asks them to confirm. The teacher had blocked the bot
 * long ago, the sekda blocks it when the message arrives, the midwife never linked an account.
 * Budi (Bagian Organisasi), the head of Dinkes and the nurse confirm they have read it.
 */
beforeEach(async () => {
  world = await createWorld(MONDAY_10);
  api = await startFakeApi();
  await blockBot(world.testDb.db, person("guru"), at(MONDAY_10, -30 * 24 * HOUR));
  api.blockChat(world.district.chatOf.sekda!);
  const created = await createAnnouncement(world.deps, {
    authorId: person("bupati"),
    content: { bodyHtml: "Mulai Januari, absensi memakai <b>SiAP Tebo</b>." },
    audience: { kind: "all" },
    needsAck: true,
    timing: { kind: "now" },
  });
  if (!created.ok) throw new Error(created.code);
  id = created.announcementId;
  await dispatcherFor(world, api).drain();
  world.clock.set(at(MONDAY_10, 30 * MINUTE));
  for (const key of ["analis", "kadinkes", "perawat"] as const) await ack(key);
});
afterEach(async () => {
  await api.close();
  await world.dispose();
});

describe("acknowledging an announcement", () => {
  it("is recorded once: a second press keeps the first time", async () => {
    const first = await ack("staffTata");
    expect(first).toEqual({ ok: true, first: true, ackAt: at(MONDAY_10, 30 * MINUTE) });
    world.clock.set(at(MONDAY_10, 2 * HOUR));
    expect(await ack("staffTata")).toEqual({ ok: true, first: false, ackAt: at(MONDAY_10, 30 * MINUTE) });
    const row = await world.testDb.db.delivery.findFirstOrThrow({ where: { announcementId: id, employeeId: person("staffTata") } });
    expect(row.ackAt).toEqual(at(MONDAY_10, 30 * MINUTE));
  });

  it("is refused for someone the message did not reach, and when no confirmation was asked", async () => {
    expect(await ack("pensiun")).toEqual({ ok: false, code: "not-recipient" });
    expect(await ack("guru")).toEqual({ ok: false, code: "not-recipient" });
    expect(await ack("bidan")).toEqual({ ok: false, code: "not-recipient" });
    const plain = await createAnnouncement(world.deps, {
      authorId: person("admin"),
      content: { bodyHtml: "Info libur" },
      audience: { kind: "role", role: "LEADER" },
      needsAck: false,
      timing: { kind: "now" },
    });
    if (!plain.ok) throw new Error(plain.code);
    await dispatcherFor(world, api).drain();
    expect(await ack("kadinkes", plain.announcementId)).toEqual({ ok: false, code: "no-ack-needed" });
  });

  it("works for a campaign message, whatever its delivery key", async () => {
    const { db } = world.testDb;
    const campaign = await db.campaign.create({
      data: { authorId: person("bupati"), name: "Budaya kerja BerAKHLAK", cron: "0 8 * * 1", needsAck: true },
    });
    const message = await db.announcement.create({
      data: { authorId: person("bupati"), body: "Pekan ini: Akuntabel", needsAck: true, status: "SENT", campaignId: campaign.id, campaignPosition: 0 },
    });
    await db.delivery.create({
      data: {
        dedupeKey: `campaign:${campaign.id}:0:${person("analis")}`,
        employeeId: person("analis"),
        platform: "TELEGRAM",
        chatId: "200005",
        payload: "{}",
        priority: 2,
        status: "SENT",
        notBefore: MONDAY_10,
        nextAttemptAt: MONDAY_10,
        announcementId: message.id,
      },
    });
    expect(await ack("analis", message.id)).toMatchObject({ ok: true, first: true });
  });
});

describe("the reminder to those who have not confirmed", () => {
  it("goes once, after a day, only to those who got the message and have not confirmed", async () => {
    expect(await sendAckReminders(world.deps, { now: at(MONDAY_10, 23 * HOUR) })).toEqual({ announcements: 0, reminded: 0 });
    expect(await queued(world, `ann:${id}:ack-reminder:`)).toEqual([]);

    const dayLater = at(MONDAY_10, 24 * HOUR);
    world.clock.set(dayLater);
    expect(await sendAckReminders(world.deps, { now: dayLater })).toEqual({ announcements: 1, reminded: 4 });
    const reminders = await queued(world, `ann:${id}:ack-reminder:`);
    expect(reminders.map((row) => row.employeeId).sort()).toEqual(
      [person("bupati"), person("admin"), person("kabagOrg"), person("staffTata")].sort(),
    );
    expect(reminders[0]!.message.keyboard).toEqual([[{ text: "✅ Saya sudah membaca", data: `ack:${id}` }]]);
    expect(reminders[0]!.message.text).toContain("Mulai Januari, absensi memakai SiAP Tebo.");
    expect(reminders.every((row) => row.announcementId === null)).toBe(true);

    expect(await sendAckReminders(world.deps, { now: at(dayLater, HOUR) })).toEqual({ announcements: 0, reminded: 0 });
    expect(await queued(world, `ann:${id}:ack-reminder:`)).toHaveLength(4);
    expect((await world.testDb.db.announcement.findUniqueOrThrow({ where: { id } })).ackRemindedAt).toEqual(dayLater);

    // The reminder's button records the confirmation on the announcement itself.
    await dispatcherFor(world, api).drain();
    expect(await ack("staffTata")).toMatchObject({ ok: true, first: true, ackAt: dayLater });
  });
});

describe("the reach report", () => {
  it("counts sent, failed, blocked and confirmed, with the units that read least first", async () => {
    const result = await reachReport(world.deps, { announcementId: id, viewerId: person("bupati") });
    if (!result.ok) throw new Error(result.code);
    const { total, units } = result.report;
    expect(total).toEqual({
      recipients: 10,
      sent: 7,
      pending: 0,
      failed: 1,
      blocked: 2,
      acknowledged: 3,
      sentShare: 0.7,
      ackShare: 3 / 7,
    });
    expect(units.map((unit) => [unit.unitCode, unit.recipients, unit.sent, unit.blocked, unit.failed, unit.acknowledged])).toEqual([
      ["DISDIK", 1, 0, 1, 0, 0],
      ["SETDA", 3, 2, 1, 0, 0],
      ["TATALAKSANA", 1, 1, 0, 0, 0],
      ["ORG", 2, 2, 0, 0, 1],
      ["DINKES", 1, 1, 0, 0, 1],
      ["PUSKESMAS", 2, 1, 0, 1, 1],
    ]);

    const t = reportTranslator(world.deps.messages, "id");
    const text = renderReachReport(t, "id", result.report, { timezone: "Asia/Jakarta", html: true });
    expect(text).toContain("<b>📊 Jangkauan pengumuman #");
    expect(text).toContain("Dikirim: Senin, 14 Desember 2026 pukul 10.00 WIB");
    expect(text).toContain("👁 Sudah membaca: 3 (43% dari yang terkirim)");
    expect(text).toContain("🚫 Memblokir bot: 2");
    expect(text).toContain("• Dinas Pendidikan: terkirim 0/1 (0%), membaca 0 (-), gagal 0, blokir 1, menunggu 0");
  });

  it("is for the author and admins only", async () => {
    expect(await reachReport(world.deps, { announcementId: id, viewerId: person("admin") })).toMatchObject({ ok: true });
    expect(await reachReport(world.deps, { announcementId: id, viewerId: person("kadinkes") })).toEqual({
      ok: false,
      code: "not-allowed",
    });
    expect(await reachReport(world.deps, { announcementId: id, viewerId: person("analis") })).toEqual({
      ok: false,
      code: "not-allowed",
    });
    expect(await reachReport(world.deps, { announcementId: 999, viewerId: person("admin") })).toEqual({
      ok: false,
      code: "not-found",
    });
  });

  it("reaches the author on its own once, two days after sending", async () => {
    const reportKey = `ann:${id}:report`;
    await followUp(at(MONDAY_10, 47 * HOUR));
    expect(await queued(world, reportKey)).toEqual([]);

    const twoDays = at(MONDAY_10, 48 * HOUR);
    world.clock.set(twoDays);
    expect(await followUp(twoDays)).toEqual({ reminded: 0, reports: 1 });
    expect(await followUp(at(twoDays, 10 * MINUTE))).toEqual({ reminded: 0, reports: 0 });
    const reports = await queued(world, reportKey);
    expect(reports).toHaveLength(1);
    expect(reports[0]).toMatchObject({ employeeId: person("bupati"), status: "PENDING" });
    expect(reports[0]!.message.text).toContain("📬 Laporan otomatis jangkauan pengumuman Anda:");
    expect(reports[0]!.message.text).toContain("👥 Penerima: 10");

    await dispatcherFor(world, api).drain();
    const inbox = api.botMessages(world.district.chatOf.bupati!).map((message) => message.text ?? "");
    expect(inbox.filter((text) => text.includes("Laporan otomatis"))).toHaveLength(1);
  });
});
