import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ManualClock } from "../../src/clock.js";
import { createConfig } from "../../src/config.js";
import { loadDemoActivities } from "../../src/db/demo-activities.js";
import { DEMO_ANNOUNCEMENT_DAYS_AGO, loadDemoAnnouncements } from "../../src/db/demo-announcements.js";
import { DEMO_PEOPLE, loadDemoData } from "../../src/db/demo-data.js";
import { DEMO_PULSE_PLAN } from "../../src/db/demo-pulse.js";
import { sendAckReminders } from "../../src/services/announcements/ack-reminders.js";
import { sendDueReports } from "../../src/services/announcements/due-reports.js";
import type { ServiceDeps } from "../../src/services/deps.js";
import { createMessages } from "../../src/services/messages.js";
import { reportLanguage } from "../../src/services/reports/language.js";
import { buildReportPackage, type PackageKind } from "../../src/services/reports/package.js";
import { currentYearFilter } from "../../src/services/reports/period.js";
import { createTestDb, type TestDb } from "../kit/db.js";

// 10:20 WIB on Tuesday 10 November 2026.
const NOW = new Date("2026-11-10T03:20:00Z");
const TZ = "Asia/Jakarta";
const config = createConfig({ DATABASE_URL: "file:./unused.db", LOG_LEVEL: "silent" });
const options = { now: NOW, timezone: TZ, settings: config.announcements, messages: createMessages(config) };

let testDb: TestDb;
let deps: ServiceDeps;

beforeEach(async () => {
  testDb = await createTestDb();
  deps = { db: testDb.db, clock: new ManualClock(NOW) };
  await loadDemoData(deps);
});
afterEach(async () => testDb.dispose());

async function demoPackage(kind: PackageKind) {
  const leader = await testDb.db.employee.findUniqueOrThrow({ where: { nip: DEMO_PEOPLE.leader.nip } });
  const outcome = await buildReportPackage(
    { ...deps, timezone: TZ, settings: config.announcements },
    { kind, viewerId: leader.id, filter: currentYearFilter(deps.clock, TZ), language: reportLanguage("id") },
  );
  if (!outcome.ok) throw new Error(outcome.code);
  return outcome.package;
}

describe("the demo announcement", () => {
  it("was sent by the demo leader to everyone two weeks ago, and nothing of it is left to send", async () => {
    const counts = await loadDemoAnnouncements(deps, options);
    const employees = await testDb.db.employee.count({ where: { active: true } });
    expect(counts).toMatchObject({ recipients: employees });
    expect(counts!.delivered).toBeLessThan(employees);
    expect(counts!.acknowledged).toBeGreaterThan(0);
    expect(counts!.acknowledged).toBeLessThan(counts!.delivered);

    const announcement = await testDb.db.announcement.findFirstOrThrow({ include: { author: true } });
    expect(announcement.author.nip).toBe(DEMO_PEOPLE.leader.nip);
    expect(announcement.status).toBe("SENT");
    expect(announcement.sentAt!.getTime()).toBeLessThan(NOW.getTime() - (DEMO_ANNOUNCEMENT_DAYS_AGO - 1) * 86_400_000);
    expect(await testDb.db.delivery.count({ where: { status: { in: ["PENDING", "SENDING"] } } })).toBe(0);
    expect(await testDb.db.evaluationRequest.count({ where: { status: { in: ["PENDING", "IN_PROGRESS"] } } })).toBe(0);

    // The reminder and the author's report count as sent back then: the scheduler adds nothing now.
    const announcementDeps = { ...deps, messages: options.messages, settings: config.announcements };
    expect(await sendAckReminders(announcementDeps, { now: NOW })).toEqual({ announcements: 0, reminded: 0 });
    expect(await sendDueReports(announcementDeps, { now: NOW })).toEqual({ reports: 0 });
  });

  it("stores the pulse answers anonymously, with only the unit", async () => {
    const counts = await loadDemoAnnouncements(deps, options);
    const planned = DEMO_PULSE_PLAN.reduce((sum, plan) => sum + plan.respondents, 0);
    expect(counts!.pulseResponses).toBe(planned);
    const responses = await testDb.db.response.findMany({ where: { announcementId: { not: null } }, include: { answers: true } });
    expect(responses).toHaveLength(planned);
    expect(responses.every((response) => response.respondentId === null && response.unitId !== null)).toBe(true);
    expect(responses.every((response) => response.answers.length === 10)).toBe(true);
  });

  it("gives the leader's reach and readiness charts something to show", async () => {
    await loadDemoAnnouncements(deps, options);
    const pack = await demoPackage("reach-readiness");
    const [reach, readiness] = pack.charts;
    expect(reach!.caption).toMatch(/^\d+% pesan terkirim, \d+% dikonfirmasi \(1 pengumuman\); terendah: /);
    // Four OPD shown, three with their own barrier point, in ADKAR order; two small ones pooled.
    expect(readiness!.caption).toMatch(
      /: 4 unit ditampilkan, 3 dengan titik hambatan; Awareness \(kesadaran\): Dinas Pekerjaan Umum .*; Desire \(keinginan\): Dinas Pendidikan.*; Knowledge \(pengetahuan\): Dinas Kesehatan$/,
    );
    const rows = pack.report.tables.find((table) => table.name === "kesiapan-unit")!.rows.map((row) => row.unit);
    expect(rows).toEqual(expect.arrayContaining(["Semua unit", "Unit lain (digabung)"]));
  });

  it("is loaded once: a second run changes nothing", async () => {
    await loadDemoAnnouncements(deps, options);
    const before = {
      announcements: await testDb.db.announcement.count(),
      deliveries: await testDb.db.delivery.findMany({ orderBy: { id: "asc" } }),
      responses: await testDb.db.response.count(),
    };
    expect(await loadDemoAnnouncements(deps, { ...options, now: new Date(NOW.getTime() + 86_400_000) })).toBeNull();
    expect({
      announcements: await testDb.db.announcement.count(),
      deliveries: await testDb.db.delivery.findMany({ orderBy: { id: "asc" } }),
      responses: await testDb.db.response.count(),
    }).toEqual(before);
  });
});

describe("the demo data as a whole gives every chart something to show", () => {
  it("JP credited, L1 answers, announcement reach and partners", async () => {
    await loadDemoActivities(deps, { now: NOW, timezone: TZ });
    await loadDemoAnnouncements(deps, options);
    const jp = await demoPackage("jp-compliance");
    expect(jp.charts[0]!.caption).toMatch(/^\d+% pegawai mencapai 20 JP \(\d+ dari \d+\); terendah: /);
    const effectiveness = await demoPackage("effectiveness");
    expect(effectiveness.charts[0]!.caption).toMatch(/^Rerata L1 \d,\d dari 5 di \d+ kegiatan; tertinggi: /);
    const partners = await demoPackage("partners");
    expect(partners.charts[0]!.caption).toMatch(/^\d+ mitra, \d+ kegiatan, [1-9]\d* peserta, [1-9]\d* JP; terbanyak: /);
    expect(jp.xlsx!.content.length).toBeGreaterThan(1000);
  });
});
