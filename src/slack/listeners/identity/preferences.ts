import type { Platform } from "../../../generated/prisma/enums.js";
import { isLocale } from "../../../i18n/index.js";
import { setAccountLocale } from "../../../services/identity/accounts.js";
import { setPreferredPlatform } from "../../../services/identity/preferred-platform.js";
import type { CallbackArgs } from "../../callbacks.js";
import type { SlackDeps } from "../../deps.js";
import { slackTranslate } from "../home/blocks.js";
import { refreshHome } from "../home/refresh.js";
import { answerPress, replacePressedMessage } from "./answer.js";

/** "🇮🇩 Bahasa Indonesia" / "🇬🇧 English" (`lang:<locale>`): stored on this Slack account. */
export async function chooseLanguage(deps: SlackDeps, { caller, match, press }: CallbackArgs): Promise<void> {
  const locale = match[1];
  if (!caller.account || !isLocale(locale)) {
    return answerPress(deps, press, slackTranslate(deps, caller.locale).md("slack-identity-need-link"));
  }
  await setAccountLocale(deps, "SLACK", press.body.user.id, locale);
  await replacePressedMessage(press, slackTranslate(deps, locale).md("language-set"));
  await refreshHome(deps, press.client, press.body.user.id);
}

/**
 * "Kirim pemberitahuan ke: Slack / Telegram" (`pp:<platform>`): where proactive messages go for
 * someone linked on both. The service refuses a platform the person is not linked on.
 */
export async function choosePlatform(deps: SlackDeps, { caller, match, press }: CallbackArgs): Promise<void> {
  const tr = slackTranslate(deps, caller.locale);
  const account = caller.account;
  if (!account?.active) return answerPress(deps, press, tr.md("slack-identity-need-link"));
  const platform = match[1] as Platform;
  const result = await setPreferredPlatform(deps, {
    employeeId: account.employeeId,
    platform,
    actorLabel: `slack:${press.body.user.id}`,
  });
  const name = tr.plain(`slack-identity-platform-${platform}`);
  if (!result.ok) return answerPress(deps, press, tr.md("slack-identity-platform-not-linked", { platform: name }));
  await replacePressedMessage(press, tr.md("slack-identity-platform-set", { platform: name }));
  await refreshHome(deps, press.client, press.body.user.id);
}
