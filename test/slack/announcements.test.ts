import type { ViewResponseAction } from "@slack/bolt";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ManualClock } from "../../src/clock.js";
import type { DeliveryPayload } from "../../src/delivery/payload.js";
import { renderSlackMessage } from "../../src/delivery/slack-sender.js";
import { createAnnouncement } from "../../src/services/announcements/announcements.js";
import { resolveSlackCaller } from "../../src/slack/caller.js";
import type { SlackDeps } from "../../src/slack/deps.js";
import { plainToHtml } from "../../src/slack/listeners/announcements/body-html.js";
import { homeSection } from "../../src/slack/listeners/announcements/home-section.js";
import { createTestDb, type TestDb } from "../kit/db.js";
import { linkSlackAccount, startSlackTestApp, type SlackTestApp } from "../kit/slack/harness.js";
import { seedDistrict, type District, type PersonKey } from "../services/announcements/district-fixture.js";
import { buttonsOf, FakeSlack, Listeners, modalText, slackDeps, textOf } from "./press-fixture.js";

/** Slack users of the fixture district: the bupati leads the district, the kadinkes only Dinas Kesehatan. */
const SLACK_IDS = { bupati: "U0BUPATI1", kadinkes: "U0KADINK1", guru: "U0GURU001", staffTata: "U0TATA001", perawat: "U0PERAWA1" } as const;
type SlackPerson = keyof typeof SLACK_IDS;

let testDb: TestDb;
let clock: ManualClock;
let deps: SlackDeps;
let district: District;
let slack: FakeSlack;
let listeners: Listeners;

beforeEach(async () => {
  testDb = await createTestDb();
  // Monday 14 December 2026, 09:00 WIB.
  clock = new ManualClock("2026-12-14T02:00:00Z");
  deps = slackDeps(testDb, clock);
  district = await seedDistrict(testDb.db);
  for (const [person, slackId] of Object.entries(SLACK_IDS) as [SlackPerson, string][]) {
    await linkSlackAccount(testDb.db, district.people[person], slackId);
  }
  slack = new FakeSlack();
  listeners = new Listeners(deps, slack);
});
afterEach(async () => testDb.dispose());

const announcementDeps = () => ({ ...deps, settings: deps.config.announcements });

/** An announcement by the bupati to everybody, asking for an acknowledgement, with its messages marked sent. */
async function sentAnnouncement(options: { authorKey?: PersonKey; unit?: keyof District["units"] } = {}) {
  const result = await createAnnouncement(announcementDeps(), {
    authorId: district.people[options.authorKey ?? "bupati"],
    content: { bodyHtml: "<b>Mulai Januari</b>, absensi memakai aplikasi SiAP Tebo.", link: { text: "Panduan", url: "https://tebokab.go.id/siap" } },
    audience: options.unit ? { kind: "units", unitIds: [district.units[options.unit]] } : { kind: "all" },
    needsAck: true,
    timing: { kind: "now" },
  });
  if (!result.ok) throw new Error(result.code);
  // As the dispatcher does once a message is out.
  await testDb.db.delivery.updateMany({ where: { announcementId: result.announcementId }, data: { status: "SENT" } });
  return result.announcementId;
}

/** The person's copy of the announcement as the Slack sender posted it in their DM. */
async function messageOf(announcementId: number, person: PersonKey) {
  const row = await testDb.db.delivery.findFirstOrThrow({ where: { announcementId, employeeId: district.people[person] } });
  const rendered = renderSlackMessage(JSON.parse(row.payload) as DeliveryPayload);
  return { ts: "1765000000.000777", text: rendered.text, blocks: rendered.blocks as unknown[] };
}

const ackAtOf = async (announcementId: number, person: PersonKey) =>
  (await testDb.db.delivery.findFirstOrThrow({ where: { announcementId, employeeId: district.people[person] } })).ackAt;

describe("the acknowledgement button in Slack", () => {
  it("records the first press once and turns the button into “✅ Dibaca 09.00 WIB”, keeping the link", async () => {
    const id = await sentAnnouncement();
    const message = await messageOf(id, "guru");
    expect(buttonsOf(message.blocks)).toEqual([{ text: "✅ Saya sudah membaca", value: `ack:${id}` }]);

    const answers = await listeners.press(SLACK_IDS.guru, `ack:${id}`, { from: "dm", message });
    expect(answers).toEqual([]);
    expect(await ackAtOf(id, "guru")).toEqual(new Date("2026-12-14T02:00:00Z"));
    const [update] = slack.callsTo("chat.update");
    expect(update).toMatchObject({ channel: "D0GURU001", ts: message.ts, text: message.text });
    expect(buttonsOf(update!.blocks)).toEqual([{ text: "✅ Dibaca 09.00 WIB", value: `ack:${id}` }]);
    expect(JSON.stringify(update!.blocks)).toContain('"url":"https://tebokab.go.id/siap"');

    clock.advance(60 * 60_000);
    const again = await listeners.press(SLACK_IDS.guru, `ack:${id}`, { from: "dm", message: { ...message, blocks: update!.blocks as unknown[] } });
    expect(again.map((answer) => answer.text)).toEqual([
      "Anda sudah menandai pengumuman ini sudah dibaca pada Senin, 14 Desember 2026 pukul 09.00 WIB.",
    ]);
    expect(await ackAtOf(id, "guru")).toEqual(new Date("2026-12-14T02:00:00Z"));
    expect(slack.callsTo("chat.update")).toHaveLength(1);
  });

  it("politely refuses somebody the announcement was not sent to, and records nothing", async () => {
    const id = await sentAnnouncement({ authorKey: "kadinkes", unit: "DINKES" });
    const answers = await listeners.press(SLACK_IDS.guru, `ack:${id}`, { from: "dm" });
    expect(answers.map((answer) => answer.text)).toEqual(["Pengumuman ini tidak dikirimkan kepada Anda."]);
    expect(await testDb.db.delivery.count({ where: { announcementId: id, ackAt: { not: null } } })).toBe(0);
    expect(slack.callsTo("chat.update")).toEqual([]);
  });
});

describe("announcement tools on App Home", () => {
  it("shows a leader their latest announcements with reach, a report button and “✍️ Buat pengumuman”; a plain ASN sees none of it", async () => {
    const id = await sentAnnouncement();
    await testDb.db.delivery.updateMany({ where: { announcementId: id, employeeId: district.people.guru }, data: { ackAt: clock.now() } });
    const home = await homeSection(deps, await resolveSlackCaller(deps, SLACK_IDS.bupati));
    const text = textOf(home);
    expect(text).toContain("📣 *Pengumuman*");
    expect(text).toContain(`*#${id}* · terkirim · Senin, 14 Desember 2026 pukul 09.00 WIB`);
    expect(text).toContain("👥 10 penerima · 👁 sudah membaca 1 (10% dari penerima)");
    expect(buttonsOf(home)).toEqual([
      { text: `📊 Laporan #${id}`, value: `sanr:${id}` },
      { text: "✍️ Buat pengumuman", value: "sann:new" },
    ]);

    expect(await homeSection(deps, await resolveSlackCaller(deps, SLACK_IDS.guru))).toEqual([]);
  });

  it("opens the reach report in a modal for the author, and refuses it to anybody else", async () => {
    const id = await sentAnnouncement();
    await listeners.press(SLACK_IDS.bupati, `sanr:${id}`, { from: "home" });
    const text = modalText(slack);
    expect(text).toContain(`*📊 Jangkauan pengumuman #${id}*`);
    expect(text).toContain("👥 Penerima: 10");

    const refused = await listeners.press(SLACK_IDS.guru, `sanr:${id}`, { from: "dm" });
    expect(refused.map((answer) => answer.text)).toEqual(["Maaf, hanya pimpinan dan admin BKPSDM yang dapat mengirim dan mengelola pengumuman."]);
    expect(slack.callsTo("views.open")).toHaveLength(1);
  });
});

/** `state.values` of the compose modal as Slack sends them on submit. */
function composeValues(form: {
  body: string;
  audience?: string;
  units?: number[];
  timing?: "now" | "at";
  date?: string;
  time?: string;
  options?: string[];
}) {
  return {
    body: { body: { type: "plain_text_input", value: form.body } },
    audience: { audience: { type: "radio_buttons", selected_option: { value: form.audience ?? "all" } } },
    units: { units: { type: "multi_static_select", selected_options: (form.units ?? []).map((id) => ({ value: String(id) })) } },
    timing: { timing: { type: "radio_buttons", selected_option: { value: form.timing ?? "now" } } },
    date: { date: { type: "datepicker", selected_date: form.date ?? null } },
    time: { time: { type: "timepicker", selected_time: form.time ?? null } },
    options: { options: { type: "checkboxes", selected_options: (form.options ?? []).map((value) => ({ value })) } },
  };
}

const outcomeText = (ack: ViewResponseAction | undefined) => {
  expect(ack?.response_action).toBe("update");
  return textOf((ack as { view: { blocks: unknown[] } }).view.blocks);
};

describe("composing an announcement in a modal", () => {
  it("lets a leader send to two units: the announcement reaches exactly their people", async () => {
    await listeners.press(SLACK_IDS.bupati, "sann:new", { from: "home" });
    const modal = slack.modal!;
    expect(modal.callback_id).toBe("sann_compose");
    const compose = modalText(slack);
    expect(compose).toContain("Cakupan Anda: seluruh pegawai pemerintah daerah.");
    expect(compose).toContain("Bagian Organisasi (3)");
    expect(compose).toContain("Dinas Pendidikan (1)");

    const ack = await listeners.submit(
      SLACK_IDS.bupati,
      "sann_compose",
      composeValues({ body: "*Rapat koordinasi* SiAP Tebo, _wajib_ hadir.", audience: "units", units: [district.units.ORG, district.units.DISDIK], options: ["ack"] }),
      modal.private_metadata,
    );
    const announcement = await testDb.db.announcement.findFirstOrThrow({ include: { audience: true } });
    expect(outcomeText(ack)).toContain(`✅ Pengumuman #${announcement.id} sedang dikirim kepada 4 penerima.`);
    expect(announcement).toMatchObject({ authorId: district.people.bupati, body: "<b>Rapat koordinasi</b> SiAP Tebo, <i>wajib</i> hadir.", needsAck: true, status: "SENT" });
    expect(announcement.audience.map((rule) => rule.value).sort()).toEqual([String(district.units.ORG), String(district.units.DISDIK)].sort());
    const recipients = await testDb.db.delivery.findMany({ where: { announcementId: announcement.id }, select: { employeeId: true } });
    expect(recipients.map((row) => row.employeeId ?? 0).sort((a, b) => a - b)).toEqual(
      [district.people.kabagOrg, district.people.analis, district.people.staffTata, district.people.guru].sort((a, b) => a - b),
    );
  });

  it("schedules one for a date and time in WIB", async () => {
    const ack = await listeners.submit(
      SLACK_IDS.bupati,
      "sann_compose",
      composeValues({ body: "Apel pagi bersama.", timing: "at", date: "2026-12-15", time: "07:30" }),
      "units",
    );
    const announcement = await testDb.db.announcement.findFirstOrThrow();
    expect(announcement).toMatchObject({ status: "SCHEDULED", scheduledAt: new Date("2026-12-15T00:30:00Z") });
    expect(outcomeText(ack)).toContain(`Pengumuman #${announcement.id} dijadwalkan pada Selasa, 15 Desember 2026 pukul 07.30 WIB untuk 10 penerima.`);
  });

  it("shows mistakes on the field that can put them right and creates nothing", async () => {
    const submit = (form: Parameters<typeof composeValues>[0]) => listeners.submit(SLACK_IDS.bupati, "sann_compose", composeValues(form), "units");
    expect(await submit({ body: "Halo", audience: "all", units: [district.units.ORG] })).toEqual({
      response_action: "errors",
      errors: { audience: "Anda memilih unit, tetapi penerimanya bukan “🏢 Pilih unit”. Pilih “🏢 Pilih unit”, atau kosongkan pilihan unit." },
    });
    expect(await submit({ body: "Halo", audience: "units" })).toEqual({
      response_action: "errors",
      errors: { units: "Pilih setidaknya satu unit penerima." },
    });
    expect(await submit({ body: "Halo", timing: "at" })).toEqual({
      response_action: "errors",
      errors: { date: "Pilih tanggal kirim.", time: "Pilih jam kirim (WIB)." },
    });
    expect(await submit({ body: "Halo", timing: "at", date: "2026-12-14", time: "08:00" })).toEqual({
      response_action: "errors",
      errors: { date: "Waktu pengiriman sudah lewat. Pilih waktu yang akan datang." },
    });
    expect(await testDb.db.announcement.count()).toBe(0);
  });

  it("keeps a unit-scoped leader inside their units: the picker offers only those, and the service refuses others", async () => {
    await listeners.press(SLACK_IDS.kadinkes, "sann:new", { from: "home" });
    const compose = modalText(slack);
    expect(compose).toContain("Cakupan Anda: Dinas Kesehatan beserta unit di bawahnya.");
    expect(compose).toContain("Puskesmas Muara Tebo (2)");
    expect(compose).not.toContain("Dinas Pendidikan");

    const ack = await listeners.submit(SLACK_IDS.kadinkes, "sann_compose", composeValues({ body: "Halo", audience: "units", units: [district.units.DISDIK] }), slack.modal!.private_metadata);
    expect(ack).toEqual({ response_action: "errors", errors: { units: "Anda hanya dapat mengirim pengumuman ke unit Anda dan unit di bawahnya." } });
    expect(await testDb.db.announcement.count()).toBe(0);
  });

  it("gives a plain ASN no compose modal, and refuses their forged submission with nothing created", async () => {
    const answers = await listeners.press(SLACK_IDS.guru, "sann:new", { from: "dm" });
    expect(answers.map((answer) => answer.text)).toEqual(["Maaf, hanya pimpinan dan admin BKPSDM yang dapat mengirim dan mengelola pengumuman."]);
    expect(slack.callsTo("views.open")).toEqual([]);

    const ack = await listeners.submit(SLACK_IDS.guru, "sann_compose", composeValues({ body: "Libur besok!" }), "units");
    expect(ack).toEqual({
      response_action: "errors",
      errors: { body: "Maaf, hanya pimpinan dan admin BKPSDM yang dapat mengirim dan mengelola pengumuman." },
    });
    expect(await testDb.db.announcement.count()).toBe(0);
    expect(await testDb.db.delivery.count()).toBe(0);
  });
});

describe("the announcement text typed in Slack", () => {
  it("is stored escaped, with Slack's *bold*, _italic_ and ~strike~ as formatting", () => {
    expect(plainToHtml("*Rapat* _penting_ ~batal~ <b>bukan tag</b> & 5*3*2")).toBe(
      "<b>Rapat</b> <i>penting</i> <s>batal</s> &lt;b&gt;bukan tag&lt;/b&gt; &amp; 5*3*2",
    );
    expect(plainToHtml("baris *satu\ndua*")).toBe("baris *satu\ndua*");
  });
});

describe("through the whole Slack app", () => {
  let app: SlackTestApp;
  beforeEach(async () => {
    app = await startSlackTestApp({ db: testDb, clock });
  });
  afterEach(async () => app.stop());

  it("an announcement arrives as a DM with the acknowledgement button, and the press is recorded and shown on the message", async () => {
    await testDb.db.employee.update({ where: { id: district.people.guru }, data: { preferredPlatform: "SLACK" } });
    const created = await createAnnouncement(
      { ...app.deps, settings: app.config.announcements },
      {
        authorId: district.people.bupati,
        content: { bodyHtml: "<b>Apel pagi</b> Senin pukul 07.30, wajib hadir." },
        audience: { kind: "units", unitIds: [district.units.DISDIK] },
        needsAck: true,
        timing: { kind: "now" },
      },
    );
    if (!created.ok) throw new Error(created.code);
    expect((await app.dispatcher().drain()).sent).toBe(1);
    const posted = app.api.last("chat.postMessage");
    expect(posted).toMatchObject({ channel: SLACK_IDS.guru, text: "*Apel pagi* Senin pukul 07.30, wajib hadir." });
    const ts = "1765000000.000001";

    const pressed = await app.receiver.dispatch({
      type: "block_actions",
      team: { id: "T0PEMBINA", domain: "pembinaan" },
      user: { id: SLACK_IDS.guru, username: "guru", team_id: "T0PEMBINA" },
      api_app_id: "A0PEMBINA",
      token: "legacy-verification-token",
      trigger_id: "1.trigger",
      container: { type: "message", message_ts: ts, channel_id: "D0GURU001", is_ephemeral: false },
      channel: { id: "D0GURU001", name: "directmessage" },
      message: { type: "message", ts, text: posted.text, blocks: posted.blocks, user: "U0BOT0001" },
      actions: [{ type: "button", action_id: "cb:0", block_id: "b1", value: `ack:${created.announcementId}`, text: { type: "plain_text", text: "✅ Saya sudah membaca" }, action_ts: ts }],
    });

    expect(pressed.acked).toBe(true);
    expect(await ackAtOf(created.announcementId, "guru")).toEqual(clock.now());
    const updated = app.api.last("chat.update");
    expect(updated).toMatchObject({ channel: "D0GURU001", ts });
    expect(buttonsOf(updated.blocks)).toEqual([{ text: "✅ Dibaca 09.00 WIB", value: `ack:${created.announcementId}` }]);
  });

  it("the same compose modal submitted again (a retry after a crash) creates one announcement, and the answer shows it", async () => {
    const submit = (viewId: string) =>
      app.receiver.submitView({
        userId: SLACK_IDS.bupati,
        callbackId: "sann_compose",
        viewId,
        privateMetadata: "units",
        values: composeValues({ body: "Batas unggah SKP tanggal 15.", audience: "units", units: [district.units.DISDIK] }),
      });
    const first = await submit("V0COMPOSE1");
    const announcement = await testDb.db.announcement.findFirstOrThrow();
    expect(outcomeText(first.response as ViewResponseAction)).toContain(`✅ Pengumuman #${announcement.id} sedang dikirim kepada 1 penerima.`);
    const again = await submit("V0COMPOSE1");
    expect(again.response).toEqual(first.response);
    expect(await testDb.db.announcement.count()).toBe(1);
    expect(await testDb.db.delivery.count()).toBe(1);

    // Another modal is another announcement.
    await submit("V0COMPOSE2");
    expect(await testDb.db.announcement.count()).toBe(2);
  });
});
