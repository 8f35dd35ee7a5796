import type { types } from "@slack/bolt";
import type { Locale } from "../../../i18n/index.js";
import type { MessageVars } from "../../../services/messages.js";
import { callbackActionId } from "../../callbacks.js";
import type { SlackDeps } from "../../deps.js";
import { htmlToMrkdwn, htmlToPlainText } from "../../mrkdwn.js";

export type Block = types.KnownBlock;

/** The shared Fluent strings (Telegram HTML) rendered for Slack: mrkdwn for text, plain for buttons and titles. */
export interface SlackTranslate {
  locale: Locale;
  md(key: string, vars?: MessageVars): string;
  plain(key: string, vars?: MessageVars): string;
}

export function slackTranslate(deps: Pick<SlackDeps, "messages">, locale: Locale): SlackTranslate {
  return {
    locale,
    md: (key, vars) => htmlToMrkdwn(deps.messages.t(locale, key, vars)),
    plain: (key, vars) => htmlToPlainText(deps.messages.t(locale, key, vars)),
  };
}

// Slack's own limits: section text 3000 characters, header 150, button label 75.
const SECTION_MAX = 3000;
const HEADER_MAX = 150;
const LABEL_MAX = 75;

export function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

export function section(text: string, accessory?: types.Button): Block {
  return { type: "section", text: { type: "mrkdwn", text: clip(text, SECTION_MAX) }, ...(accessory ? { accessory } : {}) };
}

export function header(text: string): Block {
  return { type: "header", text: { type: "plain_text", text: clip(text, HEADER_MAX), emoji: true } };
}

export function context(text: string): Block {
  return { type: "context", elements: [{ type: "mrkdwn", text: clip(text, SECTION_MAX) }] };
}

export function divider(): Block {
  return { type: "divider" };
}

export interface ButtonSpec {
  label: string;
  /** The short callback data, e.g. `lang:en`, routed by the app's one button listener. */
  value: string;
  style?: "primary" | "danger";
}

/** A button with a `cb:` action id; `index` keeps action ids unique within their block. */
export function button(spec: ButtonSpec, index: number): types.Button {
  return {
    type: "button",
    action_id: callbackActionId(index),
    text: { type: "plain_text", text: clip(spec.label, LABEL_MAX), emoji: true },
    value: spec.value,
    ...(spec.style ? { style: spec.style } : {}),
  };
}

export function actions(buttons: ButtonSpec[]): Block {
  return { type: "actions", elements: buttons.map((spec, index) => button(spec, index)) };
}
