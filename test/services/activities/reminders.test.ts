import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ManualClock } from "../../../src/clock.js";
import { createConfig } from "../../../src/config.js";
import { createLogger } from "../../../src/logger.js";
import { createJobDeps, defaultJobs } from "../../../src/scheduler/index.js";
import { activityRemindersJob } from "../../../src/scheduler/jobs/activity-reminders.js";
import { runJob } from "../../../src/scheduler/run-job.js";
import { cancelActivity } from "../../../src/services/activities/lifecycle.js";
import { cancelRegistration, registerForActivity } from "../../../src/services/activities/registration.js";
import {
  dayBeforeReminderAt,
  enqueueDueReminders,
  soonReminderAt,
  withdrawActivityReminders,
  type ReminderDeps,
} from "../../../src/services/activities/reminders.js";
import { createMessages } from "../../../src/services/messages.js";
import { createActivity } from "../../kit/activity-fixture.js";
import { createTestDb, type TestDb } from "../../kit/db.js";
import { seedRoster, type PersonKey } from "../../kit/roster-fixture.js";

const TZ = "Asia/Jakarta";
const config = createConfig({});
let testDb: TestDb;
let clock: ManualClock;
let deps: ReminderDeps;
let ids: Record<PersonKey, number>;

beforeEach(async () => {
  testDb = await createTestDb();
  // Monday 7 December 2026, 09:00 WIB; the fixture activity is Monday 14 December, 08:00–16:00 WIB.
  clock = new ManualClock("2026-12-07T02:00:00Z");
  deps = {
    db: testDb.db,
    clock,
    messages: createMessages({ defaultLocale: "id", timezone: TZ }),
    settings: config.activities,
    timezone: TZ,
    quietHours: config.quietHours,
  };
  ids = await seedRoster(testDb.db);
  for (const key of ["staff", "colleague"] as const) {
    await testDb.db.chatAccount.create({
      data: { platform: "TELEGRAM", externalId: String(ids[key]), chatId: String(ids[key]), employeeId: ids[key] },
    });
  }
});
afterEach(async () => testDb.dispose());

async function register(employeeId: number, activityId: number): Promise<number> {
  const result = await registerForActivity(deps, { employeeId, activityId, confirmClash: true });
  if (!result.ok || result.status !== "REGISTERED") throw new Error(`not registered: ${JSON.stringify(result)}`);
  return result.registrationId;
}

const reminders = () =>
  testDb.db.delivery.findMany({ where: { dedupeKey: { startsWith: "reminder:" } }, orderBy: { id: "asc" } }).then((rows) =>
    rows.map((row) => {
      const payload = JSON.parse(row.payload) as { text: string; keyboard?: Array<Array<{ text: string; data?: string }>> };
      return { ...row, text: payload.text, keyboard: payload.keyboard };
    }),
  );

describe("when reminders are due (WIB)", () => {
  it("the day before at 15:00 local time, and an hour before the start", () => {
    // Monday 14 December 2026, 08:00 WIB = 01:00 UTC.
    const monday = new Date("2026-12-14T01:00:00Z");
    expect(dayBeforeReminderAt(monday, "15:00", TZ).toISOString()).toBe("2026-12-13T08:00:00.000Z"); // Sunday 15:00 WIB
    expect(soonReminderAt(monday, 60).toISOString()).toBe("2026-12-14T00:00:00.000Z"); // Monday 07:00 WIB
    // 1 January 2027, 07:30 WIB is still 31 December 2026 in UTC: the day before is 31 December.
    const newYear = new Date("2027-01-01T00:30:00Z");
    expect(dayBeforeReminderAt(newYear, "15:00", TZ).toISOString()).toBe("2026-12-31T08:00:00.000Z");
    // Another zone reads the same configured hour on its own wall clock (15:00 WIT = 06:00 UTC).
    expect(dayBeforeReminderAt(newYear, "15:00", "Asia/Jayapura").toISOString()).toBe("2026-12-31T06:00:00.000Z");
  });

  it("queues the Monday 08:00 reminder on Sunday at 15:00 WIB, not a minute earlier, and the short one at 07:00", async () => {
    const activity = await createActivity(testDb.db, { onlineUrl: "https://zoom.example/j/123" });
    const registrationId = await register(ids.staff, activity.id);

    clock.set("2026-12-13T07:59:00Z"); // Sunday 14:59 WIB
    expect(await enqueueDueReminders(deps)).toMatchObject({ dayBefore: 0, soon: 0 });
    expect(await reminders()).toHaveLength(0);

    clock.set("2026-12-13T08:00:00Z"); // Sunday 15:00 WIB
    expect(await enqueueDueReminders(deps)).toMatchObject({ dayBefore: 1, soon: 0 });
    const [dayBefore] = await reminders();
    expect(dayBefore).toMatchObject({
      dedupeKey: `reminder:${registrationId}:day-before`,
      employeeId: ids.staff,
      priority: 1,
      quietHours: true,
      status: "PENDING",
    });
    expect(dayBefore!.notBefore.toISOString()).toBe("2026-12-13T08:00:00.000Z");
    expect(dayBefore!.text).toContain(activity.title);
    expect(dayBefore!.text).toContain("Senin, 14 Desember 2026 pukul 08.00 WIB");
    expect(dayBefore!.text).toContain("Aula BKPSDM, Muara Tebo · https://zoom.example/j/123");
    expect(dayBefore!.keyboard).toEqual([[{ text: "📄 Lihat kegiatan", data: `act:${activity.id}` }]]);

    clock.set("2026-12-13T23:59:00Z"); // Monday 06:59 WIB
    expect(await enqueueDueReminders(deps)).toMatchObject({ dayBefore: 0, soon: 0 });
    clock.set("2026-12-14T00:00:00Z"); // Monday 07:00 WIB
    expect(await enqueueDueReminders(deps)).toMatchObject({ dayBefore: 0, soon: 1 });
    const soon = (await reminders())[1]!;
    expect(soon).toMatchObject({ dedupeKey: `reminder:${registrationId}:soon`, priority: 1, quietHours: false });
    expect(soon.notBefore.toISOString()).toBe("2026-12-14T00:00:00.000Z");
    expect(soon.text).toContain("/hadir");
    expect(soon.text).toContain("kode presensi");
    // The attendance code itself is never sent: it proves presence in the room.
    expect(soon.text).not.toContain(activity.attendanceCode!);

    clock.set("2026-12-14T01:00:00Z"); // started: nothing more
    expect(await enqueueDueReminders(deps)).toMatchObject({ dayBefore: 0, soon: 0 });
    expect(await reminders()).toHaveLength(2);
  });

  it("speaks the recipient's language", async () => {
    await testDb.db.chatAccount.updateMany({ where: { employeeId: ids.staff }, data: { locale: "en" } });
    const activity = await createActivity(testDb.db);
    await register(ids.staff, activity.id);
    clock.set("2026-12-14T00:00:00Z");
    await enqueueDueReminders(deps);
    const [soon] = await reminders();
    expect(soon!.text).toContain("starts soon");
    expect(soon!.text).toContain("Monday, 14 December 2026 at 08:00 WIB");
    expect(soon!.keyboard?.[0]?.[0]?.text).toBe("📄 View activity");
  });

  it("someone registering less than two hours before the start gets only the short reminder", async () => {
    const activity = await createActivity(testDb.db);
    clock.set("2026-12-14T00:30:00Z"); // Monday 07:30 WIB, half an hour before
    const registrationId = await register(ids.staff, activity.id);
    expect(await enqueueDueReminders(deps)).toMatchObject({ dayBefore: 0, soon: 1, skipped: 1 });
    expect((await reminders()).map((row) => row.dedupeKey)).toEqual([`reminder:${registrationId}:soon`]);
    // Later runs do not count it again.
    clock.advance(5 * 60_000);
    expect(await enqueueDueReminders(deps)).toMatchObject({ dayBefore: 0, soon: 0, skipped: 1 });
  });

  it("someone registering on Sunday evening still gets the day-before reminder, due at 15:00", async () => {
    const activity = await createActivity(testDb.db);
    clock.set("2026-12-13T10:00:00Z"); // Sunday 17:00 WIB
    const registrationId = await register(ids.staff, activity.id);
    expect(await enqueueDueReminders(deps)).toMatchObject({ dayBefore: 1, soon: 0 });
    const [row] = await reminders();
    expect(row!.dedupeKey).toBe(`reminder:${registrationId}:day-before`);
    expect(row!.notBefore.toISOString()).toBe("2026-12-13T08:00:00.000Z");
  });

  it("an early start is not held by quiet hours: the day-before one is dropped, the short one goes at once", async () => {
    // Monday 07:00 WIB; registering Sunday 22:00 WIB, inside quiet hours (21:00-06:00).
    const activity = await createActivity(testDb.db, {
      startsAt: new Date("2026-12-14T00:00:00Z"),
      endsAt: new Date("2026-12-14T05:00:00Z"),
    });
    clock.set("2026-12-13T15:00:00Z");
    await register(ids.staff, activity.id);
    // A day-before reminder held until 06:00 would arrive with the short one: skipped.
    expect(await enqueueDueReminders(deps)).toMatchObject({ dayBefore: 0, soon: 0, skipped: 1 });
    clock.set("2026-12-13T23:00:00Z"); // 06:00 WIB
    expect(await enqueueDueReminders(deps)).toMatchObject({ dayBefore: 0, soon: 1 });
    const [soon] = await reminders();
    expect(soon).toMatchObject({ quietHours: false });
  });
});

describe("reminders are idempotent and never reach cancelled registrations", () => {
  it("the job run twice (a double tick) queues each reminder once", async () => {
    const activity = await createActivity(testDb.db);
    await register(ids.staff, activity.id);
    await register(ids.colleague, activity.id);
    expect(defaultJobs).toContain(activityRemindersJob);
    expect(activityRemindersJob.cron).toBe("0 */5 * * * *");
    const jobDeps = createJobDeps({ db: testDb.db, clock }, config);
    const options = { clock, logger: createLogger("silent") };

    clock.set("2026-12-13T08:02:00Z");
    const [first, second] = await Promise.all([
      runJob(activityRemindersJob, jobDeps, { ...options, inFlight: new Set() }),
      runJob(activityRemindersJob, jobDeps, { ...options, inFlight: new Set() }),
    ]);
    expect(first.ok && second.ok).toBe(true);
    clock.advance(5 * 60_000);
    const third = await runJob(activityRemindersJob, jobDeps, options);
    expect(third.outcome).toMatchObject({ dayBefore: 0, soon: 0 });
    const rows = await reminders();
    expect(rows.map((row) => row.dedupeKey).sort()).toEqual(
      (await testDb.db.registration.findMany()).map((registration) => `reminder:${registration.id}:day-before`).sort(),
    );
  });

  it("a registration cancelled before the reminder is due never gets one", async () => {
    const activity = await createActivity(testDb.db);
    const registrationId = await register(ids.staff, activity.id);
    await cancelRegistration(deps, { employeeId: ids.staff, registrationId });
    clock.set("2026-12-14T00:00:00Z");
    expect(await enqueueDueReminders(deps)).toMatchObject({ dayBefore: 0, soon: 0 });
    expect(await reminders()).toHaveLength(0);
  });

  it("a cancelled activity gets no reminders, even for a registration left REGISTERED", async () => {
    const cancelled = await createActivity(testDb.db);
    await register(ids.staff, cancelled.id);
    await cancelActivity(deps, { id: cancelled.id, actorLabel: "test" }, async () => {});
    const stray = await createActivity(testDb.db);
    await register(ids.colleague, stray.id);
    await testDb.db.activity.update({ where: { id: stray.id }, data: { status: "CANCELLED" } });
    clock.set("2026-12-14T00:00:00Z");
    expect(await enqueueDueReminders(deps)).toMatchObject({ dayBefore: 0, soon: 0 });
    expect(await reminders()).toHaveLength(0);
  });

  it("a registration cancelled after its reminder was queued has the queued one withdrawn", async () => {
    const activity = await createActivity(testDb.db);
    const registrationId = await register(ids.staff, activity.id);
    clock.set("2026-12-13T08:00:00Z");
    await enqueueDueReminders(deps);
    expect((await reminders())[0]).toMatchObject({ status: "PENDING" });
    await cancelRegistration(deps, { employeeId: ids.staff, registrationId });
    expect((await reminders())[0]).toMatchObject({ status: "CANCELLED" });
  });

  it("an activity cancelled after its reminders were queued has them withdrawn", async () => {
    const activity = await createActivity(testDb.db);
    await register(ids.staff, activity.id);
    await register(ids.colleague, activity.id);
    const other = await createActivity(testDb.db);
    await register(ids.staff, other.id);
    clock.set("2026-12-13T08:00:00Z");
    await enqueueDueReminders(deps);
    expect(await reminders()).toHaveLength(3);

    await cancelActivity(deps, { id: activity.id, actorLabel: "test" }, async () => {
      expect(await withdrawActivityReminders(testDb.db, activity.id)).toBe(2);
    });
    const rows = await reminders();
    expect(rows.filter((row) => row.status === "CANCELLED").map((row) => row.employeeId).sort()).toEqual(
      [ids.staff, ids.colleague].sort(),
    );
    expect(rows.filter((row) => row.status === "PENDING")).toHaveLength(1);
  });

  it("the next run withdraws what a cancellation left queued (the safety net)", async () => {
    const activity = await createActivity(testDb.db);
    await register(ids.staff, activity.id);
    clock.set("2026-12-13T08:00:00Z");
    await enqueueDueReminders(deps);
    // Cancelled without anybody withdrawing the queued reminder.
    await testDb.db.activity.update({ where: { id: activity.id }, data: { status: "CANCELLED" } });
    clock.advance(5 * 60_000);
    expect(await enqueueDueReminders(deps)).toMatchObject({ withdrawn: 1 });
    expect((await reminders())[0]).toMatchObject({ status: "CANCELLED" });
  });

  it("registering again after a cancellation gets reminders again", async () => {
    const activity = await createActivity(testDb.db);
    const registrationId = await register(ids.staff, activity.id);
    clock.set("2026-12-13T08:00:00Z");
    await enqueueDueReminders(deps);
    await cancelRegistration(deps, { employeeId: ids.staff, registrationId });
    clock.set("2026-12-13T09:00:00Z");
    expect(await register(ids.staff, activity.id)).toBe(registrationId);
    expect(await enqueueDueReminders(deps)).toMatchObject({ dayBefore: 1 });
    expect(await enqueueDueReminders(deps)).toMatchObject({ dayBefore: 0 });
    const rows = await reminders();
    expect(rows.map((row) => row.status)).toEqual(["CANCELLED", "PENDING"]);
    expect(rows[1]!.dedupeKey.startsWith(`reminder:${registrationId}:day-before:`)).toBe(true);
  });
});
