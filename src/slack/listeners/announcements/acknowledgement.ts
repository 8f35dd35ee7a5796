import type { types } from "@slack/bolt";
import { formatDateTime, formatTime } from "../../../i18n/format-date.js";
import { acknowledge } from "../../../services/announcements/acknowledge.js";
import type { ButtonPress, CallbackArgs } from "../../callbacks.js";
import type { SlackDeps } from "../../deps.js";
import { plainText } from "../activities/blocks.js";
import { employeeOf } from "../activities/navigate.js";
import { tellPresser } from "../activities/reply.js";
import { platformError } from "../activities/request-message.js";
import { slackText } from "../activities/text.js";

/**
 * "✅ Saya sudah membaca" under announcements and their reminder (`ack:<announcementId>`, rendered by
 * the Slack sender from the queue). The first press records the time and the button then reads
 * "✅ Dibaca 09.15 WIB", keeping its value, so a second press only says when it was recorded. The
 * other buttons (the link, the pulse) stay.
 */

type AnyBlock = types.KnownBlock | types.Block;

/** The message's blocks with the pressed acknowledgement button relabelled; null when nothing changes. */
export function relabelled(blocks: AnyBlock[], data: string, label: string): AnyBlock[] | null {
  let changed = false;
  const relabel = <E>(element: E): E => {
    const candidate = element as { type?: string; value?: string; text?: { text?: string } };
    if (candidate.type !== "button" || candidate.value !== data || candidate.text?.text === label) return element;
    changed = true;
    return { ...element, text: plainText(label) };
  };
  const next = blocks.map((block): AnyBlock => {
    if (block.type === "actions") {
      const actions = block as types.ActionsBlock;
      return { ...actions, elements: actions.elements.map(relabel) };
    }
    if (block.type === "section" && (block as types.SectionBlock).accessory) {
      const section = block as types.SectionBlock;
      return { ...section, accessory: relabel(section.accessory!) };
    }
    return block;
  });
  return changed ? next : null;
}

/** Updates the pressed message to show the acknowledgement; false when it could not be updated. */
async function markRead(deps: SlackDeps, press: ButtonPress, data: string, label: string): Promise<boolean> {
  const { channel, message } = press.body;
  if (!channel?.id || !message?.ts) return false;
  const blocks = relabelled((message.blocks ?? []) as AnyBlock[], data, label);
  if (!blocks) return true;
  try {
    await press.client.chat.update({ channel: channel.id, ts: message.ts, text: message.text ?? "", blocks });
    return true;
  } catch (error) {
    const code = platformError(error);
    if (!code) throw error;
    deps.logger.debug({ code }, "acknowledgement button not updated");
    return false;
  }
}

export async function acknowledgeAnnouncement(deps: SlackDeps, args: CallbackArgs): Promise<void> {
  const text = slackText(deps, args.caller.locale);
  const raw = args.match[1]!;
  if (raw === "preview") return tellPresser(deps, args.press, text.mrkdwn("announcements-ack-preview"));
  const employeeId = await employeeOf(deps, args, text);
  if (employeeId === null) return;

  // The button proves nothing: the service checks that the announcement was sent to this person.
  const result = await acknowledge(deps, { announcementId: Number(raw), employeeId });
  if (!result.ok) return tellPresser(deps, args.press, text.mrkdwn(`announcements-error-${result.code}`));
  const label = text.plain("ack-done-button", { time: formatTime(result.ackAt, text.locale, text.timezone) });
  const shown = await markRead(deps, args.press, args.data, label);
  if (!result.first) {
    const at = formatDateTime(result.ackAt, text.locale, text.timezone);
    await tellPresser(deps, args.press, text.mrkdwn("announcements-ack-already", { at }));
  } else if (!shown) {
    await tellPresser(deps, args.press, text.mrkdwn("announcements-ack-thanks"));
  }
}
