import type { App, RespondArguments } from "@slack/bolt";
import { resolveSlackCaller } from "../../caller.js";
import type { SlackCallbacks } from "../../callbacks.js";
import type { SlackDeps } from "../../deps.js";
import type { SlackWebClient } from "../../web-client.js";
import { openCatalogue } from "../activities/navigate.js";
import { slackTranslate } from "./blocks.js";
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
  command: { user_id: string; text?: string; trigger_id?: string };
  respond: (message: RespondArguments) => Promise<unknown>;
  client: SlackWebClient;
}

/** What the first word after `/pembinaan` asks for; "menu" when there is none. */
export type MenuSubcommand = "menu" | "catalogue" | "evaluations" | "unknown";

const SUBCOMMAND_WORDS: Readonly<Record<string, MenuSubcommand>> = {
  katalog: "catalogue",
  catalogue: "catalogue",
  catalog: "catalogue",
  evaluasi: "evaluations",
  evaluations: "evaluations",
};

export function parseMenuSubcommand(text: string | undefined): MenuSubcommand {
  const word = (text ?? "").trim().split(/\s+/)[0]!.toLowerCase();
  if (word === "") return "menu";
  return SUBCOMMAND_WORDS[word] ?? "unknown";
}

/**
 * `/pembinaan` anywhere: the same menu as the Home tab, visible only to the person who typed it.
 * `/pembinaan katalog` opens the activity catalogue instead (linked users only); `evaluasi` answers
 * with the menu, whose evaluations list is the way in; any other word adds the known sub-commands.
 */
export async function onMenuCommand(deps: SlackDeps, { ack, command, respond, client }: MenuCommand): Promise<void> {
  await ack();
  const caller = await resolveSlackCaller(deps, command.user_id);
  const subcommand = parseMenuSubcommand(command.text);
  if (subcommand === "catalogue" && command.trigger_id && (await openCatalogue(deps, client, caller, command.trigger_id))) return;
  const notice = subcommand === "unknown" ? slackTranslate(deps, caller.locale).md("slack-home-subcommands") : undefined;
  const blocks = await homeBlocks(deps, client, caller, { surface: "message", ...(notice ? { notice } : {}) });
  await respond({ response_type: "ephemeral", text: homeFallbackText(deps, caller), blocks });
}

export function register(app: App, deps: SlackDeps, _callbacks: SlackCallbacks): void {
  app.event("app_home_opened", (args) => onHomeOpened(deps, args));
  app.command(MENU_COMMAND, (args) => onMenuCommand(deps, args));
}
