import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { connectDb, createDb, type Db } from "../../src/db/client.js";
import { migrate } from "../../src/db/migrate.js";
import { runCli } from "../kit/cli.js";

let dir: string;
let databaseUrl: string;
let db: Db;

const cli = (...args: string[]) => runCli(databaseUrl, ...args);
const lines = (text: string) => text.trim().split("\n");

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "pembinaan-cli-activities-"));
  databaseUrl = `file:${join(dir, "cli.db")}`;
  await migrate(databaseUrl);
  db = createDb(databaseUrl);
  await connectDb(db);
  const demo = await cli("demo", "load", "--roster-only");
  expect(demo.code).toBe(0);
});

afterAll(async () => {
  await db.$disconnect();
  rmSync(dir, { recursive: true, force: true });
});

describe("cli partner and activity import", () => {
  it("imports the example partners, dry run first", async () => {
    const dry = await cli("partner", "import", "docs/examples/partners.csv", "--dry-run");
    expect(dry.stderr).toBe("");
    expect(dry.code).toBe(0);
    expect(lines(dry.stdout)).toEqual([
      "Uji coba selesai: 3 baris mitra valid. Tidak ada data yang disimpan.",
      "Mitra: 3 baru, 0 diperbarui, 0 tetap.",
    ]);
    expect(await db.partner.count()).toBe(0);

    const real = await cli("partner", "import", "docs/examples/partners.csv");
    expect(real.code).toBe(0);
    expect(lines(real.stdout)).toEqual(["Impor mitra selesai: 3 baris diproses.", "Mitra: 3 baru, 0 diperbarui, 0 tetap."]);

    const list = await cli("partner", "list");
    expect(list.code).toBe(0);
    expect(lines(list.stdout)).toContain(
      "Universitas Contoh Jambi (fiktif) · universitas · kontak: Dr. Rina Kartika, M.Kom., +62 812-0000-9001, kemitraan@univ-contoh-jambi.example · 0 kegiatan",
    );
  });

  it("imports the YAML example into the demo roster, then the CSV example changes nothing", async () => {
    const dry = await cli("activity", "import", "docs/examples/activities.yaml", "--dry-run");
    expect(dry.stderr).toBe("");
    expect(dry.code).toBe(0);
    expect(lines(dry.stdout)[0]).toBe("Uji coba selesai: 6 kegiatan valid. Tidak ada data yang disimpan.");
    expect(await db.activity.count()).toBe(0);

    const yaml = await cli("activity", "import", "docs/examples/activities.yaml");
    expect(yaml.stderr).toBe("");
    expect(yaml.code).toBe(0);
    expect(lines(yaml.stdout)).toEqual([
      "Impor kegiatan selesai: 6 kegiatan diproses.",
      "Kegiatan: 6 baru, 0 diperbarui, 0 tetap.",
      "Diterbitkan: EXCEL-2026, PERUBAHAN-2026, COACHING-SKP-2026, ETIKA-ASN-2026.",
    ]);

    const csv = await cli("activity", "import", "docs/examples/activities.csv", "--lang", "en");
    expect(csv.code).toBe(0);
    expect(lines(csv.stdout)).toEqual(["Activity import done: 6 activities processed.", "Activities: 0 new, 0 updated, 6 unchanged."]);
    expect(await db.auditLog.count({ where: { action: "activity.import" } })).toBe(2);
  });

  it("lists activities with WIB dates, fill, waiting list and status", async () => {
    const coaching = await db.activity.findUniqueOrThrow({ where: { code: "COACHING-SKP-2026" } });
    const people = await db.employee.findMany({ where: { unit: { code: "BKPSDM" } }, orderBy: { id: "asc" }, take: 4 });
    await db.registration.createMany({
      data: people.map((person, index) => ({
        activityId: coaching.id,
        employeeId: person.id,
        status: index < 3 ? ("REGISTERED" as const) : ("WAITLISTED" as const),
        waitlistPosition: index < 3 ? null : 1,
      })),
    });

    const list = await cli("activity", "list");

    expect(list.stderr).toBe("");
    expect(list.code).toBe(0);
    const output = lines(list.stdout);
    expect(output).toHaveLength(6);
    expect(output).toContain(
      "EXCEL-2026 · Pelatihan Analisis Data dengan Excel · Senin, 14 Desember 2026 pukul 08.00 WIB – Selasa, 15 Desember 2026 pukul 16.00 WIB · terisi 0/30 · daftar tunggu 0 · menunggu persetujuan 0 · terbit",
    );
    expect(output).toContain(
      "COACHING-SKP-2026 · Coaching Penyusunan SKP · Senin, 21 Desember 2026 pukul 08.00 WIB – 13.00 WIB · terisi 3/3 · daftar tunggu 1 · menunggu persetujuan 0 · terbit",
    );
    expect(output.find((line) => line.startsWith("PERUBAHAN-2026"))).toContain("terisi 0 (tanpa batas)");

    const drafts = await cli("activity", "list", "--status", "draft");
    expect(lines(drafts.stdout).map((line) => line.split(" · ")[0])).toEqual(["PELAYANAN-2027", "MAGANG-ARSIP-2027"]);

    const bad = await cli("activity", "list", "--status", "kemarin");
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('Status "kemarin" tidak dikenal');
  });

  it("publishes a draft with a fresh attendance code", async () => {
    const published = await cli("activity", "publish", "magang-arsip-2027");
    expect(published.stderr).toBe("");
    expect(published.code).toBe(0);
    expect(published.stdout.trim()).toMatch(
      /^Kegiatan MAGANG-ARSIP-2027 \(Magang Digitalisasi Arsip\) diterbitkan\. Kode presensi: TBO-[2-9A-HJKMNP-Z]{4}$/,
    );
  });

  it("cancels an activity with its registrations, once", async () => {
    const cancelled = await cli("activity", "cancel", "COACHING-SKP-2026", "--reason", "Fasilitator berhalangan");
    expect(cancelled.stderr).toBe("");
    expect(cancelled.code).toBe(0);
    expect(cancelled.stdout.trim()).toBe(
      "Kegiatan COACHING-SKP-2026 (Coaching Penyusunan SKP) dibatalkan. 4 pendaftaran ikut dibatalkan.",
    );
    const coaching = await db.activity.findUniqueOrThrow({ where: { code: "COACHING-SKP-2026" }, include: { registrations: true } });
    expect(coaching.status).toBe("CANCELLED");
    expect(coaching.registrations.map((registration) => registration.status)).toEqual(Array(4).fill("CANCELLED"));
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "activity.cancel" } });
    expect(JSON.parse(audit.details!)).toMatchObject({ reason: "Fasilitator berhalangan", registrationsCancelled: 4 });
    // Everyone affected is told through the queue, once, with the reason.
    const notices = await db.delivery.findMany({ where: { dedupeKey: { startsWith: `activity:${coaching.id}:cancelled:` } } });
    expect(notices.map((notice) => notice.employeeId).sort()).toEqual(coaching.registrations.map((r) => r.employeeId).sort());
    expect(notices.every((notice) => notice.payload.includes("Fasilitator berhalangan"))).toBe(true);

    const again = await cli("activity", "cancel", "COACHING-SKP-2026");
    expect(again.code).toBe(0);
    expect(again.stdout.trim()).toBe("Kegiatan COACHING-SKP-2026 sudah dibatalkan sebelumnya.");
  });

  it("refuses to complete a cancelled activity or to publish an unknown one", async () => {
    const complete = await cli("activity", "complete", "COACHING-SKP-2026");
    expect(complete.code).toBe(1);
    expect(complete.stderr.trim()).toBe(
      "Kegiatan COACHING-SKP-2026 berstatus dibatalkan, sehingga tidak dapat diubah menjadi selesai.",
    );
    const missing = await cli("activity", "publish", "TIDAK-ADA", "--lang", "en");
    expect(missing.code).toBe(1);
    expect(missing.stderr.trim()).toBe("No activity with code TIDAK-ADA.");
  });

  it("prints every bad row with `baris N:` and exits 1, saving nothing", async () => {
    const before = await db.activity.count();
    const file = join(dir, "salah.csv");
    writeFileSync(
      file,
      [
        "code,title,kind,competency_type,jp,starts_at,ends_at,partner,audience_units",
        "BARU-1,Pelatihan Baru,pelatihan,teknis,8,2027-02-01 08:00,2027-02-01 16:00,,BKPSDM",
        "BARU-2,Kursus,kursus,teknis,8,2027-02-01 08:00,2027-02-01 16:00,,",
        "BARU-3,Seminar,seminar,teknis,0,2027-02-01 08:00,2027-02-01 16:00,,",
        "BARU-4,Seminar,seminar,teknis,2,2027-02-01 16:00,2027-02-01 08:00,,",
        "BARU-5,Seminar,seminar,teknis,2,2027-02-01 08:00,2027-02-01 10:00,Mitra Tidak Ada,",
        "BARU-6,Seminar,seminar,teknis,2,2027-02-01 08:00,2027-02-01 10:00,,DINAS-X",
      ].join("\n"),
    );

    const run = await cli("activity", "import", file);

    expect(run.code).toBe(1);
    expect(lines(run.stdout)).toEqual([
      'baris 3: jenis kegiatan "kursus" tidak dikenal: gunakan salah satu dari training, pelatihan, workshop, lokakarya, seminar, internship, magang, coaching, e_learning, elearning.',
      'baris 4: JP "0" tidak valid: harus bilangan bulat dari 1 sampai 1000.',
      "baris 5: kegiatan harus selesai setelah dimulai (mulai 2027-02-01 16:00, selesai 2027-02-01 08:00).",
      'baris 6: mitra "Mitra Tidak Ada" belum terdaftar; impor dulu berkas mitra (partner import).',
      'baris 7: kode unit sasaran "DINAS-X" tidak ada di data unit.',
      "Ditemukan 5 masalah. Tidak ada data yang disimpan; perbaiki berkas lalu impor ulang.",
    ]);
    expect(await db.activity.count()).toBe(before);

    const yamlFile = join(dir, "salah.yaml");
    writeFileSync(yamlFile, "activities:\n  - code: Y-1\n    title: Tanpa tanggal\n    kind: seminar\n    competency_type: teknis\n    jp: 2\n");
    const yaml = await cli("activity", "import", yamlFile);
    expect(yaml.code).toBe(1);
    expect(lines(yaml.stdout)).toEqual([
      'kegiatan ke-1: kolom "starts_at" wajib diisi.',
      'kegiatan ke-1: kolom "ends_at" wajib diisi.',
      "Ditemukan 2 masalah. Tidak ada data yang disimpan; perbaiki berkas lalu impor ulang.",
    ]);

    const other = await cli("activity", "import", join(dir, "kegiatan.txt"));
    expect(other.code).toBe(1);
    expect(other.stderr).toContain("gunakan akhiran .csv, .yaml atau .yml");
    const absent = await cli("activity", "import", join(dir, "tidak-ada.csv"));
    expect(absent.code).toBe(1);
    expect(absent.stderr).toContain("tidak dapat dibaca: ENOENT");
  });
});
