import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Api } from "grammy";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ManualClock } from "../../src/clock.js";
import { createConfig } from "../../src/config.js";
import { enqueue } from "../../src/delivery/enqueue.js";
import { createDispatcher } from "../../src/delivery/index.js";
import type { Sender } from "../../src/delivery/sender.js";
import { createSlackSender } from "../../src/delivery/slack-sender.js";
import { FakeBotApi } from "../../src/emulator/fake-bot-api.js";
import { createLogger } from "../../src/logger.js";
import { createDeliveryWebClient } from "../../src/slack/web-client.js";
import { createTestDb, type TestDb } from "../kit/db.js";
import { seedRoster, type PersonKey } from "../kit/roster-fixture.js";
import { FakeSlackApi, linkSlackAccount, TEST_SLACK_BOT_TOKEN, TEST_SLACK_SIGNING_SECRET } from "../kit/slack/index.js";

const logger = createLogger("silent");
let slack: FakeSlackApi;
let sender: Sender;

beforeEach(async () => {
  slack = await FakeSlackApi.start();
  sender = createSlackSender(createDeliveryWebClient({ apiUrl: slack.url, botToken: TEST_SLACK_BOT_TOKEN }, logger));
});
afterEach(async () => slack.close());

describe("Slack sender: a queue message as a Slack DM", () => {
  it("posts mrkdwn text and blocks to the user's DM and keeps channel:ts to edit it later", async () => {
    const result = await sender.send("U0STAFF01", {
      text: "📣 <b>Pengumuman</b> dari <i>BKPSDM</i> &amp; Setda",
      parseMode: "HTML",
      keyboard: [[{ text: "Info lengkap", url: "https://tebokab.go.id/info" }], [{ text: "✅ Sudah saya baca", data: "ack:12" }]],
    });

    expect(result).toEqual({ ok: true, messageRef: "D0STAFF01:1765000000.000001" });
    const posted = slack.last("chat.postMessage");
    expect(posted.channel).toBe("U0STAFF01");
    expect(posted.text).toBe("📣 *Pengumuman* dari _BKPSDM_ &amp; Setda");
    expect(posted.blocks).toEqual([
      { type: "section", text: { type: "mrkdwn", text: "📣 *Pengumuman* dari _BKPSDM_ &amp; Setda" } },
      { type: "actions", elements: [{ type: "button", text: { type: "plain_text", text: "Info lengkap", emoji: true }, url: "https://tebokab.go.id/info", action_id: "link:0" }] },
      { type: "actions", elements: [{ type: "button", text: { type: "plain_text", text: "✅ Sudah saya baca", emoji: true }, value: "ack:12", action_id: "cb:1" }] },
    ]);
    expect(slack.callsTo("chat.postMessage")[0]!.token).toBe(TEST_SLACK_BOT_TOKEN);
  });

  it("escapes plain text, splits long text at Slack's section limit and honours no link preview", async () => {
    const paragraph = "Materi pelatihan <penting> & wajib. ".repeat(50).trim();
    await sender.send("U0STAFF01", { text: `${paragraph}\n\n${paragraph}`, disableLinkPreview: true });

    const posted = slack.last("chat.postMessage");
    const sections = posted.blocks as Array<{ text: { text: string } }>;
    expect(sections.length).toBe(2);
    for (const section of sections) expect(section.text.text.length).toBeLessThanOrEqual(3000);
    expect(sections[0]!.text.text).toContain("&lt;penting&gt; &amp; wajib");
    expect(posted).toMatchObject({ unfurl_links: false, unfurl_media: false });
  });

  it("shows a photo given by URL as an image block above the text", async () => {
    await sender.send("U0STAFF01", {
      text: "Poster kegiatan",
      attachment: { kind: "photo", source: { url: "https://tebokab.go.id/poster.png" } },
    });
    expect((slack.last("chat.postMessage").blocks as unknown[])[0]).toEqual({
      type: "image",
      image_url: "https://tebokab.go.id/poster.png",
      alt_text: "poster.png",
    });
  });

  it("sends the text of a message whose media is a Telegram file, and skips a media-only part", async () => {
    const withText = await sender.send("U0STAFF01", { text: "Isi pengumuman", attachment: { kind: "photo", source: { fileId: "AgACAgQAAxkBAAIB" } } });
    expect(withText.ok).toBe(true);
    expect(slack.last("chat.postMessage").blocks).toEqual([{ type: "section", text: { type: "mrkdwn", text: "Isi pengumuman" } }]);

    const mediaOnly = await sender.send("U0STAFF01", { text: "", attachment: { kind: "photo", source: { fileId: "AgACAgQAAxkBAAIB" } } });
    expect(mediaOnly).toEqual({ ok: true, messageRef: "" });
    expect(slack.callsTo("chat.postMessage")).toHaveLength(1);
  });

  it("uploads a local file into the DM with the text as its comment", async () => {
    const dir = mkdtempSync(join(tmpdir(), "slack-upload-"));
    try {
      const path = join(dir, "rekap.csv");
      writeFileSync(path, "nip;jp\n199206252019031004;12\n");
      const result = await sender.send("U0STAFF01", { text: "Rekap JP", attachment: { kind: "document", source: { path } } });
      expect(result).toEqual({ ok: true, messageRef: "D0STAFF01:" });
      expect(slack.last("conversations.open").users).toBe("U0STAFF01");
      expect(slack.callsTo("file_upload")).toHaveLength(1);
      expect(slack.last("files.completeUploadExternal")).toMatchObject({ channel_id: "D0STAFF01", initial_comment: "Rekap JP" });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it.each([
    [{ retryAfter: 7 }, { ok: false, kind: "rate-limited", retryAfterMs: 7000 }],
    [{ error: "account_inactive" }, { ok: false, kind: "blocked", error: "account_inactive" }],
    [{ error: "user_not_found" }, { ok: false, kind: "blocked" }],
    [{ error: "channel_not_found" }, { ok: false, kind: "blocked" }],
    [{ error: "not_in_channel" }, { ok: false, kind: "blocked" }],
    [{ error: "cannot_dm_bot" }, { ok: false, kind: "blocked" }],
    [{ status: 503 }, { ok: false, kind: "transient", error: "HTTP 503" }],
    [{ error: "internal_error" }, { ok: false, kind: "transient" }],
    [{ error: "invalid_auth" }, { ok: false, kind: "permanent", error: "invalid_auth" }],
  ] as const)("classifies Slack's answer %o as %o", async (failure, expected) => {
    slack.fail("chat.postMessage", failure);
    expect(await sender.send("U0STAFF01", { text: "Halo" })).toMatchObject(expected);
    // No retry of its own: the dispatcher decides.
    expect(slack.callsTo("chat.postMessage")).toHaveLength(1);
  });

  it("classifies refused blocks as permanent, and a network failure as transient", async () => {
    const tooManyButtons = Array.from({ length: 60 }, (_, n) => [{ text: `Pilihan ${n}`, data: `x:${n}` }]);
    expect(await sender.send("U0STAFF01", { text: "Pilih", keyboard: tooManyButtons })).toMatchObject({ kind: "permanent", error: "invalid_blocks" });

    await slack.close();
    expect(await sender.send("U0STAFF01", { text: "Halo" })).toMatchObject({ ok: false, kind: "transient" });
    slack = await FakeSlackApi.start();
  });

  it("treats users and DMs as private chats and channels as groups", () => {
    expect(sender.isGroup("U0STAFF01")).toBe(false);
    expect(sender.isGroup("D0STAFF01")).toBe(false);
    expect(sender.isGroup("C0GENERAL")).toBe(true);
    expect(sender.isGroup("G0PRIVATE")).toBe(true);
  });
});

async function waitForCall<T>(probe: () => T | undefined, timeoutMs = 5_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error("timed out");
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe("the dispatcher paces each platform on its own", () => {
  let testDb: TestDb;
  let telegram: FakeBotApi;
  let ids: Record<PersonKey, number>;
  const clock = new ManualClock("2026-12-07T02:00:00Z");

  beforeEach(async () => {
    testDb = await createTestDb();
    telegram = await FakeBotApi.start({ clock });
    ids = await seedRoster(testDb.db);
  });
  afterEach(async () => {
    await telegram.close();
    await testDb.dispose();
  });

  it("keeps sending on Telegram while Slack waits out its Retry-After", async () => {
    const { db } = testDb;
    await linkSlackAccount(db, ids.staff, "U0STAFF01");
    await db.chatAccount.create({ data: { platform: "TELEGRAM", externalId: "5001", chatId: "5001", employeeId: ids.colleague } });
    const config = createConfig({
      QUIET_HOURS: "off",
      SLACK_BOT_TOKEN: TEST_SLACK_BOT_TOKEN,
      SLACK_SIGNING_SECRET: TEST_SLACK_SIGNING_SECRET,
      SLACK_API_URL: slack.url,
    });
    await enqueue({ db, clock }, { recipient: { employeeId: ids.staff }, payload: { text: "Untuk Slack" }, priority: "normal", dedupeKey: "s:1" });
    await enqueue({ db, clock }, { recipient: { employeeId: ids.colleague }, payload: { text: "Untuk Telegram" }, priority: "normal", dedupeKey: "t:1" });
    slack.fail("chat.postMessage", { retryAfter: 1 });

    const dispatcher = createDispatcher({
      db,
      clock,
      logger,
      config,
      telegram: new Api(telegram.token, { apiRoot: telegram.apiRoot }),
      slack: createDeliveryWebClient(config.slack!, logger),
    });
    const stats = await dispatcher.drain();

    expect(stats).toMatchObject({ sent: 2, rateLimited: 1 });
    const [refused, accepted] = slack.callsTo("chat.postMessage");
    expect(accepted!.at - refused!.at).toBeGreaterThanOrEqual(950);
    // Telegram's message went out during Slack's pause, not after it.
    const telegramSend = telegram.callsTo("sendMessage")[0]!;
    expect(telegramSend.at - refused!.at).toBeLessThan(500);
    const rows = await db.delivery.findMany({ orderBy: { id: "asc" } });
    expect(rows.map((row) => [row.platform, row.status])).toEqual([
      ["SLACK", "SENT"],
      ["TELEGRAM", "SENT"],
    ]);
  });

  it("picks up a Telegram message enqueued while Slack is paused, without waiting for the pause to end", async () => {
    const { db } = testDb;
    await linkSlackAccount(db, ids.staff, "U0STAFF01");
    await linkSlackAccount(db, ids.supervisor, "U0SUPER01");
    await db.chatAccount.create({ data: { platform: "TELEGRAM", externalId: "5001", chatId: "5001", employeeId: ids.colleague } });
    const config = createConfig({ QUIET_HOURS: "off", SLACK_BOT_TOKEN: TEST_SLACK_BOT_TOKEN, SLACK_SIGNING_SECRET: TEST_SLACK_SIGNING_SECRET, SLACK_API_URL: slack.url });
    for (const [person, key] of [[ids.staff, "a"], [ids.supervisor, "b"]] as const) {
      await enqueue({ db, clock }, { recipient: { employeeId: person }, payload: { text: `Slack ${key}` }, priority: "normal", dedupeKey: `s:${key}` });
    }
    slack.fail("chat.postMessage", { retryAfter: 3 });
    const dispatcher = createDispatcher({
      db,
      clock,
      logger,
      config,
      telegram: new Api(telegram.token, { apiRoot: telegram.apiRoot }),
      slack: createDeliveryWebClient(config.slack!, logger),
    });
    dispatcher.start();
    try {
      const [refused] = await slack.waitFor("chat.postMessage");
      await enqueue({ db, clock }, { recipient: { employeeId: ids.colleague }, payload: { text: "Telegram" }, priority: "normal", dedupeKey: "t:late" });
      const sent = await waitForCall(() => telegram.callsTo("sendMessage")[0]);
      expect(sent.at - refused!.at).toBeLessThan(2_000);
      expect(slack.callsTo("chat.postMessage")).toHaveLength(1);
    } finally {
      await dispatcher.stop();
    }
  });
});
