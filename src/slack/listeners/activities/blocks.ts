import type { types } from "@slack/bolt";
import { plainText, SECTION_TEXT_LIMIT } from "../../blocks.js";
import { callbackActionId } from "../../callbacks.js";

export { plainText, sectionBlocks as sections } from "../../blocks.js";

/** Block Kit builders beyond the shared ones in src/slack/blocks.ts, for the activities and announcements listeners. */

const MODAL_TITLE_LIMIT = 24;
export const VIEW_BLOCK_LIMIT = 100;

export function clip(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join("").trimEnd()}…`;
}

export function context(text: string): types.ContextBlock {
  return { type: "context", elements: [{ type: "mrkdwn", text: clip(text, SECTION_TEXT_LIMIT) }] };
}

export const divider = (): types.DividerBlock => ({ type: "divider" });

export interface ButtonSpec {
  text: string;
  /** Short callback data, routed by value like Telegram's callback data. */
  value: string;
  style?: "primary" | "danger";
  /** Asked by Slack itself before the press is sent (title, question, yes, no). */
  confirm?: { title: string; text: string; yes: string; no: string };
}

export function button(spec: ButtonSpec, index: number): types.Button {
  return {
    type: "button",
    action_id: callbackActionId(index),
    text: plainText(spec.text),
    value: spec.value,
    ...(spec.style ? { style: spec.style } : {}),
    ...(spec.confirm
      ? {
          confirm: {
            title: plainText(spec.confirm.title, 100),
            text: { type: "mrkdwn", text: clip(spec.confirm.text, 300) },
            confirm: plainText(spec.confirm.yes, 30),
            deny: plainText(spec.confirm.no, 30),
          },
        }
      : {}),
  };
}

/** A row of buttons; action ids only need to be unique within their block. */
export function actions(buttons: ButtonSpec[]): types.ActionsBlock {
  return { type: "actions", elements: buttons.slice(0, 25).map((spec, index) => button(spec, index)) };
}

export function modal(input: {
  callbackId: string;
  title: string;
  close: string;
  blocks: types.KnownBlock[];
  privateMetadata?: string;
  submit?: string;
}): types.ModalView {
  return {
    type: "modal",
    callback_id: input.callbackId,
    title: plainText(input.title, MODAL_TITLE_LIMIT),
    close: plainText(input.close, MODAL_TITLE_LIMIT),
    ...(input.submit ? { submit: plainText(input.submit, MODAL_TITLE_LIMIT) } : {}),
    blocks: input.blocks.slice(0, VIEW_BLOCK_LIMIT),
    ...(input.privateMetadata !== undefined ? { private_metadata: input.privateMetadata } : {}),
  };
}
