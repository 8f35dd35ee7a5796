import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ManualClock } from "../../src/clock.js";
import { connectDb, createDb, type Db } from "../../src/db/client.js";
import { linkByCode } from "../../src/services/identity/link-by-code.js";
import { runCli } from "../kit/cli.js";

const NIP = "199005052014042003";
let dir: string;
let databaseUrl: string;
let db: Db;
const cli = (...args: string[]) => runCli(databaseUrl, ...args);

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "pembinaan-cli-accounts-"));
  databaseUrl = `file:${join(dir, "cli.db")}`;
  expect((await cli("roster", "import", "docs/examples/roster.csv")).code).toBe(0);
  db = createDb(databaseUrl);
  await connectDb(db);
});
afterAll(async () => {
  await db.$disconnect();
  rmSync(dir, { recursive: true, force: true });
});

describe("cli code issue and account unlink", () => {
  it("issues a working one-time code, then unlinks the account on request", async () => {
    const run = await cli("code", "issue", "19900505 201404 2 003");
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("Kode aktivasi untuk Dewi Lestari (NIP 19900505 201404 2 003)");
    const code = run.stdout.match(/: ([A-Z0-9]{4}-[A-Z0-9]{4})/)?.[1];
    expect(code).toBeDefined();
    expect(run.stdout).toMatch(/Berlaku sampai \w+, \d+ \w+ \d{4} pukul \d{2}\.\d{2} WIB/);

    const identity = { platform: "TELEGRAM" as const, externalId: "42", chatId: "42" };
    const deps = { db, clock: new ManualClock(new Date()), limits: { maxFailedAttempts: 5, lockoutMinutes: 15 } };
    expect(await linkByCode(deps, identity, { nip: NIP, code: code! })).toMatchObject({ ok: true, name: "Dewi Lestari" });

    const unlinked = await cli("account", "unlink", NIP, "--lang", "en");
    expect(unlinked.code).toBe(0);
    expect(unlinked.stdout).toContain(`Chat account for NIP ${NIP} unlinked (1 account(s))`);
    expect(await db.chatAccount.count()).toBe(0);
    expect(await db.auditLog.count({ where: { action: { in: ["identity.code-issued", "identity.unlinked"] } } })).toBe(2);
  });

  it("reports an unknown NIP and an account that is not linked, with exit code 1", async () => {
    const unknown = await cli("code", "issue", "198001012005011999");
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain("tidak ada di data kepegawaian");
    const notLinked = await cli("account", "unlink", NIP);
    expect(notLinked.code).toBe(1);
    expect(notLinked.stderr).toContain("belum menautkan akun chat");
  });
});
