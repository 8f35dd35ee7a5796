import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ManualClock } from "../../../src/clock.js";
import type { Prisma } from "../../../src/generated/prisma/client.js";
import type { RegistrationStatus } from "../../../src/generated/prisma/enums.js";
import type { ServiceDeps } from "../../../src/services/deps.js";
import {
  cancelActivity,
  completeActivity,
  listActivities,
  publishActivity,
  type AffectedRegistration,
  type CancelledActivity,
} from "../../../src/services/activities/lifecycle.js";
import { createRecipients } from "../../kit/recipients.js";
import { createTestDb, type TestDb } from "../../kit/db.js";

let testDb: TestDb;
let clock: ManualClock;
let deps: ServiceDeps;
let employees: number[];

const DAY = 86_400_000;

async function activity(code: string, data: Partial<Prisma.ActivityUncheckedCreateInput> = {}) {
  return testDb.db.activity.create({
    data: {
      code,
      title: `Kegiatan ${code}`,
      kind: "TRAINING",
      competencyType: "TEKNIS",
      jp: 8,
      startsAt: new Date(clock.now().getTime() + 7 * DAY),
      endsAt: new Date(clock.now().getTime() + 7 * DAY + 8 * 3_600_000),
      status: "PUBLISHED",
      ...data,
    },
  });
}

/** One registration per status, each for the next employee. */
async function register(activityId: number, statuses: RegistrationStatus[]) {
  const created = [];
  for (const [index, status] of statuses.entries()) {
    created.push(
      await testDb.db.registration.create({
        data: { activityId, employeeId: employees[index]!, status, waitlistPosition: status === "WAITLISTED" ? index : null },
      }),
    );
  }
  return created;
}

type Call = { activity: CancelledActivity; affected: AffectedRegistration[] };
function recorder() {
  const calls: Call[] = [];
  const onCancelled = async (cancelled: CancelledActivity, affected: AffectedRegistration[]) => {
    calls.push({ activity: cancelled, affected });
  };
  return { calls, onCancelled };
}

beforeEach(async () => {
  testDb = await createTestDb();
  clock = new ManualClock("2026-11-01T03:00:00Z");
  deps = { db: testDb.db, clock };
  employees = (await createRecipients(testDb.db, 10)).map((recipient) => recipient.employeeId);
});

afterEach(async () => {
  await testDb.dispose();
});

describe("listActivities", () => {
  it("counts seats, waiting list and pending approvals per activity, with the fill rate", async () => {
    const full = await activity("FULL", { capacity: 3 });
    await register(full.id, ["REGISTERED", "ATTENDED", "REGISTERED", "WAITLISTED", "WAITLISTED", "CANCELLED", "REJECTED"]);
    const open = await activity("OPEN", { capacity: null, startsAt: new Date(clock.now().getTime() + DAY), endsAt: new Date(clock.now().getTime() + 2 * DAY) });
    await register(open.id, ["PENDING_APPROVAL", "REGISTERED", "PENDING_APPROVAL"]);
    await activity("EMPTY", { capacity: 30, status: "DRAFT", startsAt: new Date(clock.now().getTime() + 30 * DAY), endsAt: new Date(clock.now().getTime() + 31 * DAY) });

    const list = await listActivities(deps);

    expect(list.map((item) => [item.code, item.counts, item.capacity, item.fillRate])).toEqual([
      ["OPEN", { registered: 1, waitlisted: 0, pending: 2, attended: 0 }, null, null],
      ["FULL", { registered: 3, waitlisted: 2, pending: 0, attended: 1 }, 3, 1],
      ["EMPTY", { registered: 0, waitlisted: 0, pending: 0, attended: 0 }, 30, 0],
    ]);
  });

  it("filters by status and by activities that have not ended", async () => {
    await activity("PAST", { startsAt: new Date(clock.now().getTime() - 10 * DAY), endsAt: new Date(clock.now().getTime() - 9 * DAY) });
    await activity("RUNNING", { startsAt: new Date(clock.now().getTime() - DAY), endsAt: new Date(clock.now().getTime() + DAY) });
    await activity("DRAFT", { status: "DRAFT" });

    expect((await listActivities(deps, { status: "DRAFT" })).map((item) => item.code)).toEqual(["DRAFT"]);
    expect((await listActivities(deps, { from: clock.now() })).map((item) => item.code)).toEqual(["RUNNING", "DRAFT"]);
    expect((await listActivities(deps, { status: "PUBLISHED", from: clock.now() })).map((item) => item.code)).toEqual(["RUNNING"]);
  });
});

describe("cancelActivity", () => {
  it("cancels the open registrations and tells onCancelled about exactly those", async () => {
    const target = await activity("BATAL", { venue: "Aula" });
    const registrations = await register(target.id, [
      "REGISTERED",
      "WAITLISTED",
      "PENDING_APPROVAL",
      "REJECTED",
      "CANCELLED",
      "ATTENDED",
      "REGISTERED",
    ]);
    const other = await activity("LAIN");
    const untouched = await register(other.id, ["REGISTERED"]);
    const { calls, onCancelled } = recorder();
    clock.advance(3_600_000);

    const result = await cancelActivity(deps, { code: "batal", reason: " Narasumber berhalangan ", actorLabel: "test" }, onCancelled);

    const expected = [0, 1, 2, 6].map((index) => ({
      id: registrations[index]!.id,
      employeeId: registrations[index]!.employeeId,
      status: registrations[index]!.status,
    }));
    expect(result).toMatchObject({ ok: true, changed: true, affected: expected });
    expect(calls).toHaveLength(1);
    expect(calls[0]!.affected).toEqual(expected);
    expect(calls[0]!.activity).toMatchObject({ code: "BATAL", status: "CANCELLED", venue: "Aula", reason: "Narasumber berhalangan" });

    const stored = await testDb.db.registration.findMany({ where: { activityId: target.id }, orderBy: { id: "asc" } });
    expect(stored.map((registration) => registration.status)).toEqual([
      "CANCELLED",
      "CANCELLED",
      "CANCELLED",
      "REJECTED",
      "CANCELLED",
      "ATTENDED",
      "CANCELLED",
    ]);
    expect(stored[0]!.cancelledAt?.toISOString()).toBe("2026-11-01T04:00:00.000Z");
    expect(stored[4]!.cancelledAt).toBeNull();
    expect((await testDb.db.registration.findUniqueOrThrow({ where: { id: untouched[0]!.id } })).status).toBe("REGISTERED");
    expect((await testDb.db.activity.findUniqueOrThrow({ where: { id: target.id } })).status).toBe("CANCELLED");

    const audits = await testDb.db.auditLog.findMany();
    expect(audits).toHaveLength(1);
    expect(audits[0]).toMatchObject({ action: "activity.cancel", actorLabel: "test", targetId: String(target.id) });
    expect(JSON.parse(audits[0]!.details!)).toEqual({
      code: "BATAL",
      from: "PUBLISHED",
      reason: "Narasumber berhalangan",
      registrationsCancelled: 4,
    });
  });

  it("does nothing, and does not call onCancelled, for an activity already cancelled", async () => {
    const target = await activity("BATAL");
    await register(target.id, ["REGISTERED"]);
    const { calls, onCancelled } = recorder();
    await cancelActivity(deps, { id: target.id, actorLabel: "test" }, onCancelled);

    const again = await cancelActivity(deps, { id: target.id, actorLabel: "test" }, onCancelled);

    expect(again).toMatchObject({ ok: true, changed: false, affected: [] });
    expect(calls).toHaveLength(1);
    expect(await testDb.db.auditLog.count()).toBe(1);
  });

  it("keeps the cancellation when the callback fails, and passes the error on", async () => {
    const target = await activity("BATAL", { status: "DRAFT" });
    await register(target.id, ["PENDING_APPROVAL"]);

    await expect(
      cancelActivity(deps, { code: "BATAL", actorLabel: "test" }, async () => {
        throw new Error("antrean penuh");
      }),
    ).rejects.toThrow("antrean penuh");

    expect((await testDb.db.activity.findUniqueOrThrow({ where: { id: target.id } })).status).toBe("CANCELLED");
    expect((await testDb.db.registration.findFirstOrThrow({ where: { activityId: target.id } })).status).toBe("CANCELLED");
  });
});

describe("publish and complete", () => {
  it("publishes a draft with a generated attendance code and keeps a given one", async () => {
    await activity("BARU", { status: "DRAFT" });
    await activity("BERKODE", { status: "DRAFT", attendanceCode: "TBO-KODE" });
    let next = 5;

    const published = await publishActivity(deps, { code: "BARU", actorLabel: "test" }, { randomIndex: (size) => next++ % size });
    const withCode = await publishActivity(deps, { code: "BERKODE", actorLabel: "test" });
    const again = await publishActivity(deps, { code: "BARU", actorLabel: "test" });

    expect(published).toMatchObject({ ok: true, changed: true, activity: { status: "PUBLISHED", attendanceCode: "TBO-789A" } });
    expect(withCode).toMatchObject({ ok: true, changed: true, activity: { attendanceCode: "TBO-KODE" } });
    expect(again).toMatchObject({ ok: true, changed: false });
    const audits = await testDb.db.auditLog.findMany({ orderBy: { id: "asc" } });
    expect(audits.map((audit) => audit.action)).toEqual(["activity.publish", "activity.publish"]);
  });

  it("completes a published activity once it has started", async () => {
    await activity("JALAN", { startsAt: new Date(clock.now().getTime() - DAY), endsAt: new Date(clock.now().getTime() - 3_600_000) });

    const result = await completeActivity(deps, { code: "JALAN", actorLabel: "test" });

    expect(result).toMatchObject({ ok: true, changed: true, activity: { status: "COMPLETED" } });
    expect(await completeActivity(deps, { code: "JALAN", actorLabel: "test" })).toMatchObject({ ok: true, changed: false });
    expect(await testDb.db.auditLog.count({ where: { action: "activity.complete" } })).toBe(1);
  });

  it("refuses invalid transitions with a code and writes nothing", async () => {
    const past = { startsAt: new Date(clock.now().getTime() - 2 * DAY), endsAt: new Date(clock.now().getTime() - DAY) };
    await activity("BATAL", { status: "CANCELLED", ...past });
    await activity("SELESAI", { status: "COMPLETED", ...past });
    await activity("DRAF", { status: "DRAFT", ...past });
    await activity("NANTI");
    const { calls, onCancelled } = recorder();

    expect(await completeActivity(deps, { code: "BATAL", actorLabel: "test" })).toEqual({
      ok: false,
      code: "invalid-transition",
      params: { code: "BATAL", from: "CANCELLED", to: "COMPLETED" },
    });
    expect(await publishActivity(deps, { code: "BATAL", actorLabel: "test" })).toMatchObject({
      code: "invalid-transition",
      params: { from: "CANCELLED", to: "PUBLISHED" },
    });
    expect(await publishActivity(deps, { code: "SELESAI", actorLabel: "test" })).toMatchObject({ code: "invalid-transition" });
    expect(await cancelActivity(deps, { code: "SELESAI", actorLabel: "test" }, onCancelled)).toMatchObject({
      code: "invalid-transition",
      params: { from: "COMPLETED", to: "CANCELLED" },
    });
    expect(await completeActivity(deps, { code: "DRAF", actorLabel: "test" })).toMatchObject({ code: "invalid-transition" });
    expect(await completeActivity(deps, { code: "NANTI", actorLabel: "test" })).toEqual({
      ok: false,
      code: "not-started",
      params: { code: "NANTI" },
    });
    expect(await publishActivity(deps, { code: "TIDAK-ADA", actorLabel: "test" })).toEqual({
      ok: false,
      code: "not-found",
      params: { code: "TIDAK-ADA" },
    });
    expect(await cancelActivity(deps, { id: 9999, actorLabel: "test" }, onCancelled)).toMatchObject({ code: "not-found" });

    expect(calls).toEqual([]);
    expect(await testDb.db.auditLog.count()).toBe(0);
    const statuses = await testDb.db.activity.findMany({ orderBy: { id: "asc" }, select: { status: true } });
    expect(statuses.map((row) => row.status)).toEqual(["CANCELLED", "COMPLETED", "DRAFT", "PUBLISHED"]);
  });
});
