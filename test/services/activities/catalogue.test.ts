import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ManualClock } from "../../../src/clock.js";
import type { Db } from "../../../src/db/client.js";
import { getActivityDetail } from "../../../src/services/activities/activity-detail.js";
import { calendarEntryFor } from "../../../src/services/activities/calendar-entry.js";
import { listCatalogue, type CatalogueItem } from "../../../src/services/activities/catalogue.js";
import { listMySchedule } from "../../../src/services/activities/my-schedule.js";
import { findOwnRegistration } from "../../../src/services/activities/own-registration.js";
import type { Page, PageGone } from "../../../src/services/activities/paging.js";
import { createActivity } from "../../kit/activity-fixture.js";
import { createTestDb, type TestDb } from "../../kit/db.js";
import { seedRoster, type PersonKey } from "../../kit/roster-fixture.js";

let testDb: TestDb;
let clock: ManualClock;
let ids: Record<PersonKey, number>;
let deps: { db: Db; clock: ManualClock };

beforeEach(async () => {
  testDb = await createTestDb();
  clock = new ManualClock("2026-12-07T02:00:00Z");
  deps = { db: testDb.db, clock };
  ids = await seedRoster(testDb.db);
});
afterEach(async () => testDb.dispose());

const day = (date: number, hourUtc = 1) => new Date(Date.UTC(2026, 11, date, hourUtc));

function page(result: Page<CatalogueItem> | PageGone): Page<CatalogueItem> {
  if ("error" in result) throw new Error(`unexpected ${result.error}`);
  return result;
}

/** Counts the registration queries a call makes, to check seats are counted in one go. */
function countingDb(db: Db): { db: Db; calls: string[] } {
  const calls: string[] = [];
  const registration = new Proxy(db.registration, {
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver) as unknown;
      if (typeof value !== "function") return value;
      return (...args: unknown[]) => {
        calls.push(String(property));
        return (value as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
  const proxy = new Proxy(db, {
    get(target, property, receiver) {
      return property === "registration" ? registration : Reflect.get(target, property, receiver);
    },
  });
  return { db: proxy, calls };
}

describe("listCatalogue", () => {
  it("lists upcoming published activities the employee may join, soonest first", async () => {
    const later = await createActivity(testDb.db, { title: "Seminar Nanti", kind: "SEMINAR", startsAt: day(20), endsAt: day(20, 5) });
    const sooner = await createActivity(testDb.db, { title: "Pelatihan Segera", startsAt: day(9), endsAt: day(9, 5) });
    await createActivity(testDb.db, { title: "Draf", status: "DRAFT" });
    await createActivity(testDb.db, { title: "Batal", status: "CANCELLED" });
    await createActivity(testDb.db, { title: "Selesai", startsAt: day(1), endsAt: day(1, 5), status: "COMPLETED" });
    await createActivity(testDb.db, { title: "Sedang Berjalan", startsAt: day(7, 1), endsAt: day(7, 9) });

    const result = page(await listCatalogue(deps, { employeeId: ids.staff, page: 1 }));
    expect(result.items.map((item) => item.title)).toEqual(["Pelatihan Segera", "Seminar Nanti"]);
    expect(result).toMatchObject({ page: 1, pageCount: 1, total: 2 });
    expect(result.items[0]).toEqual({
      id: sooner.id,
      title: "Pelatihan Segera",
      kind: "TRAINING",
      competencyType: "TEKNIS",
      jp: 8,
      startsAt: day(9),
      seatsLeft: null,
      waitlistLength: 0,
      myStatus: null,
    });
    expect(result.items[1]?.id).toBe(later.id);
  });

  it("applies the audience rules: a parent unit covers its sub-units, a grade group its rooms", async () => {
    const setda = await testDb.db.unit.create({ data: { code: "SETDA", name: "Sekretariat Daerah" } });
    const dinkes = await testDb.db.unit.create({ data: { code: "DINKES", name: "Dinas Kesehatan" } });
    await testDb.db.unit.update({ where: { code: "BKPSDM" }, data: { parentId: setda.id } });
    const forParent = await createActivity(testDb.db, { title: "Untuk SETDA", audience: { create: [{ kind: "UNIT", value: "SETDA" }] } });
    await createActivity(testDb.db, { title: "Untuk DINKES", audience: { create: [{ kind: "UNIT", value: dinkes.code }] } });
    const forGrade = await createActivity(testDb.db, { title: "Golongan III", audience: { create: [{ kind: "GRADE", value: "III" }] } });
    await createActivity(testDb.db, { title: "Golongan IV", audience: { create: [{ kind: "GRADE", value: "IV" }] } });
    await createActivity(testDb.db, {
      title: "Struktural",
      audience: { create: [{ kind: "POSITION_TYPE", value: "STRUKTURAL" }] },
    });
    const both = await createActivity(testDb.db, {
      title: "Fungsional III/b",
      audience: {
        create: [
          { kind: "POSITION_TYPE", value: "FUNGSIONAL" },
          { kind: "GRADE", value: "III/b" },
          { kind: "UNIT", value: "BKPSDM" },
        ],
      },
    });

    const staff = page(await listCatalogue(deps, { employeeId: ids.staff, page: 1 }));
    expect(staff.items.map((item) => item.id).sort()).toEqual([forParent.id, forGrade.id, both.id].sort());
    const head = page(await listCatalogue(deps, { employeeId: ids.head, page: 1 }));
    expect(head.items.map((item) => item.title).sort()).toEqual(["Golongan IV", "Struktural", "Untuk SETDA"]);
  });

  it("filters by kind and competency type", async () => {
    await createActivity(testDb.db, { title: "A", kind: "WORKSHOP", competencyType: "MANAJERIAL" });
    await createActivity(testDb.db, { title: "B", kind: "WORKSHOP", competencyType: "TEKNIS" });
    await createActivity(testDb.db, { title: "C", kind: "E_LEARNING", competencyType: "MANAJERIAL" });
    const titles = async (filter: object) =>
      page(await listCatalogue(deps, { employeeId: ids.staff, page: 1, ...filter })).items.map((item) => item.title);
    expect(await titles({ kind: "WORKSHOP" })).toEqual(["A", "B"]);
    expect(await titles({ competencyType: "MANAJERIAL" })).toEqual(["A", "C"]);
    expect(await titles({ kind: "WORKSHOP", competencyType: "MANAJERIAL" })).toEqual(["A"]);
    expect(await titles({ kind: "SEMINAR" })).toEqual([]);
  });

  it("counts seats, the waiting list and the employee's own status with one grouped query", async () => {
    const full = await createActivity(testDb.db, { title: "Penuh", capacity: 1 });
    const open = await createActivity(testDb.db, { title: "Terbuka", capacity: 10 });
    await testDb.db.registration.createMany({
      data: [
        { activityId: full.id, employeeId: ids.colleague, status: "REGISTERED" },
        { activityId: full.id, employeeId: ids.staff, status: "WAITLISTED", waitlistPosition: 1 },
        { activityId: full.id, employeeId: ids.supervisor, status: "WAITLISTED", waitlistPosition: 2 },
        { activityId: open.id, employeeId: ids.colleague, status: "REGISTERED" },
        { activityId: open.id, employeeId: ids.supervisor, status: "PENDING_APPROVAL" },
        { activityId: open.id, employeeId: ids.staff, status: "CANCELLED" },
      ],
    });
    for (let n = 0; n < 4; n += 1) await createActivity(testDb.db, { title: `Lain ${n}` });

    const counting = countingDb(testDb.db);
    const result = page(await listCatalogue({ db: counting.db, clock }, { employeeId: ids.staff, page: 1, pageSize: 10 }));
    const byTitle = new Map(result.items.map((item) => [item.title, item]));
    expect(byTitle.get("Penuh")).toMatchObject({ seatsLeft: 0, waitlistLength: 2, myStatus: "WAITLISTED" });
    expect(byTitle.get("Terbuka")).toMatchObject({ seatsLeft: 9, waitlistLength: 0, myStatus: null });
    expect(byTitle.get("Lain 0")).toMatchObject({ seatsLeft: null, waitlistLength: 0, myStatus: null });
    expect(counting.calls.filter((call) => call === "groupBy")).toHaveLength(1);
    expect(counting.calls.filter((call) => call === "count")).toHaveLength(0);
    expect(counting.calls).toHaveLength(2);
  });

  it("hides activities whose registration closed, unless the employee is registered", async () => {
    const closes = new Date("2026-12-06T10:00:00Z");
    await createActivity(testDb.db, { title: "Tutup", registrationClosesAt: closes });
    const mine = await createActivity(testDb.db, { title: "Tutup tapi saya ikut", registrationClosesAt: closes });
    await createActivity(testDb.db, { title: "Belum buka", registrationOpensAt: new Date("2026-12-09T00:00:00Z") });
    await testDb.db.registration.create({ data: { activityId: mine.id, employeeId: ids.staff, status: "REGISTERED" } });
    const result = page(await listCatalogue(deps, { employeeId: ids.staff, page: 1 }));
    expect(result.items.map((item) => [item.title, item.myStatus])).toEqual([
      ["Tutup tapi saya ikut", "REGISTERED"],
      ["Belum buka", null],
    ]);
  });

  it("pages, and says when a page is gone", async () => {
    for (let n = 0; n < 12; n += 1) {
      await createActivity(testDb.db, { title: `Kegiatan ${n + 1}`, startsAt: day(8 + n), endsAt: day(8 + n, 5) });
    }
    const first = page(await listCatalogue(deps, { employeeId: ids.staff, page: 1 }));
    expect(first.items.map((item) => item.title)).toEqual(["Kegiatan 1", "Kegiatan 2", "Kegiatan 3", "Kegiatan 4", "Kegiatan 5"]);
    expect(first).toMatchObject({ page: 1, pageCount: 3, total: 12 });
    const last = page(await listCatalogue(deps, { employeeId: ids.staff, page: 3 }));
    expect(last.items.map((item) => item.title)).toEqual(["Kegiatan 11", "Kegiatan 12"]);
    expect(await listCatalogue(deps, { employeeId: ids.staff, page: 4 })).toEqual({ error: "page-gone", pageCount: 3 });
    expect(await listCatalogue(deps, { employeeId: ids.staff, page: 0 })).toEqual({ error: "page-gone", pageCount: 3 });

    // Time passes: the first activities start and leave the catalogue.
    clock.set(day(18, 2));
    expect(await listCatalogue(deps, { employeeId: ids.staff, page: 3 })).toEqual({ error: "page-gone", pageCount: 1 });
  });

  it("an empty catalogue still has a first page", async () => {
    expect(await listCatalogue(deps, { employeeId: ids.staff, page: 1 })).toEqual({ items: [], page: 1, pageCount: 1, total: 0 });
  });
});

describe("getActivityDetail", () => {
  it("gives everything an ASN needs", async () => {
    const partner = await testDb.db.partner.create({ data: { name: "Universitas Jambi", kind: "UNIVERSITY" } });
    const activity = await createActivity(testDb.db, {
      title: "Pelatihan Analisis Data",
      description: "Mengolah data.",
      onlineUrl: "https://meet.example/abc",
      capacity: 2,
      partnerId: partner.id,
      registrationOpensAt: new Date("2026-12-01T00:00:00Z"),
      registrationClosesAt: new Date("2026-12-12T00:00:00Z"),
      needsSupervisorApproval: true,
      speakers: {
        create: [
          { name: "Sari", role: "FASILITATOR", position: 2 },
          { name: "Dr. Budi", institution: "Universitas Jambi", role: "NARASUMBER", position: 1 },
        ],
      },
      audience: {
        create: [
          { kind: "UNIT", value: "BKPSDM" },
          { kind: "UNIT", value: "HILANG" },
          { kind: "GRADE", value: "III" },
          { kind: "POSITION_TYPE", value: "FUNGSIONAL" },
        ],
      },
    });
    await testDb.db.registration.create({ data: { activityId: activity.id, employeeId: ids.colleague, status: "REGISTERED" } });

    const detail = await getActivityDetail(deps, { employeeId: ids.staff, activityId: activity.id });
    expect(detail).toMatchObject({
      id: activity.id,
      title: "Pelatihan Analisis Data",
      description: "Mengolah data.",
      kind: "TRAINING",
      competencyType: "TEKNIS",
      jp: 8,
      status: "PUBLISHED",
      venue: "Aula BKPSDM, Muara Tebo",
      onlineUrl: "https://meet.example/abc",
      partner: { name: "Universitas Jambi", kind: "UNIVERSITY" },
      speakers: [
        { name: "Dr. Budi", institution: "Universitas Jambi", role: "NARASUMBER" },
        { name: "Sari", institution: null, role: "FASILITATOR" },
      ],
      capacity: 2,
      seatsLeft: 1,
      waitlistLength: 0,
      needsSupervisorApproval: true,
      audience: { units: ["Badan Kepegawaian dan Pengembangan SDM", "HILANG"], grades: ["III"], positionTypes: ["FUNGSIONAL"] },
      myRegistration: null,
      canRegister: true,
      full: false,
      refusal: null,
    });
  });

  it("says why the employee may not register now", async () => {
    const notYet = await createActivity(testDb.db, { registrationOpensAt: new Date("2026-12-09T00:00:00Z") });
    const other = await createActivity(testDb.db, { audience: { create: [{ kind: "POSITION_TYPE", value: "STRUKTURAL" }] } });
    const started = await createActivity(testDb.db, { startsAt: day(7, 1), endsAt: day(7, 9) });
    expect(await getActivityDetail(deps, { employeeId: ids.staff, activityId: notYet.id })).toMatchObject({
      canRegister: false,
      refusal: { code: "window-not-open", opensAt: new Date("2026-12-09T00:00:00Z") },
    });
    expect(await getActivityDetail(deps, { employeeId: ids.staff, activityId: other.id })).toMatchObject({
      canRegister: false,
      refusal: { code: "not-in-audience", reason: "position-type" },
    });
    expect(await getActivityDetail(deps, { employeeId: ids.staff, activityId: started.id })).toMatchObject({
      canRegister: false,
      refusal: { code: "activity-unavailable" },
    });
  });

  it("shows my registration with its waiting-list rank", async () => {
    const activity = await createActivity(testDb.db, { capacity: 1 });
    await testDb.db.registration.createMany({
      data: [
        { activityId: activity.id, employeeId: ids.colleague, status: "REGISTERED" },
        { activityId: activity.id, employeeId: ids.supervisor, status: "CANCELLED" },
        { activityId: activity.id, employeeId: ids.head, status: "WAITLISTED", waitlistPosition: 3 },
        { activityId: activity.id, employeeId: ids.staff, status: "WAITLISTED", waitlistPosition: 5 },
      ],
    });
    const detail = await getActivityDetail(deps, { employeeId: ids.staff, activityId: activity.id });
    expect(detail).toMatchObject({
      seatsLeft: 0,
      full: true,
      waitlistLength: 2,
      myRegistration: { status: "WAITLISTED", waitlistRank: 2, cancellable: true },
      canRegister: false,
      refusal: null,
    });
    const fresh = await getActivityDetail(deps, { employeeId: ids.supervisor, activityId: activity.id });
    expect(fresh).toMatchObject({ myRegistration: null, canRegister: true, full: true });
  });

  it("a rejected request may be made again", async () => {
    const activity = await createActivity(testDb.db, { needsSupervisorApproval: true });
    await testDb.db.registration.create({ data: { activityId: activity.id, employeeId: ids.staff, status: "REJECTED" } });
    expect(await getActivityDetail(deps, { employeeId: ids.staff, activityId: activity.id })).toMatchObject({
      myRegistration: { status: "REJECTED", cancellable: false },
      canRegister: true,
    });
  });

  it("hides drafts, shows cancelled activities as cancelled, and knows nothing of unknown ids", async () => {
    const draft = await createActivity(testDb.db, { status: "DRAFT" });
    const cancelled = await createActivity(testDb.db, { status: "CANCELLED" });
    expect(await getActivityDetail(deps, { employeeId: ids.staff, activityId: draft.id })).toEqual({ error: "not-visible" });
    expect(await getActivityDetail(deps, { employeeId: ids.staff, activityId: 99_999 })).toEqual({ error: "not-found" });
    expect(await getActivityDetail(deps, { employeeId: ids.staff, activityId: cancelled.id })).toMatchObject({
      status: "CANCELLED",
      canRegister: false,
      refusal: { code: "activity-unavailable" },
    });
  });
});

describe("listMySchedule", () => {
  it("lists live registrations for activities not yet over, soonest first, with the waiting-list rank", async () => {
    const a = await createActivity(testDb.db, { title: "A", startsAt: day(15), endsAt: day(15, 5), capacity: 1 });
    const b = await createActivity(testDb.db, { title: "B", startsAt: day(10), endsAt: day(10, 5) });
    const c = await createActivity(testDb.db, { title: "C", startsAt: day(20), endsAt: day(20, 5), needsSupervisorApproval: true });
    const ongoing = await createActivity(testDb.db, { title: "Magang", kind: "INTERNSHIP", startsAt: day(1), endsAt: day(30) });
    const past = await createActivity(testDb.db, { title: "Lalu", startsAt: day(1), endsAt: day(1, 5) });
    const gone = await createActivity(testDb.db, { title: "Batal", status: "CANCELLED" });
    const dropped = await createActivity(testDb.db, { title: "Saya batalkan" });
    await testDb.db.registration.createMany({
      data: [
        { activityId: a.id, employeeId: ids.colleague, status: "REGISTERED" },
        { activityId: a.id, employeeId: ids.head, status: "WAITLISTED", waitlistPosition: 1 },
        { activityId: a.id, employeeId: ids.staff, status: "WAITLISTED", waitlistPosition: 2 },
        { activityId: b.id, employeeId: ids.staff, status: "REGISTERED" },
        { activityId: c.id, employeeId: ids.staff, status: "PENDING_APPROVAL" },
        { activityId: ongoing.id, employeeId: ids.staff, status: "REGISTERED" },
        { activityId: past.id, employeeId: ids.staff, status: "REGISTERED" },
        { activityId: gone.id, employeeId: ids.staff, status: "REGISTERED" },
        { activityId: dropped.id, employeeId: ids.staff, status: "CANCELLED" },
        { activityId: b.id, employeeId: ids.colleague, status: "REGISTERED" },
      ],
    });
    const result = await listMySchedule(deps, { employeeId: ids.staff, page: 1 });
    if ("error" in result) throw new Error("page gone");
    expect(result.items.map((item) => [item.title, item.status, item.waitlistRank, item.cancellable])).toEqual([
      ["Magang", "REGISTERED", null, false],
      ["B", "REGISTERED", null, true],
      ["A", "WAITLISTED", 2, true],
      ["C", "PENDING_APPROVAL", null, true],
    ]);
    expect(result).toMatchObject({ page: 1, pageCount: 1, total: 4 });
    expect(await listMySchedule(deps, { employeeId: ids.staff, page: 2 })).toEqual({ error: "page-gone", pageCount: 1 });
    expect(await listMySchedule(deps, { employeeId: ids.retired, page: 1 })).toEqual({ items: [], page: 1, pageCount: 1, total: 0 });
  });
});

describe("own registrations and calendar entries", () => {
  it("are only for their owner, and the calendar only for a confirmed seat", async () => {
    const activity = await createActivity(testDb.db, { capacity: 1 });
    const mine = await testDb.db.registration.create({ data: { activityId: activity.id, employeeId: ids.staff, status: "REGISTERED" } });
    const waiting = await testDb.db.registration.create({
      data: { activityId: activity.id, employeeId: ids.colleague, status: "WAITLISTED", waitlistPosition: 1 },
    });
    expect(await findOwnRegistration(deps, { employeeId: ids.colleague, registrationId: mine.id })).toBeNull();
    expect(await findOwnRegistration(deps, { employeeId: ids.staff, registrationId: mine.id })).toMatchObject({
      id: mine.id,
      status: "REGISTERED",
      activity: { id: activity.id, title: activity.title },
    });
    expect(await calendarEntryFor(deps, { employeeId: ids.staff, registrationId: mine.id })).toMatchObject({ ok: true });
    expect(await calendarEntryFor(deps, { employeeId: ids.staff, registrationId: waiting.id })).toEqual({ ok: false, error: "not-found" });
    expect(await calendarEntryFor(deps, { employeeId: ids.colleague, registrationId: waiting.id })).toEqual({
      ok: false,
      error: "not-registered",
    });
    await testDb.db.activity.update({ where: { id: activity.id }, data: { status: "CANCELLED" } });
    expect(await calendarEntryFor(deps, { employeeId: ids.staff, registrationId: mine.id })).toEqual({
      ok: false,
      error: "activity-cancelled",
    });
  });
});
