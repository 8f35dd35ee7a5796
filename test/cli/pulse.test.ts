import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../../src/db/client.js";
import { runCli } from "../kit/cli.js";
import { createTestDb, type TestDb } from "../kit/db.js";
import { seedPulse } from "../services/pulse/pulse-fixture.js";

let testDb: TestDb;
let db: Db;
let databaseUrl: string;
let fixture: Awaited<ReturnType<typeof seedPulse>>;

beforeAll(async () => {
  testDb = await createTestDb();
  ({ db, url: databaseUrl } = testDb);
  fixture = await seedPulse(db);
});

afterAll(() => testDb.dispose());

const cli = (...args: string[]) => runCli(databaseUrl, ...args);
const lines = (text: string) => text.trim().split("\n");

describe("cli pulse", () => {
  it("lists the rounds sent, latest first", async () => {
    const run = await cli("pulse", "list");
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(lines(run.stdout)).toEqual([
      `#${fixture.rounds.round2} · PULSE-ADKAR · Selasa, 1 Desember 2026 · 14/17 menjawab`,
      `#${fixture.rounds.round1} · PULSE-ADKAR · Senin, 2 November 2026 · 12/17 menjawab`,
    ]);
  });

  it("prints the latest results for the whole district as plain text", async () => {
    const run = await cli("pulse", "results");
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    const out = lines(run.stdout);
    expect(out[0]).toBe("📊 Kesiapan perubahan (ADKAR)");
    expect(out).toContain("Tingkat respons: 14/17 (82%)");
    expect(out).toContain("Dinas Kesehatan · 6 responden");
    expect(out).toContain("A 4,0 · D 2,5 · K 3,0 · A 3,7 · R 4,0");
    expect(out).toContain("Hambatan: Desire (keinginan)");
    expect(out).toContain("Tren: A ↑ +1,6 · D ↑ +0,2 · K ↑ +0,2 · A ↑ +0,2 · R → 0,0");
    expect(out).toContain("Tidak ditampilkan terpisah (kurang dari 5 responden): Dinas Komunikasi dan Informatika");
    expect(run.stdout).not.toContain("<b>");
  });

  it("narrows to a unit and an earlier round, in English", async () => {
    const run = await cli("pulse", "results", "--announcement", String(fixture.rounds.round1), "--unit", "dinkes", "--lang", "en");
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    const out = lines(run.stdout);
    expect(out).toContain("Scope: Dinas Kesehatan and the units below it");
    expect(out).toContain("Response rate: 5/8 (63%)");
    expect(out).toContain("Other units (small units combined) · 5 respondents");
    expect(out).toContain("Not shown separately (fewer than 5 respondents): Dinas Kesehatan, Puskesmas Muara Tebo");
    expect(run.stdout).not.toContain("Pendidikan");
  });

  it("explains an unknown unit and an announcement that is no pulse round", async () => {
    const unknown = await cli("pulse", "results", "--unit", "TIDAK-ADA");
    expect(unknown.code).toBe(1);
    expect(unknown.stderr.trim()).toBe("Unit TIDAK-ADA tidak ditemukan.");
    const missing = await cli("pulse", "results", "--announcement", "999");
    expect(missing.code).toBe(1);
    expect(missing.stderr.trim()).toBe("Survei kesiapan perubahan untuk pengumuman #999 tidak ditemukan dalam cakupan Anda.");
  });

  it("sends a pulse on its own to a unit at a set time, for leaders only", async () => {
    const head = await db.employee.findUniqueOrThrow({ where: { id: fixture.people.dinkesHead } });
    const asn = await db.employee.findUniqueOrThrow({ where: { id: fixture.people.asn } });
    // The clock of the CLI is the real one: schedule well ahead.
    const run = await cli("pulse", "send", "--author", head.nip, "--units", "PKM-MT", "--at", "2099-01-05 09:00");
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    const announcement = await db.announcement.findFirstOrThrow({
      where: { authorId: head.id },
      include: { audience: true, pulseQuestionnaire: true },
    });
    expect(run.stdout.trim()).toBe(
      `Survei kesiapan perubahan dijadwalkan sebagai pengumuman #${announcement.id} untuk 4 penerima pada Senin, 5 Januari 2099 pukul 09.00 WIB.`,
    );
    expect(announcement).toMatchObject({ status: "SCHEDULED", scheduledAt: new Date("2099-01-05T02:00:00Z"), needsAck: false });
    expect(announcement.pulseQuestionnaire?.code).toBe("PULSE-ADKAR");
    expect(announcement.body).toContain("Survei ini anonim");
    expect(announcement.audience).toEqual([expect.objectContaining({ kind: "UNIT", value: String(fixture.units.PKM) })]);

    const refused = await cli("pulse", "send", "--author", asn.nip, "--all");
    expect(refused.code).toBe(1);
    expect(refused.stderr.trim()).toBe("Survei tidak dikirim: hanya pimpinan dan admin yang dapat mengirim survei.");
    expect(await db.announcement.count({ where: { authorId: { in: [head.id, asn.id] } } })).toBe(1);
  });
});
