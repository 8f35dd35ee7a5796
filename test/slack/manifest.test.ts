import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { MENU_COMMAND } from "../../src/slack/listeners/home/index.js";

const manifest = parse(readFileSync("docs/slack/manifest.yaml", "utf8"));

describe("the Slack app manifest shipped in docs/slack", () => {
  it("declares the slash command the app answers, interactivity, and the events it listens to", () => {
    expect(manifest.features.slash_commands.map((command: { command: string }) => command.command)).toEqual([MENU_COMMAND]);
    expect(manifest.settings.interactivity.is_enabled).toBe(true);
    expect(manifest.settings.event_subscriptions.bot_events).toEqual(["app_home_opened"]);
    expect(manifest.features.app_home).toMatchObject({ home_tab_enabled: true, messages_tab_enabled: true });
  });

  it("asks for the scopes the adapter uses, and connects in Socket Mode as shipped", () => {
    expect(manifest.oauth_config.scopes.bot).toEqual(["chat:write", "im:write", "commands", "users:read", "users:read.email"]);
    expect(manifest.settings.socket_mode_enabled).toBe(true);
  });

  it("stays within Slack's limits for the app's texts", () => {
    expect(manifest.display_information.name.length).toBeLessThanOrEqual(35);
    expect(manifest.display_information.description.length).toBeLessThanOrEqual(140);
    expect(manifest.display_information.long_description.length).toBeGreaterThanOrEqual(175);
    expect(manifest.features.bot_user.display_name.length).toBeLessThanOrEqual(80);
  });
});
