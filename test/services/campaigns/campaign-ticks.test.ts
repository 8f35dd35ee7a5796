import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ManualClock } from "../../../src/clock.js";
import { connectDb, createDb, type Db } from "../../../src/db/client.js";
import { FakeBotApi } from "../../../src/emulator/fake-bot-api.js";
import { createLogger } from "../../../src/logger.js";
import { campaignTicksJob } from "../../../src/scheduler/jobs/campaign-ticks.js";
import { createJobDeps } from "../../../src/scheduler/index.js";
import { deliverAnnouncement } from "../../../src/services/announcements/deliver.js";
import { campaignDedupeKey, runCampaignTicks } from "../../../src/services/campaigns/campaign-tick.js";
import {
  campaignDetail,
  createCampaign,
  endCampaign,
  pauseCampaign,
  resumeCampaign,
  type CreateCampaignInput,
} from "../../../src/services/campaigns/campaigns.js";
import { createTestDb, type TestDb } from "../../kit/db.js";
import { createTestDispatcher } from "../../kit/test-dispatcher.js";
import { seedCampaignDistrict, tickDeps, TIMEZONE, type CampaignDistrict, type PersonKey } from "./campaign-fixture.js";

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const WEEK = 7 * DAY;
// Created on Friday 4 December 2026, 10:00 WIB; the campaign goes out on Mondays at 08:00 WIB.
const CREATED = new Date("2026-12-04T03:00:00Z");
const MONDAY = [0, 1, 2, 3, 4].map((week) => new Date(Date.parse("2026-12-07T01:00:00Z") + week * WEEK));
const at = (base: Date, ms: number) => new Date(base.getTime() + ms);

const BODIES = [
  "<b>Minggu 1</b>: mengapa kita beralih ke presensi digital.",
  "<b>Minggu 2</b>: presensi dari ponsel, langkah demi langkah.",
  "<b>Minggu 3</b>: mencatat kinerja harian di e-Kinerja.",
];

let testDb: TestDb;
let clock: ManualClock;
let district: CampaignDistrict;
const extraClients: Db[] = [];

beforeEach(async () => {
  testDb = await createTestDb();
  clock = new ManualClock(CREATED);
  district = await seedCampaignDistrict(testDb.db);
});
afterEach(async () => {
  for (const client of extraClients.splice(0)) await client.$disconnect();
  await testDb.dispose();
});

/** A process of its own over the same database file, as after a restart or on a second server. */
async function freshProcess() {
  const db = createDb(testDb.url);
  await connectDb(db);
  extraClients.push(db);
  return tickDeps(db, clock);
}

const deps = () => tickDeps(testDb.db, clock);

async function weeklyCampaign(overrides: Partial<CreateCampaignInput> = {}): Promise<number> {
  const created = await createCampaign(deps(), {
    authorId: district.people.bupati,
    name: "Cara kerja baru",
    schedule: { kind: "weekly", weekday: 1, time: "08:00" },
    audience: { kind: "all" },
    needsAck: true,
    messages: BODIES.map((bodyHtml) => ({ bodyHtml })),
    ...overrides,
  });
  if (!created.ok) throw new Error(`campaign not created: ${created.code}`);
  return created.campaign.id;
}

/** Each employee's campaign deliveries, as the message positions they were queued in. */
async function positionsByPerson(campaignId: number): Promise<Map<number, number[]>> {
  const rows = await testDb.db.delivery.findMany({ where: { dedupeKey: { startsWith: `camp:${campaignId}:` } }, orderBy: { id: "asc" } });
  const byPerson = new Map<number, number[]>();
  for (const row of rows) {
    const position = Number(row.dedupeKey.split(":")[2]);
    byPerson.set(row.employeeId!, [...(byPerson.get(row.employeeId!) ?? []), position]);
  }
  return byPerson;
}

const ACTIVE_PEOPLE: PersonKey[] = ["bupati", "admin", "ahmad", "siti", "joko", "kadinkes", "perawat"];

describe("campaign ticks", () => {
  it("sends a weekly campaign once per recipient and message, in order, through a double tick, a crash and a restart", async () => {
    const api = await FakeBotApi.start();
    try {
      const dispatcher = () => createTestDispatcher({ db: testDb.db, clock }, api);
      const first = await freshProcess();
      const campaignId = await weeklyCampaign();

      // Nothing before the first Monday morning.
      clock.set(at(MONDAY[0]!, -MINUTE));
      expect(await runCampaignTicks(first, { now: clock.now() })).toMatchObject({ sent: 0, enqueued: 0 });

      // Monday 08:00: the tick fires twice at once, and a second server runs it too a moment later.
      // (Two connections in one test process cannot write at the same instant: SQLite's busy wait
      // would block the event loop both need, so the second server comes after.)
      clock.set(at(MONDAY[0]!, 5_000));
      const runs = await Promise.all([runCampaignTicks(first, { now: clock.now() }), runCampaignTicks(first, { now: clock.now() })]);
      runs.push(await runCampaignTicks(await freshProcess(), { now: clock.now() }));
      expect(runs.reduce((sum, run) => sum + run.sent, 0)).toBe(1);
      expect(runs.reduce((sum, run) => sum + run.enqueued, 0)).toBe(ACTIVE_PEOPLE.length);
      await dispatcher().drain();

      // Week 2: the first process queues the message and dies before the campaign advances ...
      clock.set(at(MONDAY[1]!, 10_000));
      await deliverAnnouncement(first, {
        announcementId: (await testDb.db.announcement.findFirstOrThrow({ where: { campaignId, campaignPosition: 1 } })).id,
        employeeIds: Object.values(district.people),
        dedupeKeyOf: (employeeId) => campaignDedupeKey(campaignId, 1, employeeId),
        now: clock.now(),
      });
      await first.db.$disconnect();
      // ... and the restarted process, on its first tick a minute later, finishes the job without resending.
      clock.set(at(MONDAY[1]!, MINUTE));
      const restarted = await freshProcess();
      expect(await runCampaignTicks(restarted, { now: clock.now() })).toMatchObject({ sent: 1, enqueued: 0 });
      expect(await runCampaignTicks(restarted, { now: at(MONDAY[1]!, 2 * MINUTE) })).toMatchObject({ sent: 0 });
      await dispatcher().drain();

      // Week 3: the last message; the campaign ends itself.
      clock.set(at(MONDAY[2]!, 30_000));
      expect(await runCampaignTicks(restarted, { now: clock.now() })).toMatchObject({ sent: 1, ended: 1 });
      await dispatcher().drain();
      clock.set(at(MONDAY[3]!, 30_000));
      expect(await runCampaignTicks(restarted, { now: clock.now() })).toMatchObject({ sent: 0 });

      // Every recipient has each message exactly once, in order; joko has no linked chat and is counted as not reached.
      const positions = await positionsByPerson(campaignId);
      expect([...positions.keys()].sort((a, b) => a - b)).toEqual(ACTIVE_PEOPLE.map((key) => district.people[key]).sort((a, b) => a - b));
      for (const person of ACTIVE_PEOPLE) expect(positions.get(district.people[person]), person).toEqual([0, 1, 2]);
      const rows = await testDb.db.delivery.findMany({ where: { dedupeKey: { startsWith: `camp:${campaignId}:` } } });
      expect(rows.every((row) => row.priority === 2 && row.quietHours)).toBe(true);
      expect(rows.filter((row) => row.employeeId === district.people.joko).map((row) => row.status)).toEqual(["FAILED", "FAILED", "FAILED"]);

      // What actually reached Telegram: each linked person got the three messages, once each, in order.
      for (const [person, chatId] of Object.entries(district.chatOf)) {
        const texts = api.botMessages(chatId).map((message) => message.text);
        expect(texts, person).toEqual([
          "Minggu 1: mengapa kita beralih ke presensi digital.",
          "Minggu 2: presensi dari ponsel, langkah demi langkah.",
          "Minggu 3: mencatat kinerja harian di e-Kinerja.",
        ]);
      }
      const acks = api.callsTo("sendMessage").filter((call) => call.chatId === district.chatOf.ahmad);
      expect(JSON.stringify(acks[0]!.payload.reply_markup)).toContain(`ack:`);

      const campaign = await testDb.db.campaign.findUniqueOrThrow({ where: { id: campaignId } });
      expect(campaign).toMatchObject({ status: "ENDED", nextPosition: 3, lastTickAt: MONDAY[2] });
      const messages = await testDb.db.announcement.findMany({ where: { campaignId }, orderBy: { campaignPosition: "asc" } });
      expect(messages.map((message) => message.status)).toEqual(["SENT", "SENT", "SENT"]);
      expect(messages.map((message) => message.sentAt)).toEqual([at(MONDAY[0]!, 5_000), at(MONDAY[1]!, MINUTE), at(MONDAY[2]!, 30_000)]);
      expect(await testDb.db.auditLog.count({ where: { action: "campaign.send", targetId: String(campaignId) } })).toBe(3);
    } finally {
      await api.close();
    }
  });

  it("stops sending while paused and, once resumed, does not make up the missed weeks", async () => {
    const campaignId = await weeklyCampaign();
    const author = { kind: "employee" as const, employeeId: district.people.bupati };
    await runCampaignTicks(deps(), { now: at(MONDAY[0]!, MINUTE) });

    clock.set(at(MONDAY[0]!, DAY));
    expect(await pauseCampaign(deps(), { campaignId, actor: author })).toEqual({ ok: true, changed: true, status: "PAUSED" });
    for (const monday of [MONDAY[1]!, MONDAY[2]!]) {
      expect(await runCampaignTicks(deps(), { now: at(monday, MINUTE) })).toMatchObject({ sent: 0, enqueued: 0 });
    }

    // Resumed on Wednesday after the third Monday: two Mondays were missed, and none is sent now.
    clock.set(at(MONDAY[2]!, 2 * DAY));
    expect(await resumeCampaign(deps(), { campaignId, actor: author })).toEqual({ ok: true, changed: true, status: "ACTIVE" });
    expect(await runCampaignTicks(deps(), { now: at(MONDAY[2]!, 2 * DAY + MINUTE) })).toMatchObject({ sent: 0 });
    const detail = await campaignDetail(deps(), { campaignId, viewer: author });
    expect(detail.ok && detail.campaign.nextRunAt).toEqual(MONDAY[3]);

    // The next Monday brings the second message, not the second and third.
    expect(await runCampaignTicks(deps(), { now: at(MONDAY[3]!, MINUTE) })).toMatchObject({ sent: 1 });
    const positions = await positionsByPerson(campaignId);
    expect(positions.get(district.people.ahmad)).toEqual([0, 1]);
  });

  it("sends only the next message after the server was down for weeks", async () => {
    const campaignId = await weeklyCampaign();
    await runCampaignTicks(deps(), { now: at(MONDAY[0]!, MINUTE) });
    // Back on Tuesday of the fourth week: three Mondays passed unseen.
    expect(await runCampaignTicks(deps(), { now: at(MONDAY[3]!, DAY) })).toMatchObject({ sent: 1 });
    expect(await runCampaignTicks(deps(), { now: at(MONDAY[3]!, DAY + MINUTE) })).toMatchObject({ sent: 0 });
    expect((await positionsByPerson(campaignId)).get(district.people.perawat)).toEqual([0, 1]);
    const campaign = await testDb.db.campaign.findUniqueOrThrow({ where: { id: campaignId } });
    expect(campaign).toMatchObject({ status: "ACTIVE", nextPosition: 2, lastTickAt: MONDAY[3] });
  });

  it("does not send for a slot that passed before the campaign was created", async () => {
    // Created on Monday at 08:30, after that morning's slot: the first message waits a week.
    clock.set(at(MONDAY[0]!, 30 * MINUTE));
    const campaignId = await weeklyCampaign();
    expect(await runCampaignTicks(deps(), { now: at(MONDAY[0]!, 31 * MINUTE) })).toMatchObject({ sent: 0 });
    expect(await runCampaignTicks(deps(), { now: at(MONDAY[1]!, MINUTE) })).toMatchObject({ sent: 1 });
    expect((await positionsByPerson(campaignId)).get(district.people.ahmad)).toEqual([0]);
  });

  it("refuses a forged pause, resume or end from a plain ASN or another leader; the author and an admin may", async () => {
    const campaignId = await weeklyCampaign();
    const as = (key: PersonKey) => ({ kind: "employee" as const, employeeId: district.people[key] });
    for (const intruder of ["ahmad", "kadinkes"] as const) {
      expect(await pauseCampaign(deps(), { campaignId, actor: as(intruder) })).toEqual({ ok: false, code: "not-allowed" });
      expect(await endCampaign(deps(), { campaignId, actor: as(intruder) })).toEqual({ ok: false, code: "not-allowed" });
    }
    expect(await testDb.db.campaign.findUniqueOrThrow({ where: { id: campaignId } })).toMatchObject({ status: "ACTIVE" });
    expect(await testDb.db.auditLog.count({ where: { targetType: "campaign", action: { not: "campaign.create" } } })).toBe(0);

    expect(await pauseCampaign(deps(), { campaignId, actor: as("admin") })).toMatchObject({ ok: true, changed: true });
    expect(await pauseCampaign(deps(), { campaignId, actor: as("bupati") })).toMatchObject({ ok: true, changed: false });
    expect(await resumeCampaign(deps(), { campaignId, actor: as("ahmad") })).toEqual({ ok: false, code: "not-allowed" });
    expect(await resumeCampaign(deps(), { campaignId, actor: as("bupati") })).toMatchObject({ ok: true, changed: true });
    expect(await endCampaign(deps(), { campaignId, actor: as("bupati") })).toMatchObject({ ok: true, changed: true, status: "ENDED" });
    expect(await resumeCampaign(deps(), { campaignId, actor: as("bupati") })).toEqual({ ok: false, code: "ended" });

    expect(await runCampaignTicks(deps(), { now: at(MONDAY[0]!, MINUTE) })).toMatchObject({ sent: 0 });
    expect(await testDb.db.delivery.count()).toBe(0);
  });

  it("reaches only a unit-scoped leader's unit, resolved at the tick, including people who joined since", async () => {
    const campaignId = await weeklyCampaign({ authorId: district.people.kadinkes });
    const bidan = await testDb.db.employee.create({
      data: {
        nip: "199001012015012999",
        name: "Lina Marlina, A.Md.Keb.",
        unitId: district.units.DINKES,
        position: "Bidan",
        positionType: "FUNGSIONAL",
        grade: "II/c",
        employmentType: "PNS",
      },
    });
    await runCampaignTicks(deps(), { now: at(MONDAY[0]!, MINUTE) });
    const reached = [...(await positionsByPerson(campaignId)).keys()].sort((a, b) => a - b);
    expect(reached).toEqual([district.people.kadinkes, district.people.perawat, bidan.id].sort((a, b) => a - b));
  });

  it("pauses, without sending, the campaign of an author who may no longer announce", async () => {
    const campaignId = await weeklyCampaign();
    await testDb.db.roleGrant.deleteMany({ where: { employeeId: district.people.bupati } });
    expect(await runCampaignTicks(deps(), { now: at(MONDAY[0]!, MINUTE) })).toMatchObject({ sent: 0, paused: 1 });
    expect(await testDb.db.delivery.count()).toBe(0);
    expect(await testDb.db.campaign.findUniqueOrThrow({ where: { id: campaignId } })).toMatchObject({ status: "PAUSED" });
  });

  it("holds evening messages for the quiet hours and runs as the scheduler's job", async () => {
    const created = await createCampaign(deps(), {
      authorId: district.people.bupati,
      name: "Pengingat malam",
      schedule: { kind: "daily", time: "22:00" },
      audience: { kind: "units", unitIds: [district.units.BKPSDM] },
      needsAck: false,
      messages: [{ bodyHtml: "Jangan lupa presensi pulang." }],
    });
    expect(created.ok).toBe(true);
    // Friday 4 December, 22:00 WIB.
    clock.set("2026-12-04T15:00:30Z");
    const jobDeps = createJobDeps({ db: testDb.db, clock }, { timezone: TIMEZONE, quietHours: { start: "21:00", end: "06:00" } });
    expect(await campaignTicksJob.run(jobDeps, { now: clock.now(), log: createLogger("silent") })).toEqual({
      sent: 1,
      enqueued: 2,
      ended: 1,
      paused: 0,
    });
    const rows = await testDb.db.delivery.findMany({ where: { employeeId: district.people.siti } });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ priority: 2, quietHours: true, status: "PENDING" });
  });
});
