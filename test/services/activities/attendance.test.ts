import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ManualClock } from "../../../src/clock.js";
import {
  CHECKIN_FAILED_ACTION,
  CHECKIN_MAX_FAILED_ATTEMPTS,
  checkIn,
  markAttendanceFromCsv,
  type AttendanceDeps,
} from "../../../src/services/activities/attendance.js";
import { registerForActivity } from "../../../src/services/activities/registration.js";
import { createMessages } from "../../../src/services/messages.js";
import { createActivity } from "../../kit/activity-fixture.js";
import { runCli } from "../../kit/cli.js";
import { createTestDb, type TestDb } from "../../kit/db.js";
import { PEOPLE, seedRoster, type PersonKey } from "../../kit/roster-fixture.js";

let testDb: TestDb;
let clock: ManualClock;
let deps: AttendanceDeps;
let ids: Record<PersonKey, number>;
const messages = createMessages({ defaultLocale: "id", timezone: "Asia/Jakarta" });

beforeEach(async () => {
  testDb = await createTestDb();
  clock = new ManualClock("2026-12-07T02:00:00Z");
  deps = { db: testDb.db, clock, settings: { checkinGraceMinutes: 30 } };
  ids = await seedRoster(testDb.db);
});
afterEach(async () => testDb.dispose());

/** Monday 14 December 2026, 08:00–16:00 WIB, one seat, code TBO-7K2M; the staff member holds the seat. */
async function setup(overrides: Parameters<typeof createActivity>[1] = {}) {
  const activity = await createActivity(testDb.db, { capacity: 1, attendanceCode: "TBO-7K2M", ...overrides });
  const notifyDeps = { db: testDb.db, clock, messages };
  const staff = await registerForActivity(notifyDeps, { employeeId: ids.staff, activityId: activity.id });
  const colleague = await registerForActivity(notifyDeps, { employeeId: ids.colleague, activityId: activity.id });
  expect(staff).toMatchObject({ ok: true, status: "REGISTERED" });
  expect(colleague).toMatchObject({ ok: true, status: "WAITLISTED" });
  return activity;
}

const registrationOf = (employeeId: number) => testDb.db.registration.findFirstOrThrow({ where: { employeeId } });

describe("checking in with the attendance code", () => {
  it("accepts the right code while the window is open, forgiving case, spaces and dashes", async () => {
    const activity = await setup();
    clock.set("2026-12-14T00:30:00Z"); // 07:30 WIB: the start minus the 30-minute grace
    const result = await checkIn(deps, { employeeId: ids.staff, code: " tbo 7k2m " });
    expect(result).toEqual({
      status: "checked-in",
      activityId: activity.id,
      title: activity.title,
      checkedInAt: new Date("2026-12-14T00:30:00Z"),
    });
    const registration = await registrationOf(ids.staff);
    expect(registration.status).toBe("ATTENDED");
    expect(registration.checkedInAt).toEqual(new Date("2026-12-14T00:30:00Z"));
    expect(await testDb.db.auditLog.count({ where: { action: "attendance.checked-in", actorId: ids.staff } })).toBe(1);
  });

  it("a second message (or two at once) checks in once and answers 'already'", async () => {
    await setup();
    clock.set("2026-12-14T02:00:00Z");
    const both = await Promise.all([
      checkIn(deps, { employeeId: ids.staff, code: "TBO-7K2M" }),
      checkIn(deps, { employeeId: ids.staff, code: "TBO7K2M" }),
    ]);
    expect(both.map((result) => result.status).sort()).toEqual(["already", "checked-in"]);
    clock.advance(60_000);
    expect(await checkIn(deps, { employeeId: ids.staff, code: "TBO-7K2M" })).toMatchObject({ status: "already" });
    expect(await testDb.db.auditLog.count({ where: { action: "attendance.checked-in" } })).toBe(1);
  });

  it("a code of no activity is a wrong code, counted", async () => {
    await setup();
    clock.set("2026-12-14T02:00:00Z");
    expect(await checkIn(deps, { employeeId: ids.staff, code: "TBO-XXXX" })).toEqual({
      status: "wrong-code",
      attemptsLeft: CHECKIN_MAX_FAILED_ATTEMPTS - 1,
    });
    expect((await registrationOf(ids.staff)).status).toBe("REGISTERED");
    expect(await testDb.db.auditLog.count({ where: { action: CHECKIN_FAILED_ACTION, actorId: ids.staff } })).toBe(1);
  });

  it("is too early before the start minus the grace, and too late after the end plus the grace", async () => {
    await setup();
    clock.set("2026-12-14T00:29:59Z"); // 07:29:59 WIB
    expect(await checkIn(deps, { employeeId: ids.staff, code: "TBO-7K2M" })).toMatchObject({
      status: "too-early",
      opensAt: new Date("2026-12-14T00:30:00Z"),
    });
    clock.set("2026-12-14T09:30:01Z"); // 16:30:01 WIB
    expect(await checkIn(deps, { employeeId: ids.staff, code: "TBO-7K2M" })).toMatchObject({
      status: "too-late",
      closedAt: new Date("2026-12-14T09:30:00Z"),
    });
    expect((await registrationOf(ids.staff)).status).toBe("REGISTERED");
    clock.set("2026-12-14T09:30:00Z"); // 16:30 WIB: still open
    expect(await checkIn(deps, { employeeId: ids.staff, code: "TBO-7K2M" })).toMatchObject({ status: "checked-in" });
    // None of these counted as a wrong code.
    expect(await testDb.db.auditLog.count({ where: { action: CHECKIN_FAILED_ACTION } })).toBe(0);
  });

  it("tells waitlisted and unregistered people politely that they are not registered", async () => {
    const activity = await setup();
    clock.set("2026-12-14T02:00:00Z");
    expect(await checkIn(deps, { employeeId: ids.colleague, code: "TBO-7K2M" })).toEqual({
      status: "not-registered",
      activityId: activity.id,
      title: activity.title,
      registrationStatus: "WAITLISTED",
    });
    expect(await checkIn(deps, { employeeId: ids.supervisor, code: "TBO-7K2M" })).toMatchObject({
      status: "not-registered",
      registrationStatus: null,
    });
    expect((await registrationOf(ids.colleague)).status).toBe("WAITLISTED");
  });

  it("ignores cancelled activities and picks the person's own activity when a code is shared", async () => {
    const mine = await setup();
    await createActivity(testDb.db, { attendanceCode: "TBO-7K2M", status: "CANCELLED" });
    const other = await createActivity(testDb.db, { attendanceCode: "TBO-7K2M" });
    expect(other.id).not.toBe(mine.id);
    clock.set("2026-12-14T02:00:00Z");
    expect(await checkIn(deps, { employeeId: ids.staff, code: "TBO-7K2M" })).toMatchObject({
      status: "checked-in",
      activityId: mine.id,
    });
  });

  it("stops guessing after ten wrong codes within an hour, even for the right code", async () => {
    await setup();
    const start = new Date("2026-12-14T02:00:00Z");
    clock.set(start);
    for (let i = 0; i < CHECKIN_MAX_FAILED_ATTEMPTS; i += 1) {
      const result = await checkIn(deps, { employeeId: ids.staff, code: `TBO-AAA${i}` });
      expect(result).toEqual({ status: "wrong-code", attemptsLeft: CHECKIN_MAX_FAILED_ATTEMPTS - 1 - i });
      clock.advance(60_000);
    }
    expect(await checkIn(deps, { employeeId: ids.staff, code: "TBO-7K2M" })).toEqual({
      status: "locked",
      retryAt: new Date(start.getTime() + 3_600_000),
    });
    expect((await registrationOf(ids.staff)).status).toBe("REGISTERED");
    // Somebody else is not affected.
    expect(await checkIn(deps, { employeeId: ids.colleague, code: "TBO-7K2M" })).toMatchObject({ status: "not-registered" });
    clock.set(new Date(start.getTime() + 3_600_000));
    expect(await checkIn(deps, { employeeId: ids.staff, code: "TBO-7K2M" })).toMatchObject({ status: "checked-in" });
  });
});

describe("marking attendance from a CSV list", () => {
  it("reports every problem with its line and writes nothing", async () => {
    const activity = await setup();
    await testDb.db.registration.create({
      data: { activityId: activity.id, employeeId: ids.head, status: "ATTENDED", checkedInAt: clock.now() },
    });
    clock.set("2026-12-14T10:00:00Z");
    const csv = [
      "no;nip;nama",
      `1;${PEOPLE.staff.nip};Ahmad`,
      "2;12345;Salah",
      "3;199001012015011999;Tidak ada",
      `4;${PEOPLE.colleague.nip};Siti`,
      `5;${PEOPLE.supervisor.nip};Rina`,
      `6;${PEOPLE.head.nip};Hasan`,
      `7;19920625 201903 1 004;Ahmad lagi`,
    ].join("\n");
    const result = await markAttendanceFromCsv(deps, { activityCode: activity.code.toLowerCase(), csvText: csv, actorLabel: "test", dryRun: false });
    expect(result.ok).toBe(false);
    if (result.ok || result.error !== "invalid-rows") throw new Error("expected row issues");
    expect(result.issues.map((issue) => [issue.line, issue.code])).toEqual([
      [3, "bad-nip"],
      [4, "unknown-nip"],
      [5, "not-registered"],
      [6, "not-registered"],
      [7, "already-attended"],
      [8, "duplicate-nip"],
    ]);
    expect(result.issues[2]!.params).toMatchObject({ status: "WAITLISTED", name: PEOPLE.colleague.name });
    expect(result.issues[5]!.params).toMatchObject({ first: "2" });
    expect((await registrationOf(ids.staff)).status).toBe("REGISTERED");
    expect(await testDb.db.auditLog.count({ where: { action: "attendance.marked" } })).toBe(0);
  });

  it("reports a missing nip column and an empty list", async () => {
    const activity = await setup();
    clock.set("2026-12-14T10:00:00Z");
    const input = { activityCode: activity.code, actorLabel: "test", dryRun: false };
    expect(await markAttendanceFromCsv(deps, { ...input, csvText: "nama\nAhmad\n" })).toMatchObject({
      ok: false,
      issues: [{ line: 1, code: "missing-column", params: { column: "nip" } }],
    });
    expect(await markAttendanceFromCsv(deps, { ...input, csvText: "nip\n" })).toMatchObject({
      ok: false,
      issues: [{ line: 1, code: "no-rows" }],
    });
  });

  it("a valid list is checked by a dry run, then marked in one go (also correcting a no-show)", async () => {
    const activity = await setup();
    const other = await testDb.db.registration.create({
      data: { activityId: activity.id, employeeId: ids.supervisor, status: "NO_SHOW" },
    });
    clock.set("2026-12-14T10:00:00Z");
    const csv = `nip\n${PEOPLE.staff.nip}\n"${PEOPLE.supervisor.nip}"\n`;
    const input = { activityCode: activity.code, csvText: csv, actorLabel: "cli" };
    expect(await markAttendanceFromCsv(deps, { ...input, dryRun: true })).toMatchObject({ ok: true, dryRun: true, marked: 2 });
    expect((await registrationOf(ids.staff)).status).toBe("REGISTERED");

    expect(await markAttendanceFromCsv(deps, { ...input, dryRun: false })).toMatchObject({ ok: true, dryRun: false, marked: 2 });
    expect((await registrationOf(ids.staff)).status).toBe("ATTENDED");
    expect((await testDb.db.registration.findUniqueOrThrow({ where: { id: other.id } })).status).toBe("ATTENDED");
    expect(await testDb.db.auditLog.count({ where: { action: "attendance.marked", actorLabel: "cli" } })).toBe(1);
    // Sending the same list again: everybody is already marked.
    const again = await markAttendanceFromCsv(deps, { ...input, dryRun: false });
    expect(again).toMatchObject({ ok: false, error: "invalid-rows" });
  });

  it("refuses unknown activities and those that have not started", async () => {
    const activity = await setup();
    const input = { csvText: `nip\n${PEOPLE.staff.nip}\n`, actorLabel: "test", dryRun: false };
    expect(await markAttendanceFromCsv(deps, { ...input, activityCode: "NOPE" })).toMatchObject({ ok: false, error: "activity-not-found" });
    expect(await markAttendanceFromCsv(deps, { ...input, activityCode: activity.code })).toMatchObject({
      ok: false,
      error: "activity-not-started",
      opensAt: new Date("2026-12-14T00:30:00Z"),
    });
  });

  it("from the command line: errors by line in Indonesian, exit code 1, then a successful run", async () => {
    // The CLI runs on the real clock: an activity that started an hour ago.
    const startsAt = new Date(Date.now() - 3_600_000);
    clock.set(new Date(startsAt.getTime() - 86_400_000));
    const activity = await setup({ startsAt, endsAt: new Date(startsAt.getTime() + 8 * 3_600_000), registrationClosesAt: null });
    const bad = join(testDb.dir, "bad.csv");
    writeFileSync(bad, `nip\n${PEOPLE.staff.nip}\n12345\n${PEOPLE.colleague.nip}\n`);
    const failed = await runCli(testDb.url, "attendance", "mark", activity.code, bad);
    expect(failed.code).toBe(1);
    expect(failed.stdout).toContain('baris 3: NIP "12345" tidak valid');
    expect(failed.stdout).toContain(`baris 4: ${PEOPLE.colleague.name} (NIP ${PEOPLE.colleague.nip}) tidak terdaftar sebagai peserta (masih di daftar tunggu)`);
    expect(failed.stdout).toContain("2 masalah ditemukan; tidak ada yang disimpan.");

    const good = join(testDb.dir, "good.csv");
    writeFileSync(good, `nip\n${PEOPLE.staff.nip}\n`);
    const dry = await runCli(testDb.url, "attendance", "mark", activity.code, good, "--dry-run");
    expect(dry.code).toBe(0);
    expect(dry.stdout).toContain("Berkas valid: 1 peserta");
    expect((await registrationOf(ids.staff)).status).toBe("REGISTERED");
    const done = await runCli(testDb.url, "attendance", "mark", activity.code, good);
    expect(done.stdout).toContain(`1 peserta ${activity.title} (${activity.code}) ditandai hadir.`);
    expect((await registrationOf(ids.staff)).status).toBe("ATTENDED");
  });
});
