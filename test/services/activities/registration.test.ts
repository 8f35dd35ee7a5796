import { execFile } from "node:child_process";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ManualClock } from "../../../src/clock.js";
import { decideRegistration, escalateStaleApprovals } from "../../../src/services/activities/approval.js";
import { cancelRegistration, registerForActivity } from "../../../src/services/activities/registration.js";
import { createMessages } from "../../../src/services/messages.js";
import type { NotifyDeps } from "../../../src/services/notify.js";
import { createActivity } from "../../kit/activity-fixture.js";
import { createTestDb, type TestDb } from "../../kit/db.js";
import { seedRoster, type PersonKey } from "../../kit/roster-fixture.js";

let testDb: TestDb;
let deps: NotifyDeps;
let clock: ManualClock;
let ids: Record<PersonKey, number>;
const messages = createMessages({ defaultLocale: "id", timezone: "Asia/Jakarta" });

beforeEach(async () => {
  testDb = await createTestDb();
  clock = new ManualClock("2026-12-07T02:00:00Z");
  deps = { db: testDb.db, clock, messages };
  ids = await seedRoster(testDb.db);
  for (const key of ["head", "supervisor", "staff", "colleague"] as const) {
    await testDb.db.chatAccount.create({
      data: { platform: "TELEGRAM", externalId: String(ids[key]), chatId: String(ids[key]), employeeId: ids[key] },
    });
  }
});
afterEach(async () => testDb.dispose());

const outbox = (employeeId: number) =>
  testDb.db.delivery.findMany({ where: { employeeId }, orderBy: { id: "asc" } }).then((rows) =>
    rows.map((row) => ({ key: row.dedupeKey, text: (JSON.parse(row.payload) as { text: string }).text, priority: row.priority })),
  );

describe("registration rules", () => {
  it("gives the last seat once, even to simultaneous registrations from separate processes", async () => {
    const activity = await createActivity(testDb.db, { capacity: 1 });
    const racers = [ids.staff, ids.colleague, ids.supervisor];
    const startAt = Date.now() + 2_500;
    const results = await Promise.all(
      racers.map(
        (employeeId) =>
          new Promise<string>((resolve, reject) => {
            const args = ["--import", "tsx", "test/kit/register-worker.ts", testDb.url, String(employeeId), String(activity.id)];
            execFile(process.execPath, [...args, String(startAt), clock.now().toISOString()], (error, stdout) =>
              error ? reject(error) : resolve(stdout),
            );
          }),
      ),
    );
    const statuses = results.map((out) => (JSON.parse(out) as { status: string }).status).sort();
    expect(statuses).toEqual(["REGISTERED", "WAITLISTED", "WAITLISTED"]);
    expect(await testDb.db.registration.count({ where: { activityId: activity.id, status: "REGISTERED" } })).toBe(1);
  });

  it("a double tap does nothing twice", async () => {
    const activity = await createActivity(testDb.db, { capacity: 5 });
    const input = { employeeId: ids.staff, activityId: activity.id };
    const [first, again] = await Promise.all([registerForActivity(deps, input), registerForActivity(deps, input)]);
    expect(first).toMatchObject({ ok: true, status: "REGISTERED" });
    expect(again).toMatchObject({ ok: true, status: "REGISTERED" });
    expect([first, again].filter((r) => r.ok && r.alreadyDone)).toHaveLength(1);
    expect(await testDb.db.registration.count()).toBe(1);
    expect(await testDb.db.auditLog.count({ where: { action: "registration.created" } })).toBe(1);
  });

  it("promotes the first waitlisted person when a seat frees, and tells them at once", async () => {
    const activity = await createActivity(testDb.db, { capacity: 1 });
    await registerForActivity(deps, { employeeId: ids.staff, activityId: activity.id });
    const waiting = await registerForActivity(deps, { employeeId: ids.colleague, activityId: activity.id });
    expect(waiting).toMatchObject({ ok: true, status: "WAITLISTED", waitlistRank: 1 });
    const third = await registerForActivity(deps, { employeeId: ids.supervisor, activityId: activity.id });
    expect(third).toMatchObject({ ok: true, status: "WAITLISTED", waitlistRank: 2 });

    const mine = await testDb.db.registration.findFirstOrThrow({ where: { employeeId: ids.staff } });
    const cancelled = await cancelRegistration(deps, { employeeId: ids.staff, registrationId: mine.id });
    expect(cancelled).toMatchObject({ ok: true, promotedEmployeeId: ids.colleague });
    expect(await cancelRegistration(deps, { employeeId: ids.staff, registrationId: mine.id })).toMatchObject({
      ok: true,
      alreadyDone: true,
    });

    const promotedMessages = await outbox(ids.colleague);
    expect(promotedMessages).toHaveLength(1);
    expect(promotedMessages[0]!.text).toContain("Anda kini <b>terdaftar</b> di <b>Pelatihan Uji");
    expect(promotedMessages[0]!.text).toContain("Senin, 14 Desember 2026 pukul 08.00 WIB");
    expect(promotedMessages[0]!.priority).toBe(0);
    const stillWaiting = await registerForActivity(deps, { employeeId: ids.supervisor, activityId: activity.id });
    expect(stillWaiting).toMatchObject({ status: "WAITLISTED", waitlistRank: 1, alreadyDone: true });
  });

  it("refuses registration outside the window, with the dates", async () => {
    const opens = new Date("2026-12-08T01:00:00Z");
    const early = await createActivity(testDb.db, { registrationOpensAt: opens });
    expect(await registerForActivity(deps, { employeeId: ids.staff, activityId: early.id })).toEqual({
      ok: false,
      error: { code: "window-not-open", opensAt: opens },
    });
    const closes = new Date("2026-12-06T10:00:00Z");
    const late = await createActivity(testDb.db, { registrationClosesAt: closes });
    expect(await registerForActivity(deps, { employeeId: ids.staff, activityId: late.id })).toEqual({
      ok: false,
      error: { code: "window-closed", closesAt: closes },
    });
  });

  it("refuses people outside the audience, with the reason", async () => {
    const other = await testDb.db.unit.create({ data: { code: "DINKES", name: "Dinas Kesehatan" } });
    const byUnit = await createActivity(testDb.db, { audience: { create: [{ kind: "UNIT", value: other.code }] } });
    expect(await registerForActivity(deps, { employeeId: ids.staff, activityId: byUnit.id })).toMatchObject({
      ok: false,
      error: { code: "not-in-audience", reason: "unit" },
    });
    const byGrade = await createActivity(testDb.db, { audience: { create: [{ kind: "GRADE", value: "IV" }] } });
    expect(await registerForActivity(deps, { employeeId: ids.staff, activityId: byGrade.id })).toMatchObject({
      error: { reason: "grade" },
    });
    expect(await registerForActivity(deps, { employeeId: ids.head, activityId: byGrade.id })).toMatchObject({ ok: true });
    const ownUnit = await createActivity(testDb.db, { audience: { create: [{ kind: "UNIT", value: "BKPSDM" }] } });
    expect(await registerForActivity(deps, { employeeId: ids.staff, activityId: ownUnit.id })).toMatchObject({ ok: true });
  });

  it("warns about a schedule clash and registers once confirmed", async () => {
    const morning = await createActivity(testDb.db);
    const overlapping = await createActivity(testDb.db, {
      startsAt: new Date("2026-12-14T05:00:00Z"),
      endsAt: new Date("2026-12-14T07:00:00Z"),
    });
    await registerForActivity(deps, { employeeId: ids.staff, activityId: morning.id });
    const warned = await registerForActivity(deps, { employeeId: ids.staff, activityId: overlapping.id });
    expect(warned).toMatchObject({ ok: false, error: { code: "clash", clashes: [{ activityId: morning.id }] } });
    const confirmed = await registerForActivity(deps, {
      employeeId: ids.staff,
      activityId: overlapping.id,
      confirmClash: true,
    });
    expect(confirmed).toMatchObject({ ok: true, status: "REGISTERED" });
  });

  it("refuses cancelled, draft and started activities", async () => {
    const variants = [
      { status: "CANCELLED" as const },
      { status: "DRAFT" as const },
      { startsAt: new Date("2026-12-07T01:00:00Z") },
    ];
    for (const overrides of variants) {
      const activity = await createActivity(testDb.db, overrides);
      expect(await registerForActivity(deps, { employeeId: ids.staff, activityId: activity.id })).toMatchObject({
        ok: false,
        error: { code: "activity-unavailable" },
      });
    }
  });
});

describe("supervisor approval", () => {
  it("waits for the supervisor, who gets Approve/Reject buttons; approval confirms the seat", async () => {
    const activity = await createActivity(testDb.db, { needsSupervisorApproval: true, capacity: 10 });
    const pending = await registerForActivity(deps, { employeeId: ids.staff, activityId: activity.id });
    expect(pending).toMatchObject({ ok: true, status: "PENDING_APPROVAL" });
    const [request] = await testDb.db.delivery.findMany({ where: { employeeId: ids.supervisor } });
    const payload = JSON.parse(request!.payload) as { text: string; keyboard: { text: string; data: string }[][] };
    expect(payload.text).toContain("Ahmad Fauzi, S.Kom. (Badan Kepegawaian dan Pengembangan SDM) mendaftar");
    const registrationId = pending.ok ? pending.registrationId : 0;
    expect(payload.keyboard).toEqual([
      [
        { text: "✅ Setujui", data: `apr:${registrationId}:y` },
        { text: "❌ Tolak", data: `apr:${registrationId}:n` },
      ],
    ]);

    expect(await decideRegistration(deps, { deciderId: ids.colleague, registrationId, approve: true })).toEqual({
      ok: false,
      error: "not-allowed",
    });
    const approved = await decideRegistration(deps, { deciderId: ids.supervisor, registrationId, approve: true });
    expect(approved).toMatchObject({ ok: true, status: "REGISTERED", alreadyDecided: false });
    expect(
      await decideRegistration(deps, { deciderId: ids.supervisor, registrationId, approve: false }),
    ).toMatchObject({ status: "REGISTERED", alreadyDecided: true });
    expect((await outbox(ids.staff)).map((m) => m.text)).toEqual([
      expect.stringContaining("disetujui atasan. Anda terdaftar"),
    ]);
  });

  it("approval waitlists when the activity filled meanwhile; rejection carries the reason", async () => {
    const activity = await createActivity(testDb.db, { needsSupervisorApproval: true, capacity: 1 });
    const a = await registerForActivity(deps, { employeeId: ids.staff, activityId: activity.id });
    const b = await registerForActivity(deps, { employeeId: ids.colleague, activityId: activity.id });
    const idOf = (r: typeof a) => (r.ok ? r.registrationId : 0);
    await decideRegistration(deps, { deciderId: ids.supervisor, registrationId: idOf(b), approve: true });
    expect(
      await decideRegistration(deps, { deciderId: ids.supervisor, registrationId: idOf(a), approve: true }),
    ).toMatchObject({ status: "WAITLISTED" });
    const c = await createActivity(testDb.db, {
      needsSupervisorApproval: true,
      startsAt: new Date("2026-12-21T01:00:00Z"),
      endsAt: new Date("2026-12-21T09:00:00Z"),
    });
    const rejected = await registerForActivity(deps, { employeeId: ids.staff, activityId: c.id });
    await decideRegistration(deps, {
      deciderId: ids.supervisor,
      registrationId: idOf(rejected),
      approve: false,
      reason: "Beban kerja <akhir> tahun",
    });
    const texts = (await outbox(ids.staff)).map((m) => m.text);
    expect(texts[0]).toContain("daftar tunggu nomor 1");
    expect(texts[1]).toContain("Alasan: Beban kerja &lt;akhir&gt; tahun");
  });

  it("escalates a request with no decision to the supervisor's supervisor, once", async () => {
    const activity = await createActivity(testDb.db, { needsSupervisorApproval: true });
    const pending = await registerForActivity(deps, { employeeId: ids.staff, activityId: activity.id });
    const registrationId = pending.ok ? pending.registrationId : 0;
    clock.advance(47 * 3_600_000);
    expect(await escalateStaleApprovals(deps, { afterHours: 48 })).toBe(0);
    clock.advance(2 * 3_600_000);
    expect(await escalateStaleApprovals(deps, { afterHours: 48 })).toBe(1);
    expect(await escalateStaleApprovals(deps, { afterHours: 48 })).toBe(0);
    const toHead = await outbox(ids.head);
    expect(toHead).toHaveLength(1);
    expect(toHead[0]!.text).toContain("diteruskan");
    expect(await decideRegistration(deps, { deciderId: ids.head, registrationId, approve: true })).toMatchObject({
      status: "REGISTERED",
    });
  });

  it("goes to the admins when there is nobody above", async () => {
    await testDb.db.roleGrant.create({ data: { employeeId: ids.colleague, role: "ADMIN", grantedBy: "test" } });
    const activity = await createActivity(testDb.db, { needsSupervisorApproval: true });
    await registerForActivity(deps, { employeeId: ids.head, activityId: activity.id });
    expect(await outbox(ids.colleague)).toHaveLength(1);
  });
});
