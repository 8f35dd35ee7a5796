import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { ManualClock } from "../../src/clock.js";
import { LOCALES, LOCALES_DIR } from "../../src/i18n/index.js";
import { resolveSlackCaller } from "../../src/slack/caller.js";
import type { SlackDeps } from "../../src/slack/deps.js";
import { homeSection } from "../../src/slack/listeners/activities/home-section.js";
import { openCatalogue } from "../../src/slack/listeners/activities/navigate.js";
import { createActivity } from "../kit/activity-fixture.js";
import type { TestDb } from "../kit/db.js";
import type { PersonKey } from "../kit/roster-fixture.js";
import { startSlackTestApp, type SlackTestApp } from "../kit/slack/harness.js";
import { buttonsOf, modalText, startSlackListeners, textOf, type FakeSlack, type Listeners } from "./press-fixture.js";

const AHMAD = "U0AHMAD01";
const SITI = "U0SITI001";

let testDb: TestDb;
let deps: SlackDeps;
let ids: Record<PersonKey, number>;
let slack: FakeSlack;
let listeners: Listeners;

beforeEach(async () => {
  ({ testDb, deps, ids, slack, listeners } = await startSlackListeners({ staff: AHMAD, colleague: SITI }));
});
afterEach(async () => testDb.dispose());

const registrationOf = (activityId: number, person: PersonKey) =>
  testDb.db.registration.findUnique({ where: { activityId_employeeId: { activityId, employeeId: ids[person] } } });

describe("the activity catalogue in Slack", () => {
  it("opens from App Home with each activity's date in WIB, kind, JP, seats and Detail / Daftar buttons", async () => {
    const activity = await createActivity(testDb.db, { title: "Pelatihan Analisis Jabatan", capacity: 2 });
    const home = await homeSection(deps, await resolveSlackCaller(deps, AHMAD));
    expect(buttonsOf(home)).toContainEqual({ text: "📚 Katalog kegiatan", value: "scat:1:-:-" });

    await listeners.press(AHMAD, "scat:1:-:-", { from: "home" });
    expect(slack.callsTo("views.open")).toHaveLength(1);
    expect(slack.modal?.title.text).toBe("Katalog kegiatan");
    const text = modalText(slack);
    expect(text).toContain("📚 *Katalog kegiatan*");
    expect(text).toContain("Halaman 1 dari 1 · 1 kegiatan");
    expect(text).toContain("1. *Pelatihan Analisis Jabatan*\n🗓 Senin, 14 Desember 2026 pukul 08.00 WIB\nPelatihan · Teknis · 8 JP · sisa 2 kursi");
    expect(buttonsOf(slack.modal!.blocks)).toEqual([
      { text: "📄 Detail", value: `sact:${activity.id}` },
      { text: "📝 Daftar", value: `sreg:${activity.id}` },
      { text: "🔎 Filter", value: "scatf:-:-" },
    ]);
  });

  it("pages five activities at a time, in place in the same modal", async () => {
    for (let day = 0; day < 7; day += 1) {
      await createActivity(testDb.db, { title: `Seminar Hari ${day + 1}`, startsAt: new Date(Date.UTC(2026, 11, 14 + day, 1)), endsAt: new Date(Date.UTC(2026, 11, 14 + day, 9)) });
    }
    await listeners.press(AHMAD, "scat:1:-:-", { from: "home" });
    expect(modalText(slack)).toContain("Halaman 1 dari 2 · 7 kegiatan");
    expect(buttonsOf(slack.modal!.blocks).map((b) => b.value)).toContain("scat:2:-:-");

    await listeners.press(AHMAD, "scat:2:-:-", { from: "modal" });
    expect(slack.callsTo("views.update")).toHaveLength(1);
    const text = modalText(slack);
    expect(text).toContain("Halaman 2 dari 2 · 7 kegiatan");
    expect(text).toContain("6. *Seminar Hari 6*");
    expect(text).toContain("7. *Seminar Hari 7*");
    expect(text).not.toContain("Seminar Hari 5");
  });

  it("filters by kind through the filter picker, back to page 1", async () => {
    await createActivity(testDb.db, { title: "Pelatihan Keuangan" });
    await createActivity(testDb.db, { title: "Seminar Integritas", kind: "SEMINAR" });
    await listeners.press(AHMAD, "scat:1:-:-", { from: "home" });
    await listeners.press(AHMAD, "scatf:-:-", { from: "modal" });
    expect(buttonsOf(slack.modal!.blocks)).toContainEqual({ text: "Seminar", value: "scat:1:SEMINAR:-" });

    await listeners.press(AHMAD, "scat:1:SEMINAR:-", { from: "modal" });
    const text = modalText(slack);
    expect(text).toContain("🔎 Filter: Seminar · semua kompetensi");
    expect(text).toContain("Seminar Integritas");
    expect(text).not.toContain("Pelatihan Keuangan");
  });

  it("registers for a free seat with Daftar: the same modal shows the outcome and a double press changes nothing", async () => {
    const activity = await createActivity(testDb.db, { title: "Workshop SAKIP", capacity: 2 });
    await listeners.press(AHMAD, "scat:1:-:-", { from: "home" });
    await listeners.press(AHMAD, `sreg:${activity.id}`, { from: "modal" });

    expect((await registrationOf(activity.id, "staff"))?.status).toBe("REGISTERED");
    const text = modalText(slack);
    expect(text).toContain("✅ Anda *terdaftar* di *Workshop SAKIP*.\n🗓 Senin, 14 Desember 2026 pukul 08.00 WIB\n📍 Aula BKPSDM, Muara Tebo");
    expect(text).toContain("✅ Anda terdaftar");
    expect(text).toContain("sisa 1 kursi");
    // The page stays on screen, without a second Daftar for this activity; App Home is current again.
    expect(buttonsOf(slack.modal!.blocks).map((b) => b.value)).not.toContain(`sreg:${activity.id}`);
    expect(textOf(slack.home(AHMAD))).toContain("Workshop SAKIP");

    await listeners.press(AHMAD, `sreg:${activity.id}`, { from: "modal" });
    expect(modalText(slack)).toContain("Anda sudah terdaftar di kegiatan ini.");
    expect(await testDb.db.registration.count({ where: { activityId: activity.id } })).toBe(1);
  });

  it("puts the second person on the waiting list of a full activity and tells them their place", async () => {
    const activity = await createActivity(testDb.db, { title: "Pelatihan Kepemimpinan", capacity: 1 });
    await listeners.press(SITI, `sact:${activity.id}`, { from: "home" });
    await listeners.press(SITI, `sreg:${activity.id}`, { from: "modal" });
    expect((await registrationOf(activity.id, "colleague"))?.status).toBe("REGISTERED");

    await listeners.press(AHMAD, `sact:${activity.id}`, { from: "home" });
    const detail = modalText(slack);
    expect(detail).toContain("penuh");
    expect(detail).toContain("Kuota sudah penuh; bila mendaftar, Anda masuk daftar tunggu.");
    expect(buttonsOf(slack.modal!.blocks)).toContainEqual({ text: "📝 Daftar daftar tunggu", value: `sreg:${activity.id}` });

    await listeners.press(AHMAD, `sreg:${activity.id}`, { from: "modal" });
    expect(modalText(slack)).toContain("Anda masuk *daftar tunggu nomor 1*");
    const waiting = await registrationOf(activity.id, "staff");
    expect(waiting?.status).toBe("WAITLISTED");
  });

  it("cancels from App Home after Slack's confirmation: the seat goes to the first on the waiting list, who is told", async () => {
    const activity = await createActivity(testDb.db, { title: "Pelatihan Kepemimpinan", capacity: 1 });
    await listeners.press(SITI, `sreg:${activity.id}`, { from: "dm" });
    await listeners.press(AHMAD, `sreg:${activity.id}`, { from: "dm" });
    const seat = (await registrationOf(activity.id, "colleague"))!;

    const home = await homeSection(deps, await resolveSlackCaller(deps, SITI));
    expect(textOf(home)).toContain("1. *Pelatihan Kepemimpinan*\n🗓 Senin, 14 Desember 2026 pukul 08.00 WIB\n📍 Aula BKPSDM, Muara Tebo\n✅ Terdaftar");
    expect(buttonsOf(home)).toContainEqual({ text: "❌ Batalkan", value: `sunr:${seat.id}` });
    // Slack asks before the press is sent, with the same question as Telegram.
    expect(textOf(home)).toContain("Batalkan pendaftaran Anda di *Pelatihan Kepemimpinan* (Senin, 14 Desember 2026 pukul 08.00 WIB)?\n\nKursi Anda akan diberikan kepada peserta berikutnya di daftar tunggu.");

    await listeners.press(SITI, `sunr:${seat.id}`, { from: "home" });
    expect((await registrationOf(activity.id, "colleague"))?.status).toBe("CANCELLED");
    expect((await registrationOf(activity.id, "staff"))?.status).toBe("REGISTERED");
    expect(textOf(slack.home(SITI))).toContain("✅ Pendaftaran Anda di *Pelatihan Kepemimpinan* telah dibatalkan.");
    const promoted = await testDb.db.delivery.findMany({ where: { employeeId: ids.staff, dedupeKey: { contains: ":promoted:" } } });
    expect(promoted).toHaveLength(1);
  });

  it("warns about a clash with another registration and registers only when told to go ahead", async () => {
    const first = await createActivity(testDb.db, { title: "Pelatihan Pagi" });
    const second = await createActivity(testDb.db, { title: "Seminar Siang" });
    await listeners.press(AHMAD, `sreg:${first.id}`, { from: "dm" });
    await listeners.press(AHMAD, `sact:${second.id}`, { from: "home" });
    await listeners.press(AHMAD, `sreg:${second.id}`, { from: "modal" });

    expect(modalText(slack)).toContain("⚠️ *Jadwal bentrok*\n*Seminar Siang* (Senin, 14 Desember 2026 pukul 08.00 WIB) bertabrakan dengan kegiatan Anda yang lain:");
    expect(modalText(slack)).toContain("• *Pelatihan Pagi*: Senin, 14 Desember 2026 pukul 08.00 WIB s.d. 16.00 WIB");
    expect(buttonsOf(slack.modal!.blocks).slice(0, 2)).toEqual([
      { text: "✅ Tetap daftar", value: `sregc:${second.id}` },
      { text: "Batal", value: `sact:${second.id}` },
    ]);
    expect(await registrationOf(second.id, "staff")).toBeNull();

    await listeners.press(AHMAD, `sregc:${second.id}`, { from: "modal" });
    expect((await registrationOf(second.id, "staff"))?.status).toBe("REGISTERED");
    expect(modalText(slack)).toContain("✅ Anda *terdaftar* di *Seminar Siang*.");
  });

  it("opens the catalogue for another entry point, such as the slash command, only for a linked person", async () => {
    await createActivity(testDb.db, { title: "Coaching Pelayanan Publik", kind: "COACHING" });
    const trigger = "1.trigger";
    expect(await openCatalogue(deps, slack.client, await resolveSlackCaller(deps, AHMAD), trigger)).toBe(true);
    expect(slack.callsTo("views.open")).toMatchObject([{ trigger_id: trigger }]);
    expect(modalText(slack)).toContain("*Coaching Pelayanan Publik*");
    expect(await openCatalogue(deps, slack.client, await resolveSlackCaller(deps, "U0STRANGER"), trigger)).toBe(false);
    expect(slack.callsTo("views.open")).toHaveLength(1);
  });

  it("refuses a forged cancel for somebody else's registration and changes nothing", async () => {
    const activity = await createActivity(testDb.db, { capacity: 5 });
    await listeners.press(SITI, `sreg:${activity.id}`, { from: "dm" });
    const hers = (await registrationOf(activity.id, "colleague"))!;

    const answers = await listeners.press(AHMAD, `sunr:${hers.id}`, { from: "dm" });
    expect(answers.map((answer) => answer.text)).toEqual(["Pendaftaran ini tidak ditemukan."]);
    expect((await registrationOf(activity.id, "colleague"))?.status).toBe("REGISTERED");
  });

  it("explains why registration is refused, in the catalogue's words", async () => {
    const activity = await createActivity(testDb.db, { title: "Magang Tata Kelola", registrationClosesAt: new Date("2026-12-06T17:00:00Z") });
    await listeners.press(AHMAD, `sreg:${activity.id}`, { from: "dm" });
    expect(slack.callsTo("views.open")).toHaveLength(1);
    expect(modalText(slack)).toContain(
      "🚫 Maaf, Anda belum dapat mendaftar di *Magang Tata Kelola*.\nPendaftaran sudah ditutup sejak Senin, 7 Desember 2026 pukul 00.00 WIB.",
    );
    expect(await registrationOf(activity.id, "staff")).toBeNull();
  });

  it("opens an activity's detail from a notification's button", async () => {
    const activity = await createActivity(testDb.db, { title: "Seminar Reformasi Birokrasi", description: "Materi <penting> & praktis" });
    await listeners.press(AHMAD, `act:${activity.id}`, { from: "dm" });
    expect(slack.callsTo("views.open")).toHaveLength(1);
    const text = modalText(slack);
    expect(text).toContain("📄 *Seminar Reformasi Birokrasi*");
    expect(text).toContain("Materi &lt;penting&gt; &amp; praktis");
    expect(text).toContain("🗓 Mulai: Senin, 14 Desember 2026 pukul 08.00 WIB");
  });

  it("asks somebody who has not linked their Slack account to link it first", async () => {
    const activity = await createActivity(testDb.db);
    const answers = await listeners.press("U0STRANGER", `sreg:${activity.id}`, { from: "dm" });
    expect(answers[0]?.text).toContain("Akun Slack Anda belum tertaut");
    expect(await testDb.db.registration.count()).toBe(0);
  });
});

describe("through the whole Slack app", () => {
  let app: SlackTestApp;
  beforeEach(async () => {
    app = await startSlackTestApp({ db: testDb, clock: deps.clock as ManualClock });
  });
  afterEach(async () => app.stop());

  it("an ASN opens the catalogue from App Home and registers with Daftar; the last seat gone, the next is waitlisted", async () => {
    const activity = await createActivity(testDb.db, { title: "Workshop SAKIP", capacity: 1 });
    const home = { type: "view" as const, view: { type: "home" } };
    expect((await app.receiver.pressButton({ userId: AHMAD, value: "scat:1:-:-", container: home })).acked).toBe(true);
    const opened = app.api.last("views.open").view as { callback_id: string; private_metadata: string };
    expect(opened.callback_id).toBe("sact_catalogue");

    const inModal = { type: "view" as const, view: { id: "V0CATALOG", type: "modal", ...opened } };
    await app.receiver.pressButton({ userId: AHMAD, value: `sreg:${activity.id}`, container: inModal });
    expect((await registrationOf(activity.id, "staff"))?.status).toBe("REGISTERED");
    const shown = app.api.last("views.update");
    expect(shown.view_id).toBe("V0CATALOG");
    expect(textOf((shown.view as { blocks: unknown[] }).blocks)).toContain("✅ Anda *terdaftar* di *Workshop SAKIP*.");
    expect(app.api.last("views.publish").user_id).toBe(AHMAD);

    await app.receiver.pressButton({ userId: SITI, value: `sreg:${activity.id}`, container: inModal });
    expect((await registrationOf(activity.id, "colleague"))?.status).toBe("WAITLISTED");
    expect(textOf((app.api.last("views.update").view as { blocks: unknown[] }).blocks)).toContain("Anda masuk *daftar tunggu nomor 1*");
  });
});

describe("Slack activity and announcement strings", () => {
  const keysOf = (locale: string, file: string) =>
    [...readFileSync(join(LOCALES_DIR, locale, file), "utf8").matchAll(/^([a-z][a-z0-9_-]*) =/gm)].map((match) => match[1]!).sort();

  it.each(["slack-activities.ftl", "slack-announcements.ftl"])("%s has the same keys in every locale, with its own prefix", (file) => {
    const prefix = file.replace(/\.ftl$/, "-");
    const keys = keysOf("id", file);
    expect(keys.length).toBeGreaterThan(0);
    expect(keys.every((key) => key.startsWith(prefix))).toBe(true);
    for (const locale of LOCALES) expect(keysOf(locale, file)).toEqual(keys);
  });
});
