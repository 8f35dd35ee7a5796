import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ManualClock } from "../../../src/clock.js";
import type { Db } from "../../../src/db/client.js";
import type { CompetencyType } from "../../../src/generated/prisma/enums.js";
import {
  expectedJp,
  jpSummary,
  suggestActivities,
  teamJpSummary,
  type LedgerDeps,
} from "../../../src/services/jp/ledger.js";
import { createActivity } from "../../kit/activity-fixture.js";
import { createTestDb, type TestDb } from "../../kit/db.js";
import { seedRoster, type PersonKey } from "../../kit/roster-fixture.js";

const TIMEZONE = "Asia/Jakarta";
let testDb: TestDb;
let clock: ManualClock;
let deps: LedgerDeps;
let ids: Record<PersonKey, number>;

beforeEach(async () => {
  testDb = await createTestDb();
  clock = new ManualClock("2026-12-07T02:00:00Z");
  deps = { db: testDb.db, clock, timezone: TIMEZONE };
  ids = await seedRoster(testDb.db);
});
afterEach(async () => testDb.dispose());

/** A completed activity credited to the employee, as the completion job would record it. */
async function credit(employeeId: number, jp: number, competencyType: CompetencyType, completedAt: string, year = 2026) {
  const activity = await createActivity(testDb.db, {
    competencyType,
    jp,
    status: "COMPLETED",
    startsAt: new Date(new Date(completedAt).getTime() - 8 * 3_600_000),
    endsAt: new Date(completedAt),
  });
  const registration = await testDb.db.registration.create({
    data: { activityId: activity.id, employeeId, status: "COMPLETED", completedAt: new Date(completedAt) },
  });
  await testDb.db.jpEntry.create({
    data: { employeeId, registrationId: registration.id, year, jp, competencyType, source: "ACTIVITY" },
  });
  return activity;
}

async function manual(employeeId: number, jp: number, competencyType: CompetencyType, year: number, note: string | null = null) {
  await testDb.db.jpEntry.create({ data: { employeeId, year, jp, competencyType, source: "MANUAL", note } });
}

/** An activity from 08:00 to 16:00 WIB on `date`. */
const on = (date: string) => ({ startsAt: new Date(`${date}T01:00:00Z`), endsAt: new Date(`${date}T09:00:00Z`) });

/** Counts every model call made through the client, to check how many queries a service makes. */
function countingDb(db: Db): { db: Db; calls: string[] } {
  const calls: string[] = [];
  const db2 = new Proxy(db, {
    get(target, prop) {
      const value: unknown = Reflect.get(target, prop);
      if (typeof prop !== "string" || prop.startsWith("$") || typeof value !== "object" || value === null) return value;
      return new Proxy(value, {
        get(model, method) {
          const fn: unknown = Reflect.get(model, method);
          if (typeof fn !== "function") return fn;
          return (...args: unknown[]) => {
            calls.push(`${prop}.${String(method)}`);
            return (fn as (...a: unknown[]) => unknown).apply(model, args);
          };
        },
      });
    },
  });
  return { db: db2, calls };
}

describe("one person's JP", () => {
  it("sums this year's credits by competency type and lists them in order", async () => {
    await credit(ids.staff, 4, "MANAJERIAL", "2026-09-10T09:00:00Z");
    const teknis = await credit(ids.staff, 8, "TEKNIS", "2026-03-05T09:00:00Z");
    await manual(ids.staff, 2, "SOSIAL_KULTURAL", 2026, "Diklat di luar daerah");
    await manual(ids.staff, 10, "TEKNIS", 2025);
    await manual(ids.colleague, 6, "TEKNIS", 2026);

    const summary = await jpSummary(deps, { employeeId: ids.staff });
    expect(summary).toMatchObject({
      year: 2026,
      target: 20,
      total: 14,
      byType: { TEKNIS: 8, MANAJERIAL: 4, SOSIAL_KULTURAL: 2 },
    });
    expect(summary.entries.map((entry) => [entry.title, entry.jp, entry.competencyType])).toEqual([
      [teknis.title, 8, "TEKNIS"],
      [expect.stringContaining("Pelatihan Uji"), 4, "MANAJERIAL"],
      ["Diklat di luar daerah", 2, "SOSIAL_KULTURAL"],
    ]);
    expect(summary.entries[0]!.completedAt).toEqual(new Date("2026-03-05T09:00:00Z"));
    // 7 December: about 18 of the 20 JP should be done by now.
    expect(summary.expected).toBe(18);
    expect(summary.behind).toBe(true);

    const past = await jpSummary(deps, { employeeId: ids.staff, year: 2025 });
    expect(past).toMatchObject({ total: 10, byType: { TEKNIS: 10, MANAJERIAL: 0, SOSIAL_KULTURAL: 0 }, expected: 20, behind: true });
  });

  it("is not behind while on pace", async () => {
    clock.set("2026-03-01T02:00:00Z");
    await manual(ids.staff, 4, "TEKNIS", 2026);
    expect(await jpSummary(deps, { employeeId: ids.staff })).toMatchObject({ total: 4, expected: 3, behind: false });
    expect(await jpSummary(deps, { employeeId: ids.colleague })).toMatchObject({ total: 0, behind: true });
  });

  it("changes year at midnight WIB, not at midnight UTC", async () => {
    await manual(ids.staff, 8, "TEKNIS", 2026);
    await manual(ids.staff, 3, "MANAJERIAL", 2027);

    clock.set("2026-12-31T16:59:59Z"); // 23:59:59 WIB on New Year's Eve
    expect(await jpSummary(deps, { employeeId: ids.staff })).toMatchObject({ year: 2026, total: 8, expected: 19 });

    clock.set("2026-12-31T17:00:00Z"); // 00:00 WIB on 1 January, still 2026 in UTC
    const newYear = await jpSummary(deps, { employeeId: ids.staff });
    expect(newYear).toMatchObject({ year: 2027, total: 3, byType: { MANAJERIAL: 3 }, expected: 0, behind: false });

    expect(expectedJp(2026, new Date("2026-12-31T17:00:00Z"), TIMEZONE)).toBe(20);
    expect(expectedJp(2027, new Date("2026-12-31T16:59:59Z"), TIMEZONE)).toBe(0);
  });
});

describe("suggested activities", () => {
  it("offers upcoming activities the person may join, the types they lack first", async () => {
    await manual(ids.staff, 8, "TEKNIS", 2026);
    await manual(ids.staff, 4, "MANAJERIAL", 2026);
    const teknis = await createActivity(testDb.db, { competencyType: "TEKNIS", ...on("2026-12-10") });
    const manajerial = await createActivity(testDb.db, { competencyType: "MANAJERIAL", ...on("2026-12-15") });
    const sosial = await createActivity(testDb.db, { competencyType: "SOSIAL_KULTURAL", ...on("2026-12-20") });
    const laterWindow = await createActivity(testDb.db, {
      competencyType: "SOSIAL_KULTURAL",
      ...on("2026-12-28"),
      registrationOpensAt: new Date("2026-12-14T00:00:00Z"),
    });
    // Not for this person: another unit's audience, a draft, a past one, one already registered for, one closed.
    await createActivity(testDb.db, { competencyType: "SOSIAL_KULTURAL", audience: { create: [{ kind: "UNIT", value: "DINKES" }] } });
    await createActivity(testDb.db, { competencyType: "SOSIAL_KULTURAL", status: "DRAFT" });
    await createActivity(testDb.db, { competencyType: "SOSIAL_KULTURAL", ...on("2026-12-01") });
    const registered = await createActivity(testDb.db, { competencyType: "SOSIAL_KULTURAL" });
    await testDb.db.registration.create({ data: { activityId: registered.id, employeeId: ids.staff, status: "REGISTERED" } });
    await createActivity(testDb.db, { competencyType: "SOSIAL_KULTURAL", registrationClosesAt: new Date("2026-12-06T00:00:00Z") });

    const all = await suggestActivities(deps, { employeeId: ids.staff, limit: 10 });
    expect(all.map((activity) => activity.id)).toEqual([sosial.id, laterWindow.id, manajerial.id, teknis.id]);
    const top = await suggestActivities(deps, { employeeId: ids.staff, limit: 2 });
    expect(top.map((activity) => activity.title)).toEqual([sosial.title, laterWindow.title]);
    // Somebody else has not registered: the registered one is offered to them.
    expect((await suggestActivities(deps, { employeeId: ids.colleague, limit: 10 })).map((a) => a.id)).toContain(registered.id);
    expect(await suggestActivities(deps, { employeeId: ids.retired, limit: 3 })).toEqual([]);
  });
});

describe("the team's JP", () => {
  it("summarises each active direct subordinate from one grouped query, furthest behind first", async () => {
    await credit(ids.staff, 8, "TEKNIS", "2026-05-05T09:00:00Z");
    await manual(ids.staff, 12, "MANAJERIAL", 2026);
    await manual(ids.colleague, 2, "SOSIAL_KULTURAL", 2026);
    await manual(ids.colleague, 16, "TEKNIS", 2025);
    // An inactive subordinate is not part of the team any more.
    await testDb.db.employee.update({ where: { id: ids.retired }, data: { supervisorId: ids.supervisor } });
    await manual(ids.retired, 1, "TEKNIS", 2026);

    const counting = countingDb(testDb.db);
    const result = await teamJpSummary({ ...deps, db: counting.db }, { requesterId: ids.supervisor, supervisorId: ids.supervisor });
    expect(result).toEqual({
      ok: true,
      year: 2026,
      target: 20,
      expected: 18,
      members: [
        {
          employeeId: ids.colleague,
          name: "Siti Aminah, S.Pd.",
          total: 2,
          byType: { TEKNIS: 0, MANAJERIAL: 0, SOSIAL_KULTURAL: 2 },
          behind: true,
        },
        {
          employeeId: ids.staff,
          name: "Ahmad Fauzi, S.Kom.",
          total: 20,
          byType: { TEKNIS: 8, MANAJERIAL: 12, SOSIAL_KULTURAL: 0 },
          behind: false,
        },
      ],
    });
    expect(counting.calls.filter((call) => call.startsWith("jpEntry."))).toEqual(["jpEntry.groupBy"]);
    expect(counting.calls).toHaveLength(2);
  });

  it("is only for the supervisor themself", async () => {
    const refused = { ok: false, error: "not-allowed" };
    expect(await teamJpSummary(deps, { requesterId: ids.colleague, supervisorId: ids.supervisor })).toEqual(refused);
    expect(await teamJpSummary(deps, { requesterId: ids.staff, supervisorId: ids.staff })).toEqual(refused);
    expect(await teamJpSummary(deps, { requesterId: ids.head, supervisorId: ids.head })).toMatchObject({
      ok: true,
      members: [{ employeeId: ids.supervisor }],
    });
    await testDb.db.employee.update({ where: { id: ids.supervisor }, data: { active: false } });
    expect(await teamJpSummary(deps, { requesterId: ids.supervisor, supervisorId: ids.supervisor })).toEqual(refused);
  });
});
