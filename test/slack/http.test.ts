import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { App } from "@slack/bolt";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ManualClock } from "../../src/clock.js";
import { createConfig } from "../../src/config.js";
import { createLogger } from "../../src/logger.js";
import { createMessages } from "../../src/services/messages.js";
import { createSlackApp } from "../../src/slack/app.js";
import { createTestDb, type TestDb } from "../kit/db.js";
import { FakeSlackApi, signSlackRequest, TEST_SLACK_BOT_TOKEN, TEST_SLACK_SIGNING_SECRET } from "../kit/slack/index.js";

let testDb: TestDb;
let api: FakeSlackApi;
let app: App;
let endpoint: string;

beforeEach(async () => {
  testDb = await createTestDb();
  api = await FakeSlackApi.start();
  const config = createConfig({
    DATABASE_URL: testDb.url,
    LOG_LEVEL: "silent",
    SLACK_BOT_TOKEN: TEST_SLACK_BOT_TOKEN,
    SLACK_SIGNING_SECRET: TEST_SLACK_SIGNING_SECRET,
    SLACK_API_URL: api.url,
  });
  const deps = { db: testDb.db, clock: new ManualClock("2026-12-07T02:00:00Z"), config, logger: createLogger("silent"), messages: createMessages(config) };
  const slack = createSlackApp(deps);
  expect(slack.mode).toBe("http");
  app = slack.app;
  const server = (await app.start(0)) as Server;
  endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}/slack/events`;
});
afterEach(async () => {
  await app.stop();
  await api.close();
  await testDb.dispose();
});

/** A button press as Slack posts it: a form field `payload` holding the JSON. */
function buttonPressBody(responseUrl: string): string {
  const payload = {
    type: "block_actions",
    team: { id: "T0PEMBINA", domain: "pembinaan" },
    user: { id: "U0TAMU001", username: "tamu", team_id: "T0PEMBINA" },
    api_app_id: "A0PEMBINA",
    token: "legacy-verification-token",
    trigger_id: "1.trigger",
    container: { type: "message", message_ts: "1765000000.000100", channel_id: "D0TAMU001", is_ephemeral: false },
    channel: { id: "D0TAMU001", name: "directmessage" },
    message: { type: "message", ts: "1765000000.000100", text: "" },
    response_url: responseUrl,
    actions: [{ type: "button", action_id: "cb:0", block_id: "b1", text: { type: "plain_text", text: "Lama" }, value: "gone:1", action_ts: "1765000001.000100" }],
  };
  return `payload=${encodeURIComponent(JSON.stringify(payload))}`;
}

/** What the app did in Slack besides checking its own token. */
const reactions = () => api.calls.filter((call) => call.method !== "auth.test");

function post(body: string, headers: Record<string, string>) {
  return fetch(endpoint, { method: "POST", headers: { "content-type": "application/x-www-form-urlencoded", ...headers }, body });
}

describe("Slack over HTTP, verified with the signing secret", () => {
  it("accepts a properly signed button press and answers it", async () => {
    const body = buttonPressBody(api.responseUrl("press"));
    const response = await post(body, signSlackRequest(TEST_SLACK_SIGNING_SECRET, body));

    expect(response.status).toBe(200);
    const [answer] = await api.waitFor("response_url");
    expect(answer!.args).toMatchObject({ responseUrl: "press", response_type: "ephemeral" });
    expect(answer!.args.text).toBe("Tombol ini sudah tidak berlaku. Silakan buka tab Beranda aplikasi atau ketik /pembinaan lagi.");
  });

  it("answers Slack's URL verification challenge when signed", async () => {
    const body = JSON.stringify({ type: "url_verification", token: "legacy", challenge: "tantangan-123" });
    const response = await fetch(endpoint, {
      method: "POST",
      headers: { "content-type": "application/json", ...signSlackRequest(TEST_SLACK_SIGNING_SECRET, body) },
      body,
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ challenge: "tantangan-123" });
  });

  it("refuses a request signed with another secret, and does nothing", async () => {
    const body = buttonPressBody(api.responseUrl("forged"));
    const response = await post(body, signSlackRequest("ffffffffffffffffffffffffffffffff", body));

    expect(response.status).toBe(401);
    expect(reactions()).toEqual([]);
  });

  it("refuses a request whose body was changed after signing", async () => {
    const body = buttonPressBody(api.responseUrl("tampered"));
    const headers = signSlackRequest(TEST_SLACK_SIGNING_SECRET, body);
    const response = await post(body.replace("gone%3A1", "gone%3A2"), headers);

    expect(response.status).toBe(401);
    expect(reactions()).toEqual([]);
  });

  it("refuses a correctly signed request older than five minutes (a replay)", async () => {
    const body = buttonPressBody(api.responseUrl("replayed"));
    const sixMinutesAgo = Math.floor(Date.now() / 1000) - 6 * 60;
    const response = await post(body, signSlackRequest(TEST_SLACK_SIGNING_SECRET, body, sixMinutesAgo));

    expect(response.status).toBe(401);
    expect(reactions()).toEqual([]);
  });

  it("refuses a request without a signature", async () => {
    const body = buttonPressBody(api.responseUrl("unsigned"));
    const response = await post(body, {});
    expect(response.status).toBe(401);
    expect(reactions()).toEqual([]);
  });
});

describe("choosing how Slack reaches the app", () => {
  it("uses Socket Mode when an app token is configured, and does not connect on creation", async () => {
    const config = createConfig({
      DATABASE_URL: testDb.url,
      LOG_LEVEL: "silent",
      SLACK_BOT_TOKEN: TEST_SLACK_BOT_TOKEN,
      SLACK_APP_TOKEN: "xapp-1-A0PEMBINA-1-abcdef",
      SLACK_SIGNING_SECRET: TEST_SLACK_SIGNING_SECRET,
      SLACK_API_URL: api.url,
    });
    const deps = { db: testDb.db, clock: new ManualClock("2026-12-07T02:00:00Z"), config, logger: createLogger("silent"), messages: createMessages(config) };
    const before = api.callsTo("apps.connections.open").length;

    expect(createSlackApp(deps).mode).toBe("socket mode");
    expect(api.callsTo("apps.connections.open")).toHaveLength(before);
  });
});
