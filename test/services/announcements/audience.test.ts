import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ManualClock } from "../../../src/clock.js";
import type { ServiceDeps } from "../../../src/services/deps.js";
import {
  audienceToRules,
  countAudience,
  resolveAudience,
  rulesToAudience,
  unitTreeFor,
  type AudienceSpec,
} from "../../../src/services/announcements/audience.js";
import { createTestDb, type TestDb } from "../../kit/db.js";
import { seedDistrict, type District, type PersonKey } from "./district-fixture.js";

let testDb: TestDb;
let deps: ServiceDeps;
let district: District;

beforeEach(async () => {
  testDb = await createTestDb();
  deps = { db: testDb.db, clock: new ManualClock("2026-12-14T02:00:00Z") };
  district = await seedDistrict(testDb.db);
});
afterEach(async () => testDb.dispose());

const ids = (...keys: PersonKey[]) => keys.map((key): number => district.people[key]).sort((a, b) => a - b);

describe("announcement audience", () => {
  it("reaches every active employee for 'all', never the inactive one", async () => {
    const everyone = await resolveAudience(deps, { kind: "all" }, { scopeUnitId: null });
    expect(everyone).toEqual(
      ids("bupati", "admin", "sekda", "kabagOrg", "analis", "staffTata", "kadinkes", "perawat", "bidan", "guru"),
    );
    expect(everyone).not.toContain(district.people.pensiun);
  });

  it("includes the whole subtree of each chosen unit", async () => {
    const spec: AudienceSpec = { kind: "units", unitIds: [district.units.ORG, district.units.DISDIK] };
    expect(await resolveAudience(deps, spec, { scopeUnitId: null })).toEqual(ids("kabagOrg", "analis", "staffTata", "guru"));
    expect(await countAudience(deps, spec, { scopeUnitId: null })).toBe(4);
  });

  it("finds supervisors by their active subordinates and role holders by their grants", async () => {
    expect(await resolveAudience(deps, { kind: "supervisors" }, { scopeUnitId: null })).toEqual(ids("sekda", "kabagOrg", "kadinkes"));
    expect(await resolveAudience(deps, { kind: "role", role: "LEADER" }, { scopeUnitId: null })).toEqual(ids("bupati", "kadinkes"));
    expect(await resolveAudience(deps, { kind: "role", role: "ADMIN" }, { scopeUnitId: null })).toEqual(ids("admin"));
  });

  it("keeps a unit-scoped leader inside their subtree whatever the spec says", async () => {
    const scope = { scopeUnitId: district.units.DINKES };
    expect(await resolveAudience(deps, { kind: "all" }, scope)).toEqual(ids("kadinkes", "perawat", "bidan"));
    expect(await resolveAudience(deps, { kind: "supervisors" }, scope)).toEqual(ids("kadinkes"));
    expect(await resolveAudience(deps, { kind: "units", unitIds: [district.units.SETDA] }, scope)).toEqual([]);
  });

  it("stores a spec as rules and reads it back", async () => {
    const specs: AudienceSpec[] = [
      { kind: "all" },
      { kind: "supervisors" },
      { kind: "role", role: "LEADER" },
      { kind: "units", unitIds: [district.units.ORG, district.units.PUSKESMAS] },
    ];
    for (const spec of specs) expect(rulesToAudience(audienceToRules(spec))).toEqual(spec);
    expect(audienceToRules({ kind: "units", unitIds: [3, 3] })).toEqual([{ kind: "UNIT", value: "3" }]);
    expect(rulesToAudience([{ kind: "ROLE", value: "OWNER" }])).toBeNull();
    expect(rulesToAudience([])).toBeNull();
  });

  it("lists the unit tree with depth and head counts for the picker", async () => {
    const tree = await unitTreeFor(deps, { scopeUnitId: null });
    expect(tree.map((unit) => [unit.code, unit.depth, unit.employees, unit.employeesInSubtree])).toEqual([
      ["DINKES", 0, 1, 3],
      ["PUSKESMAS", 1, 2, 2],
      ["DISDIK", 0, 1, 1],
      ["SETDA", 0, 3, 6],
      ["ORG", 1, 2, 3],
      ["TATALAKSANA", 2, 1, 1],
    ]);
    const scoped = await unitTreeFor(deps, { scopeUnitId: district.units.DINKES });
    expect(scoped.map((unit) => unit.code)).toEqual(["DINKES", "PUSKESMAS"]);
  });
});
