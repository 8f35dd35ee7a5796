import type { types } from "@slack/bolt";
import { escapeHtml } from "../../../i18n/html.js";
import { unitTreeFor, type UnitTreeEntry } from "../../../services/announcements/audience.js";
import { announcerScope } from "../../../services/announcements/scope.js";
import type { CallbackArgs } from "../../callbacks.js";
import type { SlackDeps } from "../../deps.js";
import { clip, modal, plainText, sections } from "../activities/blocks.js";
import { employeeOf } from "../activities/navigate.js";
import { tellPresser } from "../activities/reply.js";
import { slackText, type SlackText } from "../activities/text.js";

/**
 * "✍️ Buat pengumuman" (`sann:new`): one modal with the text, the audience (everyone in the author's
 * scope, chosen units, supervisors, or a role), when to send it (now, or a date and time in WIB), and
 * whether it asks for an acknowledgement and carries the change-readiness pulse.
 */

export const COMPOSE_VIEW_ID = "sann_compose";

/** Block ids (each input's element has the same action id). */
export const FIELDS = {
  body: "body",
  audience: "audience",
  units: "units",
  timing: "timing",
  date: "date",
  time: "time",
  options: "options",
} as const;

/** The view's metadata when it has the units picker, which errors about units can then point at. */
export const WITH_UNITS = "units";

export const AUDIENCES = ["all", "units", "supervisors", "role:LEADER", "role:ADMIN"] as const;
export type AudienceChoice = (typeof AUDIENCES)[number];

/** Slack's plain text input holds at most 3000 characters; the service checks the stored length again. */
const BODY_MAX_LENGTH = 3000;
/** Slack's limit of options in a select and in one of its groups. */
const OPTION_LIMIT = 100;
const OPTION_TEXT_LIMIT = 75;

const option = (text: string, value: string): types.PlainTextOption => ({ text: plainText(text, OPTION_TEXT_LIMIT), value });

function audienceLabel(text: SlackText, choice: AudienceChoice): string {
  switch (choice) {
    case "all":
      return text.plain("compose-button-audience-all");
    case "units":
      return text.plain("compose-button-audience-units");
    case "supervisors":
      return text.plain("compose-button-audience-supervisors");
    case "role:LEADER":
      return `${text.plain("compose-button-audience-role")}: ${text.plain("compose-button-role-leader")}`;
    case "role:ADMIN":
      return `${text.plain("compose-button-audience-role")}: ${text.plain("compose-button-role-admin")}`;
  }
}

function unitOption(unit: UnitTreeEntry): types.PlainTextOption {
  const indent = "· ".repeat(unit.depth);
  return option(`${indent}${clip(unit.name, 60)} (${unit.employeesInSubtree})`, String(unit.id));
}

/** The units in scope, grouped under each top unit when there are several (Slack allows 100 per group). */
function unitsElement(text: SlackText, tree: UnitTreeEntry[]): types.MultiStaticSelect {
  const base = {
    type: "multi_static_select" as const,
    action_id: FIELDS.units,
    placeholder: plainText(text.plain("slack-announcements-units-placeholder")),
  };
  const groups: Array<{ root: UnitTreeEntry; units: UnitTreeEntry[] }> = [];
  for (const unit of tree) {
    if (unit.depth === 0 || groups.length === 0) groups.push({ root: unit, units: [] });
    groups.at(-1)!.units.push(unit);
  }
  if (groups.length === 1) return { ...base, options: tree.slice(0, OPTION_LIMIT).map(unitOption) };
  return {
    ...base,
    option_groups: groups.slice(0, OPTION_LIMIT).map((group) => ({
      label: plainText(group.root.name, OPTION_TEXT_LIMIT),
      options: group.units.slice(0, OPTION_LIMIT).map(unitOption),
    })),
  };
}

function inputBlock(
  blockId: string,
  label: string,
  element: types.InputBlockElement,
  extra: { optional?: boolean; hint?: string } = {},
): types.InputBlock {
  return {
    type: "input",
    block_id: blockId,
    label: plainText(label, 2000),
    element,
    ...(extra.optional ? { optional: true } : {}),
    ...(extra.hint ? { hint: plainText(extra.hint, 2000) } : {}),
  };
}

export function composeView(text: SlackText, input: { scopeUnitName: string | null; units: UnitTreeEntry[] }): types.ModalView {
  const scope = input.scopeUnitName
    ? text.mrkdwn("compose-scope-unit", { unit: escapeHtml(input.scopeUnitName) })
    : text.mrkdwn("compose-scope-district");
  const audienceOptions = AUDIENCES.map((choice) => option(audienceLabel(text, choice), choice));
  const timingOptions = [option(text.plain("compose-button-now"), "now"), option(text.plain("compose-button-at"), "at")];
  const blocks: types.KnownBlock[] = [
    ...sections(scope),
    inputBlock(
      FIELDS.body,
      text.plain("slack-announcements-body-label"),
      { type: "plain_text_input", action_id: FIELDS.body, multiline: true, max_length: BODY_MAX_LENGTH },
      { hint: text.plain("slack-announcements-body-hint") },
    ),
    inputBlock(FIELDS.audience, text.plain("compose-ask-audience"), {
      type: "radio_buttons",
      action_id: FIELDS.audience,
      options: audienceOptions,
      initial_option: audienceOptions[0]!,
    }),
  ];
  if (input.units.length > 0) {
    blocks.push(
      inputBlock(FIELDS.units, text.plain("slack-announcements-units-label"), unitsElement(text, input.units), {
        optional: true,
        hint: text.plain("slack-announcements-units-hint"),
      }),
    );
  }
  blocks.push(
    inputBlock(FIELDS.timing, text.plain("compose-ask-timing"), {
      type: "radio_buttons",
      action_id: FIELDS.timing,
      options: timingOptions,
      initial_option: timingOptions[0]!,
    }),
    inputBlock(
      FIELDS.date,
      text.plain("slack-announcements-date-label"),
      { type: "datepicker", action_id: FIELDS.date },
      { optional: true },
    ),
    inputBlock(
      FIELDS.time,
      text.plain("slack-announcements-time-label"),
      { type: "timepicker", action_id: FIELDS.time, timezone: text.timezone },
      { optional: true, hint: text.plain("slack-announcements-time-hint") },
    ),
    inputBlock(
      FIELDS.options,
      text.plain("slack-announcements-options-label"),
      {
        type: "checkboxes",
        action_id: FIELDS.options,
        options: [
          option(text.plain("slack-announcements-option-ack"), "ack"),
          option(text.plain("slack-announcements-option-pulse"), "pulse"),
        ],
      },
      { optional: true },
    ),
  );
  return modal({
    callbackId: COMPOSE_VIEW_ID,
    title: text.plain("compose-hub-new"),
    close: text.plain("compose-button-cancel"),
    submit: text.plain("compose-button-send"),
    blocks,
    privateMetadata: input.units.length > 0 ? WITH_UNITS : "",
  });
}

/** Opens the compose modal for someone who may announce; anybody else is told politely. */
export async function openCompose(deps: SlackDeps, args: CallbackArgs): Promise<void> {
  const text = slackText(deps, args.caller.locale);
  const authorId = await employeeOf(deps, args, text);
  if (authorId === null) return;
  const scope = await announcerScope(deps, authorId);
  if (!scope.ok) return tellPresser(deps, args.press, text.mrkdwn("announcements-error-not-allowed"));
  const units = await unitTreeFor(deps, { scopeUnitId: scope.scopeUnitId });
  const scopeUnitName = scope.scopeUnitId === null ? null : (units.find((unit) => unit.id === scope.scopeUnitId)?.name ?? null);
  const view = composeView(text, { scopeUnitName, units });
  const { client, body } = args.press;
  if (body.view?.type === "modal") await client.views.push({ trigger_id: body.trigger_id, view });
  else await client.views.open({ trigger_id: body.trigger_id, view });
}
