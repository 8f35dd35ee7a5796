import type { ActivityKind, CompetencyType } from "../../../generated/prisma/enums.js";
import { formatDateTime } from "../../../i18n/format-date.js";
import { escapeHtml } from "../../../i18n/html.js";
import type { AudienceSummary } from "../../../services/activities/activity-detail.js";
import type { EligibilityProblem } from "../../../services/activities/eligibility.js";
import type { CatalogueFilter } from "./callback-data.js";
import type { SlackText } from "./text.js";

/** The catalogue's words for kinds, competencies, seats and refusals, from the shared catalogue strings (HTML). */

/** Fluent keys are lower-case with dashes: PENDING_APPROVAL → pending-approval. */
export const keyPart = (value: string): string => value.toLowerCase().replace(/_/g, "-");

export const kindName = (text: SlackText, kind: ActivityKind): string => text.html(`catalogue-kind-${keyPart(kind)}`);
export const competencyName = (text: SlackText, type: CompetencyType): string =>
  text.html(`catalogue-competency-${keyPart(type)}`);

export function filterText(text: SlackText, filter: CatalogueFilter): { kind: string; competency: string } {
  return {
    kind: filter.kind ? kindName(text, filter.kind) : text.html("catalogue-all-kinds"),
    competency: filter.competencyType ? competencyName(text, filter.competencyType) : text.html("catalogue-all-competencies"),
  };
}

export function seatsText(text: SlackText, item: { seatsLeft: number | null; waitlistLength: number }): string {
  if (item.seatsLeft === null) return text.html("catalogue-seats-unlimited");
  if (item.seatsLeft === 0) return text.html("catalogue-seats-full", { waiting: item.waitlistLength });
  return text.html("catalogue-seats-left", { seats: item.seatsLeft });
}

/** Where to put a place: the venue, the online link, or a dash. */
export const placeOf = (activity: { venue: string | null; onlineUrl: string | null }): string =>
  activity.venue ?? activity.onlineUrl ?? "-";

/** Who an activity is for, or null when it is open to everybody. */
export function audienceText(text: SlackText, audience: AudienceSummary): string | null {
  const parts: string[] = [];
  if (audience.units.length > 0) parts.push(text.html("catalogue-audience-units", { units: escapeHtml(audience.units.join(", ")) }));
  if (audience.grades.length > 0) parts.push(text.html("catalogue-audience-grades", { grades: escapeHtml(audience.grades.join(", ")) }));
  if (audience.positionTypes.length > 0) {
    parts.push(audience.positionTypes.map((type) => text.html(`catalogue-position-type-${keyPart(type)}`)).join(", "));
  }
  return parts.length > 0 ? parts.join("; ") : null;
}

/** Why the person may not register, in words. */
export function refusalText(text: SlackText, problem: EligibilityProblem, audience: AudienceSummary | null): string {
  const date = (value: Date) => formatDateTime(value, text.locale, text.timezone);
  switch (problem.code) {
    case "window-not-open":
      return text.html("catalogue-refusal-window-not-open", { date: date(problem.opensAt) });
    case "window-closed":
      return text.html("catalogue-refusal-window-closed", { date: date(problem.closesAt) });
    case "not-in-audience":
      return text.html(`catalogue-refusal-not-in-audience-${problem.reason}`, {
        audience: (audience && audienceText(text, audience)) ?? "-",
      });
    default:
      return text.html(`catalogue-refusal-${problem.code}`);
  }
}
