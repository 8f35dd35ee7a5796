import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../../src/db/client.js";
import { runCli } from "../kit/cli.js";
import { createTestDb, type TestDb } from "../kit/db.js";
import { seedResults } from "../services/evaluations/results-fixture.js";

let testDb: TestDb;
let db: Db;
let dir: string;
let databaseUrl: string;

beforeAll(async () => {
  testDb = await createTestDb();
  ({ db, dir, url: databaseUrl } = testDb);
  await seedResults(db);
});

afterAll(() => testDb.dispose());

const cli = (...args: string[]) => runCli(databaseUrl, ...args);
const lines = (text: string) => text.trim().split("\n");

describe("cli evaluation", () => {
  it("prints the results report of an activity", async () => {
    const run = await cli("evaluation", "results", "PLT-ARSIP-2026");
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    const out = lines(run.stdout);
    expect(out[0]).toBe("Hasil evaluasi PLT-ARSIP-2026 · Pelatihan Arsip Digital");
    expect(out).toContain("L1-REAKSI v1 · Kuesioner L1-REAKSI v1 (anonim)");
    expect(out).toContain("Tingkat respons: 3/4 (75%)");
    expect(out).toContain("1. Materi bermanfaat (3 jawaban)");
    expect(out).toContain("   rata-rata 4,33 · sebaran 1: 0 · 2: 0 · 3: 0 · 4: 2 · 5: 1");
    expect(out).toContain("   ya 2 · tidak 1 · ya 67%");
    expect(out).toContain("   Narasumber: 3");
    expect(out).toContain("   “AC kurang dingin”");
    expect(out).toContain("   “Sudah saya terapkan di bidang” (Ahmad Fauzi, S.Kom.)");
    expect(out).toContain("   penerapan: diri 3,50 · atasan 2,50 · selisih -1,00");
    expect(out).toContain("   keseluruhan: diri 4,00 · atasan 3,25 · selisih -0,75");
  });

  it("speaks English with --lang en and fails for an unknown activity", async () => {
    const run = await cli("evaluation", "results", "PLT-ARSIP-2026", "--lang", "en");
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("Response rate: 3/4 (75%)");
    expect(run.stdout).toContain("   overall: self 4.00 · supervisor 3.25 · gap -0.75");

    const missing = await cli("evaluation", "results", "TIDAK-ADA");
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain("Kegiatan TIDAK-ADA tidak ditemukan.");
  });

  it("lists non-respondents and writes them as CSV", async () => {
    const list = await cli("evaluation", "non-respondents", "PLT-ARSIP-2026");
    expect(list.code).toBe(0);
    expect(lines(list.stdout)).toEqual([
      "197203151998031002 · Drs. Hasan Basri, M.Si. · BKPSDM · L1-REAKSI · belum dibuka · batas 2026-12-28",
      "197203151998031002 · Drs. Hasan Basri, M.Si. · BKPSDM · L3-DIRI · kedaluwarsa · batas 2026-12-28",
      "2 permintaan belum diisi.",
    ]);

    const file = join(dir, "belum-mengisi.csv");
    const run = await cli("evaluation", "non-respondents", "PLT-ARSIP-2026", "--csv", file);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`2 baris ditulis ke ${file}.`);
    expect(readFileSync(file, "utf8")).toBe(
      [
        "nip,name,unit,questionnaire,status,due",
        '197203151998031002,"Drs. Hasan Basri, M.Si.",BKPSDM,L1-REAKSI,PENDING,2026-12-28',
        '197203151998031002,"Drs. Hasan Basri, M.Si.",BKPSDM,L3-DIRI,EXPIRED,2026-12-28',
        "",
      ].join("\n"),
    );
  });
});
