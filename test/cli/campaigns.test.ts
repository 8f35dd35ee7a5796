import { writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { systemClock } from "../../src/clock.js";
import type { Db } from "../../src/db/client.js";
import { ensureDefaultQuestionnaires } from "../../src/services/evaluations/defaults.js";
import { runCli } from "../kit/cli.js";
import { createTestDb, type TestDb } from "../kit/db.js";
import { seedCampaignDistrict, type CampaignDistrict } from "../services/campaigns/campaign-fixture.js";

const EXAMPLE = resolve(import.meta.dirname, "../../docs/examples/campaigns/kerja-digital.yaml");

let testDb: TestDb;
let db: Db;
let district: CampaignDistrict;

beforeAll(async () => {
  testDb = await createTestDb();
  db = testDb.db;
  district = await seedCampaignDistrict(db);
  await ensureDefaultQuestionnaires({ db, clock: systemClock });
});
afterAll(() => testDb.dispose());

const cli = (...args: string[]) => runCli(testDb.url, ...args);
const lines = (text: string) => text.trim().split("\n");

describe("cli campaign", () => {
  it("explains a schedule in words, or what is wrong with it, in either language", async () => {
    const weekly = await cli("campaign", "explain", "0 8 * * 1");
    expect(weekly.code).toBe(0);
    const [words, next] = lines(weekly.stdout);
    expect(words).toBe("setiap Senin pukul 08.00 WIB");
    expect(next).toMatch(/^Berikutnya: Senin, \d{1,2} \w+ \d{4} pukul 08\.00 WIB\.$/);

    const english = await cli("--lang", "en", "campaign", "explain", "* * * * *");
    expect(english.code).toBe(1);
    expect(english.stderr.trim()).toBe(
      'This schedule runs 60 times an hour. A socialisation campaign is sent at most once an hour: put a single number in the minute part, for example "0 8 * * 1".',
    );
  });

  it("imports the example campaign for a leader, then lists and shows it", async () => {
    const imported = await cli("campaign", "import", EXAMPLE, "--author", district.nipOf.bupati);
    expect(imported.stderr).toBe("");
    expect(imported.code).toBe(0);
    const campaign = await db.campaign.findFirstOrThrow({ include: { _count: { select: { messages: true } } } });
    expect(campaign).toMatchObject({ authorId: district.people.bupati, cron: "0 8 * * 1", needsAck: true, status: "ACTIVE" });
    expect(campaign._count.messages).toBe(4);
    const [created, first] = lines(imported.stdout);
    expect(created).toBe(`Kampanye #${campaign.id} "Cara kerja baru — presensi digital dan e-Kinerja" dibuat: 4 pesan, setiap Senin pukul 08.00 WIB.`);
    expect(first).toMatch(/^Pesan pertama: Senin, /);

    const list = await cli("campaign", "list");
    expect(list.code).toBe(0);
    expect(list.stdout).toContain(`#${campaign.id} · aktif · Cara kerja baru — presensi digital dan e-Kinerja · setiap Senin pukul 08.00 WIB · 0 dari 4 pesan terkirim`);

    const show = await cli("campaign", "show", String(campaign.id));
    expect(show.code).toBe(0);
    expect(lines(show.stdout)).toEqual(
      expect.arrayContaining([
        "Sasaran: semua ASN",
        "Konfirmasi baca: ya",
        "Kemajuan: 0 dari 4 pesan terkirim",
        "4. Satu bulan berjalan: bagaimana menurut Anda? Terima kasih, Bapak/Ibu telah… — belum terkirim · dengan survei kesiapan",
      ]),
    );
    expect(show.stdout).toMatch(/Berikutnya: pesan 1 dari 4, Senin, /);
  });

  it("pauses and ends a campaign; an ended one cannot be resumed", async () => {
    const campaign = await db.campaign.findFirstOrThrow();
    const pause = await cli("campaign", "pause", String(campaign.id));
    expect(pause.stdout.trim()).toBe(`Kampanye #${campaign.id} dijeda.`);
    expect((await db.campaign.findUniqueOrThrow({ where: { id: campaign.id } })).status).toBe("PAUSED");
    const end = await cli("--lang", "en", "campaign", "end", String(campaign.id));
    expect(end.stdout.trim()).toBe(`Campaign #${campaign.id} ended.`);
    const again = await cli("campaign", "resume", String(campaign.id));
    expect(again.code).toBe(1);
    expect(again.stderr.trim()).toBe("Kampanye ini sudah selesai dan tidak bisa diubah lagi.");
    expect(await db.auditLog.count({ where: { targetType: "campaign", targetId: String(campaign.id) } })).toBe(3);
  });

  it("refuses a file authored by a plain ASN, and reports every problem in a bad file", async () => {
    const before = await db.campaign.count();
    const refused = await cli("campaign", "import", EXAMPLE, "--author", district.nipOf.ahmad);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain("Maaf, hanya pimpinan atau admin yang dapat membuat kampanye");

    const bad = join(testDb.dir, "bad.yaml");
    writeFileSync(bad, ["name: Uji", "cron: 0 25 * * 1", "audience: { units: [BKPSDM, DISHUB] }", "messages:", "  - body: <p>Halo</p>", ""].join("\n"));
    const result = await cli("campaign", "import", bad, "--author", district.nipOf.bupati);
    expect(result.code).toBe(1);
    expect(lines(result.stdout)).toEqual([
      'cron: Bagian ke-2 (jam) berisi "25" dan tidak valid. Gunakan angka 0–23, "*" untuk semua, daftar "1,3", rentang "1-5" atau langkah "*/2".',
      "messages.1.body: tag <p> tidak didukung Telegram; gunakan b, i, u, s, a, code, pre atau blockquote, dan baris baru sebagai pengganti <br> atau <p>.",
      "Impor dibatalkan: 2 masalah ditemukan. Tidak ada data yang disimpan.",
    ]);
    expect(await db.campaign.count()).toBe(before);
  });
});
