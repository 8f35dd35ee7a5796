import type { App, RespondArguments } from "@slack/bolt";
import { resolveSlackCaller } from "../../caller.js";
import type { SlackCallbacks } from "../../callbacks.js";
import type { SlackDeps } from "../../deps.js";
import type { SlackWebClient } from "../../web-client.js";
import { homeBlocks, homeFallbackText } from "./build.js";
import { refreshHome } from "./refresh.js";

export { refreshHome } from "./refresh.js";

/** The slash command of the app manifest. */
export const MENU_COMMAND = "/pembinaan";

export interface HomeOpened {
  event: { user: string; tab?: string };
  client: SlackWebClient;
}

/** The user opened the app's Home tab: publish their menu (the Messages tab needs nothing). */
export async function onHomeOpened(deps: SlackDeps, { event, client }: HomeOpened): Promise<void> {
  if (event.tab !== "home") return;
  await refreshHome(deps, client, event.user);
}

export interface MenuCommand {
  ack: () => Promise<void>;
  command: { user_id: string };
  respond: (message: RespondArguments) => Promise<unknown>;
  client: SlackWebClient;
}

/** `/pembinaan` anywhere: the same menu as the Home tab, visible only to the person who typed it. */
export async function onMenuCommand(deps: SlackDeps, { ack, command, respond, client }: MenuCommand): Promise<void> {
  await ack();
  const caller = await resolveSlackCaller(deps, command.user_id);
  const blocks = await homeBlocks(deps, client, caller, { surface: "message" });
  await respond({ response_type: "ephemeral", text: homeFallbackText(deps, caller), blocks });
}

export function register(app: App, deps: SlackDeps, _callbacks: SlackCallbacks): void {
  app.event("app_home_opened", (args) => onHomeOpened(deps, args));
  app.command(MENU_COMMAND, (args) => onMenuCommand(deps, args));
}
