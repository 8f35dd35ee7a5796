import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { systemClock } from "../../src/clock.js";
import { connectDb, createDb } from "../../src/db/client.js";
import { enqueue } from "../../src/delivery/enqueue.js";
import { FakeBotApi } from "../../src/emulator/fake-bot-api.js";
import { startMain, telegramEnv, TEST_BOT_TOKEN, waitFor } from "../kit/main-process.js";
import { createRecipients } from "../kit/recipients.js";
import { FakeSlackApi, linkSlackAccount, signSlackRequest, TEST_SLACK_BOT_TOKEN, TEST_SLACK_SIGNING_SECRET } from "../kit/slack/index.js";
let slack: FakeSlackApi;
let dir: string;

beforeAll(async () => {
  slack = await FakeSlackApi.start();
  dir = mkdtempSync(join(tmpdir(), "pembinaan-slack-main-"));
});
afterAll(async () => {
  await slack.close();
  rmSync(dir, { recursive: true, force: true });
});

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Someone linked on Telegram (chat 9101) and on Slack, who prefers Slack. */
async function slackPreferringPerson(databaseUrl: string, slackUserId: string) {
  const db = createDb(databaseUrl);
  await connectDb(db);
  const [person] = await createRecipients(db, 1, 9101);
  await linkSlackAccount(db, person!.employeeId, slackUserId);
  await db.employee.update({ where: { id: person!.employeeId }, data: { preferredPlatform: "SLACK" } });
  return { db, employeeId: person!.employeeId };
}

describe("npm start with Slack configured", () => {
  it("runs Slack alone over HTTP: verified requests answered, the queue drained to Slack, a clean stop", async () => {
    const databaseUrl = `file:${join(dir, "slack-only.db")}`;
    const port = await freePort();
    const app = startMain({
      DATABASE_URL: databaseUrl,
      SLACK_BOT_TOKEN: TEST_SLACK_BOT_TOKEN,
      SLACK_SIGNING_SECRET: TEST_SLACK_SIGNING_SECRET,
      SLACK_PORT: String(port),
      SLACK_API_URL: slack.url,
    });
    try {
      await app.waitForLog("Slack app started");
      expect(app.output.log).toContain('"slack":"http"');
      expect(app.output.log).not.toContain("Telegram bot started");

      const payload = {
        type: "block_actions",
        team: { id: "T0PEMBINA" },
        user: { id: "U0TAMU001", team_id: "T0PEMBINA" },
        api_app_id: "A0PEMBINA",
        response_url: slack.responseUrl("startup"),
        actions: [{ type: "button", action_id: "cb:0", block_id: "b", value: "gone:1", action_ts: "1.2" }],
      };
      const body = `payload=${encodeURIComponent(JSON.stringify(payload))}`;
      const response = await fetch(`http://127.0.0.1:${port}/slack/events`, {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded", ...signSlackRequest(TEST_SLACK_SIGNING_SECRET, body) },
        body,
      });
      expect(response.status).toBe(200);
      await waitFor(() => slack.callsTo("response_url").find((call) => call.args.responseUrl === "startup"));

      const { db, employeeId } = await slackPreferringPerson(databaseUrl, "U0SOLO001");
      try {
        await waitFor(async () => ((await db.lease.findUnique({ where: { name: "scheduler" } })) ? true : undefined));
        await enqueue({ db, clock: systemClock }, { recipient: { employeeId }, payload: { text: "Pengingat lewat Slack" }, priority: "interactive", dedupeKey: "slack-main" });
        const pushed = await waitFor(() => slack.callsTo("chat.postMessage").find((call) => call.args.channel === "U0SOLO001"));
        expect(pushed.args.text).toBe("Pengingat lewat Slack");
      } finally {
        await db.$disconnect();
      }
    } finally {
      expect(await app.stop()).toBe(0);
    }
    expect(app.output.log).toContain('"signal":"SIGTERM"');
  });

  it("runs Slack next to Telegram, and a person who prefers Slack gets the message there only", async () => {
    const telegram = await FakeBotApi.start({ token: TEST_BOT_TOKEN });
    const databaseUrl = `file:${join(dir, "both.db")}`;
    const app = startMain({
      DATABASE_URL: databaseUrl,
      ...telegramEnv(telegram),
      SLACK_BOT_TOKEN: TEST_SLACK_BOT_TOKEN,
      SLACK_SIGNING_SECRET: TEST_SLACK_SIGNING_SECRET,
      SLACK_PORT: String(await freePort()),
      SLACK_API_URL: slack.url,
    });
    try {
      await app.waitForLog("Telegram bot started");
      expect(app.output.log).toContain('"slack":"http"');

      const { db, employeeId } = await slackPreferringPerson(databaseUrl, "U0BOTH001");
      try {
        await enqueue({ db, clock: systemClock }, { recipient: { employeeId }, payload: { text: "Satu kali saja" }, priority: "interactive", dedupeKey: "both-main" });
        await waitFor(() => slack.callsTo("chat.postMessage").find((call) => call.args.channel === "U0BOTH001"));
        const row = await waitFor(async () => (await db.delivery.findFirst({ where: { dedupeKey: "both-main", status: "SENT" } })) ?? undefined);
        expect(row.platform).toBe("SLACK");
        expect(telegram.callsTo("sendMessage").filter((call) => call.payload.text === "Satu kali saja")).toEqual([]);
      } finally {
        await db.$disconnect();
      }
    } finally {
      expect(await app.stop()).toBe(0);
      await telegram.close();
    }
  });

  it("starts nothing about Slack without Slack settings", async () => {
    const telegram = await FakeBotApi.start({ token: TEST_BOT_TOKEN });
    slack.clear();
    const app = startMain({ DATABASE_URL: `file:${join(dir, "telegram-only.db")}`, ...telegramEnv(telegram), SLACK_API_URL: slack.url });
    try {
      await app.waitForLog("Telegram bot started");
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(app.output.log).not.toContain("Slack");
      expect(slack.calls).toEqual([]);
    } finally {
      expect(await app.stop()).toBe(0);
      await telegram.close();
    }
  });
});
