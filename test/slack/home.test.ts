import type { types } from "@slack/bolt";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ManualClock } from "../../src/clock.js";
import { AGREEMENT_LABELS } from "../../src/services/evaluations/question-options.js";
import { resolveSlackCaller } from "../../src/slack/caller.js";
import type { SlackDeps } from "../../src/slack/deps.js";
import { homeSection as activitiesSection } from "../../src/slack/listeners/activities/home-section.js";
import { homeSection as announcementsSection } from "../../src/slack/listeners/announcements/home-section.js";
import { CATALOGUE_VIEW_ID } from "../../src/slack/listeners/activities/screen.js";
import { homeSection as evaluationsSection } from "../../src/slack/listeners/evaluations/home-section.js";
import { onMenuCommand } from "../../src/slack/listeners/home/index.js";
import { context, section } from "../../src/slack/listeners/home/blocks.js";
import { fitBlocks } from "../../src/slack/listeners/home/fit.js";
import { createActivity } from "../kit/activity-fixture.js";
import { createTestDb, type TestDb } from "../kit/db.js";
import { seedRoster, type PersonKey } from "../kit/roster-fixture.js";
import { linkSlackAccount, startSlackTestApp } from "../kit/slack/harness.js";
import { evaluationRequest } from "./evaluation-fixture.js";
import { blocksText, buttonValues, FakeSlackClient, HomeListeners, slackDeps, type CommandAnswer } from "./home-fixture.js";

const SLACK_IDS: Record<PersonKey, string> = {
  head: "U0HASAN01",
  supervisor: "U0RINA001",
  staff: "U0AHMAD01",
  colleague: "U0SITI001",
  retired: "U0BAMBANG",
};
const GUEST = "U0GUEST01";

let testDb: TestDb;
let deps: SlackDeps;
let ids: Record<PersonKey, number>;
let slack: FakeSlackClient;
let listeners: HomeListeners;

beforeEach(async () => {
  testDb = await createTestDb();
  deps = slackDeps(testDb, new ManualClock("2026-12-07T02:00:00Z"));
  ids = await seedRoster(testDb.db);
  for (const person of Object.keys(SLACK_IDS) as PersonKey[]) await linkSlackAccount(testDb.db, ids[person], SLACK_IDS[person]);
  // Siti is the BKPSDM admin of this roster.
  await testDb.db.roleGrant.create({ data: { employeeId: ids.colleague, role: "ADMIN", grantedBy: "test" } });
  slack = new FakeSlackClient();
  listeners = new HomeListeners(deps, slack);
});
afterEach(async () => testDb.dispose());

async function homeOf(person: PersonKey | string): Promise<types.KnownBlock[]> {
  const userId = person in SLACK_IDS ? SLACK_IDS[person as PersonKey] : person;
  await listeners.openHome(userId);
  return slack.home(userId);
}

/** Where a category's own blocks begin in the home (they appear whole and in their order), or -1. */
async function positionOf(
  build: typeof activitiesSection,
  person: PersonKey,
  home: types.KnownBlock[],
): Promise<{ at: number; length: number }> {
  const blocks = await build(deps, await resolveSlackCaller(deps, SLACK_IDS[person]));
  if (blocks.length === 0) return { at: -1, length: 0 };
  const json = home.map((block) => JSON.stringify(block));
  const wanted = blocks.map((block) => JSON.stringify(block));
  const at = json.findIndex((_, start) => wanted.every((block, offset) => json[start + offset] === block));
  return { at, length: blocks.length };
}

describe("the App Home tab by role", () => {
  it("shows an ASN their greeting, JP progress, the categories' sections in order and the language", async () => {
    await testDb.db.jpEntry.create({ data: { employeeId: ids.staff, year: 2026, jp: 8, competencyType: "TEKNIS", source: "MANUAL" } });
    const home = await homeOf("staff");
    const text = blocksText(home);
    expect(home[0]).toEqual({ type: "header", text: { type: "plain_text", text: "Pembinaan ASN", emoji: true } });
    expect(text).toContain("Halo, *Ahmad Fauzi, S.Kom.* 👋\nBadan Kepegawaian dan Pengembangan SDM\nPeran Anda: ASN");
    expect(text).toContain("🎯 *JP saya tahun 2026*\n▰▰▰▰▱▱▱▱▱▱ 8/20 JP\nTeknis 8 JP · Manajerial 0 JP · Sosial kultural 0 JP");
    expect(text).toContain("⚠️ Anda tertinggal dari jadwal");
    expect(text).not.toContain("JP tim saya");
    expect(text).not.toContain("admin BKPSDM");

    const activities = await positionOf(activitiesSection, "staff", home);
    const evaluations = await positionOf(evaluationsSection, "staff", home);
    expect(activities.at).toBeGreaterThan(0);
    expect(evaluations.at).toBeGreaterThan(activities.at);
    expect((await positionOf(announcementsSection, "staff", home)).length).toBe(0);

    expect(buttonValues(home).slice(-2)).toEqual(["lang:id", "lang:en"]);
    expect(buttonValues(home)).not.toContain("pp:SLACK");
    expect(text).toContain("Ketik /pembinaan di kanal mana pun");
  });

  it("adds the team's JP and the pending behaviour assessments for a supervisor", async () => {
    await testDb.db.jpEntry.create({ data: { employeeId: ids.colleague, year: 2026, jp: 20, competencyType: "MANAJERIAL", source: "MANUAL" } });
    await evaluationRequest(testDb.db, {
      respondentId: ids.supervisor,
      subjectId: ids.staff,
      questions: [{ kind: "LIKERT", text: "Menerapkan hasil pelatihan", options: JSON.stringify(AGREEMENT_LABELS) }],
    });
    const text = blocksText(await homeOf("supervisor"));
    expect(text).toContain("Peran Anda: ASN, atasan langsung");
    expect(text).toContain("👥 *JP tim saya tahun 2026* (target 20 JP)");
    expect(text).toContain("⚠️ ▱▱▱▱▱▱▱▱▱▱ 0/20 *Ahmad Fauzi, S.Kom.*");
    expect(text).toContain("✅ ▰▰▰▰▰▰▰▰▰▰ 20/20 *Siti Aminah, S.Pd.*");
    expect(text).toContain("1 dari 2 orang tertinggal dari jadwal.");
    expect(text).toContain("📝 *Penilaian perilaku (L3) yang menunggu*\n1 penilaian tentang staf Anda perlu Anda isi.");
  });

  it("gives a leader the announcement tools", async () => {
    const home = await homeOf("head");
    expect(blocksText(home)).toContain("Peran Anda: ASN, atasan langsung, pimpinan");
    const announcements = await positionOf(announcementsSection, "head", home);
    expect(announcements.length).toBeGreaterThan(0);
    expect(announcements.at).toBeGreaterThan((await positionOf(activitiesSection, "head", home)).at);
  });

  it("tells an admin where the admin tools are, with the announcement tools", async () => {
    const home = await homeOf("colleague");
    const text = blocksText(home);
    expect(text).toContain("Peran Anda: ASN, admin BKPSDM");
    expect(text).toContain("🛠 Sebagai admin BKPSDM");
    expect(text).not.toContain("JP tim saya");
    expect((await positionOf(announcementsSection, "colleague", home)).at).toBeGreaterThan(0);
  });

  it("offers an unlinked user the way to link, and nothing of the menu", async () => {
    slack.setProfile(GUEST, { realName: "Tamu" });
    const home = await homeOf(GUEST);
    const text = blocksText(home);
    expect(text).toContain("Untuk mulai, tautkan akun Slack Anda dengan data kepegawaian.");
    expect(text).toContain("Email profil Slack Anda tidak dapat dibaca.");
    expect(buttonValues(home)).toEqual(["link:code"]);
    expect(text).not.toContain("JP saya");
  });

  it("shows an inactive employee why the menu is closed", async () => {
    const text = blocksText(await homeOf("retired"));
    expect(text).toContain("Data kepegawaian Anda berstatus tidak aktif");
    expect(text).not.toContain("JP saya");
  });

  it("publishes nothing when the Messages tab is opened", async () => {
    await listeners.openHome(SLACK_IDS.staff, "messages");
    expect(slack.callsTo("views.publish")).toHaveLength(0);
  });
});

describe("Slack's block limits", () => {
  it("shortens a long team to ten lines and 'and N more'", async () => {
    const unit = await testDb.db.unit.findFirstOrThrow();
    for (let i = 0; i < 28; i++) {
      await testDb.db.employee.create({
        data: {
          nip: `199001012015011${String(100 + i)}`,
          name: `Staf ${String(i + 1).padStart(2, "0")}`,
          unitId: unit.id,
          position: "Pelaksana",
          positionType: "PELAKSANA",
          grade: "II/c",
          employmentType: "PNS",
          supervisorId: ids.supervisor,
        },
      });
    }
    const text = blocksText(await homeOf("supervisor"));
    expect(text.match(/\/20 \*/g)).toHaveLength(10);
    expect(text).toContain("… dan 20 lainnya.");
    expect(text).toContain("30 dari 30 orang tertinggal dari jadwal.");
  });

  it("cuts what does not fit in 100 blocks and keeps the settings", () => {
    const many = (label: string, count: number) => Array.from({ length: count }, (_, i) => section(`${label} ${i}`));
    const cut = context("… dan bagian lain");
    const blocks = fitBlocks({ head: many("head", 2), sections: [many("a", 60), many("b", 60)], tail: many("settings", 3) }, 100, cut);
    expect(blocks).toHaveLength(100);
    expect(blocks.at(-5)).toEqual(cut);
    expect(blocksText(blocks.slice(-3))).toBe("settings 0\nsettings 1\nsettings 2");
    expect(blocksText(blocks)).toContain("a 59\n");
    const small = fitBlocks({ head: many("head", 1), sections: [many("a", 2), [], many("b", 1)], tail: [] }, 100, cut);
    expect(small.map((block) => block.type)).toEqual(["section", "divider", "section", "section", "divider", "section"]);
  });

  it("answers /pembinaan with the same menu, within a message's 50 blocks", async () => {
    const answer = await listeners.command(SLACK_IDS.head);
    expect(answer.response_type).toBe("ephemeral");
    const blocks = answer.blocks ?? [];
    expect(blocks.length).toBeLessThanOrEqual(50);
    const text = blocksText(blocks);
    expect(text).toContain("Tampilan lengkap ada di tab *Beranda*");
    expect(text).toContain("Peran Anda: ASN, atasan langsung, pimpinan");
    expect(text).toContain("🎯 *JP saya tahun 2026*");
  });
});

/** Types `/pembinaan <text>` and returns the ephemeral answers (none when a modal opened instead). */
async function typeCommand(userId: string, text: string): Promise<CommandAnswer[]> {
  const answers: CommandAnswer[] = [];
  let acked = 0;
  await onMenuCommand(deps, {
    ack: async () => void (acked += 1),
    command: { user_id: userId, text, trigger_id: `${userId}.trigger` },
    respond: async (message) => void answers.push(message as CommandAnswer),
    client: slack.client,
  });
  expect(acked).toBe(1);
  return answers;
}

describe("/pembinaan with a sub-command", () => {
  it("opens the activity catalogue for a linked ASN who types /pembinaan katalog, with no message", async () => {
    await createActivity(testDb.db, { title: "Coaching Pelayanan Publik", kind: "COACHING" });
    expect(await typeCommand(SLACK_IDS.staff, "  Katalog ")).toEqual([]);
    const [opened] = slack.callsTo("views.open");
    expect(opened!.trigger_id).toBe(`${SLACK_IDS.staff}.trigger`);
    const view = opened!.view as { callback_id: string; blocks: types.KnownBlock[] };
    expect(view.callback_id).toBe(CATALOGUE_VIEW_ID);
    expect(blocksText(view.blocks)).toContain("*Coaching Pelayanan Publik*");
  });

  it("understands the English words for the catalogue too", async () => {
    expect(await typeCommand(SLACK_IDS.head, "catalogue")).toEqual([]);
    expect(await typeCommand(SLACK_IDS.head, "catalog")).toEqual([]);
    expect(slack.callsTo("views.open")).toHaveLength(2);
  });

  it("gives an unlinked user who asks for the catalogue the way to link, and opens nothing", async () => {
    slack.setProfile(GUEST, { realName: "Tamu" });
    const [answer, ...more] = await typeCommand(GUEST, "katalog");
    expect(more).toEqual([]);
    expect(answer!.response_type).toBe("ephemeral");
    expect(blocksText(answer!.blocks ?? [])).toContain("Untuk mulai, tautkan akun Slack Anda dengan data kepegawaian.");
    expect(buttonValues(answer!.blocks ?? [])).toEqual(["link:code"]);
    expect(slack.callsTo("views.open")).toEqual([]);
  });

  it("answers /pembinaan evaluasi with the menu, whose evaluations list is the way in", async () => {
    const [answer] = await typeCommand(SLACK_IDS.staff, "evaluasi");
    const text = blocksText(answer!.blocks ?? []);
    expect(text).toContain("Peran Anda: ASN");
    expect(text).not.toContain("Perintah yang dikenal");
    expect(slack.callsTo("views.open")).toEqual([]);
  });

  it("answers an unknown word with the menu and the sub-commands it knows", async () => {
    const [answer] = await typeCommand(SLACK_IDS.staff, "jadwal besok");
    const text = blocksText(answer!.blocks ?? []);
    expect(text).toContain("Perintah yang dikenal: `/pembinaan katalog` (katalog kegiatan) dan `/pembinaan evaluasi` (evaluasi).");
    expect(text).toContain("🎯 *JP saya tahun 2026*");
    expect(slack.callsTo("views.open")).toEqual([]);
  });
});

describe("the whole Slack app", () => {
  it("publishes a linked leader's home when they open the Home tab", async () => {
    const app = await startSlackTestApp({ db: testDb, clock: deps.clock as ManualClock });
    try {
      const acked = await app.receiver.openHome(SLACK_IDS.head);
      expect(acked.acked).toBe(true);
      const [published] = await app.api.waitFor("views.publish");
      expect(published!.args.user_id).toBe(SLACK_IDS.head);
      const view = published!.args.view as { type: string; blocks: types.KnownBlock[] };
      expect(view.type).toBe("home");
      expect(blocksText(view.blocks)).toContain("Halo, *Drs. Hasan Basri, M.Si.*");
      expect(blocksText(view.blocks)).toContain("pimpinan");
    } finally {
      await app.stop();
    }
  });
});
