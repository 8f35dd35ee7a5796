import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { FakeBotApi } from "../../../src/emulator/fake-bot-api.js";
import { createJobDeps } from "../../../src/scheduler/index.js";
import { announcementDispatchJob } from "../../../src/scheduler/jobs/announcement-dispatch.js";
import { createLogger } from "../../../src/logger.js";
import { createAnnouncement, sendDueAnnouncements } from "../../../src/services/announcements/announcements.js";
import { acknowledge } from "../../../src/services/announcements/acknowledge.js";
import { deliverAnnouncement } from "../../../src/services/announcements/deliver.js";
import { reachReportOf } from "../../../src/services/announcements/reach-report.js";
import { content, createWorld, dispatcherFor, MINUTE, MONDAY_10, queued, startFakeApi, at, type World } from "./setup.js";

let world: World;
let api: FakeBotApi;
beforeEach(async () => {
  world = await createWorld();
  api = await startFakeApi();
});
afterEach(async () => {
  await api.close();
  await world.dispose();
});

const tick = (now: Date) =>
  announcementDispatchJob.run(createJobDeps(world.deps, { timezone: "Asia/Jakarta" }), {
    now,
    log: createLogger("silent"),
  });

/** The bupati schedules a read-confirmed announcement to Bagian Organisasi and the Puskesmas for 10:00 WIB. */
async function scheduleForTen() {
  const { people, units } = world.district;
  const result = await createAnnouncement(world.deps, {
    authorId: people.bupati,
    content: { bodyHtml: "Mulai Januari, absensi memakai <b>SiAP Tebo</b>.", link: { text: "Panduan", url: "https://tebokab.go.id/siap" } },
    audience: { kind: "units", unitIds: [units.ORG, units.PUSKESMAS] },
    needsAck: true,
    timing: { kind: "at", at: MONDAY_10 },
  });
  if (!result.ok) throw new Error(result.code);
  return result.announcementId;
}

describe("a scheduled announcement", () => {
  it("goes out at its WIB time, to exactly its audience, each in their own language", async () => {
    const { people, chatOf } = world.district;
    const id = await scheduleForTen();

    await tick(at(MONDAY_10, -MINUTE));
    expect(await queued(world, "ann:")).toEqual([]);

    world.clock.set(MONDAY_10);
    expect(await tick(MONDAY_10)).toEqual({ sent: 1, cancelled: 0 });
    const rows = await queued(world, "ann:");
    expect(rows.map((row) => [row.employeeId, row.status]).sort()).toEqual(
      [
        [people.kabagOrg, "PENDING"],
        [people.analis, "PENDING"],
        [people.staffTata, "PENDING"],
        [people.perawat, "PENDING"],
        // The midwife never linked a chat account: counted as not reached.
        [people.bidan, "FAILED"],
      ].sort(),
    );
    expect(rows.every((row) => row.announcementId === id && row.priority === 2 && row.quietHours)).toBe(true);

    await dispatcherFor(world, api).drain();
    const received = (key: keyof typeof chatOf) => api.botMessages(chatOf[key]!).map((message) => message.text);
    expect(received("staffTata")).toEqual(["Mulai Januari, absensi memakai SiAP Tebo."]);
    expect(received("guru")).toEqual([]);
    expect(received("sekda")).toEqual([]);
    expect(received("pensiun")).toEqual([]);
    const buttons = (key: keyof typeof chatOf) =>
      api.botMessages(chatOf[key]!)[0]?.reply_markup?.inline_keyboard.flat().map((button) => button.text);
    expect(buttons("staffTata")).toEqual(["Panduan", "✅ Saya sudah membaca"]);
    expect(buttons("analis")).toEqual(["Panduan", "✅ I have read this"]);

    const stored = await world.testDb.db.announcement.findUniqueOrThrow({ where: { id } });
    expect(stored).toMatchObject({ status: "SENT", sentAt: MONDAY_10 });
    const audits = await world.testDb.db.auditLog.findMany({ where: { action: "announcement.send" } });
    expect(audits.map((audit) => JSON.parse(audit.details!))).toEqual([{ recipients: 5, enqueued: 5 }]);
  });

  it("is sent once when the job ticks twice, even at the same moment", async () => {
    await scheduleForTen();
    world.clock.set(MONDAY_10);
    const [first, second] = await Promise.all([tick(MONDAY_10), tick(MONDAY_10)]);
    expect((first?.sent ?? 0) + (second?.sent ?? 0)).toBe(1);
    await tick(at(MONDAY_10, MINUTE));
    expect(await queued(world, "ann:")).toHaveLength(5);
    expect(await world.testDb.db.auditLog.count({ where: { action: "announcement.send" } })).toBe(1);
  });

  it("is finished after a crash left it half sent, without a second message to anyone", async () => {
    const { people } = world.district;
    const id = await scheduleForTen();
    // A crash after the claim and the first two recipients' rows.
    await world.testDb.db.announcement.update({ where: { id }, data: { status: "SENDING", updatedAt: MONDAY_10 } });
    await deliverAnnouncement(world.deps, {
      announcementId: id,
      employeeIds: [people.kabagOrg, people.analis],
      dedupeKeyOf: (employeeId) => `ann:${id}:${employeeId}`,
      now: MONDAY_10,
    });

    // Another live send is not interrupted: only a send that has stalled for minutes is taken over.
    expect(await tick(at(MONDAY_10, MINUTE))).toEqual({ sent: 0, cancelled: 0 });
    expect(await tick(at(MONDAY_10, 6 * MINUTE))).toEqual({ sent: 1, cancelled: 0 });
    const rows = await queued(world, "ann:");
    expect(rows.map((row) => row.employeeId).sort()).toEqual(
      [people.kabagOrg, people.analis, people.staffTata, people.perawat, people.bidan].sort(),
    );
    expect((await world.testDb.db.announcement.findUniqueOrThrow({ where: { id } })).status).toBe("SENT");
    expect(await tick(at(MONDAY_10, 12 * MINUTE))).toEqual({ sent: 0, cancelled: 0 });
  });

  it("is cancelled instead of sent when its author lost the right to announce", async () => {
    const { people } = world.district;
    const id = await scheduleForTen();
    await world.testDb.db.roleGrant.deleteMany({ where: { employeeId: people.bupati } });
    expect(await sendDueAnnouncements(world.deps, { now: MONDAY_10 })).toEqual({ sent: 0, cancelled: 1 });
    expect(await queued(world, "ann:")).toEqual([]);
    expect((await world.testDb.db.announcement.findUniqueOrThrow({ where: { id } })).status).toBe("CANCELLED");
  });

  it("sent 'now' is queued at once through the same path", async () => {
    const { people, units } = world.district;
    const result = await createAnnouncement(world.deps, {
      authorId: people.kadinkes,
      content: content(),
      audience: { kind: "units", unitIds: [units.PUSKESMAS] },
      needsAck: false,
      timing: { kind: "now" },
    });
    expect(result).toMatchObject({ ok: true, recipients: 2, status: "SENT" });
    const rows = await queued(world, "ann:");
    expect(rows.map((row) => row.employeeId).sort()).toEqual([people.perawat, people.bidan].sort());
    expect(rows[0]!.message.keyboard).toBeUndefined();
  });

  it("carries each recipient's own change-readiness survey button when a pulse is attached", async () => {
    const { people, units } = world.district;
    await world.testDb.db.questionnaire.create({
      data: {
        code: "PULSE-ADKAR",
        version: 1,
        title: "Kesiapan perubahan",
        level: "PULSE",
        respondentRole: "ANY",
        anonymous: true,
        questions: { create: [{ position: 1, kind: "LIKERT", text: "Saya paham alasan perubahan ini", dimension: "awareness" }] },
      },
    });
    const result = await createAnnouncement(world.deps, {
      authorId: people.kadinkes,
      content: content(),
      audience: { kind: "units", unitIds: [units.PUSKESMAS] },
      needsAck: true,
      pulseQuestionnaireCode: "PULSE-ADKAR",
      timing: { kind: "now" },
    });
    if (!result.ok) throw new Error(result.code);
    const requests = await world.testDb.db.evaluationRequest.findMany({ where: { announcementId: result.announcementId } });
    expect(requests.map((request) => request.respondentId).sort()).toEqual([people.perawat, people.bidan].sort());
    const rows = await queued(world, `ann:${result.announcementId}:`);
    for (const row of rows) {
      const request = requests.find((r) => r.respondentId === row.employeeId)!;
      expect(row.message.keyboard).toEqual([
        [{ text: "✅ Saya sudah membaca", data: `ack:${result.announcementId}` }],
        [{ text: "📝 Isi survei", data: `ev:${request.id}` }],
      ]);
    }
  });

  it("is held during the night and delivered in the morning", async () => {
    const { people, units, chatOf } = world.district;
    const tenAtNight = new Date("2026-12-14T15:00:00Z");
    const result = await createAnnouncement(world.deps, {
      authorId: people.kadinkes,
      content: content("Besok pagi apel di halaman Dinkes."),
      audience: { kind: "units", unitIds: [units.PUSKESMAS] },
      needsAck: false,
      timing: { kind: "at", at: tenAtNight },
    });
    if (!result.ok) throw new Error(result.code);
    world.clock.set(tenAtNight);
    await tick(tenAtNight);
    await dispatcherFor(world, api).drain();
    expect(api.botMessages(chatOf.perawat!)).toEqual([]);

    world.clock.set("2026-12-14T23:00:00Z"); // Tuesday 06:00 WIB
    await dispatcherFor(world, api).drain();
    expect(api.botMessages(chatOf.perawat!).map((message) => message.text)).toEqual(["Besok pagi apel di halaman Dinkes."]);
  });

  it("counts each recipient once when a photo and a long text go as two messages", async () => {
    const { people, units } = world.district;
    const longBody = "Tahapan perubahan layanan kesehatan di Puskesmas. ".repeat(30).trim();
    const result = await createAnnouncement(world.deps, {
      authorId: people.kadinkes,
      content: { bodyHtml: longBody, media: { kind: "photo", fileId: "AgACAgUAAxkBAAIB" } },
      audience: { kind: "units", unitIds: [units.PUSKESMAS] },
      needsAck: true,
      timing: { kind: "now" },
    });
    if (!result.ok) throw new Error(result.code);
    const id = result.announcementId;
    expect((await queued(world, `ann:${id}:`)).map((row) => row.dedupeKey).sort()).toEqual(
      [`ann:${id}:${people.perawat}`, `ann:${id}:${people.perawat}#2`, `ann:${id}:${people.bidan}`, `ann:${id}:${people.bidan}#2`].sort(),
    );
    await world.testDb.db.delivery.updateMany({ where: { announcementId: id, status: "PENDING" }, data: { status: "SENT" } });
    expect(await acknowledge(world.deps, { announcementId: id, employeeId: people.perawat })).toMatchObject({ first: true });
    const report = await reachReportOf(world.deps, id);
    expect(report?.total).toMatchObject({ recipients: 2, sent: 1, failed: 1, acknowledged: 1 });
  });
});
