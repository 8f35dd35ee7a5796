import { escapeHtml } from "../../../i18n/html.js";
import { findEmployeeByEmail } from "../../../services/identity/link-by-email.js";
import { formatNip } from "../../../services/roster/nip.js";
import type { SlackDeps } from "../../deps.js";
import type { SlackWebClient } from "../../web-client.js";
import { actions, section, type Block, type SlackTranslate } from "../home/blocks.js";
import { slackProfile } from "./profile.js";

/** Button data of the linking flow. The confirmation names the person shown; the service checks it again. */
export const LINK_DATA = {
  confirmEmail: (employeeId: number) => `link:email:${employeeId}`,
  notMe: "link:notme",
  withCode: "link:code",
} as const;

export const LINK_PATTERNS = {
  confirmEmail: /^link:email:(\d{1,9})$/,
  notMe: /^link:notme$/,
  withCode: /^link:code$/,
} as const;

/**
 * What an unlinked Slack user sees: when their profile email matches exactly one active employee,
 * "Is this you?" with yes/no; otherwise (or after "no") the way in with NIP and activation code.
 */
export async function linkingBlocks(
  deps: SlackDeps,
  client: SlackWebClient,
  tr: SlackTranslate,
  input: { slackUserId: string; skipEmailMatch?: boolean },
): Promise<Block[]> {
  const blocks = [section(tr.md("slack-identity-welcome"))];
  const withCode = { label: tr.plain("link-with-code"), value: LINK_DATA.withCode, style: "primary" as const };
  if (input.skipEmailMatch) return [...blocks, section(tr.md("slack-identity-code-hint")), actions([withCode])];

  const profile = await slackProfile(client, input.slackUserId, deps.logger);
  const match = await findEmployeeByEmail(deps, profile?.email);
  if (!match) {
    const why = profile?.email ? "slack-identity-email-unknown" : "slack-identity-email-none";
    return [...blocks, section(tr.md(why)), actions([withCode])];
  }
  const question = tr.md("slack-identity-email-ask", {
    name: escapeHtml(match.name),
    nip: formatNip(match.nip),
    unit: escapeHtml(match.unitName),
  });
  return [
    ...blocks,
    section(question),
    actions([
      { label: tr.plain("slack-identity-email-yes"), value: LINK_DATA.confirmEmail(match.employeeId), style: "primary" },
      { label: tr.plain("slack-identity-email-no"), value: LINK_DATA.notMe },
    ]),
  ];
}
