import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadUnits } from "../../../src/services/announcements/unit-tree.js";
import { reportAccess, reportingLine, type ReportAccess, type ReportKind } from "../../../src/services/reports/access.js";
import { createTestDb, type TestDb } from "../../kit/db.js";
import { seedReportsFixture, type ReportsFixture } from "./reports-fixture.js";

let testDb: TestDb;
let fx: ReportsFixture;

beforeAll(async () => {
  testDb = await createTestDb();
  fx = await seedReportsFixture(testDb.db);
});
afterAll(async () => testDb.dispose());

/** The decision alone: the units an allowed check hands back are checked in their own test. */
const access = async (viewerId: number, report: ReportKind, unitId: number | null = null) =>
  decisionOf(await reportAccess(fx.deps, { viewerId, report, unitId }));
const decisionOf = (result: ReportAccess) => {
  if (!result.ok) return result;
  const { units: _units, ...decision } = result;
  return decision;
};
const sorted = (ids: number[] | null) => (ids === null ? null : [...ids].sort((a, b) => a - b));

describe("who may see which report", () => {
  it("gives an admin every report for the whole district or any unit with its subtree", async () => {
    for (const report of ["jp-compliance", "effectiveness", "reach", "readiness", "partners"] as const) {
      expect(await access(fx.people.admin, report)).toEqual({ ok: true, unitIds: null, unitId: null, team: null });
    }
    const dinkes = await access(fx.people.admin, "partners", fx.units.dinkes);
    expect(dinkes.ok && sorted(dinkes.unitIds)).toEqual(sorted([fx.units.dinkes, fx.units.pkmTebo, fx.units.pkmRimbo]));
    expect(dinkes.ok && dinkes.unitId).toBe(fx.units.dinkes);
  });

  it("gives a district-wide leader the whole district", async () => {
    expect(await access(fx.people.sekda, "reach")).toEqual({ ok: true, unitIds: null, unitId: null, team: null });
    const disdik = await access(fx.people.sekda, "reach", fx.units.disdik);
    expect(disdik).toEqual({ ok: true, unitIds: [fx.units.disdik], unitId: fx.units.disdik, team: null });
  });

  it("keeps a head of OPD inside their own subtree", async () => {
    const own = await access(fx.people.kadinkes, "jp-compliance");
    expect(own.ok && sorted(own.unitIds)).toEqual(sorted([fx.units.dinkes, fx.units.pkmTebo, fx.units.pkmRimbo]));
    expect(own.ok && own.unitId).toBe(fx.units.dinkes);
    expect(own.ok && own.team).toBeNull();

    expect(await access(fx.people.kadinkes, "effectiveness", fx.units.pkmTebo)).toEqual({
      ok: true,
      unitIds: [fx.units.pkmTebo],
      unitId: fx.units.pkmTebo,
      team: null,
    });
    expect(await access(fx.people.kadinkes, "jp-compliance", fx.units.disdik)).toEqual({ ok: false, code: "outside-scope" });
    expect(await access(fx.people.kadinkes, "partners", fx.units.setda)).toEqual({ ok: false, code: "outside-scope" });
  });

  it("answers an unknown unit as such, for anyone allowed to ask", async () => {
    expect(await access(fx.people.admin, "reach", 99_999)).toEqual({ ok: false, code: "unknown-unit" });
    expect(await access(fx.people.kapus, "jp-compliance", 99_999)).toEqual({ ok: false, code: "unknown-unit" });
  });

  it("gives a supervisor only the JP compliance of their team, direct and indirect", async () => {
    const kabid = await access(fx.people.kabid, "jp-compliance");
    expect(kabid).toEqual({
      ok: true,
      unitIds: null,
      unitId: null,
      team: {
        supervisorId: fx.people.kabid,
        memberIds: sorted([fx.people.staff, fx.people.kapus, fx.people.midwife, fx.people.nurse, fx.people.mover]),
      },
    });
    const kapus = await access(fx.people.kapus, "jp-compliance");
    // The inactive subordinate is not part of the team.
    expect(kapus.ok && kapus.team).toEqual({ supervisorId: fx.people.kapus, memberIds: sorted([fx.people.nurse, fx.people.mover]) });

    for (const report of ["effectiveness", "reach", "readiness", "partners"] as const) {
      expect(await access(fx.people.kabid, report)).toEqual({ ok: false, code: "not-allowed" });
    }
  });

  it("lets a unit narrow a supervisor's team but never widen it", async () => {
    const narrowed = await access(fx.people.kabid, "jp-compliance", fx.units.pkmTebo);
    expect(narrowed.ok && narrowed.unitIds).toEqual([fx.units.pkmTebo]);
    expect(narrowed.ok && narrowed.team?.supervisorId).toBe(fx.people.kabid);
  });

  it("hands back every unit of the district it loaded, whatever part the viewer may see", async () => {
    const all = await loadUnits(fx.deps);
    const own = await reportAccess(fx.deps, { viewerId: fx.people.kadinkes, report: "jp-compliance", unitId: fx.units.pkmTebo });
    expect(own.ok && own.units).toEqual(all);
    const team = await reportAccess(fx.deps, { viewerId: fx.people.kapus, report: "jp-compliance", unitId: null });
    expect(team.ok && team.units).toEqual(all);
  });

  it("refuses a plain ASN every report, and an inactive employee too", async () => {
    for (const report of ["jp-compliance", "effectiveness", "reach", "readiness", "partners"] as const) {
      expect(await access(fx.people.nurse, report)).toEqual({ ok: false, code: "not-allowed" });
      expect(await access(fx.people.teacher, report, fx.units.disdik)).toEqual({ ok: false, code: "not-allowed" });
      expect(await access(fx.people.retired, report)).toEqual({ ok: false, code: "not-allowed" });
    }
  });
});

describe("a reporting line", () => {
  it("walks every level below the supervisor and skips inactive people", async () => {
    expect(await reportingLine(fx.deps, fx.people.sekda)).toEqual(
      sorted([
        fx.people.kadinkes,
        fx.people.kabid,
        fx.people.staff,
        fx.people.kapus,
        fx.people.nurse,
        fx.people.mover,
        fx.people.midwife,
        fx.people.kadisdik,
        fx.people.teacher,
      ]),
    );
    expect(await reportingLine(fx.deps, fx.people.nurse)).toEqual([]);
  });
});
