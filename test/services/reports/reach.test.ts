import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DeliveryStatus } from "../../../src/generated/prisma/enums.js";
import type { ReportFilter } from "../../../src/services/reports/filter.js";
import { reportLanguage } from "../../../src/services/reports/language.js";
import { reportFilter } from "../../../src/services/reports/period.js";
import { reachByUnitReport, type ReachByUnitReport } from "../../../src/services/reports/reach.js";
import type { Cell } from "../../../src/services/reports/report-table.js";
import { createTestDb, type TestDb } from "../../kit/db.js";
import { seedReportsFixture, wib, type ReportPersonKey, type ReportsFixture } from "./reports-fixture.js";

/**
 * The shared report district, and what its leaders sent in 2026 (plus one message of 2025):
 *
 *   N0  30 Dec 2025  everyone, all delivered                              (outside the year)
 *   N1   2 Feb 2026  everyone, acknowledgement asked: the nurse had blocked the bot, the staff member
 *                   has no chat account; sekda, kadinkes, kabid, kapus, midwife and kadisdik confirm
 *   N2   2 Mar 2026  campaign message to Dinas Kesehatan's subtree, no acknowledgement; the head of
 *                   the Muara Tebo puskesmas gets it in two parts (counted once)
 *   N4   1 Apr 2026  Dinas Pendidikan, acknowledgement asked: both confirm
 *   N5  14 Oct 2026  Sekretariat Daerah, no acknowledgement: the sekda's copy is still held in the queue
 *
 * Putri (the mover) now works in the Muara Tebo puskesmas: her messages count there, whatever her unit
 * was when they arrived. A reminder to the kapus is not an announcement and does not count.
 */

let testDb: TestDb;
let fx: ReportsFixture;

const EVERYONE: ReportPersonKey[] = [
  "sekda",
  "admin",
  "kadinkes",
  "kabid",
  "staff",
  "kapus",
  "nurse",
  "mover",
  "midwife",
  "kadisdik",
  "teacher",
];
const DINKES_SUBTREE: ReportPersonKey[] = ["kadinkes", "kabid", "staff", "kapus", "nurse", "mover", "midwife"];

beforeAll(async () => {
  testDb = await createTestDb();
  fx = await seedReportsFixture(testDb.db);
  const { db } = testDb;
  await db.chatAccount.create({
    data: {
      platform: "TELEGRAM",
      externalId: "7001",
      chatId: "7001",
      employeeId: fx.people.nurse,
      blockedAt: wib("2026-01-15 20:00"),
    },
  });
  const campaign = await db.campaign.create({
    data: { authorId: fx.people.sekda, name: "Budaya kerja BerAKHLAK", cron: "0 8 * * 1" },
  });

  const announce = async (sentAt: string, body: string, needsAck: boolean, campaignPosition?: number) =>
    (
      await db.announcement.create({
        data: {
          authorId: fx.people.sekda,
          body,
          needsAck,
          status: "SENT",
          sentAt: wib(sentAt),
          ...(campaignPosition === undefined ? {} : { campaignId: campaign.id, campaignPosition }),
        },
      })
    ).id;
  const deliver = (
    announcementId: number | null,
    who: ReportPersonKey,
    status: DeliveryStatus,
    at: string,
    options: { ack?: boolean; key?: string } = {},
  ) =>
    db.delivery.create({
      data: {
        dedupeKey: options.key ?? `announcement:${announcementId}:${fx.people[who]}`,
        employeeId: fx.people[who],
        platform: "TELEGRAM",
        chatId: String(fx.people[who]),
        payload: JSON.stringify({ text: "…" }),
        priority: 2,
        status,
        notBefore: wib(at),
        nextAttemptAt: wib(at),
        sentAt: status === "SENT" ? wib(at) : null,
        ackAt: options.ack ? wib(at) : null,
        lastError: status === "FAILED" ? "recipient has no linked chat account" : null,
        announcementId,
      },
    });

  const n0 = await announce("2025-12-30 09:00", "Selamat tahun baru 2026.", false);
  for (const who of EVERYONE) await deliver(n0, who, "SENT", "2025-12-30 09:00");

  const n1 = await announce("2026-02-02 09:00", "Mulai Maret, absensi memakai <b>SiAP Tebo</b>.", true);
  const confirmed = new Set<ReportPersonKey>(["sekda", "kadinkes", "kabid", "kapus", "midwife", "kadisdik"]);
  for (const who of EVERYONE) {
    const status = who === "nurse" ? "BLOCKED" : who === "staff" ? "FAILED" : "SENT";
    await deliver(n1, who, status, "2026-02-02 09:00", { ack: confirmed.has(who) });
  }

  const n2 = await announce("2026-03-02 08:00", "Berorientasi pelayanan: senyum, sapa, salam.", false, 0);
  for (const who of DINKES_SUBTREE) {
    await deliver(n2, who, who === "nurse" ? "BLOCKED" : who === "staff" ? "FAILED" : "SENT", "2026-03-02 08:00");
  }
  await deliver(n2, "kapus", "SENT", "2026-03-02 08:00", { key: `announcement:${n2}:${fx.people.kapus}#2` });
  await deliver(null, "kapus", "SENT", "2026-03-09 15:00", { key: "reminder:1:day-before" });

  const n4 = await announce("2026-04-01 09:00", "Rapat koordinasi guru penggerak.", true);
  for (const who of ["kadisdik", "teacher"] as const) await deliver(n4, who, "SENT", "2026-04-01 09:00", { ack: true });

  const n5 = await announce("2026-10-14 20:30", "Apel pagi pindah ke halaman kantor bupati.", false);
  await deliver(n5, "sekda", "PENDING", "2026-10-14 20:30");
  await deliver(n5, "admin", "SENT", "2026-10-14 20:30");

});
afterAll(() => testDb.dispose());

function period(input: { year: number } | { from: string; to: string }, unitId: number | null = null): ReportFilter {
  const result = reportFilter(input, { unitId, timezone: "Asia/Jakarta" });
  if (!result.ok) throw new Error(result.code);
  return result.filter;
}

async function reportFor(viewerId: number, filter = period({ year: 2026 }), locale: "id" | "en" = "id"): Promise<ReachByUnitReport> {
  const outcome = await reachByUnitReport(fx.deps, { viewerId, filter, language: reportLanguage(locale) });
  if (!outcome.ok) throw new Error(`refused: ${outcome.code}`);
  return outcome.report;
}

const round = (cell: Cell | undefined) => (typeof cell === "number" ? Math.round(cell * 1e4) / 1e4 : cell);
const r = (value: number) => Math.round(value * 1e4) / 1e4;
const SHARES = ["deliveredShare", "ackExpected", "acknowledged", "ackShare"];
const UNIT_COLUMNS = ["unit", "recipients", "delivered", "pending", "failed", "blocked", ...SHARES];
const MESSAGE_COLUMNS = ["campaign", "excerpt", "needsAck", "recipients", "delivered", "blocked", "deliveredShare", "acknowledged", "ackShare"];
const cells = (columns: string[]) => (row: Record<string, Cell>) => columns.map((key) => round(row[key]));

describe("announcement reach per unit", () => {
  it("adds up every message of the year per OPD for the sekda, with the blocked and the unreachable", async () => {
    const report = await reportFor(fx.people.sekda);
    expect(report.kind).toBe("reach");
    expect(report.scope).toBe("Tahun 2026 · Seluruh kabupaten");
    const [units] = report.tables;
    expect(units!.name).toBe("jangkauan-unit");
    expect(units!.rows.map(cells(UNIT_COLUMNS))).toEqual([
      // N1 to 7 people of the subtree (5 delivered, 4 of them confirm) and N2 to the same 7 (5 delivered);
      // the nurse blocked the bot, the staff member has no chat account, the kapus's second part is not
      // a second recipient.
      ["Dinas Kesehatan", 14, 10, 0, 2, 2, r(10 / 14), 5, 4, 0.8],
      // N1 to both (one confirms) and N4 to both (both confirm).
      ["Dinas Pendidikan", 4, 4, 0, 0, 0, 1, 4, 3, 0.75],
      // N1 to both (the sekda confirms), N5 to both, the sekda's still queued; N5 asked for no confirmation.
      ["Sekretariat Daerah", 4, 3, 1, 0, 0, 0.75, 2, 1, 0.5],
    ]);
  });

  it("lists each message with its audience, delivery and confirmations", async () => {
    const report = await reportFor(fx.people.admin);
    const messages = report.tables[1]!;
    expect(messages.name).toBe("jangkauan-pengumuman");
    expect(messages.rows.map((row) => row.sentAt)).toEqual([
      wib("2026-02-02 09:00"),
      wib("2026-03-02 08:00"),
      wib("2026-04-01 09:00"),
      wib("2026-10-14 20:30"),
    ]);
    expect(messages.rows.map(cells(MESSAGE_COLUMNS))).toEqual([
      [null, "Mulai Maret, absensi memakai SiAP Tebo.", "ya", 11, 9, 1, r(9 / 11), 6, r(6 / 9)],
      ["Budaya kerja BerAKHLAK", "Berorientasi pelayanan: senyum, sapa, salam.", "tidak", 7, 5, 1, r(5 / 7), null, null],
      [null, "Rapat koordinasi guru penggerak.", "ya", 2, 2, 0, 1, 2, 1],
      [null, "Apel pagi pindah ke halaman kantor bupati.", "tidak", 2, 1, 0, 0.5, null, null],
    ]);

    const { headline } = report;
    expect(headline).toMatchObject({
      announcements: 4,
      recipients: 22,
      delivered: 17,
      pending: 1,
      failed: 2,
      blocked: 2,
      ackExpected: 11,
      acknowledged: 8,
    });
    expect([round(headline.deliveredShare), round(headline.ackShare)]).toEqual([r(17 / 22), r(8 / 11)]);
    expect(headline.lowestDelivered?.unit.name).toBe("Dinas Kesehatan");
    expect(round(headline.lowestDelivered!.share)).toBe(r(10 / 14));
    expect(headline.lowestAck).toMatchObject({ unit: { name: "Sekretariat Daerah" }, share: 0.5 });
  });

  it("splits the head of Dinas Kesehatan's subtree by the units directly below, the mover under her new puskesmas", async () => {
    const report = await reportFor(fx.people.kadinkes);
    expect(report.scope).toBe("Tahun 2026 · Dinas Kesehatan (dan subunit)");
    expect(report.tables[0]!.rows.map(cells(UNIT_COLUMNS))).toEqual([
      // People placed directly in Dinas Kesehatan: kadinkes, kabid and the unreachable staff member.
      ["Dinas Kesehatan", 6, 4, 0, 2, 0, r(4 / 6), 2, 2, 1],
      // Kapus, the nurse (blocked) and Putri, who moved here from Dinas Pendidikan.
      ["Puskesmas Muara Tebo", 6, 4, 0, 0, 2, r(4 / 6), 2, 1, 0.5],
      ["Puskesmas Rimbo Bujang", 2, 2, 0, 0, 0, 1, 1, 1, 1],
    ]);
    // Only what reached the subtree: N1 to its 7 people, N2; nothing of N4 or N5.
    expect(report.tables[1]!.rows.map((row) => [row.recipients, row.delivered, row.acknowledged])).toEqual([
      [7, 5, 4],
      [7, 5, null],
    ]);
  });

  it("leaves the mover out of Dinas Pendidikan, where she was when the first message came", async () => {
    const report = await reportFor(fx.people.kadisdik);
    expect(report.tables[0]!.rows.map(cells(UNIT_COLUMNS))).toEqual([["Dinas Pendidikan", 4, 4, 0, 0, 0, 1, 4, 3, 0.75]]);
    expect(report.tables[1]!.rows.map((row) => row.recipients)).toEqual([2, 2]);
  });

  it("keeps to a date range and counts nothing from other years", async () => {
    const spring = await reportFor(fx.people.admin, period({ from: "2026-03-01", to: "2026-04-30" }));
    expect(spring.headline).toMatchObject({ announcements: 2, recipients: 9, delivered: 7 });
    const lastYear = await reportFor(fx.people.admin, period({ year: 2025 }));
    expect(lastYear.headline).toMatchObject({ announcements: 1, recipients: 11, delivered: 11, ackExpected: 0 });
    expect(lastYear.headline.ackShare).toBeNull();
    expect(lastYear.tables[1]!.rows[0]!.ackShare).toBeNull();
  });

  it("writes headers in English for an English reader", async () => {
    const report = await reportFor(fx.people.admin, period({ year: 2026 }), "en");
    expect(report.title).toBe("Announcement reach");
    expect(report.tables[0]!.columns.map((column) => column.header)).toEqual([
      "Unit",
      "Recipients",
      "Delivered",
      "Queued",
      "Failed",
      "Blocked the bot",
      "% delivered",
      "Delivered, confirmation asked",
      "Confirmed",
      "% confirmed",
    ]);
    expect(report.tables[1]!.rows[0]!.needsAck).toBe("yes");
  });

  it("is refused to an ASN and to a supervisor, and outside a head of OPD's unit", async () => {
    const ask = (viewerId: number, unitId: number | null = null) =>
      reachByUnitReport(fx.deps, { viewerId, filter: period({ year: 2026 }, unitId), language: reportLanguage("id") });
    expect(await ask(fx.people.nurse)).toEqual({ ok: false, code: "not-allowed" });
    expect(await ask(fx.people.kabid)).toEqual({ ok: false, code: "not-allowed" });
    expect(await ask(fx.people.kadinkes, fx.units.disdik)).toEqual({ ok: false, code: "outside-scope" });
  });
});
