import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ManualClock } from "../../../src/clock.js";
import type { ServiceDeps } from "../../../src/services/deps.js";
import { importPartners, listPartners } from "../../../src/services/activities/partners.js";
import { createTestDb, type TestDb } from "../../kit/db.js";

const EXAMPLE = readFileSync(resolve(import.meta.dirname, "../../../docs/examples/partners.csv"), "utf8");

let testDb: TestDb;
let clock: ManualClock;
let deps: ServiceDeps;

beforeEach(async () => {
  testDb = await createTestDb();
  clock = new ManualClock("2026-11-01T03:00:00Z");
  deps = { db: testDb.db, clock };
});

afterEach(async () => {
  await testDb.dispose();
});

describe("importPartners", () => {
  it("imports the example with canonical phones, then changes nothing on a re-import", async () => {
    const first = await importPartners(deps, EXAMPLE, { actorLabel: "test" });

    expect(first.errors).toEqual([]);
    expect(first.summary).toEqual({ created: 3, updated: 0, unchanged: 0 });
    const partners = await listPartners(deps);
    expect(partners[1]).toMatchObject({
      name: "Universitas Contoh Jambi (fiktif)",
      kind: "UNIVERSITY",
      contactName: "Dr. Rina Kartika, M.Kom.",
      contactPhone: "6281200009001",
      contactEmail: "kemitraan@univ-contoh-jambi.example",
      activities: 0,
    });
    const before = await testDb.db.partner.findMany({ orderBy: { id: "asc" } });

    clock.advance(86_400_000);
    const again = await importPartners(deps, EXAMPLE, { actorLabel: "test" });

    expect(again.summary).toEqual({ created: 0, updated: 0, unchanged: 3 });
    expect(await testDb.db.partner.findMany({ orderBy: { id: "asc" } })).toEqual(before);
    expect(await testDb.db.auditLog.count({ where: { action: "partner.import" } })).toBe(2);
  });

  it("upserts by name regardless of case and keeps contacts for columns left out", async () => {
    await importPartners(deps, EXAMPLE, { actorLabel: "test" });

    const result = await importPartners(deps, "name;kind\nuniversitas contoh jambi (FIKTIF);Universitas\n", { actorLabel: "test" });

    expect(result.summary).toEqual({ created: 0, updated: 1, unchanged: 0 });
    const partner = await testDb.db.partner.findFirstOrThrow({ where: { contactPhone: "6281200009001" } });
    expect(partner).toMatchObject({ name: "universitas contoh jambi (FIKTIF)", kind: "UNIVERSITY", contactName: "Dr. Rina Kartika, M.Kom." });
  });

  it("reports bad rows with their lines, writes nothing, and dry-runs without writing", async () => {
    const result = await importPartners(
      deps,
      [
        "name,kind,contact_name,contact_phone,contact_email",
        "Mitra A,kampus,,,",
        ",ngo,,,",
        "Mitra B,swasta,,12345,",
        "Mitra C,lsm,,,bukan-email",
        "mitra a,private,,,",
      ].join("\n"),
      { actorLabel: "test" },
    );

    expect(result.errors.map((issue) => [issue.line, issue.code])).toEqual([
      [2, "partner-kind"],
      [3, "required"],
      [4, "phone"],
      [5, "email"],
      [6, "duplicate-partner"],
    ]);
    expect(result.errors[4]!.params).toEqual({ name: "mitra a", firstLine: 2 });
    expect(await testDb.db.partner.count()).toBe(0);

    const dry = await importPartners(deps, EXAMPLE, { actorLabel: "test", dryRun: true });
    expect(dry).toMatchObject({ ok: true, dryRun: true, summary: { created: 3 } });
    expect(await testDb.db.partner.count()).toBe(0);
    expect(await testDb.db.auditLog.count()).toBe(0);
  });
});
