import type { types } from "@slack/bolt";
import { splitText, type DeliveryButton } from "../delivery/payload.js";
import { callbackActionId } from "./callbacks.js";

/** Link buttons still send an action to the app when pressed; it is acknowledged and nothing else. */
export const LINK_ACTION_PREFIX = "link:";

/** Slack's limits: section text, button labels, elements of one actions block. */
export const SECTION_TEXT_LIMIT = 3000;
export const BUTTON_TEXT_LIMIT = 75;
export const ACTIONS_ELEMENT_LIMIT = 25;

/** A plain_text object, shortened with an ellipsis to Slack's limit for its place. */
export function plainText(text: string, limit = BUTTON_TEXT_LIMIT): types.PlainTextElement {
  const trimmed = text.trim() || "…";
  return { type: "plain_text", text: trimmed.length <= limit ? trimmed : `${trimmed.slice(0, limit - 1)}…`, emoji: true };
}

/** Mrkdwn text as sections, split on paragraph and line boundaries at Slack's section limit. */
export function sectionBlocks(mrkdwn: string): types.SectionBlock[] {
  if (!mrkdwn.trim()) return [];
  return splitText(mrkdwn, SECTION_TEXT_LIMIT).map((text) => ({ type: "section", text: { type: "mrkdwn", text } }));
}

/**
 * Telegram-style keyboard rows as actions blocks: data buttons get `cb:<n>` action ids (unique in
 * the message) and carry their data as the value; url buttons become link buttons.
 */
export function keyboardBlocks(keyboard: DeliveryButton[][]): types.ActionsBlock[] {
  let index = 0;
  return keyboard
    .filter((row) => row.length > 0)
    .flatMap((row) => {
      const elements: types.Button[] = row.map((button) => {
        const n = index++;
        return "url" in button
          ? { type: "button", text: plainText(button.text), url: button.url, action_id: `${LINK_ACTION_PREFIX}${n}` }
          : { type: "button", text: plainText(button.text), value: button.data, action_id: callbackActionId(n) };
      });
      const blocks: types.ActionsBlock[] = [];
      for (let start = 0; start < elements.length; start += ACTIONS_ELEMENT_LIMIT) {
        blocks.push({ type: "actions", elements: elements.slice(start, start + ACTIONS_ELEMENT_LIMIT) });
      }
      return blocks;
    });
}
