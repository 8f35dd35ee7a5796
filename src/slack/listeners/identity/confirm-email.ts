import { escapeHtml } from "../../../i18n/html.js";
import { linkByEmail } from "../../../services/identity/link-by-email.js";
import type { CallbackArgs } from "../../callbacks.js";
import type { SlackDeps } from "../../deps.js";
import { slackTranslate } from "../home/blocks.js";
import { afterSlackLinked } from "./after-link.js";
import { answerPress, replacePressedMessage } from "./answer.js";
import { refusalText } from "./link-errors.js";
import { slackProfile } from "./profile.js";

/**
 * "✅ Ya, itu saya" (`link:email:<employeeId>`): the profile email is read from Slack again now, and
 * the service links only when it still points to the person the user confirmed. The id in the
 * button is what the user saw, never a reason to link by itself.
 */
export async function confirmEmailLink(deps: SlackDeps, { caller, match, press }: CallbackArgs): Promise<void> {
  const tr = slackTranslate(deps, caller.locale);
  const slackUserId = press.body.user.id;
  if (caller.account) {
    const text = tr.md("slack-identity-error-account-already-linked", { name: escapeHtml(caller.account.name) });
    return answerPress(deps, press, text);
  }
  const profile = await slackProfile(press.client, slackUserId, deps.logger);
  const result = await linkByEmail(deps, {
    platform: "SLACK",
    externalId: slackUserId,
    chatId: slackUserId,
    username: profile?.username ?? press.body.user.username ?? null,
    displayName: profile?.displayName ?? null,
    email: profile?.email,
    confirmedEmployeeId: Number(match[1]),
  });
  if (!result.ok) return answerPress(deps, press, refusalText(tr, result, deps.config.timezone));
  await replacePressedMessage(press, tr.md("link-success", { name: escapeHtml(result.name) }));
  await afterSlackLinked(deps, press.client, slackUserId, result.name);
}
