import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ManualClock } from "../../src/clock.js";
import { acknowledge } from "../../src/services/announcements/acknowledge.js";
import { createAnnouncement } from "../../src/services/announcements/announcements.js";
import { createMessages } from "../../src/services/messages.js";
import { runCli } from "../kit/cli.js";
import { createTestDb, type TestDb } from "../kit/db.js";
import { seedDistrict } from "../services/announcements/district-fixture.js";

let testDb: TestDb;
let announcementId: number;

// Monday 14 December 2026, 10:00 WIB.
const SENT_AT = new Date("2026-12-14T03:00:00Z");

/** The head of Dinkes told the Puskesmas to confirm; the nurse got it and confirmed, the midwife has no account. */
beforeAll(async () => {
  testDb = await createTestDb();
  const { people, units } = await seedDistrict(testDb.db);
  const deps = {
    db: testDb.db,
    clock: new ManualClock(SENT_AT),
    messages: createMessages({ defaultLocale: "id", timezone: "Asia/Jakarta" }),
    settings: { ackReminderAfterHours: 24, reportAfterHours: 48, pulseDueDays: 7, pulseBarrierThreshold: 3, pulseMinGroupSize: 5 },
  };
  const created = await createAnnouncement(deps, {
    authorId: people.kadinkes,
    content: { bodyHtml: "Jadwal <b>vaksinasi</b> pegawai Puskesmas" },
    audience: { kind: "units", unitIds: [units.PUSKESMAS] },
    needsAck: true,
    timing: { kind: "now" },
  });
  if (!created.ok) throw new Error(created.code);
  announcementId = created.announcementId;
  await testDb.db.delivery.updateMany({ where: { announcementId, status: "PENDING" }, data: { status: "SENT", sentAt: SENT_AT } });
  await acknowledge(deps, { announcementId, employeeId: people.perawat });
});
afterAll(() => testDb.dispose());

const cli = (...args: string[]) => runCli(testDb.url, ...args);

describe("cli announcement", () => {
  it("lists the latest announcements", async () => {
    const run = await cli("announcement", "list");
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout.trim()).toBe(
      `#${announcementId} [terkirim] Senin, 14 Desember 2026 pukul 10.00 WIB, dr. Yusuf Rahman: ` +
        "Jadwal vaksinasi pegawai Puskesmas (penerima 2, membaca 1)",
    );
  });

  it("prints an announcement's reach report as plain text", async () => {
    const run = await cli("announcement", "report", String(announcementId), "--lang", "en");
    expect(run.code).toBe(0);
    const out = run.stdout.trim().split("\n");
    expect(out[0]).toBe(`📊 Reach of announcement #${announcementId}`);
    expect(out).toContain("“Jadwal vaksinasi pegawai Puskesmas”");
    expect(out).toContain("✅ Sent: 1 (50%)");
    expect(out).toContain("❌ Failed (account not linked or an error): 1");
    expect(out).toContain("👁 Read: 1 (100% of those sent)");
    expect(out).toContain("• Puskesmas Muara Tebo: sent 1/2 (50%), read 1 (100%), failed 1, blocked 0, waiting 0");
  });

  it("fails politely for an unknown or malformed number", async () => {
    const missing = await cli("announcement", "report", "999");
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain("Pengumuman #999 tidak ditemukan.");
    const bad = await cli("announcement", "report", "abc");
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain("“abc” bukan bilangan bulat positif.");
  });
});
