import { formatDateTime } from "../../../i18n/format-date.js";
import { escapeHtml } from "../../../i18n/html.js";
import type { Locale, Translate } from "../../../i18n/index.js";
import type { AudienceSummary } from "../../../services/activities/activity-detail.js";
import type { EligibilityProblem } from "../../../services/activities/eligibility.js";
import { keyPart } from "./labels.js";

/** Who an activity is for, or null when it is open to everybody. */
export function audienceText(t: Translate, audience: AudienceSummary): string | null {
  const parts: string[] = [];
  if (audience.units.length > 0) parts.push(t("catalogue-audience-units", { units: escapeHtml(audience.units.join(", ")) }));
  if (audience.grades.length > 0) parts.push(t("catalogue-audience-grades", { grades: escapeHtml(audience.grades.join(", ")) }));
  if (audience.positionTypes.length > 0) {
    parts.push(audience.positionTypes.map((type) => t(`catalogue-position-type-${keyPart(type)}`)).join(", "));
  }
  return parts.length > 0 ? parts.join("; ") : null;
}

/** Why the person may not register, in words. */
export function refusalText(
  t: Translate,
  problem: EligibilityProblem,
  audience: AudienceSummary | null,
  locale: Locale,
  timeZone: string,
): string {
  switch (problem.code) {
    case "window-not-open":
      return t("catalogue-refusal-window-not-open", { date: formatDateTime(problem.opensAt, locale, timeZone) });
    case "window-closed":
      return t("catalogue-refusal-window-closed", { date: formatDateTime(problem.closesAt, locale, timeZone) });
    case "not-in-audience":
      return t(`catalogue-refusal-not-in-audience-${problem.reason}`, {
        audience: (audience && audienceText(t, audience)) ?? "-",
      });
    default:
      return t(`catalogue-refusal-${problem.code}`);
  }
}
