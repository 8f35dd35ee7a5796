import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createLogger } from "../../../src/logger.js";
import { slackClientOptions, type SlackWebClient } from "../../../src/slack/web-client.js";
import { webApi } from "@slack/bolt";
import { FakeSlackApi } from "./fake-web-api.js";
import { TEST_SLACK_BOT_TOKEN } from "./harness.js";

let api: FakeSlackApi;
let client: SlackWebClient;

beforeEach(async () => {
  api = await FakeSlackApi.start();
  client = new webApi.WebClient(TEST_SLACK_BOT_TOKEN, { ...slackClientOptions({ apiUrl: api.url }, createLogger("silent")), retryConfig: { retries: 0 } });
});
afterEach(async () => api.close());

const section = (text: string) => ({ type: "section", text: { type: "mrkdwn", text } });

describe("the fake Slack Web API", () => {
  it("records calls with their arguments and answers like Slack", async () => {
    api.setUser("U0STAFF01", { email: "ahmad@tebokab.go.id", realName: "Ahmad Fauzi" });
    const posted = await client.chat.postMessage({ channel: "U0STAFF01", text: "Halo", blocks: [section("Halo")] });
    const opened = await client.conversations.open({ users: "U0STAFF01" });
    const info = await client.users.info({ user: "U0STAFF01" });

    expect(posted).toMatchObject({ ok: true, channel: "D0STAFF01" });
    expect(opened.channel?.id).toBe("D0STAFF01");
    expect(info.user?.profile?.email).toBe("ahmad@tebokab.go.id");
    expect(api.last("chat.postMessage").blocks).toEqual([section("Halo")]);
    await expect(client.users.info({ user: "U0NOBODY1" })).rejects.toMatchObject({ data: { error: "user_not_found" } });
  });

  it("refuses views and messages over Slack's limits, naming the place", async () => {
    const tooMany = Array.from({ length: 101 }, (_, n) => section(`Pertanyaan ${n}`));
    await expect(client.views.publish({ user_id: "U0STAFF01", view: { type: "home", blocks: tooMany } })).rejects.toMatchObject({
      data: { error: "invalid_arguments", response_metadata: { messages: ["[ERROR] no more than 100 items allowed [json-pointer:/view/blocks]"] } },
    });
    await expect(
      client.views.open({ trigger_id: "1.t", view: { type: "modal", title: { type: "plain_text", text: "Kuesioner evaluasi pelatihan" }, blocks: [] } }),
    ).rejects.toMatchObject({ data: { response_metadata: { messages: ["[ERROR] must be less than 25 characters [json-pointer:/view/title/text]"] } } });
    await expect(client.chat.postMessage({ channel: "U0STAFF01", text: "x", blocks: [section("x".repeat(3001))] })).rejects.toMatchObject({
      data: { error: "invalid_blocks" },
    });
  });

  it("fails the next matching call as asked: platform error, 429 with Retry-After, server error", async () => {
    api.fail("chat.postMessage", { error: "channel_not_found" }, { when: (args) => args.channel === "U0GONE001" });
    api.fail("chat.update", { retryAfter: 3 });
    api.fail("views.publish", { status: 503 });

    await expect(client.chat.postMessage({ channel: "U0STAFF01", text: "ok" })).resolves.toMatchObject({ ok: true });
    await expect(client.chat.postMessage({ channel: "U0GONE001", text: "x" })).rejects.toMatchObject({ data: { error: "channel_not_found" } });
    const limited = new webApi.WebClient(TEST_SLACK_BOT_TOKEN, { slackApiUrl: api.url, rejectRateLimitedCalls: true, retryConfig: { retries: 0 } });
    await expect(limited.chat.update({ channel: "D0STAFF01", ts: "1.1", text: "x" })).rejects.toMatchObject({ retryAfter: 3 });
    await expect(client.views.publish({ user_id: "U0STAFF01", view: { type: "home", blocks: [] } })).rejects.toMatchObject({ statusCode: 503 });
  });
});
