import type { Platform } from "../../../generated/prisma/enums.js";
import { LOCALES, type Locale } from "../../../i18n/index.js";
import { platformChoice } from "../../../services/identity/preferred-platform.js";
import type { SlackDeps } from "../../deps.js";
import { actions, section, type Block, type SlackTranslate } from "./blocks.js";

export const PLATFORMS: readonly Platform[] = ["SLACK", "TELEGRAM"];

/** Button data of the home's settings, handled by the identity listeners. */
export const SETTINGS_DATA = {
  language: (locale: Locale) => `lang:${locale}`,
  platform: (platform: Platform) => `pp:${platform}`,
} as const;

export const SETTINGS_PATTERNS = {
  language: /^lang:(id|en)$/,
  platform: /^pp:(SLACK|TELEGRAM)$/,
} as const;

export function platformButtons(tr: SlackTranslate, current: Platform | null) {
  return PLATFORMS.map((platform) => ({
    label: tr.plain(`slack-identity-platform-${platform}`),
    value: SETTINGS_DATA.platform(platform),
    ...(platform === current ? { style: "primary" as const } : {}),
  }));
}

/**
 * The language of this Slack account and, for someone linked on Slack and Telegram, where proactive
 * messages go. The current choice is the highlighted button.
 */
export async function settingsSection(deps: SlackDeps, tr: SlackTranslate, employeeId: number): Promise<Block[]> {
  const blocks: Block[] = [
    section(tr.md("slack-home-language", { language: tr.plain(`slack-home-language-${tr.locale}`) })),
    actions(
      LOCALES.map((locale) => ({
        label: tr.plain(`language-${locale}`),
        value: SETTINGS_DATA.language(locale),
        ...(locale === tr.locale ? { style: "primary" as const } : {}),
      })),
    ),
  ];
  const choice = await platformChoice(deps, employeeId);
  if (choice.linked.length > 1) {
    blocks.push(
      section(tr.md("slack-home-platform", { platform: tr.plain(`slack-identity-platform-${choice.preferred}`) })),
      actions(platformButtons(tr, choice.preferred)),
    );
  }
  return blocks;
}
