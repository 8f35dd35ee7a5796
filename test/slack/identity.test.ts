import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ManualClock } from "../../src/clock.js";
import { LOCALES, LOCALES_DIR } from "../../src/i18n/index.js";
import { issueActivationCode } from "../../src/services/identity/issue-code.js";
import type { SlackDeps } from "../../src/slack/deps.js";
import { LINK_CODE_CALLBACK } from "../../src/slack/listeners/identity/code-modal.js";
import { LINK_REFUSAL_KEYS } from "../../src/slack/listeners/identity/link-errors.js";
import { createTestDb, type TestDb } from "../kit/db.js";
import { PEOPLE, seedRoster, type PersonKey } from "../kit/roster-fixture.js";
import {
  blocksText,
  buttonValues,
  buttonWith,
  codeModalValues,
  FakeSlackClient,
  HomeListeners,
  slackDeps,
  type Responses,
} from "./home-fixture.js";

const AHMAD = "U0AHMAD01";
const GUEST = "U0GUEST01";
const AHMAD_EMAIL = "ahmad.fauzi@tebokab.go.id";

let testDb: TestDb;
let deps: SlackDeps;
let ids: Record<PersonKey, number>;
let slack: FakeSlackClient;
let listeners: HomeListeners;

beforeEach(async () => {
  testDb = await createTestDb();
  deps = slackDeps(testDb, new ManualClock("2026-12-07T02:00:00Z"));
  ids = await seedRoster(testDb.db);
  await testDb.db.employee.update({ where: { id: ids.staff }, data: { email: AHMAD_EMAIL } });
  await testDb.db.employee.update({ where: { id: ids.head }, data: { email: "hasan.basri@tebokab.go.id" } });
  slack = new FakeSlackClient();
  listeners = new HomeListeners(deps, slack);
});
afterEach(async () => testDb.dispose());

const slackAccounts = () => testDb.db.chatAccount.findMany({ where: { platform: "SLACK" }, include: { employee: true } });

async function issueCode(nip: string = PEOPLE.staff.nip): Promise<string> {
  const result = await issueActivationCode({ db: testDb.db, clock: deps.clock, ttlHours: 72 }, { nip, actorLabel: "test" });
  if (!result.ok) throw new Error(result.error);
  return result.code;
}

describe("linking by the Slack profile email", () => {
  it("asks once whether the roster entry is the user, then links and shows the menu", async () => {
    slack.setProfile(AHMAD, { email: "Ahmad.Fauzi@TeboKab.go.id", realName: "Ahmad Fauzi" });
    await listeners.openHome(AHMAD);
    const question = slack.home(AHMAD);
    expect(blocksText(question)).toContain("Apakah Anda *Ahmad Fauzi, S.Kom.*, NIP 19920625 201903 1 004, Badan Kepegawaian dan Pengembangan SDM?");
    expect(buttonWith(question, `link:email:${ids.staff}`)?.text.text).toBe("✅ Ya, itu saya");
    expect(buttonWith(question, "link:notme")?.text.text).toBe("❌ Bukan");
    expect(await slackAccounts()).toHaveLength(0);

    expect(await listeners.press(AHMAD, `link:email:${ids.staff}`)).toBe(true);
    const [account] = await slackAccounts();
    expect(account).toMatchObject({ externalId: AHMAD, chatId: AHMAD, employeeId: ids.staff, displayName: "Ahmad Fauzi" });
    // The profile is read again at confirmation time, not taken from the button.
    expect(slack.callsTo("users.info")).toHaveLength(2);
    const welcome = slack.callsTo("chat.postMessage").at(-1)!;
    expect(welcome.channel).toBe(AHMAD);
    expect(blocksText(welcome.blocks as unknown[])).toContain("Akun berhasil ditautkan. Selamat datang, *Ahmad Fauzi, S.Kom.*!");
    expect(buttonValues(welcome.blocks as unknown[])).toEqual([]);
    expect(blocksText(slack.home(AHMAD))).toContain("🎯 *JP saya tahun 2026*");
  });

  it("replaces the /pembinaan question with the outcome when confirmed there", async () => {
    slack.setProfile(AHMAD, { email: AHMAD_EMAIL });
    const answer = await listeners.command(AHMAD);
    expect(buttonValues(answer.blocks ?? [])).toContain(`link:email:${ids.staff}`);
    const responses: Responses = [];
    await listeners.press(AHMAD, `link:email:${ids.staff}`, { from: "message", responses });
    expect(responses).toEqual([{ replace_original: true, text: "✅ Akun berhasil ditautkan. Selamat datang, *Ahmad Fauzi, S.Kom.*!" }]);
    expect(await slackAccounts()).toHaveLength(1);
  });

  it("refuses a forged confirmation for another person's email and links nobody", async () => {
    slack.setProfile(AHMAD, { email: AHMAD_EMAIL });
    await listeners.press(AHMAD, `link:email:${ids.head}`);
    expect(blocksText(slack.home(AHMAD))).toContain("Konfirmasi ini tidak sesuai dengan email profil Slack Anda");

    slack.setProfile(GUEST, { email: "tamu@kampus.ac.id" });
    await listeners.press(GUEST, `link:email:${ids.staff}`);
    expect(blocksText(slack.home(GUEST))).toContain("Email profil Slack Anda tidak cocok dengan data kepegawaian");
    expect(await slackAccounts()).toHaveLength(0);
    expect(slack.callsTo("chat.postMessage")).toHaveLength(0);
  });

  it("says 'already linked' to a linked user pressing an old confirmation", async () => {
    slack.setProfile(AHMAD, { email: AHMAD_EMAIL });
    await listeners.press(AHMAD, `link:email:${ids.staff}`);
    await listeners.press(AHMAD, `link:email:${ids.staff}`);
    expect(blocksText(slack.home(AHMAD))).toContain("Akun Slack ini sudah tertaut sebagai *Ahmad Fauzi, S.Kom.*");
    expect(await slackAccounts()).toHaveLength(1);
  });
});

describe("linking by NIP and activation code", () => {
  it("offers the code when the email is not in the roster, shows inline errors, then links", async () => {
    const code = await issueCode();
    slack.setProfile(GUEST, { email: "ahmad@kampus.ac.id" });
    await listeners.openHome(GUEST);
    const home = slack.home(GUEST);
    expect(blocksText(home)).toContain("Email profil Slack Anda belum terdaftar di data kepegawaian");
    expect(buttonValues(home)).toEqual(["link:code"]);

    await listeners.press(GUEST, "link:code");
    const opened = slack.callsTo("views.open").at(-1)!;
    expect(opened.trigger_id).toBe(`${GUEST}.trigger`);
    expect(opened.view).toMatchObject({ type: "modal", callback_id: LINK_CODE_CALLBACK, title: { text: "Tautkan akun" } });

    const malformed = await listeners.submit(GUEST, LINK_CODE_CALLBACK, codeModalValues("1992-06-25", code));
    expect(malformed).toEqual({
      response_action: "errors",
      errors: { link_nip: "NIP harus 18 digit angka, misalnya 19860926 201505 1 001." },
    });
    const wrong = await listeners.submit(GUEST, LINK_CODE_CALLBACK, codeModalValues("19920625 201903 1 004", "AAAA-BBBB"));
    expect(wrong).toEqual({
      response_action: "errors",
      errors: { link_code: "Kode aktivasi tidak cocok dengan NIP tersebut. Periksa lagi kodenya." },
    });
    expect(await slackAccounts()).toHaveLength(0);

    const linked = await listeners.submit(GUEST, LINK_CODE_CALLBACK, codeModalValues("19920625 201903 1 004", code.toLowerCase()));
    expect(linked?.response_action).toBe("update");
    expect(blocksText((linked as { view: { blocks: unknown[] } }).view.blocks)).toContain("Selamat datang, *Ahmad Fauzi, S.Kom.*");
    const [account] = await slackAccounts();
    expect(account).toMatchObject({ externalId: GUEST, chatId: GUEST, employeeId: ids.staff });
    expect(blocksText(slack.home(GUEST))).toContain("🎯 *JP saya tahun 2026*");
  });

  it("offers NIP and code after 'Bukan' and no longer asks about the email there", async () => {
    slack.setProfile(AHMAD, { email: AHMAD_EMAIL });
    await listeners.press(AHMAD, "link:notme");
    expect(slack.callsTo("views.open")).toHaveLength(1);
    const home = slack.home(AHMAD);
    expect(buttonValues(home)).toEqual(["link:code"]);
    expect(blocksText(home)).not.toContain("Apakah Anda");
  });

  it("reports an expired code and the lockout after repeated failures under the code field", async () => {
    const code = await issueCode();
    const nip = PEOPLE.staff.nip;
    deps.clock = new ManualClock("2026-12-11T02:00:00Z");
    const expired = await new HomeListeners(deps, slack).submit(GUEST, LINK_CODE_CALLBACK, codeModalValues(nip, code));
    expect(expired).toEqual({
      response_action: "errors",
      errors: { link_code: "Kode aktivasi ini sudah kedaluwarsa. Minta kode baru kepada admin BKPSDM." },
    });
    for (let attempt = 0; attempt < 4; attempt++) await listeners.submit(GUEST, LINK_CODE_CALLBACK, codeModalValues(nip, "AAAA-BBBB"));
    const locked = await listeners.submit(GUEST, LINK_CODE_CALLBACK, codeModalValues(nip, code));
    expect(locked).toMatchObject({ response_action: "errors", errors: { link_code: expect.stringContaining("Terlalu banyak percobaan yang salah") } });
  });

  it("refuses a NIP already linked to another Slack account under the NIP field", async () => {
    await testDb.db.chatAccount.create({ data: { platform: "SLACK", externalId: AHMAD, chatId: AHMAD, employeeId: ids.staff } });
    const code = await issueCode();
    const refused = await listeners.submit(GUEST, LINK_CODE_CALLBACK, codeModalValues(PEOPLE.staff.nip, code));
    expect(refused).toEqual({
      response_action: "errors",
      errors: { link_nip: "Data pegawai ini sudah tertaut dengan akun Slack lain. Untuk pindah akun, hubungi admin BKPSDM." },
    });
  });
});

describe("one person linked on Telegram and Slack", () => {
  it("keeps one employee with two accounts and stores where notifications go", async () => {
    await testDb.db.chatAccount.create({ data: { platform: "TELEGRAM", externalId: "5001", chatId: "5001", employeeId: ids.staff } });
    slack.setProfile(AHMAD, { email: AHMAD_EMAIL });
    await listeners.press(AHMAD, `link:email:${ids.staff}`);

    const accounts = await testDb.db.chatAccount.findMany({ where: { employeeId: ids.staff } });
    expect(accounts.map((account) => account.platform).sort()).toEqual(["SLACK", "TELEGRAM"]);
    const welcome = slack.callsTo("chat.postMessage").at(-1)!;
    expect(blocksText(welcome.blocks as unknown[])).toContain("Anda juga tertaut di Telegram. Kirim pemberitahuan");
    expect(buttonValues(welcome.blocks as unknown[])).toEqual(["pp:SLACK", "pp:TELEGRAM"]);

    const responses: Responses = [];
    await listeners.press(AHMAD, "pp:SLACK", { from: "message", responses });
    expect(responses).toEqual([{ replace_original: true, text: "✅ Pemberitahuan akan dikirim ke 💬 Slack." }]);
    const employee = await testDb.db.employee.findUniqueOrThrow({ where: { id: ids.staff } });
    expect(employee.preferredPlatform).toBe("SLACK");
    const home = slack.home(AHMAD);
    expect(blocksText(home)).toContain("📨 Kirim pemberitahuan ke: *💬 Slack*");
    expect(buttonWith(home, "pp:SLACK")?.style).toBe("primary");
    expect(buttonWith(home, "pp:TELEGRAM")?.style).toBeUndefined();

    await listeners.press(AHMAD, "pp:TELEGRAM");
    expect((await testDb.db.employee.findUniqueOrThrow({ where: { id: ids.staff } })).preferredPlatform).toBe("TELEGRAM");
  });

  it("does not ask where notifications go when the person is only on Slack, nor lets them pick Telegram", async () => {
    slack.setProfile(AHMAD, { email: AHMAD_EMAIL });
    await listeners.press(AHMAD, `link:email:${ids.staff}`);
    expect(buttonValues(slack.callsTo("chat.postMessage").at(-1)!.blocks as unknown[])).toEqual([]);
    expect(buttonValues(slack.home(AHMAD))).not.toContain("pp:TELEGRAM");

    await listeners.press(AHMAD, "pp:TELEGRAM");
    expect(blocksText(slack.home(AHMAD))).toContain("Akun ✈️ Telegram Anda belum tertaut");
    expect((await testDb.db.employee.findUniqueOrThrow({ where: { id: ids.staff } })).preferredPlatform).toBeNull();
  });
});

describe("language", () => {
  it("stores English on the Slack account and shows the home in English", async () => {
    await testDb.db.chatAccount.create({ data: { platform: "SLACK", externalId: AHMAD, chatId: AHMAD, employeeId: ids.staff } });
    await listeners.openHome(AHMAD);
    expect(buttonWith(slack.home(AHMAD), "lang:id")?.style).toBe("primary");
    await listeners.press(AHMAD, "lang:en");
    expect((await slackAccounts())[0]!.locale).toBe("en");
    const home = slack.home(AHMAD);
    expect(blocksText(home)).toContain("🎯 *My JP for 2026*");
    expect(blocksText(home)).toContain("🌐 Language: *English*");
    expect(buttonWith(home, "lang:en")?.style).toBe("primary");
  });

  it("changes nothing for an unlinked user pressing a language button", async () => {
    slack.setProfile(GUEST, { email: "tamu@kampus.ac.id" });
    await listeners.press(GUEST, "lang:en");
    expect(blocksText(slack.home(GUEST))).toContain("Akun Slack Anda belum tertaut");
    expect(await testDb.db.chatAccount.count()).toBe(0);
  });
});

function keysOf(locale: string, file: string): string[] {
  const text = readFileSync(join(LOCALES_DIR, locale, file), "utf8");
  return [...text.matchAll(/^([a-zA-Z][\w-]*) =/gm)].map((match) => match[1]!).sort();
}

describe("identity and home strings", () => {
  it.each(["slack-identity.ftl", "slack-home.ftl"])("%s has the same keys in every locale", (file) => {
    const id = keysOf("id", file);
    expect(id.length).toBeGreaterThan(5);
    expect(id.every((key) => key.startsWith(file.replace(".ftl", "-")))).toBe(true);
    for (const locale of LOCALES) expect(keysOf(locale, file)).toEqual(id);
  });

  it.each(LOCALES)("explains every refusal of the linking services in %s", (locale) => {
    for (const [code, key] of Object.entries(LINK_REFUSAL_KEYS)) {
      const text = deps.messages.t(locale, key, { name: "X", time: "10.00" });
      expect(text, code).not.toBe(key);
      expect(text, code).not.toMatch(/\{\s*\$/);
    }
  });
});
