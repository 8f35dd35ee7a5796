import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  cancelAnnouncement,
  createAnnouncement,
  listAnnouncements,
  type CreateAnnouncementInput,
} from "../../../src/services/announcements/announcements.js";
import { announcerScope } from "../../../src/services/announcements/scope.js";
import { at, content, createWorld, HOUR, MONDAY_10, type World } from "./setup.js";

let world: World;
beforeEach(async () => {
  world = await createWorld();
});
afterEach(async () => world.dispose());

const people = () => world.district.people;
const units = () => world.district.units;
const create = (input: Partial<CreateAnnouncementInput> & { authorId: number }) =>
  createAnnouncement(world.deps, {
    content: content(),
    audience: { kind: "all" },
    needsAck: false,
    timing: { kind: "at", at: MONDAY_10 },
    ...input,
  });
const counts = async () => ({
  announcements: await world.testDb.db.announcement.count(),
  deliveries: await world.testDb.db.delivery.count(),
});

describe("who may announce", () => {
  it("gives admins and the district leader the whole district, a head of OPD their unit, others nothing", async () => {
    expect(await announcerScope(world.deps, people().admin)).toMatchObject({ ok: true, scopeUnitId: null });
    expect(await announcerScope(world.deps, people().bupati)).toMatchObject({ ok: true, scopeUnitId: null });
    expect(await announcerScope(world.deps, people().kadinkes)).toMatchObject({ ok: true, scopeUnitId: units().DINKES });
    expect(await announcerScope(world.deps, people().kabagOrg)).toEqual({ ok: false, code: "not-allowed" });
  });

  it("refuses a plain ASN calling the service directly, and nothing is stored or queued", async () => {
    const result = await create({ authorId: people().analis, timing: { kind: "now" } });
    expect(result).toEqual({ ok: false, code: "not-allowed" });
    expect(await counts()).toEqual({ announcements: 0, deliveries: 0 });
  });

  it("refuses a unit-scoped leader who targets a unit outside their subtree", async () => {
    const outside = await create({
      authorId: people().kadinkes,
      audience: { kind: "units", unitIds: [units().PUSKESMAS, units().DISDIK] },
      timing: { kind: "now" },
    });
    expect(outside).toEqual({ ok: false, code: "outside-scope" });
    expect(await counts()).toEqual({ announcements: 0, deliveries: 0 });

    const inside = await create({ authorId: people().kadinkes, audience: { kind: "units", unitIds: [units().PUSKESMAS] } });
    expect(inside).toMatchObject({ ok: true, recipients: 2, status: "SCHEDULED" });
  });

  it("limits a scoped leader's 'everyone' to their own subtree", async () => {
    const result = await create({ authorId: people().kadinkes, audience: { kind: "all" } });
    expect(result).toMatchObject({ ok: true, recipients: 3 });
  });
});

describe("creating an announcement", () => {
  it("stores it scheduled with its audience rules and audits the author", async () => {
    const result = await create({
      authorId: people().bupati,
      audience: { kind: "units", unitIds: [units().ORG, units().DISDIK] },
      needsAck: true,
    });
    expect(result).toMatchObject({ ok: true, recipients: 4, status: "SCHEDULED" });
    if (!result.ok) return;
    const stored = await world.testDb.db.announcement.findUniqueOrThrow({
      where: { id: result.announcementId },
      include: { audience: { orderBy: { id: "asc" } } },
    });
    expect(stored).toMatchObject({ status: "SCHEDULED", scheduledAt: MONDAY_10, needsAck: true, authorId: people().bupati });
    expect(stored.audience.map((rule) => [rule.kind, rule.value])).toEqual([
      ["UNIT", String(units().ORG)],
      ["UNIT", String(units().DISDIK)],
    ]);
    const audit = await world.testDb.db.auditLog.findFirstOrThrow({ where: { action: "announcement.create" } });
    expect(audit).toMatchObject({ actorId: people().bupati, targetType: "announcement", targetId: String(result.announcementId) });
    expect(await world.testDb.db.delivery.count()).toBe(0);
  });

  it("refuses a time in the past, bad content and empty or unknown audiences", async () => {
    const author = people().bupati;
    expect(await create({ authorId: author, timing: { kind: "at", at: at(world.clock.now(), -HOUR) } })).toEqual({
      ok: false,
      code: "time-in-past",
    });
    expect(await create({ authorId: author, content: { bodyHtml: "   " } })).toEqual({ ok: false, code: "empty-body" });
    expect(await create({ authorId: author, content: { bodyHtml: "x".repeat(4097) } })).toEqual({ ok: false, code: "body-too-long" });
    expect(
      await create({ authorId: author, content: { bodyHtml: "Baca", link: { text: "Buka", url: "javascript:alert(1)" } } }),
    ).toEqual({ ok: false, code: "bad-link-url" });
    expect(await create({ authorId: author, audience: { kind: "units", unitIds: [] } })).toEqual({ ok: false, code: "empty-audience" });
    expect(await create({ authorId: author, audience: { kind: "units", unitIds: [9999] } })).toEqual({ ok: false, code: "unknown-unit" });
    expect(await create({ authorId: author, pulseQuestionnaireCode: "TIDAK-ADA" })).toEqual({ ok: false, code: "unknown-pulse" });
    expect(await counts()).toEqual({ announcements: 0, deliveries: 0 });
  });

  it("lets the author or an admin cancel it while it is scheduled, nobody else", async () => {
    const created = await create({ authorId: people().kadinkes, audience: { kind: "all" } });
    if (!created.ok) throw new Error("not created");
    const id = created.announcementId;
    expect(await cancelAnnouncement(world.deps, { announcementId: id, actorId: people().bupati })).toEqual({
      ok: false,
      code: "not-allowed",
    });
    expect(await cancelAnnouncement(world.deps, { announcementId: id, actorId: people().kadinkes })).toEqual({ ok: true });
    expect(await cancelAnnouncement(world.deps, { announcementId: id, actorId: people().admin })).toEqual({
      ok: false,
      code: "not-scheduled",
    });
    expect((await world.testDb.db.announcement.findUniqueOrThrow({ where: { id } })).status).toBe("CANCELLED");
  });

  it("lists the author's own announcements, and everybody's for an admin", async () => {
    await create({ authorId: people().kadinkes, content: content("Vaksinasi pegawai Dinkes") });
    await create({ authorId: people().bupati, content: content("Apel pagi <i>Senin</i>") });
    const own = await listAnnouncements(world.deps, { viewerId: people().kadinkes });
    expect(own.ok && own.items.map((item) => item.excerpt)).toEqual(["Vaksinasi pegawai Dinkes"]);
    const all = await listAnnouncements(world.deps, { viewerId: people().admin });
    expect(all.ok && all.items.map((item) => item.excerpt)).toEqual(["Apel pagi Senin", "Vaksinasi pegawai Dinkes"]);
    expect(await listAnnouncements(world.deps, { viewerId: people().guru })).toEqual({ ok: false, code: "not-allowed" });
  });
});

describe("the same request made twice (a chat replaying ✅ Kirim after a crash)", () => {
  it("returns the first result for the same key and creates and sends nothing more, even after its time has passed", async () => {
    const sendNow = () =>
      create({ authorId: people().bupati, audience: { kind: "units", unitIds: [units().DISDIK] }, timing: { kind: "now" }, requestKey: "draft-1" });
    const now = await sendNow();
    expect(now).toMatchObject({ ok: true, recipients: 1, status: "SENT" });
    expect(await sendNow()).toEqual(now);
    expect(await counts()).toEqual({ announcements: 1, deliveries: 1 });

    const scheduled = await create({ authorId: people().bupati, requestKey: "draft-2" });
    expect(scheduled).toMatchObject({ ok: true, recipients: 10, status: "SCHEDULED" });
    world.clock.set(at(MONDAY_10, HOUR));
    expect(await create({ authorId: people().bupati, requestKey: "draft-2" })).toEqual(scheduled);
    expect(await counts()).toEqual({ announcements: 2, deliveries: 1 });
    expect(await world.testDb.db.auditLog.count({ where: { action: "announcement.create" } })).toBe(2);
  });

  it("creates one announcement per key", async () => {
    const first = await create({ authorId: people().bupati, requestKey: "draft-1" });
    const second = await create({ authorId: people().bupati, requestKey: "draft-2" });
    expect(first.ok && second.ok && first.announcementId !== second.announcementId).toBe(true);
    expect(await counts()).toEqual({ announcements: 2, deliveries: 0 });
  });

  it("two requests with the same key at the same moment store one announcement and both get its result", async () => {
    const request = () => create({ authorId: people().bupati, timing: { kind: "now" }, requestKey: "draft-1" });
    const [one, two] = await Promise.all([request(), request()]);
    expect(one).toMatchObject({ ok: true, recipients: 10, status: "SENT" });
    expect(two).toEqual(one);
    expect(await counts()).toEqual({ announcements: 1, deliveries: 10 });
  });

  it("finishes the send a first call did not get to before its process died", async () => {
    const stored = await create({ authorId: people().bupati, requestKey: "draft-1" });
    if (!stored.ok) throw new Error("not created");
    // As a call sending "now" leaves it when it dies right after storing: due, not yet sent.
    await world.testDb.db.announcement.update({ where: { id: stored.announcementId }, data: { scheduledAt: world.clock.now() } });
    const replayed = await create({ authorId: people().bupati, timing: { kind: "now" }, requestKey: "draft-1" });
    expect(replayed).toEqual({ ok: true, announcementId: stored.announcementId, recipients: 10, status: "SENT" });
    expect(await counts()).toEqual({ announcements: 1, deliveries: 10 });
  });

  it("refuses another author's key and creates nothing for them", async () => {
    await create({ authorId: people().bupati, requestKey: "draft-1" });
    expect(await create({ authorId: people().admin, requestKey: "draft-1" })).toEqual({ ok: false, code: "not-allowed" });
    expect(await counts()).toEqual({ announcements: 1, deliveries: 0 });
  });

  it("takes keys of at most 64 characters", async () => {
    await expect(create({ authorId: people().bupati, requestKey: "k".repeat(65) })).rejects.toThrow(/requestKey/);
    expect(await create({ authorId: people().bupati, requestKey: "k".repeat(64) })).toMatchObject({ ok: true });
  });
});
