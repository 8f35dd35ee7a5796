import type { types } from "@slack/bolt";
import { formatDateTime } from "../../../i18n/format-date.js";
import { escapeHtml } from "../../../i18n/html.js";
import type { ActivityDetail } from "../../../services/activities/activity-detail.js";
import { htmlToMrkdwn } from "../../mrkdwn.js";
import { actions, clip, sections, type ButtonSpec } from "./blocks.js";
import { cancelData, registerData } from "./callback-data.js";
import { audienceText, competencyName, keyPart, kindName, refusalText } from "./labels.js";
import type { SlackText } from "./text.js";

/** An activity in full, with Register / Cancel buttons and a way back, from the shared catalogue strings. */

const DESCRIPTION_LIMIT = 1500;

function detailHtml(text: SlackText, detail: ActivityDetail): string[] {
  const date = (value: Date) => formatDateTime(value, text.locale, text.timezone);
  const head = [
    text.html("catalogue-detail-title", { title: escapeHtml(detail.title) }),
    text.html("catalogue-detail-meta", {
      kind: kindName(text, detail.kind),
      competency: competencyName(text, detail.competencyType),
      jp: detail.jp,
    }),
  ];
  if (detail.status === "CANCELLED") head.push(text.html("catalogue-detail-cancelled"));
  if (detail.status === "COMPLETED") head.push(text.html("catalogue-detail-completed"));
  const parts = [head.join("\n")];
  const description = detail.description?.trim() ?? "";
  if (description) parts.push(escapeHtml(clip(description, DESCRIPTION_LIMIT)));

  const facts = [
    text.html("catalogue-detail-start", { date: date(detail.startsAt) }),
    text.html("catalogue-detail-end", { date: date(detail.endsAt) }),
  ];
  if (detail.venue) facts.push(text.html("catalogue-detail-venue", { venue: escapeHtml(detail.venue) }));
  if (detail.onlineUrl) facts.push(text.html("catalogue-detail-online", { url: escapeHtml(detail.onlineUrl) }));
  if (detail.partner) {
    facts.push(
      text.html("catalogue-detail-partner", {
        name: escapeHtml(detail.partner.name),
        kind: text.html(`catalogue-partner-kind-${keyPart(detail.partner.kind)}`),
      }),
    );
  }
  parts.push(facts.join("\n"));

  if (detail.speakers.length > 0) {
    const lines = [text.html("catalogue-detail-speakers")];
    for (const speaker of detail.speakers) {
      const role = text.html(`catalogue-speaker-role-${keyPart(speaker.role)}`);
      const name = escapeHtml(speaker.name);
      lines.push(
        speaker.institution
          ? text.html("catalogue-detail-speaker-institution", { name, institution: escapeHtml(speaker.institution), role })
          : text.html("catalogue-detail-speaker", { name, role }),
      );
    }
    parts.push(lines.join("\n"));
  }

  const terms: string[] = [];
  const audience = audienceText(text, detail.audience);
  terms.push(audience ? text.html("catalogue-detail-audience", { audience }) : text.html("catalogue-detail-audience-all"));
  if (detail.capacity === null) terms.push(text.html("catalogue-detail-capacity-unlimited"));
  else if (detail.seatsLeft === 0) {
    terms.push(text.html("catalogue-detail-capacity-full", { capacity: detail.capacity, waiting: detail.waitlistLength }));
  } else terms.push(text.html("catalogue-detail-capacity", { capacity: detail.capacity, seats: detail.seatsLeft ?? 0 }));
  const { registrationOpensAt: opens, registrationClosesAt: closes } = detail;
  if (opens && closes) terms.push(text.html("catalogue-detail-window-between", { opens: date(opens), closes: date(closes) }));
  else if (opens) terms.push(text.html("catalogue-detail-window-from", { opens: date(opens) }));
  else if (closes) terms.push(text.html("catalogue-detail-window-until", { closes: date(closes) }));
  if (detail.needsSupervisorApproval) terms.push(text.html("catalogue-detail-approval"));
  parts.push(terms.join("\n"));

  const mine = detail.myRegistration;
  if (mine) parts.push(text.html(`catalogue-status-${keyPart(mine.status)}`, { rank: mine.waitlistRank ?? 0 }));
  if (detail.refusal) {
    parts.push(text.html("catalogue-detail-why-not", { reason: refusalText(text, detail.refusal, detail.audience) }));
  } else if (detail.canRegister && detail.full) parts.push(text.html("catalogue-detail-can-waitlist"));
  return parts;
}

/** The cancel button, with Slack's own confirmation asking the same question as Telegram. */
export function cancelButton(
  text: SlackText,
  registration: { id: number; status: string },
  activity: { title: string; startsAt: Date },
  label: string = text.plain("catalogue-button-cancel"),
): ButtonSpec {
  const question = [
    text.mrkdwn("catalogue-cancel-confirm", {
      title: escapeHtml(activity.title),
      start: formatDateTime(activity.startsAt, text.locale, text.timezone),
    }),
  ];
  if (registration.status === "REGISTERED") question.push(text.mrkdwn("catalogue-cancel-confirm-seat"));
  return {
    text: label,
    value: cancelData(registration.id),
    style: "danger",
    confirm: {
      title: text.plain("catalogue-button-cancel"),
      text: question.join("\n\n"),
      yes: text.plain("catalogue-button-cancel-yes"),
      no: text.plain("catalogue-button-cancel-no"),
    },
  };
}

export function detailBlocks(text: SlackText, detail: ActivityDetail, back: string): types.KnownBlock[] {
  const buttons: ButtonSpec[] = [];
  if (detail.canRegister) {
    const key = detail.full ? "catalogue-button-register-waitlist" : "catalogue-button-register";
    buttons.push({ text: text.plain(key), value: registerData(detail.id), style: "primary" });
  }
  const mine = detail.myRegistration;
  if (mine?.cancellable) buttons.push(cancelButton(text, mine, detail));
  buttons.push({ text: text.plain("catalogue-button-back"), value: back });
  return [...sections(htmlToMrkdwn(detailHtml(text, detail).join("\n\n"))), actions(buttons)];
}
