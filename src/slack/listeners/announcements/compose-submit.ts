import { parseLocalDateTime } from "../../../services/activities/local-time.js";
import {
  createAnnouncement,
  type CreateAnnouncementInput,
  type CreateErrorCode,
} from "../../../services/announcements/announcements.js";
import type { AudienceSpec } from "../../../services/announcements/audience.js";
import { DEFAULT_QUESTIONNAIRES } from "../../../services/evaluations/question-options.js";
import { formatDateTime } from "../../../i18n/format-date.js";
import { resolveSlackCaller } from "../../caller.js";
import type { SlackDeps } from "../../deps.js";
import { modal, sections } from "../activities/blocks.js";
import { slackText, type SlackText } from "../activities/text.js";
import { stateOf, type ViewSubmission } from "../activities/view-submission.js";
import { plainToHtml } from "./body-html.js";
import { AUDIENCES, COMPOSE_VIEW_ID, FIELDS, WITH_UNITS, type AudienceChoice } from "./compose-view.js";

/**
 * The compose modal submitted. The author is whoever submits it; the service checks again that they
 * may announce and to whom, and its refusals are shown on the field that can put them right.
 */

type Field = (typeof FIELDS)[keyof typeof FIELDS];
type Errors = Partial<Record<Field, string>>;
type Draft = Omit<CreateAnnouncementInput, "authorId">;

const FIELD_OF: Record<CreateErrorCode, Field> = {
  "not-allowed": FIELDS.body,
  "empty-body": FIELDS.body,
  "body-too-long": FIELDS.body,
  "bad-media": FIELDS.body,
  "bad-link-text": FIELDS.body,
  "bad-link-url": FIELDS.body,
  "empty-audience": FIELDS.units,
  "unknown-unit": FIELDS.units,
  "outside-scope": FIELDS.units,
  "no-recipients": FIELDS.audience,
  "unknown-pulse": FIELDS.options,
  "time-in-past": FIELDS.date,
};

function audienceOf(choice: AudienceChoice, unitIds: number[]): AudienceSpec {
  switch (choice) {
    case "all":
      return { kind: "all" };
    case "units":
      return { kind: "units", unitIds };
    case "supervisors":
      return { kind: "supervisors" };
    case "role:LEADER":
      return { kind: "role", role: "LEADER" };
    case "role:ADMIN":
      return { kind: "role", role: "ADMIN" };
  }
}

/** The form as a draft for the service, or what to fix first; only the form's shape is checked here. */
function readForm(text: SlackText, view: ViewSubmission["view"]): { ok: true; draft: Draft } | { ok: false; errors: Errors } {
  const errors: Errors = {};
  const body = stateOf(view, FIELDS.body)?.value?.trim() ?? "";
  if (!body) errors.body = text.plain("announcements-error-empty-body");

  const picked = stateOf(view, FIELDS.audience)?.selected_option?.value;
  const choice = AUDIENCES.find((value) => value === picked) ?? null;
  const unitIds = (stateOf(view, FIELDS.units)?.selected_options ?? []).map((selected) => Number(selected.value));
  if (!choice) errors.audience = text.plain("slack-announcements-error-audience");
  else if (choice === "units" && unitIds.length === 0) errors.units = text.plain("announcements-error-empty-audience");
  // Chosen units with another audience would reach more people than the author meant.
  else if (choice !== "units" && unitIds.length > 0) errors.audience = text.plain("slack-announcements-error-units-unused");
  if (unitIds.some((id) => !Number.isSafeInteger(id) || id <= 0)) errors.units = text.plain("announcements-error-unknown-unit");

  const timing = stateOf(view, FIELDS.timing)?.selected_option?.value;
  const date = stateOf(view, FIELDS.date)?.selected_date ?? null;
  const time = stateOf(view, FIELDS.time)?.selected_time ?? null;
  let at: Date | null = null;
  if (timing === "at") {
    if (!date) errors.date = text.plain("slack-announcements-error-date");
    if (!time) errors.time = text.plain("slack-announcements-error-time");
    if (date && time) {
      at = parseLocalDateTime(`${date} ${time}`, text.timezone);
      if (!at) errors.date = text.plain("slack-announcements-error-date");
    }
  } else if (timing !== "now") errors.timing = text.plain("slack-announcements-error-timing");

  if (Object.keys(errors).length > 0 || !choice) return { ok: false, errors };
  const options = new Set((stateOf(view, FIELDS.options)?.selected_options ?? []).map((selected) => selected.value));
  return {
    ok: true,
    draft: {
      content: { bodyHtml: plainToHtml(body) },
      audience: audienceOf(choice, unitIds),
      needsAck: options.has("ack"),
      ...(options.has("pulse") ? { pulseQuestionnaireCode: DEFAULT_QUESTIONNAIRES.changeReadiness } : {}),
      timing: at ? { kind: "at", at } : { kind: "now" },
    },
  };
}

/** Only fields the view has can carry an error; the units picker is absent when the scope has no units. */
function placed(view: ViewSubmission["view"], errors: Errors): Record<string, string> {
  const present = (field: Field) => field !== FIELDS.units || view.private_metadata === WITH_UNITS;
  const out: Record<string, string> = {};
  for (const [field, message] of Object.entries(errors) as [Field, string][]) {
    const target = present(field) ? field : FIELDS.audience;
    out[target] = out[target] ? `${out[target]} ${message}` : message;
  }
  return out;
}

/** Slack gives every submission its view's id, which stays the same while the modal is open. */
export type ComposeSubmission = ViewSubmission & { view: { id?: string } };

/** A submission made again (e.g. retried after a crash) finds the announcement the first one created. */
const requestKeyOf = (view: ComposeSubmission["view"]) => (view.id ? { requestKey: `slack-view:${view.id}` } : {});

export async function submitCompose(deps: SlackDeps, submission: ComposeSubmission): Promise<void> {
  const caller = await resolveSlackCaller(deps, submission.body.user.id);
  const text = slackText(deps, caller.locale);
  const refuse = (errors: Errors) => submission.ack({ response_action: "errors", errors: placed(submission.view, errors) });
  if (!caller.account?.active) return refuse({ body: text.plain("slack-activities-need-link") });

  const form = readForm(text, submission.view);
  if (!form.ok) return refuse(form.errors);
  const result = await createAnnouncement(
    { ...deps, settings: deps.config.announcements },
    { authorId: caller.account.employeeId, ...form.draft, ...requestKeyOf(submission.view) },
  );
  if (!result.ok) {
    const message = text.plain(`announcements-error-${result.code}`);
    // Formatting is stored as HTML tags, which count towards the limit too (as on Telegram).
    const detail = result.code === "body-too-long" ? ` ${text.plain("compose-formatting-counts")}` : "";
    return refuse({ [FIELD_OF[result.code]]: `${message}${detail}` });
  }

  const outcome =
    result.status === "SCHEDULED" && form.draft.timing.kind === "at"
      ? text.mrkdwn("slack-announcements-scheduled", {
          id: String(result.announcementId),
          count: result.recipients,
          when: formatDateTime(form.draft.timing.at, text.locale, text.timezone),
        })
      : result.status === "CANCELLED"
        ? text.mrkdwn("compose-not-sent", { id: String(result.announcementId) })
        : text.mrkdwn("slack-announcements-sent-now", { id: String(result.announcementId), count: result.recipients });
  await submission.ack({
    response_action: "update",
    view: modal({
      callbackId: `${COMPOSE_VIEW_ID}_done`,
      title: text.plain("compose-hub-new"),
      close: text.plain("slack-activities-close"),
      blocks: sections(outcome),
    }),
  });
}
