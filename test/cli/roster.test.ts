import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { connectDb, createDb } from "../../src/db/client.js";
import { ROSTER_COLUMNS } from "../../src/services/roster/csv-file.js";
import { runCli } from "../kit/cli.js";

const HEAD = "197203151998031004";

let dir: string;
let databaseUrl: string;

const cli = (...args: string[]) => runCli(databaseUrl, ...args);

async function countEmployees(): Promise<number> {
  const db = createDb(databaseUrl);
  await connectDb(db);
  try {
    return await db.employee.count();
  } finally {
    await db.$disconnect();
  }
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "pembinaan-cli-"));
  databaseUrl = `file:${join(dir, "cli.db")}`;
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe("cli roster import", () => {
  it("dry-runs the example file: summary, exit 0, nothing saved", async () => {
    const run = await cli("roster", "import", "docs/examples/roster.csv", "--dry-run");

    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout.trim().split("\n")).toEqual([
      "Uji coba selesai: 8 baris valid. Tidak ada data yang disimpan.",
      "Unit: 3 baru, 0 diperbarui, 0 tetap.",
      "Pegawai: 8 baru, 0 diperbarui, 0 tetap, 0 dinonaktifkan.",
    ]);
    expect(await countEmployees()).toBe(0);
  });

  it("prints every bad row with its line and exits 1", async () => {
    const file = join(dir, "bad.csv");
    writeFileSync(
      file,
      [
        ROSTER_COLUMNS.join(";"),
        `${HEAD};Hendra;DINKES;Dinas Kesehatan;;Kepala Dinas;struktural;IV/c;PNS;;;`,
        `19720315199803100;Budi;DINKES;Dinas Kesehatan;;Staf;pelaksana;II/a;PNS;${HEAD};;`,
        `198703032011031003;Sari;DINKES;Dinas Kesehatan;;Staf;honorer;II/a;PNS;199901012020011001;;`,
      ].join("\n"),
    );

    const run = await cli("roster", "import", file);

    expect(run.code).toBe(1);
    expect(run.stdout.trim().split("\n")).toEqual([
      "baris 3: NIP 19720315199803100 tidak valid: harus 18 digit.",
      'baris 4: jenis jabatan "honorer" tidak dikenal: gunakan struktural, fungsional atau pelaksana.',
      "baris 4: NIP atasan 199901012020011001 untuk pegawai 198703032011031003 tidak ada di berkas maupun di data pegawai aktif.",
      "Ditemukan 3 masalah. Tidak ada data yang disimpan; perbaiki berkas lalu impor ulang.",
    ]);
    expect(await countEmployees()).toBe(0);

    const english = await cli("roster", "import", file, "--lang", "en");
    expect(english.code).toBe(1);
    expect(english.stdout).toContain("line 3: NIP 19720315199803100 is invalid: it must have 18 digits.");
    expect(english.stdout).toContain("Found 3 problems. Nothing was saved");
  });

  it("imports for real, then reports an unchanged re-import", async () => {
    const first = await cli("roster", "import", "docs/examples/roster.csv");
    expect(first.code).toBe(0);
    expect(first.stdout).toContain("Impor selesai: 8 baris diproses.");
    expect(await countEmployees()).toBe(8);

    const second = await cli("--lang=en", "roster", "import", "docs/examples/roster.csv");
    expect(second.code).toBe(0);
    expect(second.stdout).toContain("Employees: 0 new, 0 updated, 8 unchanged, 0 deactivated.");
  });

  it("fails with exit 1 for a missing file", async () => {
    const run = await cli("roster", "import", join(dir, "missing.csv"));
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("tidak dapat dibaca");
  });

  it("exits 2 with the message on bad configuration", async () => {
    const saved = databaseUrl;
    databaseUrl = "mysql://localhost/db";
    try {
      const run = await cli("roster", "import", "docs/examples/roster.csv", "--dry-run");
      expect(run.code).toBe(2);
      expect(run.stderr).toContain("Invalid configuration");
      expect(run.stderr).toContain("DATABASE_URL");
    } finally {
      databaseUrl = saved;
    }
  });
});
