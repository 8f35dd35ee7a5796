import { escapeHtml } from "../../../i18n/html.js";
import type { SlackCaller } from "../../caller.js";
import type { SlackDeps } from "../../deps.js";
import type { SlackWebClient } from "../../web-client.js";
import { homeSection as activitiesSection } from "../activities/home-section.js";
import { homeSection as announcementsSection } from "../announcements/home-section.js";
import { homeSection as evaluationsSection } from "../evaluations/home-section.js";
import { linkingBlocks } from "../identity/link-prompt.js";
import { context, header, section, slackTranslate, type Block, type SlackTranslate } from "./blocks.js";
import { fitBlocks, HOME_MAX_BLOCKS, MESSAGE_MAX_BLOCKS } from "./fit.js";
import { jpSection } from "./jp-section.js";
import { settingsSection } from "./settings-section.js";
import { teamSection } from "./team-section.js";

export interface HomeOptions {
  /** The App Home tab (100 blocks) or a message such as the /pembinaan answer (50 blocks). */
  surface: "home" | "message";
  /** A short mrkdwn notice shown on top, e.g. why a button press changed nothing. */
  notice?: string;
  /** The person just said the roster entry of their email is not them: offer NIP and code only. */
  skipEmailMatch?: boolean;
}

type CategorySection = (deps: SlackDeps, caller: SlackCaller) => Promise<Block[]>;

/** Each category's part of the menu, in this order. */
const CATEGORY_SECTIONS: ReadonlyArray<[string, CategorySection]> = [
  ["activities", activitiesSection],
  ["evaluations", evaluationsSection],
  ["announcements", announcementsSection],
];

/**
 * The user's menu by role, for the App Home tab and the /pembinaan answer alike: greeting, JP
 * progress, each category's section, the supervisor's team, then the settings. Unlinked users get
 * the way to link instead.
 */
export async function homeBlocks(
  deps: SlackDeps,
  client: SlackWebClient,
  caller: SlackCaller,
  options: HomeOptions,
): Promise<Block[]> {
  const tr = slackTranslate(deps, caller.locale);
  const max = options.surface === "home" ? HOME_MAX_BLOCKS : MESSAGE_MAX_BLOCKS;
  const cut = context(tr.md("slack-home-cut"));
  const head: Block[] = [header(tr.plain("bot-name"))];
  if (options.surface === "message") head.push(context(tr.md("slack-home-open-tab")));
  if (options.notice) head.push(section(options.notice));

  const account = caller.account;
  if (!account) {
    const linking = await linkingBlocks(deps, client, tr, {
      slackUserId: caller.slackUserId,
      skipEmailMatch: options.skipEmailMatch ?? false,
    });
    return fitBlocks({ head, sections: [linking], tail: [] }, max, cut);
  }
  const greeting = tr.md("slack-home-greeting", { name: escapeHtml(account.name), unit: escapeHtml(account.unitName) });
  head.push(section(`${greeting}\n${roleLine(tr, caller)}`));
  if (!account.active) return fitBlocks({ head, sections: [[section(tr.md("slack-home-inactive"))]], tail: [] }, max, cut);

  const sections: Block[][] = [await jpSection(deps, tr, account.employeeId)];
  for (const [category, build] of CATEGORY_SECTIONS) sections.push(await tolerant(deps, category, () => build(deps, caller)));
  if (caller.roles.admin) sections.push([context(tr.md("slack-home-admin-tools"))]);
  if (caller.roles.supervisor) sections.push(await teamSection(deps, tr, account.employeeId));
  const tail = [...(await settingsSection(deps, tr, account.employeeId)), context(tr.md("slack-home-footer"))];
  return fitBlocks({ head, sections, tail }, max, cut);
}

/** The plain-text fallback Slack shows in notifications for a message made of blocks. */
export function homeFallbackText(deps: SlackDeps, caller: SlackCaller): string {
  return slackTranslate(deps, caller.locale).plain("bot-name");
}

function roleLine(tr: SlackTranslate, caller: SlackCaller): string {
  const names = [tr.plain("role-asn")];
  if (caller.roles.supervisor) names.push(tr.plain("role-supervisor"));
  if (caller.roles.leader) names.push(tr.plain("role-leader"));
  if (caller.roles.admin) names.push(tr.plain("role-admin"));
  return tr.md("menu-roles", { roles: escapeHtml(names.join(", ")) });
}

/** One category failing must not take the whole menu down with it: its part is left out and logged. */
async function tolerant(deps: SlackDeps, category: string, build: () => Promise<Block[]>): Promise<Block[]> {
  try {
    return await build();
  } catch (error) {
    deps.logger.error({ err: error, category }, "Slack home section failed");
    return [];
  }
}
