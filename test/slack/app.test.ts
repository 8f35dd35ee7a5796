import { Api } from "grammy";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createDispatcher } from "../../src/delivery/index.js";
import { enqueue } from "../../src/delivery/enqueue.js";
import { FakeBotApi } from "../../src/emulator/fake-bot-api.js";
import { createLogger } from "../../src/logger.js";
import { renderAnnouncement } from "../../src/services/announcements/content.js";
import { createDeliveryWebClient } from "../../src/slack/web-client.js";
import { seedRoster, type PersonKey } from "../kit/roster-fixture.js";
import { linkSlackAccount, startSlackTestApp, type SlackTestApp } from "../kit/slack/index.js";

let t: SlackTestApp;
let ids: Record<PersonKey, number>;

beforeEach(async () => {
  t = await startSlackTestApp();
  ids = await seedRoster(t.db);
});
afterEach(async () => t.stop());

type Block = { type: string; text?: { text: string }; elements?: Array<Record<string, unknown>> };

describe("buttons in Slack", () => {
  it("a press on a button nobody handles any more gets a polite message only the presser sees, in their language", async () => {
    await linkSlackAccount(t.db, ids.staff, "U0STAFF01", "en");

    const acked = await t.receiver.pressButton({
      userId: "U0STAFF01",
      value: "gone:42",
      container: { type: "message", responseUrl: t.api.responseUrl("old-message") },
    });

    expect(acked.acked).toBe(true);
    const answer = t.api.last("response_url");
    expect(answer).toMatchObject({ responseUrl: "old-message", response_type: "ephemeral", replace_original: false });
    expect(answer.text).toBe("This button is no longer valid. Please open the app's Home tab or type /pembinaan again.");
    expect(t.api.callsTo("chat.postMessage")).toEqual([]);
  });

  it("a stale button in the App Home tab (no response URL) is answered by a DM, in Indonesian for someone not linked yet", async () => {
    await t.receiver.pressButton({ userId: "U0TAMU001", value: "gone:999999", container: { type: "view", view: { type: "home" } } });

    expect(t.api.last("chat.postMessage")).toMatchObject({
      channel: "U0TAMU001",
      text: "Tombol ini sudah tidak berlaku. Silakan buka tab Beranda aplikasi atau ketik /pembinaan lagi.",
    });
  });

  it("a press is acknowledged first and handed to the handler of its value with the caller", async () => {
    await linkSlackAccount(t.db, ids.supervisor, "U0SUPER01");
    const seen: Array<{ employeeId: number | undefined; supervisor: boolean; data: string; id: string | undefined }> = [];
    t.callbacks.on(/^probe:(\d+)$/, async ({ caller, data, match }) => {
      seen.push({ employeeId: caller.account?.employeeId, supervisor: caller.roles.supervisor, data, id: match[1] });
    });

    const acked = await t.receiver.pressButton({ userId: "U0SUPER01", value: "probe:7" });

    expect(acked.acked).toBe(true);
    expect(seen).toEqual([{ employeeId: ids.supervisor, supervisor: true, data: "probe:7", id: "7" }]);
  });

  it("a link button's press is acknowledged and changes nothing", async () => {
    const acked = await t.receiver.pressButton({ userId: "U0TAMU001", value: "", actionId: "link:0" });
    expect(acked.acked).toBe(true);
    expect(t.api.calls.filter((call) => call.method !== "auth.test")).toEqual([]);
  });

  it("a handler that fails tells the presser politely that something went wrong", async () => {
    await linkSlackAccount(t.db, ids.staff, "U0STAFF01");
    t.callbacks.on(/^broken$/, async () => {
      throw new Error("database went away");
    });

    const acked = await t.receiver.pressButton({
      userId: "U0STAFF01",
      value: "broken",
      container: { type: "message", responseUrl: t.api.responseUrl("broken") },
    });

    expect(acked.acked).toBe(true);
    expect(t.api.last("response_url").text).toBe("🙏 Maaf, terjadi kendala di sistem kami. Data Anda aman; silakan coba lagi sebentar lagi.");
  });
});

describe("proactive messages reach Slack users as DMs through the delivery queue", () => {
  it("an announcement with an acknowledgement button is posted to the user's DM with the button's value", async () => {
    await linkSlackAccount(t.db, ids.staff, "U0STAFF01");
    const payload = renderAnnouncement(t.deps.messages, "id", {
      content: { bodyHtml: "<b>Apel pagi</b> Senin pukul 07.30 &amp; wajib hadir." },
      announcementId: 5,
      needsAck: true,
    });
    await enqueue(t.deps, { recipient: { employeeId: ids.staff }, payload, priority: "normal", dedupeKey: "ann:5:staff" });

    const stats = await t.dispatcher().drain();

    expect(stats.sent).toBe(1);
    const posted = t.api.last("chat.postMessage");
    expect(posted.channel).toBe("U0STAFF01");
    expect(posted.text).toBe("*Apel pagi* Senin pukul 07.30 &amp; wajib hadir.");
    const blocks = posted.blocks as Block[];
    expect(blocks[0]).toEqual({ type: "section", text: { type: "mrkdwn", text: "*Apel pagi* Senin pukul 07.30 &amp; wajib hadir." } });
    expect(blocks[1]!.elements).toEqual([
      { type: "button", action_id: "cb:0", value: "ack:5", text: { type: "plain_text", text: t.deps.messages.t("id", "announcements-ack-button"), emoji: true } },
    ]);
    const row = await t.db.delivery.findFirstOrThrow({ where: { dedupeKey: "ann:5:staff" } });
    expect(row).toMatchObject({ platform: "SLACK", chatId: "U0STAFF01", status: "SENT" });
    expect(row.messageRef).toMatch(/^D0STAFF01:\d+\.\d+$/);
  });

  it("a 429 with Retry-After pauses Slack sending for that long, then everything is sent", async () => {
    await linkSlackAccount(t.db, ids.staff, "U0STAFF01");
    await linkSlackAccount(t.db, ids.colleague, "U0COLLE01");
    for (const [person, key] of [[ids.staff, "a"], [ids.colleague, "b"]] as const) {
      await enqueue(t.deps, { recipient: { employeeId: person }, payload: { text: `Pengingat ${key}` }, priority: "normal", dedupeKey: `r:${key}` });
    }
    t.api.fail("chat.postMessage", { retryAfter: 1 });

    const stats = await t.dispatcher().drain();

    expect(stats).toMatchObject({ sent: 2, rateLimited: 1, failed: 0 });
    const [refused, ...accepted] = t.api.callsTo("chat.postMessage");
    expect(accepted).toHaveLength(2);
    for (const call of accepted) expect(call.at - refused!.at).toBeGreaterThanOrEqual(950);
    const rows = await t.db.delivery.findMany();
    expect(rows.every((row) => row.status === "SENT")).toBe(true);
  });

  it("account_inactive marks the Slack account blocked and stops its other messages", async () => {
    const account = await linkSlackAccount(t.db, ids.staff, "U0STAFF01");
    await enqueue(t.deps, { recipient: { employeeId: ids.staff }, payload: { text: "Pertama" }, priority: "interactive", dedupeKey: "x:1" });
    await enqueue(t.deps, { recipient: { employeeId: ids.staff }, payload: { text: "Kedua" }, priority: "bulk", dedupeKey: "x:2" });
    t.api.fail("chat.postMessage", { error: "account_inactive" });

    const stats = await t.dispatcher().drain();

    expect(stats.blocked).toBe(1);
    expect(t.api.callsTo("chat.postMessage")).toHaveLength(1);
    expect((await t.db.chatAccount.findUniqueOrThrow({ where: { id: account.id } })).blockedAt).not.toBeNull();
    const rows = await t.db.delivery.findMany({ orderBy: { id: "asc" } });
    expect(rows.map((row) => [row.dedupeKey, row.status, row.lastError])).toEqual([
      ["x:1", "BLOCKED", "account_inactive"],
      ["x:2", "BLOCKED", "the user blocked the bot"],
    ]);
  });
});

describe("a person linked on both Telegram and Slack", () => {
  let telegram: FakeBotApi;

  beforeEach(async () => {
    telegram = await FakeBotApi.start({ clock: t.clock });
    await t.db.chatAccount.create({ data: { platform: "TELEGRAM", externalId: "7001", chatId: "7001", employeeId: ids.staff } });
    await linkSlackAccount(t.db, ids.staff, "U0STAFF01");
  });
  afterEach(async () => telegram.close());

  const bothPlatforms = () => {
    const logger = createLogger("silent");
    return createDispatcher({
      db: t.db,
      clock: t.clock,
      logger,
      config: t.config,
      telegram: new Api(telegram.token, { apiRoot: telegram.apiRoot }),
      slack: createDeliveryWebClient(t.config.slack!, logger),
    });
  };
  const remind = (key: string) =>
    enqueue(t.deps, { recipient: { employeeId: ids.staff }, payload: { text: "Besok pelatihan dimulai 08.00" }, priority: "normal", dedupeKey: key });

  it("gets each message once, on Slack, when Slack is the preferred platform", async () => {
    await t.db.employee.update({ where: { id: ids.staff }, data: { preferredPlatform: "SLACK" } });
    await remind("both:1");
    await remind("both:1");

    const stats = await bothPlatforms().drain();

    expect(stats.sent).toBe(1);
    expect(t.api.callsTo("chat.postMessage").map((call) => call.args.channel)).toEqual(["U0STAFF01"]);
    expect(telegram.callsTo("sendMessage")).toEqual([]);
  });

  it("gets it once on Telegram when no platform was chosen (Telegram is the default)", async () => {
    await remind("both:2");

    await bothPlatforms().drain();

    expect(telegram.callsTo("sendMessage").map((call) => call.chatId)).toEqual([7001]);
    expect(t.api.callsTo("chat.postMessage")).toEqual([]);
  });

  it("gets it on Telegram when the preferred Slack account no longer works", async () => {
    await t.db.employee.update({ where: { id: ids.staff }, data: { preferredPlatform: "SLACK" } });
    await t.db.chatAccount.updateMany({ where: { platform: "SLACK" }, data: { blockedAt: t.clock.now() } });
    await remind("both:3");

    await bothPlatforms().drain();

    expect(telegram.callsTo("sendMessage")).toHaveLength(1);
    expect(t.api.callsTo("chat.postMessage")).toEqual([]);
  });
});
