import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ManualClock } from "../../../src/clock.js";
import type { DeliveryPayload } from "../../../src/delivery/payload.js";
import { FakeBotApi } from "../../../src/emulator/fake-bot-api.js";
import { createLogger } from "../../../src/logger.js";
import { announcementFollowUpJob } from "../../../src/scheduler/jobs/announcement-follow-up.js";
import { createJobDeps } from "../../../src/scheduler/index.js";
import { acknowledge } from "../../../src/services/announcements/acknowledge.js";
import { runCampaignTicks } from "../../../src/services/campaigns/campaign-tick.js";
import { createCampaign } from "../../../src/services/campaigns/campaigns.js";
import { createTestDb, type TestDb } from "../../kit/db.js";
import { createTestDispatcher } from "../../kit/test-dispatcher.js";
import { seedCampaignDistrict, tickDeps, TIMEZONE, type CampaignDistrict, type PersonKey } from "./campaign-fixture.js";

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const WEEK = 7 * 24 * HOUR;
// Created on Friday 4 December 2026, 10:00 WIB; the campaign goes out on Mondays at 08:00 WIB.
const CREATED = new Date("2026-12-04T03:00:00Z");
const MONDAY = [0, 1].map((week) => new Date(Date.parse("2026-12-07T01:00:00Z") + week * WEEK));
// Each message goes out on the tick a minute after its slot; the follow-up delays count from then.
const SENT = MONDAY.map((monday) => new Date(monday.getTime() + 60_000));
const at = (base: Date, ms: number) => new Date(base.getTime() + ms);

let testDb: TestDb;
let clock: ManualClock;
let district: CampaignDistrict;
let api: FakeBotApi;

beforeEach(async () => {
  testDb = await createTestDb();
  clock = new ManualClock(CREATED);
  district = await seedCampaignDistrict(testDb.db);
  api = await FakeBotApi.start();
});
afterEach(async () => {
  await api.close();
  await testDb.dispose();
});

const person = (key: PersonKey) => district.people[key];

/** The announcement follow-up job as the scheduler runs it, with the default delays (24 and 48 hours). */
const followUp = (now: Date) =>
  announcementFollowUpJob.run(createJobDeps({ db: testDb.db, clock }, { timezone: TIMEZONE }), { now, log: createLogger("silent") });

const dispatcher = () => createTestDispatcher({ db: testDb.db, clock }, api);

/** The bupati's weekly two-message campaign to everyone. */
async function weeklyCampaign(needsAck: boolean): Promise<number[]> {
  const created = await createCampaign(tickDeps(testDb.db, clock), {
    authorId: person("bupati"),
    name: "Cara kerja baru",
    schedule: { kind: "weekly", weekday: 1, time: "08:00" },
    audience: { kind: "all" },
    needsAck,
    messages: [{ bodyHtml: "<b>Minggu 1</b>: mengapa kita beralih ke presensi digital." }, { bodyHtml: "<b>Minggu 2</b>: presensi dari ponsel." }],
  });
  if (!created.ok) throw new Error(`campaign not created: ${created.code}`);
  const messages = await testDb.db.announcement.findMany({
    where: { campaignId: created.campaign.id },
    orderBy: { campaignPosition: "asc" },
  });
  return messages.map((message) => message.id);
}

/** The campaign's tick on a Monday morning, and the queue sent out right after. */
async function sendOn(week: number) {
  clock.set(SENT[week]!);
  expect(await runCampaignTicks(tickDeps(testDb.db, clock), { now: clock.now() })).toMatchObject({ sent: 1 });
  await dispatcher().drain();
}

async function queued(prefix: string) {
  const rows = await testDb.db.delivery.findMany({ where: { dedupeKey: { startsWith: prefix } }, orderBy: { id: "asc" } });
  return rows.map((row) => ({ ...row, message: JSON.parse(row.payload) as DeliveryPayload }));
}

const sorted = (ids: number[]) => [...ids].sort((a, b) => a - b);

describe("follow-up of a campaign message", () => {
  it("reminds once, a day after each message, only those who got it and have not confirmed", async () => {
    const [first, second] = await weeklyCampaign(true);
    await sendOn(0);
    clock.set(at(SENT[0]!, 2 * HOUR));
    for (const key of ["siti", "perawat"] as const) {
      expect(await acknowledge(tickDeps(testDb.db, clock), { announcementId: first!, employeeId: person(key) })).toMatchObject({ ok: true });
    }

    expect(await followUp(at(SENT[0]!, 23 * HOUR))).toEqual({ reminded: 0, reports: 0 });
    const dayLater = at(SENT[0]!, 24 * HOUR);
    clock.set(dayLater);
    // Joko has no linked chat: the message never reached him, so nor does a reminder.
    expect(await followUp(dayLater)).toEqual({ reminded: 4, reports: 0 });
    expect(await followUp(at(dayLater, 10 * MINUTE))).toEqual({ reminded: 0, reports: 0 });
    const reminders = await queued(`ann:${first}:ack-reminder:`);
    expect(sorted(reminders.map((row) => row.employeeId!))).toEqual(sorted(["bupati", "admin", "ahmad", "kadinkes"].map((key) => person(key as PersonKey))));
    expect(reminders[0]!.message.text).toContain("Minggu 1: mengapa kita beralih ke presensi digital.");
    expect(reminders[0]!.message.keyboard).toEqual([[{ text: "✅ Saya sudah membaca", data: `ack:${first}` }]]);

    // The second message has its own reminder, with keys of its own, to whoever has not confirmed it.
    await sendOn(1);
    clock.set(at(SENT[1]!, 3 * HOUR));
    await acknowledge(tickDeps(testDb.db, clock), { announcementId: second!, employeeId: person("ahmad") });
    clock.set(at(SENT[1]!, 24 * HOUR));
    expect(await followUp(clock.now())).toMatchObject({ reminded: 5 });
    expect(sorted((await queued(`ann:${second}:ack-reminder:`)).map((row) => row.employeeId!))).toEqual(
      sorted(["bupati", "admin", "siti", "kadinkes", "perawat"].map((key) => person(key as PersonKey))),
    );
    expect(await queued(`ann:${first}:ack-reminder:`)).toHaveLength(4);

    await dispatcher().drain();
    const ahmadInbox = api.botMessages(district.chatOf.ahmad!).map((message) => message.text ?? "");
    expect(ahmadInbox.filter((text) => text.includes("Minggu 1"))).toHaveLength(2);
    expect(ahmadInbox.filter((text) => text.includes("Minggu 2"))).toHaveLength(1);
  });

  it("sends no reminder when the campaign asks for no confirmation", async () => {
    const [first] = await weeklyCampaign(false);
    await sendOn(0);
    clock.set(at(SENT[0]!, 24 * HOUR));
    expect(await followUp(clock.now())).toEqual({ reminded: 0, reports: 0 });
    expect(await queued(`ann:${first}:ack-reminder:`)).toEqual([]);
  });

  it("brings the campaign's author one reach report per sent message, two days after each", async () => {
    const [first, second] = await weeklyCampaign(false);
    await sendOn(0);

    expect(await followUp(at(SENT[0]!, 47 * HOUR))).toEqual({ reminded: 0, reports: 0 });
    clock.set(at(SENT[0]!, 48 * HOUR));
    expect(await followUp(clock.now())).toEqual({ reminded: 0, reports: 1 });
    expect(await followUp(at(SENT[0]!, 49 * HOUR))).toEqual({ reminded: 0, reports: 0 });

    await sendOn(1);
    clock.set(at(SENT[1]!, 48 * HOUR));
    expect(await followUp(clock.now())).toEqual({ reminded: 0, reports: 1 });

    for (const id of [first!, second!]) {
      const reports = await queued(`ann:${id}:report`);
      expect(reports, `message ${id}`).toHaveLength(1);
      expect(reports[0]).toMatchObject({ employeeId: person("bupati") });
      expect(reports[0]!.message.text).toContain(`Jangkauan pengumuman #${id}`);
      expect(reports[0]!.message.text).toContain("👥 Penerima: 7");
    }

    await dispatcher().drain();
    const inbox = api.botMessages(district.chatOf.bupati!).map((message) => message.text ?? "");
    expect(inbox.filter((text) => text.includes("Laporan otomatis"))).toHaveLength(2);
  });
});
