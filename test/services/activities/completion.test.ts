import { execFile } from "node:child_process";
import { resolve } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ManualClock } from "../../../src/clock.js";
import { defaultJobs } from "../../../src/scheduler/index.js";
import { activityCompletionJob } from "../../../src/scheduler/jobs/activity-completion.js";
import { completeActivityNow, completeEndedActivities, type CompletionDeps } from "../../../src/services/activities/completion.js";
import { completeActivity } from "../../../src/services/activities/lifecycle.js";
import { runCli } from "../../kit/cli.js";
import { createActivity } from "../../kit/activity-fixture.js";
import { createTestDb, type TestDb } from "../../kit/db.js";
import { seedRoster, type PersonKey } from "../../kit/roster-fixture.js";

const ROOT = resolve(import.meta.dirname, "../../..");
let testDb: TestDb;
let clock: ManualClock;
let deps: CompletionDeps;
let ids: Record<PersonKey, number>;

beforeEach(async () => {
  testDb = await createTestDb();
  clock = new ManualClock("2026-12-07T02:00:00Z");
  deps = { db: testDb.db, clock, settings: { checkinGraceMinutes: 30 }, timezone: "Asia/Jakarta" };
  ids = await seedRoster(testDb.db);
});
afterEach(async () => testDb.dispose());

/** The fixture activity (Monday 14 December 2026, 08:00–16:00 WIB, 8 JP) with one person in each state. */
async function activityWithEveryone(overrides: Parameters<typeof createActivity>[1] = {}) {
  const activity = await createActivity(testDb.db, overrides);
  const add = (employeeId: number, status: "ATTENDED" | "REGISTERED" | "WAITLISTED" | "PENDING_APPROVAL") =>
    testDb.db.registration.create({
      data: {
        activityId: activity.id,
        employeeId,
        status,
        waitlistPosition: status === "WAITLISTED" ? 1 : null,
        checkedInAt: status === "ATTENDED" ? activity.startsAt : null,
      },
    });
  const attended = await add(ids.staff, "ATTENDED");
  const noShow = await add(ids.colleague, "REGISTERED");
  const waiting = await add(ids.supervisor, "WAITLISTED");
  const pending = await add(ids.head, "PENDING_APPROVAL");
  return { activity, attended, noShow, waiting, pending };
}

const statusOf = async (id: number) => (await testDb.db.registration.findUniqueOrThrow({ where: { id } })).status;

describe("completing activities after they end", () => {
  it("waits for the end plus the grace, then completes attendees with JP, no-shows and the rest", async () => {
    const { activity, attended, noShow, waiting, pending } = await activityWithEveryone();
    clock.set("2026-12-14T09:30:00Z"); // 16:30 WIB: the check-in window is still open
    expect(await completeEndedActivities(deps, { now: clock.now() })).toMatchObject({ activities: 0, jpCredited: 0 });
    expect(await statusOf(attended.id)).toBe("ATTENDED");

    clock.set("2026-12-14T09:30:01Z");
    expect(await completeEndedActivities(deps, { now: clock.now() })).toEqual({
      activities: 1,
      completed: 1,
      noShow: 1,
      cancelled: 2,
      jpCredited: 1,
    });
    const done = await testDb.db.registration.findUniqueOrThrow({ where: { id: attended.id } });
    expect(done).toMatchObject({ status: "COMPLETED", completedAt: new Date("2026-12-14T09:30:01Z") });
    expect(await statusOf(noShow.id)).toBe("NO_SHOW");
    expect(await statusOf(waiting.id)).toBe("CANCELLED");
    expect(await statusOf(pending.id)).toBe("CANCELLED");
    expect((await testDb.db.activity.findUniqueOrThrow({ where: { id: activity.id } })).status).toBe("COMPLETED");
    const entries = await testDb.db.jpEntry.findMany();
    expect(entries).toEqual([
      expect.objectContaining({
        employeeId: ids.staff,
        registrationId: attended.id,
        year: 2026,
        jp: 8,
        competencyType: "TEKNIS",
        source: "ACTIVITY",
      }),
    ]);
    expect(await testDb.db.auditLog.count({ where: { action: "activity.finalised", targetId: String(activity.id) } })).toBe(1);
  });

  it("credits the JP once when the job runs twice", async () => {
    await activityWithEveryone();
    clock.set("2026-12-15T00:00:00Z");
    const first = await completeEndedActivities(deps, { now: clock.now() });
    const second = await completeEndedActivities(deps, { now: clock.now() });
    expect(first).toMatchObject({ activities: 1, jpCredited: 1 });
    expect(second).toEqual({ activities: 0, completed: 0, noShow: 0, cancelled: 0, jpCredited: 0 });
    expect(await testDb.db.jpEntry.count()).toBe(1);
  });

  it("credits the JP once when runs in separate processes race each other", async () => {
    const activities = [await activityWithEveryone(), await activityWithEveryone(), await activityWithEveryone()];
    // More attendees for a longer critical section.
    for (const { activity } of activities) {
      for (let i = 0; i < 20; i += 1) {
        const employee = await testDb.db.employee.create({
          data: {
            nip: `19900101201501${String(activity.id).padStart(2, "0")}${String(i).padStart(2, "0")}`,
            name: `Peserta ${activity.id}-${i}`,
            unitId: (await testDb.db.unit.findFirstOrThrow()).id,
            position: "Pelaksana",
            positionType: "PELAKSANA",
            grade: "II/a",
            employmentType: "PNS",
          },
        });
        await testDb.db.registration.create({
          data: { activityId: activity.id, employeeId: employee.id, status: "ATTENDED", checkedInAt: activity.startsAt },
        });
      }
    }
    const attendees = await testDb.db.registration.count({ where: { status: "ATTENDED" } });
    const now = "2026-12-15T00:00:00Z";
    const startAt = Date.now() + 2_500;
    const script = `
      const [root, url, now, startAt] = process.argv.slice(1);
      const { connectDb, createDb } = await import(root + "/src/db/client.ts");
      const { completeEndedActivities } = await import(root + "/src/services/activities/completion.ts");
      const db = createDb(url);
      await connectDb(db);
      const deps = { db, clock: { now: () => new Date(now) }, settings: { checkinGraceMinutes: 30 }, timezone: "Asia/Jakarta" };
      await new Promise((resolve) => setTimeout(resolve, Math.max(0, Number(startAt) - Date.now())));
      const result = await completeEndedActivities(deps, { now: new Date(now) });
      process.stdout.write(JSON.stringify(result));
      await db.$disconnect();
    `;
    const results = await Promise.all(
      [1, 2, 3].map(
        () =>
          new Promise<{ jpCredited: number; completed: number }>((resolvePromise, reject) =>
            execFile(
              process.execPath,
              ["--import", "tsx", "--input-type=module", "-e", script, ROOT, testDb.url, now, String(startAt)],
              { cwd: ROOT },
              (error, stdout, stderr) => (error ? reject(new Error(stderr || String(error))) : resolvePromise(JSON.parse(stdout))),
            ),
          ),
      ),
    );
    expect(results.reduce((sum, result) => sum + result.jpCredited, 0)).toBe(attendees);
    expect(results.reduce((sum, result) => sum + result.completed, 0)).toBe(attendees);
    expect(await testDb.db.jpEntry.count()).toBe(attendees);
    expect(await testDb.db.registration.count({ where: { status: "COMPLETED" } })).toBe(attendees);
    // And a late run in this process finds nothing left.
    clock.set(now);
    expect(await completeEndedActivities(deps, { now: clock.now() })).toMatchObject({ activities: 0, jpCredited: 0 });
  }, 60_000);

  it("never writes a second JpEntry for a registration that already has one", async () => {
    const { attended } = await activityWithEveryone();
    await testDb.db.jpEntry.create({
      data: { employeeId: ids.staff, registrationId: attended.id, year: 2026, jp: 8, competencyType: "TEKNIS", source: "ACTIVITY" },
    });
    clock.set("2026-12-15T00:00:00Z");
    expect(await completeEndedActivities(deps, { now: clock.now() })).toMatchObject({ completed: 1, jpCredited: 0 });
    expect(await statusOf(attended.id)).toBe("COMPLETED");
    expect(await testDb.db.jpEntry.count()).toBe(1);
  });

  it("counts the JP towards the year of the end in WIB, not in UTC", async () => {
    // New Year's Eve night event ending 1 January 2027, 05:00 WIB (31 December 2026, 22:00 UTC).
    await activityWithEveryone({ startsAt: new Date("2026-12-31T13:00:00Z"), endsAt: new Date("2026-12-31T22:00:00Z") });
    clock.set("2027-01-01T01:00:00Z");
    await completeEndedActivities(deps, { now: clock.now() });
    expect((await testDb.db.jpEntry.findFirstOrThrow()).year).toBe(2027);
  });

  it("leaves drafts and cancelled activities alone, and settles an activity whose status an admin already flipped", async () => {
    const draft = await activityWithEveryone({ status: "DRAFT" });
    const cancelled = await activityWithEveryone({ status: "CANCELLED" });
    const flipped = await activityWithEveryone();
    clock.set("2026-12-14T05:00:00Z");
    expect(await completeActivity(deps, { id: flipped.activity.id, actorLabel: "test" })).toMatchObject({ ok: true, changed: true });
    expect(await statusOf(flipped.attended.id)).toBe("ATTENDED");

    clock.set("2026-12-15T00:00:00Z");
    expect(await completeEndedActivities(deps, { now: clock.now() })).toMatchObject({ activities: 1, jpCredited: 1 });
    expect(await statusOf(flipped.attended.id)).toBe("COMPLETED");
    expect(await statusOf(draft.attended.id)).toBe("ATTENDED");
    expect(await statusOf(cancelled.attended.id)).toBe("ATTENDED");
    expect(await testDb.db.jpEntry.count()).toBe(1);
  });
});

describe("an admin completing an activity now", () => {
  it("is refused before the start, finalises at once during it, and changes nothing the second time", async () => {
    const { activity, attended, noShow } = await activityWithEveryone();
    const input = { code: activity.code.toLowerCase(), actorLabel: "cli" };
    expect(await completeActivityNow(deps, input)).toMatchObject({ ok: false, code: "not-started" });
    expect(await completeActivityNow(deps, { code: "NOPE", actorLabel: "cli" })).toMatchObject({ ok: false, code: "not-found" });

    clock.set("2026-12-14T08:00:00Z"); // 15:00 WIB, before the end
    expect(await completeActivityNow(deps, input)).toMatchObject({
      ok: true,
      changed: true,
      counts: { completed: 1, noShow: 1, cancelled: 2, jpCredited: 1 },
    });
    expect(await statusOf(attended.id)).toBe("COMPLETED");
    expect(await statusOf(noShow.id)).toBe("NO_SHOW");
    expect(await completeActivityNow(deps, input)).toMatchObject({ ok: true, changed: false });
    expect(await testDb.db.jpEntry.count()).toBe(1);
    expect(await testDb.db.auditLog.count({ where: { action: "activity.complete", actorLabel: "cli" } })).toBe(1);

    const cancelled = await createActivity(testDb.db, { status: "CANCELLED" });
    expect(await completeActivityNow(deps, { id: cancelled.id, actorLabel: "cli" })).toMatchObject({
      ok: false,
      code: "invalid-transition",
    });
  });
});

describe("the completion job", () => {
  it("runs every 15 minutes and can be run by hand from the command line", async () => {
    expect(defaultJobs).toContain(activityCompletionJob);
    expect(activityCompletionJob.cron).toBe("30 */15 * * * *");
    // The CLI runs on the real clock: an activity that ended three hours ago.
    const endsAt = new Date(Date.now() - 3 * 3_600_000);
    const { attended } = await activityWithEveryone({ startsAt: new Date(endsAt.getTime() - 8 * 3_600_000), endsAt });

    const run = await runCli(testDb.url, "jobs", "run", "activity-completion");
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("Tugas activity-completion selesai");
    expect(run.stdout).toContain("• jpCredited: 1");
    expect(await statusOf(attended.id)).toBe("COMPLETED");
    expect(await testDb.db.jpEntry.count()).toBe(1);

    const unknown = await runCli(testDb.url, "jobs", "run", "nope");
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('Tugas "nope" tidak dikenal');
    expect(unknown.stderr).toContain("activity-reminders");
  }, 60_000);
});
