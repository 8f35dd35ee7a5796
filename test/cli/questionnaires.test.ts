import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../../src/db/client.js";
import { runCli } from "../kit/cli.js";
import { createTestDb, type TestDb } from "../kit/db.js";

let testDb: TestDb;
let db: Db;
let dir: string;
let databaseUrl: string;

beforeAll(async () => {
  testDb = await createTestDb();
  ({ db, dir, url: databaseUrl } = testDb);
});

afterAll(() => testDb.dispose());

const cli = (...args: string[]) => runCli(databaseUrl, ...args);
const lines = (text: string) => text.trim().split("\n");

describe("cli questionnaire", () => {
  it("lists nothing, then installs the defaults once", async () => {
    const empty = await cli("questionnaire", "list");
    expect(empty.code).toBe(0);
    expect(empty.stdout).toContain("Belum ada kuesioner.");

    const first = await cli("questionnaire", "defaults");
    expect(first.stderr).toBe("");
    expect(first.code).toBe(0);
    expect(lines(first.stdout)).toEqual([
      "L1-REAKSI: dipasang (versi 1).",
      "L3-DIRI: dipasang (versi 1).",
      "L3-ATASAN: dipasang (versi 1).",
      "PULSE-ADKAR: dipasang (versi 1).",
    ]);
    const second = await cli("questionnaire", "defaults");
    expect(lines(second.stdout)).toEqual([
      "L1-REAKSI: sudah ada (versi 1), dibiarkan.",
      "L3-DIRI: sudah ada (versi 1), dibiarkan.",
      "L3-ATASAN: sudah ada (versi 1), dibiarkan.",
      "PULSE-ADKAR: sudah ada (versi 1), dibiarkan.",
    ]);
    expect(await db.questionnaire.count()).toBe(4);

    const list = await cli("questionnaire", "list");
    expect(list.code).toBe(0);
    expect(lines(list.stdout)).toContain(
      "L1-REAKSI · Evaluasi reaksi peserta · L1 reaksi · pengisi: peserta · versi 1 (aktif: 1) · 6 pertanyaan · 0 jawaban",
    );
    expect(list.stdout).toContain("L3-ATASAN · ");
    expect(list.stdout).toContain("pengisi: atasan langsung");
  });

  it("exports, edits and re-imports a questionnaire", async () => {
    const out = join(dir, "l1.json");
    const exported = await cli("questionnaire", "export", "l1-reaksi", "--format", "json", "--out", out);
    expect(exported.code).toBe(0);
    expect(exported.stdout.trim()).toBe(`Kuesioner L1-REAKSI diekspor ke ${out}.`);
    const file = JSON.parse(readFileSync(out, "utf8"));
    expect(file.code).toBe("L1-REAKSI");

    const same = await cli("questionnaire", "import", out);
    expect(same.code).toBe(0);
    expect(same.stdout.trim()).toBe("Kuesioner L1-REAKSI versi 1 tidak berubah.");

    file.title.id = "Evaluasi reaksi peserta (revisi)";
    writeFileSync(out, JSON.stringify(file));
    const dry = await cli("questionnaire", "import", out, "--dry-run");
    expect(dry.code).toBe(0);
    expect(lines(dry.stdout)).toEqual([
      "Kuesioner L1-REAKSI versi 1 diperbarui (belum ada jawaban).",
      "Uji coba: tidak ada data yang disimpan.",
    ]);
    expect((await db.questionnaire.findFirst({ where: { code: "L1-REAKSI" } }))!.title).toBe("Evaluasi reaksi peserta");

    const real = await cli("questionnaire", "import", out);
    expect(real.code).toBe(0);
    expect((await db.questionnaire.findFirst({ where: { code: "L1-REAKSI" } }))!.title).toBe("Evaluasi reaksi peserta (revisi)");

    const yaml = await cli("questionnaire", "export", "L3-DIRI");
    expect(yaml.code).toBe(0);
    expect(yaml.stdout).toContain("code: L3-DIRI");
    expect(yaml.stdout).toContain("kind: multi_choice");
  });

  it("reports every problem and exits with 1", async () => {
    const bad = join(dir, "bad.yaml");
    writeFileSync(
      bad,
      ["code: BARU", "title: { id: Baru }", "level: hasil", "respondent: participant", "questions:", "  - kind: slider", "    text: { id: X }", ""].join("\n"),
    );
    const result = await cli("questionnaire", "import", bad);
    expect(result.code).toBe(1);
    expect(lines(result.stdout)).toEqual([
      'level: nilai "hasil" tidak dikenal: gunakan salah satu dari reaction, learning, behaviour, pulse.',
      'questions.1.kind: nilai "slider" tidak dikenal: gunakan salah satu dari likert, rating, single_choice, multi_choice, yes_no, free_text.',
      "Impor dibatalkan: 2 masalah ditemukan. Tidak ada data yang disimpan.",
    ]);
    expect(await db.questionnaire.count({ where: { code: "BARU" } })).toBe(0);

    const english = await cli("--lang", "en", "questionnaire", "import", bad);
    expect(english.code).toBe(1);
    expect(english.stdout).toContain("Import cancelled: 2 problems found.");

    const txt = await cli("questionnaire", "import", join(dir, "x.txt"));
    expect(txt.code).toBe(1);
    expect(txt.stderr).toContain("tidak dikenali");

    const missing = await cli("questionnaire", "export", "TIDAK-ADA");
    expect(missing.code).toBe(1);
    expect(missing.stderr.trim()).toBe("Kuesioner TIDAK-ADA tidak ditemukan.");

    const version = await cli("questionnaire", "export", "L1-REAKSI", "--version", "abc");
    expect(version.code).toBe(1);
    expect(version.stderr).toContain('versi "abc" tidak valid');
  });
});
