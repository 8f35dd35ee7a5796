import { escapeHtml } from "../../../i18n/html.js";
import { needsPlatformChoice, platformChoice } from "../../../services/identity/preferred-platform.js";
import { resolveSlackCaller } from "../../caller.js";
import type { SlackDeps } from "../../deps.js";
import type { SlackWebClient } from "../../web-client.js";
import { actions, section, slackTranslate, type Block } from "../home/blocks.js";
import { refreshHome } from "../home/refresh.js";
import { platformButtons } from "../home/settings-section.js";

/**
 * A fresh Slack link: the App Home tab shows the menu, and a direct message confirms the link (so the
 * person has a record of it) and, for someone already linked on Telegram, asks once where proactive
 * messages should go. The link itself is done: a Slack hiccup here is logged, not reported as a failure.
 */
export async function afterSlackLinked(deps: SlackDeps, client: SlackWebClient, slackUserId: string, name: string): Promise<void> {
  const caller = await resolveSlackCaller(deps, slackUserId);
  const tr = slackTranslate(deps, caller.locale);
  const blocks: Block[] = [section(`${tr.md("link-success", { name: escapeHtml(name) })}\n${tr.md("slack-identity-linked-home")}`)];
  if (caller.account && needsPlatformChoice(await platformChoice(deps, caller.account.employeeId))) {
    blocks.push(section(tr.md("slack-identity-platform-ask")), actions(platformButtons(tr, null)));
  }
  const steps: Array<[string, () => Promise<unknown>]> = [
    ["home", () => refreshHome(deps, client, slackUserId)],
    ["welcome", () => client.chat.postMessage({ channel: slackUserId, text: tr.plain("link-success", { name }), blocks })],
  ];
  for (const [step, run] of steps) {
    try {
      await run();
    } catch (error) {
      deps.logger.warn({ err: error, slackUserId, step }, "Slack account linked, but Slack did not take the follow-up");
    }
  }
}
