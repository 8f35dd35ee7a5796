import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ManualClock } from "../../src/clock.js";
import { DEMO_ACTIVITY_CODES, loadDemoActivities } from "../../src/db/demo-activities.js";
import { DEMO_PEOPLE, loadDemoData } from "../../src/db/demo-data.js";
import type { ServiceDeps } from "../../src/services/deps.js";
import { listActivities } from "../../src/services/activities/lifecycle.js";
import { importPartners } from "../../src/services/activities/partners.js";
import { createTestDb, type TestDb } from "../kit/db.js";

const DAY = 86_400_000;
// 10:20 WIB on a Tuesday.
const NOW = new Date("2026-03-10T03:20:00Z");

let testDb: TestDb;
let deps: ServiceDeps;

beforeEach(async () => {
  testDb = await createTestDb();
  deps = { db: testDb.db, clock: new ManualClock(NOW) };
});

afterEach(async () => {
  await testDb.dispose();
});

describe("loadDemoActivities", () => {
  it("loads nine activities around now into the demo roster, each with an attendance code", async () => {
    await loadDemoData(deps);

    expect(await loadDemoActivities(deps, { now: NOW })).toBe(true);

    const list = await listActivities(deps);
    expect(list).toHaveLength(9);
    expect(list.filter((activity) => activity.status === "PUBLISHED")).toHaveLength(7);
    for (const activity of list) expect(activity.attendanceCode).toMatch(/^TBO-[A-Z0-9]{4}$/);
    expect(new Set(list.map((activity) => activity.attendanceCode)).size).toBe(9);

    const byCode = new Map(list.map((activity) => [activity.code, activity]));
    const today = byCode.get(DEMO_ACTIVITY_CODES.today)!;
    expect(today.startsAt.getTime()).toBeLessThanOrEqual(NOW.getTime());
    expect(today.endsAt.getTime()).toBeGreaterThan(NOW.getTime());
    expect(today.counts.registered).toBe(5);

    const small = byCode.get(DEMO_ACTIVITY_CODES.smallGroup)!;
    expect(small).toMatchObject({ capacity: 3, fillRate: 1, counts: { registered: 3, waitlisted: 1 } });
    expect(byCode.get(DEMO_ACTIVITY_CODES.needsApproval)!.needsSupervisorApproval).toBe(true);

    // One completed a few days ago (its reaction questionnaires still open), one past the L3 delay.
    const completed = byCode.get(DEMO_ACTIVITY_CODES.completed)!;
    expect(completed.status).toBe("COMPLETED");
    expect(NOW.getTime() - completed.endsAt.getTime()).toBeGreaterThan(DAY);
    expect(NOW.getTime() - completed.endsAt.getTime()).toBeLessThan(14 * DAY);
    const behaviour = byCode.get(DEMO_ACTIVITY_CODES.behaviour)!;
    expect(behaviour.status).toBe("COMPLETED");
    expect(NOW.getTime() - behaviour.endsAt.getTime()).toBeGreaterThan(60 * DAY);
    expect(NOW.getTime() - behaviour.endsAt.getTime()).toBeLessThan((60 + 14) * DAY);

    // Upcoming ones: in two days (08:00 WIB), next week and in three weeks.
    expect(byCode.get("DEMO-EXCEL")!.startsAt.toISOString()).toBe("2026-03-12T01:00:00.000Z");
    expect(byCode.get(DEMO_ACTIVITY_CODES.unitOnly)!.startsAt.toISOString()).toBe("2026-03-17T01:00:00.000Z");
    expect(byCode.get("DEMO-MANAJEMEN-PERUBAHAN")!.startsAt.toISOString()).toBe("2026-03-31T01:30:00.000Z");

    const unitOnly = await testDb.db.activity.findUniqueOrThrow({
      where: { code: DEMO_ACTIVITY_CODES.unitOnly },
      include: { audience: true, partner: true },
    });
    expect(unitOnly.audience.map((entry) => [entry.kind, entry.value])).toEqual([["UNIT", "DISDUKCAPIL"]]);
    expect(unitOnly.partner?.name).toMatch(/\(fiktif\)$/);
    for (const activity of await testDb.db.activity.findMany()) expect(activity.description).toMatch(/fiktif/);

    const asn = await testDb.db.employee.findUniqueOrThrow({ where: { nip: DEMO_PEOPLE.asn.nip } });
    const registration = await testDb.db.registration.findFirstOrThrow({ where: { employeeId: asn.id, activityId: today.id } });
    expect(registration.status).toBe("REGISTERED");

    expect(await testDb.db.auditLog.count({ where: { action: "demo.activities.load" } })).toBe(1);
  });

  it("does nothing the second time, and its partners are the example file's", async () => {
    await loadDemoData(deps);
    await loadDemoActivities(deps, { now: NOW });
    const before = await testDb.db.activity.findMany({ orderBy: { id: "asc" } });

    expect(await loadDemoActivities(deps, { now: new Date(NOW.getTime() + DAY) })).toBe(false);

    expect(await testDb.db.activity.findMany({ orderBy: { id: "asc" } })).toEqual(before);
    const example = readFileSync(resolve(import.meta.dirname, "../../docs/examples/partners.csv"), "utf8");
    const partners = await importPartners(deps, example, { actorLabel: "test", dryRun: true });
    expect(partners.summary).toEqual({ created: 0, updated: 0, unchanged: 3 });
  });

  it("works late in the evening and without a roster", async () => {
    const late = new Date("2026-03-10T15:40:00Z"); // 22:40 WIB

    expect(await loadDemoActivities(deps, { now: late })).toBe(true);

    const list = await listActivities(deps);
    expect(list).toHaveLength(9);
    expect(list.filter((activity) => activity.status === "COMPLETED")).toHaveLength(2);
    const today = list.find((activity) => activity.code === DEMO_ACTIVITY_CODES.today)!;
    expect(today.startsAt.getTime()).toBeLessThanOrEqual(late.getTime());
    expect(today.endsAt.getTime()).toBeGreaterThan(late.getTime());
    expect(await testDb.db.registration.count()).toBe(0);
    expect(await testDb.db.activityAudience.count({ where: { kind: "UNIT" } })).toBe(0);
  });
});
