import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ManualClock } from "../../src/clock.js";
import { buildDemoRoster, DEMO_PEOPLE, loadDemoData, renderDemoCsv } from "../../src/db/demo-data.js";
import type { ServiceDeps } from "../../src/services/deps.js";
import { getRoles } from "../../src/services/roles.js";
import { importRoster } from "../../src/services/roster/import.js";
import { validateNip } from "../../src/services/roster/nip.js";
import { normalizePhone } from "../../src/services/roster/phone.js";
import { createTestDb, type TestDb } from "../kit/db.js";

const now = new Date("2026-01-10T03:00:00Z");

describe("buildDemoRoster", () => {
  const roster = buildDemoRoster();

  it("is deterministic", () => {
    expect(buildDemoRoster()).toEqual(roster);
  });

  it("has about 150 employees in about 10 units of Kabupaten Tebo", () => {
    expect(roster.employees.length).toBeGreaterThanOrEqual(130);
    expect(roster.employees.length).toBeLessThanOrEqual(170);
    expect(roster.units.length).toBeGreaterThanOrEqual(9);
    expect(roster.units.length).toBeLessThanOrEqual(12);
    expect(roster.units.map((unit) => unit.code)).toEqual(
      expect.arrayContaining(["SETDA", "BKPSDM", "DISDIK", "DINKES", "KEC-TEBO-TENGAH"]),
    );
    const unitCodes = new Set(roster.units.map((unit) => unit.code));
    for (const employee of roster.employees) expect(unitCodes.has(employee.unitCode)).toBe(true);
  });

  it("uses valid, unique NIPs, fictional phones and example e-mail addresses", () => {
    const nips = roster.employees.map((employee) => employee.nip);
    expect(new Set(nips).size).toBe(nips.length);
    for (const employee of roster.employees) {
      const checked = validateNip(employee.nip, { now, kind: employee.employmentType });
      expect(checked.ok, `${employee.nip} ${employee.employmentType}`).toBe(true);
      expect(employee.phone).toMatch(/^0812-0000-\d{4}$/);
      expect(employee.email).toMatch(/^[a-z.0-9]+@contoh\.tebokab\.go\.id$/);
    }
    const phones = roster.employees.map((employee) => normalizePhone(employee.phone));
    expect(new Set(phones).size).toBe(phones.length);
    const types = new Set(roster.employees.map((employee) => employee.employmentType));
    expect(types).toEqual(new Set(["PNS", "PPPK"]));
  });

  it("has acyclic supervisor chains that end at a structural head", () => {
    const byNip = new Map(roster.employees.map((employee) => [employee.nip, employee]));
    for (const employee of roster.employees) {
      const seen = new Set<string>();
      let current = employee;
      while (current.supervisorNip !== null) {
        expect(seen.has(current.nip)).toBe(false);
        seen.add(current.nip);
        const next = byNip.get(current.supervisorNip);
        expect(next, `supervisor of ${current.nip}`).toBeDefined();
        current = next!;
      }
      expect(current.positionType).toBe("STRUKTURAL");
      expect(current.position).toBe("Sekretaris Daerah");
    }
    const heads = roster.employees.filter((employee) => /^(Kepala (Dinas|Badan)|Inspektur Daerah|Camat)/.test(employee.position));
    expect(heads.length).toBe(roster.units.length - 1);
    for (const head of heads) expect(["IV/b", "IV/c"]).toContain(head.grade);
  });

  it("grants two BKPSDM admins and three leaders, one scoped to its unit", () => {
    const byNip = new Map(roster.employees.map((employee) => [employee.nip, employee]));
    const admins = roster.grants.filter((grant) => grant.role === "admin");
    const leaders = roster.grants.filter((grant) => grant.role === "leader");
    expect(admins).toHaveLength(2);
    for (const admin of admins) expect(byNip.get(admin.nip)?.unitCode).toBe("BKPSDM");
    expect(leaders).toHaveLength(3);
    expect(leaders.map((grant) => byNip.get(grant.nip)?.position)).toEqual(
      expect.arrayContaining(["Sekretaris Daerah", "Kepala Badan Kepegawaian dan Pengembangan Sumber Daya Manusia"]),
    );
    const scoped = leaders.filter((grant) => grant.unitCode !== null);
    expect(scoped).toHaveLength(1);
    expect(byNip.get(scoped[0]!.nip)?.unitCode).toBe(scoped[0]!.unitCode);
  });

  it("offers well-known demo people that are in the roster", () => {
    const byNip = new Map(roster.employees.map((employee) => [employee.nip, employee]));
    for (const person of Object.values(DEMO_PEOPLE)) {
      const employee = byNip.get(person.nip);
      expect(employee?.name).toBe(person.name);
      expect(normalizePhone(employee!.phone)).toBe(person.phone);
    }
    expect(byNip.get(DEMO_PEOPLE.asn.nip)?.supervisorNip).toBe(DEMO_PEOPLE.supervisor.nip);
    expect(roster.grants.some((g) => g.nip === DEMO_PEOPLE.admin.nip && g.role === "admin")).toBe(true);
    expect(roster.grants.some((g) => g.nip === DEMO_PEOPLE.leader.nip && g.role === "leader")).toBe(true);
    expect(roster.grants.some((g) => g.nip === DEMO_PEOPLE.asn.nip)).toBe(false);
  });
});

describe("loadDemoData", () => {
  let testDb: TestDb;
  let deps: ServiceDeps;

  beforeEach(async () => {
    testDb = await createTestDb();
    deps = { db: testDb.db, clock: new ManualClock(now) };
  });

  afterEach(async () => {
    await testDb.dispose();
  });

  it("loads the roster and grants once, and is a no-op the second time", async () => {
    const roster = buildDemoRoster();

    expect(await loadDemoData(deps)).toBe(true);
    expect(await testDb.db.employee.count()).toBe(roster.employees.length);
    expect(await testDb.db.unit.count()).toBe(roster.units.length);
    expect(await testDb.db.roleGrant.count()).toBe(5);
    const marker = await testDb.db.auditLog.findFirstOrThrow({ where: { action: "demo.load" } });
    expect(marker.details).toContain("demo data loaded (fictional)");

    const sekda = await testDb.db.employee.findUniqueOrThrow({ where: { nip: DEMO_PEOPLE.leader.nip } });
    expect(await getRoles(deps, sekda.id)).toMatchObject({ leader: true, supervisor: true, leaderUnitId: null });
    const unitLeader = await testDb.db.employee.findUniqueOrThrow({ where: { nip: DEMO_PEOPLE.unitLeader.nip } });
    expect((await getRoles(deps, unitLeader.id)).leaderUnitId).toBe(unitLeader.unitId);
    const asn = await testDb.db.employee.findUniqueOrThrow({ where: { nip: DEMO_PEOPLE.asn.nip } });
    expect(asn.phone).toBe(DEMO_PEOPLE.asn.phone);

    const audits = await testDb.db.auditLog.count();
    expect(await loadDemoData(deps)).toBe(false);
    expect(await testDb.db.employee.count()).toBe(roster.employees.length);
    expect(await testDb.db.roleGrant.count()).toBe(5);
    expect(await testDb.db.auditLog.count()).toBe(audits);
  });

  it("does not load into a database that already has employees", async () => {
    const one = renderDemoCsv(buildDemoRoster()).split("\n").slice(0, 2).join("\n");
    expect((await importRoster(deps, one, { actorLabel: "test" })).ok).toBe(true);

    expect(await loadDemoData(deps)).toBe(false);
    expect(await testDb.db.employee.count()).toBe(1);
  });

  it("renders a file that imports again without changes", async () => {
    await loadDemoData(deps);
    const again = await importRoster(deps, renderDemoCsv(buildDemoRoster()), { dryRun: true, actorLabel: "test" });
    expect(again.errors).toEqual([]);
    expect(again.summary.employees).toMatchObject({ created: 0, updated: 0, deactivated: 0 });
  });
});
