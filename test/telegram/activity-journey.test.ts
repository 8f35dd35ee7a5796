import { Api } from "grammy";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createDispatcher } from "../../src/delivery/index.js";
import { createLogger } from "../../src/logger.js";
import { createJobDeps, type JobDeps } from "../../src/scheduler/index.js";
import { activityCompletionJob } from "../../src/scheduler/jobs/activity-completion.js";
import { activityRemindersJob } from "../../src/scheduler/jobs/activity-reminders.js";
import { runJob } from "../../src/scheduler/run-job.js";
import { registerForActivity } from "../../src/services/activities/registration.js";
import { createActivity } from "../kit/activity-fixture.js";
import { startTestBot, type TestBot } from "../kit/bot-harness.js";
import { PEOPLE, seedRoster, type PersonKey } from "../kit/roster-fixture.js";

let t: TestBot;
let ids: Record<PersonKey, number>;
let jobDeps: JobDeps;
const logger = createLogger("silent");

beforeEach(async () => {
  // Monday 7 December 2026, 09:00 WIB.
  t = await startTestBot();
  ids = await seedRoster(t.db);
  jobDeps = createJobDeps({ db: t.db, clock: t.clock }, t.config);
});
afterEach(async () => t.stop());

/** What the background work does between two chats: a job tick, then the dispatcher sending what is due. */
async function tick(job: typeof activityRemindersJob) {
  const run = await runJob(job, jobDeps, { clock: t.clock, logger });
  expect(run.ok).toBe(true);
  const dispatcher = createDispatcher({
    db: t.db,
    clock: t.clock,
    logger,
    config: t.config,
    telegram: new Api(t.api.token, { apiRoot: t.api.apiRoot }),
  });
  await dispatcher.drain();
  return run.outcome ?? {};
}

describe("an ASN's activity, from registration to the JP credit", () => {
  it("registers, is reminded the day before and an hour before, checks in, and is credited 8 JP once", async () => {
    const asn = t.chat({ first_name: "Ahmad" });
    expect((await asn.shareContact(PEOPLE.staff.phone)).texts[0]).toContain("Selamat datang, Ahmad Fauzi");

    // Monday 14 December 2026, 08:00–16:00 WIB, 8 JP.
    const activity = await createActivity(t.db, { title: "Pelatihan Manajemen ASN", attendanceCode: "TBO-7K2M" });
    const registered = await registerForActivity(jobDeps, { employeeId: ids.staff, activityId: activity.id });
    expect(registered).toMatchObject({ ok: true, status: "REGISTERED" });

    // Days pass: nothing is due yet.
    t.clock.set("2026-12-12T08:00:00Z");
    expect(await tick(activityRemindersJob)).toMatchObject({ dayBefore: 0, soon: 0 });
    const before = asn.messages.length;

    // Sunday 15:05 WIB: the day-before reminder reaches the chat, with the button to the activity.
    t.clock.set("2026-12-13T08:05:00Z");
    expect(await tick(activityRemindersJob)).toMatchObject({ dayBefore: 1 });
    expect(asn.messages).toHaveLength(before + 1);
    const dayBefore = asn.lastMessage!;
    expect(dayBefore.text).toContain("Pengingat kegiatan");
    expect(dayBefore.text).toContain("Pelatihan Manajemen ASN");
    expect(dayBefore.text).toContain("Senin, 14 Desember 2026 pukul 08.00 WIB");
    expect(dayBefore.text).toContain("Aula BKPSDM, Muara Tebo");
    expect(dayBefore.reply_markup?.inline_keyboard).toEqual([[{ text: "📄 Lihat kegiatan", callback_data: `act:${activity.id}` }]]);

    // A second tick five minutes later sends nothing again.
    t.clock.set("2026-12-13T08:10:00Z");
    await tick(activityRemindersJob);
    expect(asn.messages).toHaveLength(before + 1);

    // Monday 07:00 WIB: the reminder to check in.
    t.clock.set("2026-12-14T00:00:00Z");
    expect(await tick(activityRemindersJob)).toMatchObject({ soon: 1 });
    expect(asn.lastMessage!.text).toContain("segera dimulai");
    expect(asn.lastMessage!.text).toContain("/hadir");

    // At the venue, 08:05 WIB.
    t.clock.set("2026-12-14T01:05:00Z");
    const checkedIn = await asn.command("hadir", "TBO-7K2M");
    expect(checkedIn.last).toBe("✅ Kehadiran Anda di Pelatihan Manajemen ASN tercatat pukul 08.05 WIB. Selamat mengikuti kegiatan!");

    // 16:20 WIB: ended, but the check-in window is still open: not completed yet.
    t.clock.set("2026-12-14T09:20:00Z");
    expect(await tick(activityCompletionJob)).toMatchObject({ activities: 0 });

    // 16:45 WIB: completed and credited; the next tick changes nothing.
    t.clock.set("2026-12-14T09:45:00Z");
    expect(await tick(activityCompletionJob)).toMatchObject({ activities: 1, completed: 1, jpCredited: 1 });
    t.clock.set("2026-12-14T10:00:00Z");
    expect(await tick(activityCompletionJob)).toMatchObject({ activities: 0, jpCredited: 0 });

    const registration = await t.db.registration.findFirstOrThrow({ where: { employeeId: ids.staff }, include: { jpEntry: true } });
    expect(registration.status).toBe("COMPLETED");
    expect(registration.checkedInAt).toEqual(new Date("2026-12-14T01:05:00Z"));
    expect(registration.jpEntry).toMatchObject({ jp: 8, year: 2026, competencyType: "TEKNIS", source: "ACTIVITY" });
    expect(await t.db.jpEntry.count({ where: { employeeId: ids.staff } })).toBe(1);
    expect((await t.db.activity.findUniqueOrThrow({ where: { id: activity.id } })).status).toBe("COMPLETED");
    // Exactly the two reminders went out, no more.
    expect(t.api.callsTo("sendMessage").filter((call) => call.payload.text?.toString().includes("Pelatihan Manajemen ASN") && call.updateId === undefined)).toHaveLength(2);
  });
});
