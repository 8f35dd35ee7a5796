import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ManualClock } from "../../../src/clock.js";
import { createI18n, translatorFor } from "../../../src/i18n/index.js";
import { ensureDefaultQuestionnaires } from "../../../src/services/evaluations/defaults.js";
import { importCampaignFile } from "../../../src/services/campaigns/campaign-import.js";
import { campaignDetailLines, campaignErrorText, campaignFileIssueText, campaignListLine } from "../../../src/services/campaigns/campaign-text.js";
import { runCampaignTicks } from "../../../src/services/campaigns/campaign-tick.js";
import {
  addCampaignMessage,
  campaignDetail,
  createCampaign,
  listCampaigns,
  pauseCampaign,
  type CampaignActor,
} from "../../../src/services/campaigns/campaigns.js";
import { createTestDb, type TestDb } from "../../kit/db.js";
import { seedCampaignDistrict, tickDeps, TIMEZONE, type CampaignDistrict, type PersonKey } from "./campaign-fixture.js";

const EXAMPLE = readFileSync(resolve(import.meta.dirname, "../../../docs/examples/campaigns/kerja-digital.yaml"), "utf8");
// Friday 4 December 2026, 10:00 WIB.
const CREATED = new Date("2026-12-04T03:00:00Z");
const i18n = createI18n("id");
const t = translatorFor(i18n, "id");

let testDb: TestDb;
let clock: ManualClock;
let district: CampaignDistrict;

beforeEach(async () => {
  testDb = await createTestDb();
  clock = new ManualClock(CREATED);
  district = await seedCampaignDistrict(testDb.db);
});
afterEach(async () => testDb.dispose());

const deps = () => tickDeps(testDb.db, clock);
const as = (key: PersonKey): CampaignActor => ({ kind: "employee", employeeId: district.people[key] });
const words = (locale: "id" | "en" = "id") => ({ t: translatorFor(i18n, locale), locale, timezone: TIMEZONE, now: clock.now() });

const simple = (authorKey: PersonKey) => ({
  authorId: district.people[authorKey],
  name: "Budaya kerja BerAKHLAK",
  schedule: { kind: "weekly" as const, weekday: 1, time: "08:00" },
  audience: { kind: "all" as const },
  needsAck: false,
  messages: [{ bodyHtml: "<b>Berorientasi pelayanan</b>" }, { bodyHtml: "<b>Akuntabel</b>" }],
});

describe("creating campaigns", () => {
  it("stores the schedule as cron, the audience as rules and one announcement per message, and audits it", async () => {
    const result = await createCampaign(deps(), {
      ...simple("bupati"),
      audience: { kind: "units", unitIds: [district.units.BKPSDM, district.units.DINKES] },
      needsAck: true,
    });
    expect(result).toMatchObject({ ok: true, campaign: { cron: "0 8 * * 1", status: "ACTIVE", messageCount: 2 } });
    const id = result.ok ? result.campaign.id : 0;
    const campaign = await testDb.db.campaign.findUniqueOrThrow({ where: { id }, include: { audience: true, messages: true } });
    expect(campaign).toMatchObject({ authorId: district.people.bupati, nextPosition: 0, lastTickAt: null, createdAt: CREATED });
    expect(campaign.audience.map((rule) => [rule.kind, rule.value])).toEqual([
      ["UNIT", String(district.units.BKPSDM)],
      ["UNIT", String(district.units.DINKES)],
    ]);
    expect(campaign.messages.map((m) => [m.campaignPosition, m.body, m.needsAck, m.status, m.parseMode])).toEqual([
      [0, "<b>Berorientasi pelayanan</b>", true, "DRAFT", "HTML"],
      [1, "<b>Akuntabel</b>", true, "DRAFT", "HTML"],
    ]);
    expect(await testDb.db.auditLog.findFirst({ where: { action: "campaign.create", targetId: String(id) } })).toMatchObject({
      actorId: district.people.bupati,
    });
  });

  it("refuses a plain ASN politely and stores nothing", async () => {
    const result = await createCampaign(deps(), simple("ahmad"));
    expect(result).toEqual({ ok: false, code: "not-allowed" });
    expect(!result.ok && campaignErrorText(translatorFor(i18n, "en"), result)).toBe(
      "Sorry, only leaders or admins can create campaigns, and only the author or an admin can change one. Nothing was sent or changed.",
    );
    expect(await testDb.db.campaign.count()).toBe(0);
    expect(await testDb.db.announcement.count()).toBe(0);
  });

  it("explains an invalid schedule and refuses units outside a scoped leader's unit", async () => {
    const cron = await createCampaign(deps(), { ...simple("bupati"), schedule: { kind: "cron", expression: "0 8 * * 9" } });
    expect(!cron.ok && campaignErrorText(t, cron)).toContain('Bagian ke-5 (hari) berisi "9" dan tidak valid');
    const outside = await createCampaign(deps(), { ...simple("kadinkes"), audience: { kind: "units", unitIds: [district.units.BKPSDM] } });
    expect(outside).toEqual({ ok: false, code: "audience", unitIds: [district.units.BKPSDM] });
    const content = await createCampaign(deps(), {
      ...simple("admin"),
      messages: [{ bodyHtml: "Halo" }, { bodyHtml: "Baca", link: { text: "Panduan", url: "javascript:alert(1)" } }],
    });
    expect(!content.ok && campaignErrorText(t, content)).toBe(
      "Pesan ke-2: alamat tautan harus diawali http:// atau https:// dengan nama domain.",
    );
    expect(await createCampaign(deps(), { ...simple("admin"), messages: [] })).toEqual({ ok: false, code: "no-messages" });
    expect(await testDb.db.campaign.count()).toBe(0);
  });

  it("carries only an active pulse questionnaire, as an announcement does", async () => {
    await ensureDefaultQuestionnaires(deps(), { actorLabel: "test" });
    const pulse = await testDb.db.questionnaire.findFirstOrThrow({ where: { code: "PULSE-ADKAR" } });
    const reaction = await testDb.db.questionnaire.findFirstOrThrow({ where: { code: "L1-REAKSI" } });
    const withPulse = (pulseQuestionnaireId: number) => ({ ...simple("bupati"), messages: [{ bodyHtml: "Survei", pulseQuestionnaireId }] });
    expect(await createCampaign(deps(), withPulse(reaction.id))).toEqual({ ok: false, code: "unknown-pulse" });
    await testDb.db.questionnaire.update({ where: { id: pulse.id }, data: { active: false } });
    expect(await createCampaign(deps(), withPulse(pulse.id))).toEqual({ ok: false, code: "unknown-pulse" });
    expect(await testDb.db.campaign.count()).toBe(0);
    await testDb.db.questionnaire.update({ where: { id: pulse.id }, data: { active: true } });
    expect(await createCampaign(deps(), withPulse(pulse.id))).toMatchObject({ ok: true });
  });

  it("adds messages at the end for the author or an admin, never after the campaign has ended", async () => {
    const created = await createCampaign(deps(), { ...simple("bupati"), messages: [{ bodyHtml: "Satu" }] });
    const campaignId = created.ok ? created.campaign.id : 0;
    const message = { bodyHtml: "Dua" };
    expect(await addCampaignMessage(deps(), { campaignId, actor: as("ahmad"), message })).toEqual({ ok: false, code: "not-allowed" });
    expect(await addCampaignMessage(deps(), { campaignId, actor: as("admin"), message })).toEqual({ ok: true, position: 1, messageCount: 2 });
    await runCampaignTicks(deps(), { now: new Date("2026-12-07T01:00:30Z") });
    await runCampaignTicks(deps(), { now: new Date("2026-12-14T01:00:30Z") });
    expect(await testDb.db.campaign.findUniqueOrThrow({ where: { id: campaignId } })).toMatchObject({ status: "ENDED" });
    expect(await addCampaignMessage(deps(), { campaignId, actor: as("bupati"), message: { bodyHtml: "Tiga" } })).toEqual({
      ok: false,
      code: "ended",
    });
  });
});

describe("campaign lists and details", () => {
  it("shows progress, the next run and each message, in the viewer's language", async () => {
    const created = await createCampaign(deps(), {
      ...simple("bupati"),
      messages: ["Satu", "Dua", "Tiga", "Empat"].map((word) => ({ bodyHtml: `<b>Pesan</b> ${word}` })),
    });
    const campaignId = created.ok ? created.campaign.id : 0;
    await runCampaignTicks(deps(), { now: new Date("2026-12-07T01:00:30Z") });
    clock.set("2026-12-10T03:00:00Z");

    const detail = await campaignDetail(deps(), { campaignId, viewer: as("bupati") });
    if (!detail.ok) throw new Error(detail.code);
    expect(campaignDetailLines(words(), detail.campaign)).toEqual([
      `Kampanye #${campaignId} "Budaya kerja BerAKHLAK" (aktif)`,
      "Pembuat: H. Aspan, S.T.",
      'Jadwal: setiap Senin pukul 08.00 WIB (cron "0 8 * * 1")',
      "Sasaran: semua ASN",
      "Konfirmasi baca: tidak",
      "Kemajuan: 1 dari 4 pesan terkirim",
      "Berikutnya: pesan 2 dari 4, Senin, 14 Desember 2026 pukul 08.00 WIB",
      "Pesan:",
      "1. Pesan Satu — terkirim Senin, 7 Desember 2026 pukul 08.00 WIB",
      "2. Pesan Dua — belum terkirim",
      "3. Pesan Tiga — belum terkirim",
      "4. Pesan Empat — belum terkirim",
    ]);
    expect(campaignDetailLines(words("en"), detail.campaign)[6]).toBe("Next: message 2 of 4, Monday, 14 December 2026 at 08:00 WIB");

    await pauseCampaign(deps(), { campaignId, actor: as("bupati") });
    const paused = await campaignDetail(deps(), { campaignId, viewer: as("admin") });
    expect(paused.ok && paused.campaign.nextRunAt).toBe(null);
    expect(paused.ok && campaignDetailLines(words(), paused.campaign)[6]).toMatch(/^Berikutnya: tidak ada selama kampanye dijeda/);
    expect(await campaignDetail(deps(), { campaignId, viewer: as("ahmad") })).toEqual({ ok: false, code: "not-allowed" });
    expect(await campaignDetail(deps(), { campaignId, viewer: as("kadinkes") })).toEqual({ ok: false, code: "not-allowed" });
  });

  it("lists a leader's own campaigns, every campaign for an admin, and none for a plain ASN", async () => {
    await createCampaign(deps(), simple("bupati"));
    await createCampaign(deps(), { ...simple("kadinkes"), name: "Puskesmas ramah" });
    const names = async (key: PersonKey) => {
      const list = await listCampaigns(deps(), { viewer: as(key) });
      return list.ok ? list.campaigns.map((item) => item.name) : list.code;
    };
    expect(await names("kadinkes")).toEqual(["Puskesmas ramah"]);
    expect(await names("admin")).toEqual(["Puskesmas ramah", "Budaya kerja BerAKHLAK"]);
    expect(await names("ahmad")).toBe("not-allowed");
    const all = await listCampaigns(deps(), { viewer: { kind: "cli" } });
    expect(all.ok && campaignListLine(words(), all.campaigns[1]!)).toMatch(
      /^#\d+ · aktif · Budaya kerja BerAKHLAK · setiap Senin pukul 08\.00 WIB · 0 dari 2 pesan terkirim · berikutnya: Senin, 7 Desember 2026 pukul 08\.00 WIB · oleh H\. Aspan, S\.T\.$/,
    );
  });
});

describe("importing a campaign file", () => {
  it("creates the example campaign with the pulse on its last message", async () => {
    await ensureDefaultQuestionnaires(deps(), { actorLabel: "test" });
    const result = await importCampaignFile(deps(), EXAMPLE, { authorNip: district.nipOf.bupati, actorLabel: "cli" });
    if (!result.ok) throw new Error(JSON.stringify(result));
    const messages = await testDb.db.announcement.findMany({
      where: { campaignId: result.campaign.id },
      orderBy: { campaignPosition: "asc" },
      include: { pulseQuestionnaire: { select: { code: true } } },
    });
    expect(messages.map((message) => message.pulseQuestionnaire?.code ?? null)).toEqual([null, null, null, "PULSE-ADKAR"]);
    expect(messages.every((message) => message.needsAck)).toBe(true);
    expect(messages[2]!.linkUrl).toBe("https://bkpsdm.tebokab.go.id/panduan/e-kinerja");
  });

  it("reports unknown units and pulses, an unknown author and a non-leader author", async () => {
    const text = EXAMPLE.replace("audience: all", "audience: { units: [DINKES, DISHUB] }");
    const result = await importCampaignFile(deps(), text, { authorNip: district.nipOf.bupati, actorLabel: "cli" });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.code === "file" && result.issues.map((issue) => campaignFileIssueText(t, issue))).toEqual([
      'audience.units.2: unit "DISHUB" tidak ada di data pegawai.',
      'pulse: survei "PULSE-ADKAR" tidak ditemukan atau bukan kuesioner survei denyut (level pulse).',
    ]);
    expect(await importCampaignFile(deps(), EXAMPLE.replace("pulse: PULSE-ADKAR\n", ""), { authorNip: "19990101 202001 1 999", actorLabel: "cli" })).toEqual({
      ok: false,
      code: "unknown-author",
      nip: "199901012020011999",
    });
    expect(await importCampaignFile(deps(), EXAMPLE.replace("pulse: PULSE-ADKAR\n", ""), { authorNip: district.nipOf.ahmad, actorLabel: "cli" })).toEqual({
      ok: false,
      code: "not-allowed",
    });
    expect(await testDb.db.campaign.count()).toBe(0);
  });
});

describe("the same campaign request made twice (a chat replaying ✅ Kirim after a crash)", () => {
  it("returns the campaign the key created and creates nothing more", async () => {
    const first = await createCampaign(deps(), { ...simple("bupati"), requestKey: "draft-1" });
    expect(first).toMatchObject({ ok: true, campaign: { name: "Budaya kerja BerAKHLAK", messageCount: 2 } });
    clock.set("2026-12-04T04:00:00Z");
    expect(await createCampaign(deps(), { ...simple("bupati"), requestKey: "draft-1" })).toEqual(first);
    expect(await testDb.db.campaign.count()).toBe(1);
    expect(await testDb.db.announcement.count()).toBe(2);
    expect(await testDb.db.auditLog.count({ where: { action: "campaign.create" } })).toBe(1);
  });

  it("creates one campaign per key, and refuses another author's key", async () => {
    await createCampaign(deps(), { ...simple("bupati"), requestKey: "draft-1" });
    expect(await createCampaign(deps(), { ...simple("bupati"), requestKey: "draft-2" })).toMatchObject({ ok: true });
    expect(await createCampaign(deps(), { ...simple("admin"), requestKey: "draft-1" })).toEqual({ ok: false, code: "not-allowed" });
    expect(await testDb.db.campaign.count()).toBe(2);
  });

  it("two requests with the same key at the same moment store one campaign and both get it", async () => {
    const request = () => createCampaign(deps(), { ...simple("bupati"), requestKey: "draft-1" });
    const [one, two] = await Promise.all([request(), request()]);
    expect(one).toMatchObject({ ok: true, campaign: { messageCount: 2 } });
    expect(two).toEqual(one);
    expect(await testDb.db.campaign.count()).toBe(1);
  });
});
