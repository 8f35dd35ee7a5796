import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { ConfigError, createConfig } from "../src/config.js";

function problemsOf(input: Record<string, string>): string[] {
  try {
    createConfig(input);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  throw new Error("expected a ConfigError");
}

describe("configuration", () => {
  it("has working defaults for a fresh office server", () => {
    const config = createConfig({});
    expect(config).toMatchObject({
      databaseUrl: "file:./data/pembinaan.db",
      botToken: undefined,
      telegramApiRoot: "https://api.telegram.org",
      defaultLocale: "id",
      timezone: "Asia/Jakarta",
      adminTelegramIds: [],
      adminNips: [],
      logLevel: "info",
    });
  });

  it("parses lists and trims the API root", () => {
    const config = createConfig({
      ADMIN_TELEGRAM_IDS: "123, 456",
      ADMIN_NIPS: "197203151998031002",
      TELEGRAM_API_ROOT: "http://127.0.0.1:8081/",
      BOT_TOKEN: "123456:ABCdefGhIJKlmnoPQRstuVWxyz",
    });
    expect(config.adminTelegramIds).toEqual(["123", "456"]);
    expect(config.adminNips).toEqual(["197203151998031002"]);
    expect(config.telegramApiRoot).toBe("http://127.0.0.1:8081");
  });

  it("takes a SQLite file or a PostgreSQL server as the database", () => {
    expect(createConfig({ DATABASE_URL: "file:/srv/bot/data.db" }).databaseUrl).toBe("file:/srv/bot/data.db");
    const postgres = "postgresql://pembinaan:secret@db.internal:5432/pembinaan?sslmode=require";
    expect(createConfig({ DATABASE_URL: postgres }).databaseUrl).toBe(postgres);
    expect(createConfig({ DATABASE_URL: "postgres://db/pembinaan" }).databaseUrl).toBe("postgres://db/pembinaan");
    expect(problemsOf({ DATABASE_URL: "mysql://db/pembinaan" }).join("\n")).toContain("postgresql://");
  });

  it.each([
    [{ TIMEZONE: "Mars/Olympus" }, "TIMEZONE"],
    [{ BOT_TOKEN: "not-a-token" }, "BOT_TOKEN"],
    [{ DEFAULT_LOCALE: "fr" }, "DEFAULT_LOCALE"],
    [{ ADMIN_NIPS: "12345" }, "ADMIN_NIPS"],
    [{ ADMIN_TELEGRAM_IDS: "abc" }, "ADMIN_TELEGRAM_IDS"],
    [{ LOG_LEVEL: "loud" }, "LOG_LEVEL"],
    [{ TELEGRAM_API_ROOT: "not a url" }, "TELEGRAM_API_ROOT"],
    [{ DATABASE_URL: "mysql://x" }, "DATABASE_URL"],
  ])("names the variable that is wrong: %o", (input, variable) => {
    const problems = problemsOf(input);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(new RegExp(`^${variable}(\\.\\d+)?: `));
  });

  describe("Slack", () => {
    const BOT = "xoxb-1234-5678-abcdefghijkl";
    const APP = "xapp-1-A111-222-abcdef";
    const SECRET = "8f742231b10e8888abcd0000000085a5";

    it("is off without any Slack variable, so nothing about Slack starts", () => {
      expect(createConfig({}).slack).toBeNull();
    });

    it("uses Socket Mode settings with a bot token and an app token", () => {
      const { slack } = createConfig({ SLACK_BOT_TOKEN: BOT, SLACK_APP_TOKEN: APP });
      expect(slack).toEqual({
        botToken: BOT,
        appToken: APP,
        signingSecret: undefined,
        port: 3000,
        apiUrl: "https://slack.com/api/",
        delivery: { globalPerSecond: 5, perChannelPerSecond: 1 },
      });
    });

    it("uses HTTP settings with a bot token and the signing secret, on the configured port and API URL", () => {
      const { slack } = createConfig({
        SLACK_BOT_TOKEN: BOT,
        SLACK_SIGNING_SECRET: SECRET,
        SLACK_PORT: "8099",
        SLACK_API_URL: "http://127.0.0.1:9999/api",
      });
      expect(slack).toMatchObject({ appToken: undefined, signingSecret: SECRET, port: 8099, apiUrl: "http://127.0.0.1:9999/api/" });
    });

    it.each([
      [{ SLACK_BOT_TOKEN: BOT }, "SLACK_APP_TOKEN"],
      [{ SLACK_APP_TOKEN: APP }, "SLACK_BOT_TOKEN"],
      [{ SLACK_SIGNING_SECRET: SECRET }, "SLACK_BOT_TOKEN"],
      [{ SLACK_BOT_TOKEN: "xoxp-user-token", SLACK_APP_TOKEN: APP }, "SLACK_BOT_TOKEN"],
      [{ SLACK_BOT_TOKEN: BOT, SLACK_APP_TOKEN: "xoxb-wrong-kind" }, "SLACK_APP_TOKEN"],
      [{ SLACK_BOT_TOKEN: BOT, SLACK_SIGNING_SECRET: "not hex!" }, "SLACK_SIGNING_SECRET"],
      [{ SLACK_BOT_TOKEN: BOT, SLACK_APP_TOKEN: APP, SLACK_PORT: "70000" }, "SLACK_PORT"],
    ])("refuses half or wrong Slack settings and names the variable: %o", (input, variable) => {
      const problems = problemsOf(input);
      expect(problems).toHaveLength(1);
      expect(problems[0]).toMatch(new RegExp(`^${variable}: `));
    });
  });

  describe("Telegram webhook mode", () => {
    const WEBHOOK = { BOT_MODE: "webhook", WEBHOOK_URL: "https://bot.example.go.id/telegram", WEBHOOK_SECRET: "abc_DEF-123" };

    it("long-polls by default and ignores the webhook settings then", () => {
      const config = createConfig({ WEBHOOK_SECRET: "abc" });
      expect(config.telegramMode).toBe("polling");
      expect(config.webhook).toBeNull();
    });

    it("takes the public URL, the secret and the server settings with their defaults", () => {
      expect(createConfig(WEBHOOK)).toMatchObject({
        telegramMode: "webhook",
        webhook: { url: WEBHOOK.WEBHOOK_URL, secret: WEBHOOK.WEBHOOK_SECRET, port: 8080, host: "0.0.0.0", deleteOnShutdown: false },
      });
      expect(
        createConfig({ ...WEBHOOK, WEBHOOK_PORT: "9000", WEBHOOK_HOST: "127.0.0.1", WEBHOOK_DELETE_ON_SHUTDOWN: "true" }).webhook,
      ).toMatchObject({ port: 9000, host: "127.0.0.1", deleteOnShutdown: true });
    });

    it("takes an optional token for reading /metrics and /readyz from another machine", () => {
      expect(createConfig(WEBHOOK).webhook?.metricsToken).toBeNull();
      const token = "0123456789abcdef0123456789abcdef";
      expect(createConfig({ ...WEBHOOK, METRICS_TOKEN: ` ${token} ` }).webhook?.metricsToken).toBe(token);
    });

    it.each([
      [{ BOT_MODE: "push" }, "BOT_MODE"],
      [{ ...WEBHOOK, WEBHOOK_URL: "" }, "WEBHOOK_URL"],
      [{ ...WEBHOOK, WEBHOOK_URL: "http://bot.example.go.id/telegram" }, "WEBHOOK_URL"],
      [{ ...WEBHOOK, WEBHOOK_SECRET: "" }, "WEBHOOK_SECRET"],
      [{ ...WEBHOOK, WEBHOOK_SECRET: "has spaces and !" }, "WEBHOOK_SECRET"],
      [{ ...WEBHOOK, WEBHOOK_SECRET: "x".repeat(257) }, "WEBHOOK_SECRET"],
      [{ ...WEBHOOK, WEBHOOK_PORT: "0" }, "WEBHOOK_PORT"],
      [{ ...WEBHOOK, WEBHOOK_DELETE_ON_SHUTDOWN: "yes" }, "WEBHOOK_DELETE_ON_SHUTDOWN"],
      [{ ...WEBHOOK, METRICS_TOKEN: "short" }, "METRICS_TOKEN"],
      [{ ...WEBHOOK, METRICS_TOKEN: "has spaces in the middle of it" }, "METRICS_TOKEN"],
    ])("refuses missing or wrong webhook settings and names the variable: %o", (input, variable) => {
      const problems = problemsOf(input);
      expect(problems).toHaveLength(1);
      expect(problems[0]).toMatch(new RegExp(`^${variable}: `));
    });
  });

  it("stops start-up with a message that names the variable", () => {
    const run = spawnSync("npx", ["tsx", "src/main.ts"], {
      env: { ...process.env, TIMEZONE: "Mars/Olympus", BOT_TOKEN: "" },
      encoding: "utf8",
      timeout: 30_000,
    });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("TIMEZONE");
    expect(run.stderr).toContain("Asia/Jakarta");
  });
});
