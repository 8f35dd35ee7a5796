import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ManualClock } from "../../src/clock.js";
import type { ServiceDeps } from "../../src/services/deps.js";
import { bootstrapAdmins, getRoles, grantRole, listRoleGrants, revokeRole } from "../../src/services/roles.js";
import { importRoster } from "../../src/services/roster/import.js";
import { createTestDb, type TestDb } from "../kit/db.js";

const EXAMPLE = readFileSync(resolve(import.meta.dirname, "../../docs/examples/roster.csv"), "utf8");
const HEAD = "197203151998031004"; // Kepala Dinas, supervises two people.
const KASUBBAG = "198401102009031002"; // Supervises one clerk.
const CLERK = "199005052014042003"; // Supervises nobody.

let testDb: TestDb;
let clock: ManualClock;
let deps: ServiceDeps;

const idOf = async (nip: string) => (await testDb.db.employee.findUniqueOrThrow({ where: { nip } })).id;
const audits = (action: string) => testDb.db.auditLog.findMany({ where: { action }, orderBy: { id: "asc" } });

beforeEach(async () => {
  testDb = await createTestDb();
  clock = new ManualClock("2026-01-10T03:00:00Z");
  deps = { db: testDb.db, clock };
  const imported = await importRoster(deps, EXAMPLE, { actorLabel: "test" });
  expect(imported.ok).toBe(true);
});

afterEach(async () => {
  await testDb.dispose();
});

describe("getRoles", () => {
  it("derives the supervisor role from active subordinates", async () => {
    expect(await getRoles(deps, await idOf(HEAD))).toEqual({
      admin: false,
      leader: false,
      supervisor: true,
      leaderUnitId: null,
    });
    expect((await getRoles(deps, await idOf(CLERK))).supervisor).toBe(false);

    // Once the only subordinate is deactivated, the kasubbag supervises nobody.
    expect((await getRoles(deps, await idOf(KASUBBAG))).supervisor).toBe(true);
    const withoutClerk = EXAMPLE.split("\n")
      .filter((line) => !line.startsWith(CLERK))
      .join("\n");
    await importRoster(deps, withoutClerk, { actorLabel: "test" });
    expect((await getRoles(deps, await idOf(KASUBBAG))).supervisor).toBe(false);
  });

  it("reports admin and a leader's unit scope", async () => {
    await grantRole(deps, { nip: CLERK, role: "admin", actorLabel: "test" });
    await grantRole(deps, { nip: HEAD, role: "leader", unitCode: "DINKES", actorLabel: "test" });
    const dinkes = await testDb.db.unit.findUniqueOrThrow({ where: { code: "DINKES" } });

    expect(await getRoles(deps, await idOf(CLERK))).toEqual({
      admin: true,
      leader: false,
      supervisor: false,
      leaderUnitId: null,
    });
    expect(await getRoles(deps, await idOf(HEAD))).toEqual({
      admin: false,
      leader: true,
      supervisor: true,
      leaderUnitId: dinkes.id,
    });
  });

  it("gives inactive and unknown employees no roles", async () => {
    await grantRole(deps, { nip: CLERK, role: "admin", actorLabel: "test" });
    await testDb.db.employee.update({ where: { nip: CLERK }, data: { active: false } });
    expect(await getRoles(deps, await idOf(CLERK))).toEqual({
      admin: false,
      leader: false,
      supervisor: false,
      leaderUnitId: null,
    });
    expect((await getRoles(deps, 99_999)).admin).toBe(false);
  });
});

describe("grantRole / revokeRole", () => {
  it("grants once, audits the change, and treats a repeat as a no-op", async () => {
    const first = await grantRole(deps, { nip: "19840110 200903 1 002", role: "admin", actorLabel: "cli" });
    expect(first).toMatchObject({ ok: true, changed: true, grant: { nip: KASUBBAG, role: "admin", unitCode: null } });

    const again = await grantRole(deps, { nip: KASUBBAG, role: "admin", actorLabel: "cli" });
    expect(again).toMatchObject({ ok: true, changed: false });

    const rows = await audits("role.grant");
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ actorLabel: "cli", targetType: "employee", targetId: String(await idOf(KASUBBAG)) });
    expect(JSON.parse(rows[0]!.details!)).toEqual({ nip: KASUBBAG, role: "admin", unitCode: null });
    expect(await testDb.db.roleGrant.count()).toBe(1);
  });

  it("moves a leader's scope when granted again with another unit", async () => {
    await grantRole(deps, { nip: HEAD, role: "leader", actorLabel: "cli" });
    const moved = await grantRole(deps, { nip: HEAD, role: "leader", unitCode: "DINKES-P2P", actorLabel: "cli" });

    expect(moved).toMatchObject({ ok: true, changed: true, grant: { unitCode: "DINKES-P2P" } });
    expect(await testDb.db.roleGrant.count()).toBe(1);
    const rows = await audits("role.grant");
    expect(rows).toHaveLength(2);
    expect(JSON.parse(rows[1]!.details!)).toMatchObject({ unitCode: "DINKES-P2P", previousUnitCode: null });
  });

  it("returns structured errors", async () => {
    expect(await grantRole(deps, { nip: "199901012020011001", role: "admin", actorLabel: "cli" })).toEqual({
      ok: false,
      code: "unknown-nip",
      params: { nip: "199901012020011001" },
    });
    expect(await grantRole(deps, { nip: HEAD, role: "leader", unitCode: "NOPE", actorLabel: "cli" })).toMatchObject({
      ok: false,
      code: "unknown-unit",
    });
    expect(await grantRole(deps, { nip: HEAD, role: "admin", unitCode: "DINKES", actorLabel: "cli" })).toMatchObject({
      ok: false,
      code: "unit-not-for-admin",
    });
    await testDb.db.employee.update({ where: { nip: CLERK }, data: { active: false } });
    expect(await grantRole(deps, { nip: CLERK, role: "admin", actorLabel: "cli" })).toMatchObject({
      ok: false,
      code: "inactive-employee",
    });
    expect(await testDb.db.roleGrant.count()).toBe(0);
    expect(await audits("role.grant")).toHaveLength(0);
  });

  it("revokes with an audit row, and revoking again changes nothing", async () => {
    await grantRole(deps, { nip: CLERK, role: "admin", actorLabel: "cli" });

    expect(await revokeRole(deps, { nip: CLERK, role: "admin", actorLabel: "cli" })).toEqual({ ok: true, changed: true });
    expect(await revokeRole(deps, { nip: CLERK, role: "admin", actorLabel: "cli" })).toEqual({ ok: true, changed: false });
    expect(await revokeRole(deps, { nip: "199901012020011001", role: "admin", actorLabel: "cli" })).toMatchObject({
      ok: false,
      code: "unknown-nip",
    });

    expect(await testDb.db.roleGrant.count()).toBe(0);
    expect(await audits("role.revoke")).toHaveLength(1);
    expect((await getRoles(deps, await idOf(CLERK))).admin).toBe(false);
  });
});

describe("listRoleGrants", () => {
  it("lists admins first, with unit scope and employee status", async () => {
    await grantRole(deps, { nip: HEAD, role: "leader", unitCode: "DINKES", actorLabel: "cli" });
    await grantRole(deps, { nip: CLERK, role: "admin", actorLabel: "cli" });
    await grantRole(deps, { nip: KASUBBAG, role: "admin", actorLabel: "cli" });

    const grants = await listRoleGrants(deps);

    expect(grants.map((g) => [g.role, g.nip, g.unitCode])).toEqual([
      ["admin", CLERK, null],
      ["admin", KASUBBAG, null],
      ["leader", HEAD, "DINKES"],
    ]);
    expect(grants[2]).toMatchObject({ unitName: "Dinas Kesehatan (contoh fiktif)", active: true, grantedBy: "cli" });
  });
});

describe("bootstrapAdmins", () => {
  it("grants configured NIPs that exist, idempotently", async () => {
    const first = await bootstrapAdmins(deps, { adminNips: [CLERK, "199901012020011001"] });
    expect(first).toEqual({ granted: [CLERK], alreadyAdmin: [], missing: ["199901012020011001"] });

    const second = await bootstrapAdmins(deps, { adminNips: [CLERK] });
    expect(second).toEqual({ granted: [], alreadyAdmin: [CLERK], missing: [] });

    expect(await testDb.db.roleGrant.count()).toBe(1);
    expect(await audits("role.grant")).toHaveLength(1);
    expect((await getRoles(deps, await idOf(CLERK))).admin).toBe(true);
  });
});
