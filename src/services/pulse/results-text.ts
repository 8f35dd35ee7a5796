import { formatDate } from "../../i18n/format-date.js";
import { escapeHtml } from "../../i18n/html.js";
import type { Locale, Translate } from "../../i18n/index.js";
import { ADKAR_DIMENSIONS, type PerDimension } from "./adkar.js";
import type { PulseGroupResult, PulseResults, PulseResultsOutcome } from "./results.js";

export interface PulseTextOptions {
  locale: Locale;
  timezone: string;
  /** HTML for chat (bold headings, escaped names); plain text for the CLI. */
  html: boolean;
}

/**
 * The results as text, one paragraph per unit:
 *
 * ```
 * Dinas Kesehatan · 12 responden
 * A 3,8 · D 2,9 · K 3,1 · A 3,4 · R 3,6
 * Hambatan: Desire (keinginan)
 * Tren: A ↑ +0,3 · D ↓ -0,2 · K → 0,0 · A ↑ +0,1 · R → 0,0
 * ```
 *
 * Paragraphs are separated by a blank line, so a long report can be split between them.
 */
export function renderPulseResults(t: Translate, results: PulseResults, options: PulseTextOptions): string {
  const { locale, timezone, html } = options;
  const text = (value: string) => (html ? escapeHtml(value) : value);
  const bold = (value: string) => (html ? `<b>${value}</b>` : value);
  const oneDecimal = { minimumFractionDigits: 1, maximumFractionDigits: 1 } as const;
  const intlLocale = locale === "id" ? "id-ID" : "en-GB";
  const decimal = new Intl.NumberFormat(intlLocale, oneDecimal);
  const signed = new Intl.NumberFormat(intlLocale, { ...oneDecimal, signDisplay: "exceptZero" });
  const date = (value: Date) => formatDate(value, locale, timezone);
  const { round } = results;
  const title = locale === "en" ? (round.questionnaireTitleEn ?? round.questionnaireTitle) : round.questionnaireTitle;

  const header = [bold(t("pulse-heading"))];
  header.push(
    round.sentAt
      ? t("pulse-round", { title: text(title), id: String(round.announcementId), date: date(round.sentAt) })
      : t("pulse-round-unsent", { title: text(title), id: String(round.announcementId) }),
  );
  header.push(results.scope ? t("pulse-scope-unit", { unit: text(results.scope.name) }) : t("pulse-scope-district"));
  const rate = results.responseRate === null ? "-" : `${Math.round(results.responseRate * 100)}%`;
  header.push(t("pulse-response-rate", { submitted: results.submitted, requests: results.requests, rate }));
  header.push(t("pulse-rules", { threshold: decimal.format(results.threshold), min: results.minGroupSize }));
  if (results.previous) {
    const when = results.previous.sentAt ? date(results.previous.sentAt) : t("pulse-list-unsent");
    header.push(t("pulse-previous", { id: String(results.previous.announcementId), date: when }));
  } else {
    header.push(t("pulse-previous-none"));
  }

  const paragraphs = [header.join("\n")];
  if (results.respondents === 0) {
    paragraphs.push(t("pulse-no-responses"));
    return paragraphs.join("\n\n");
  }

  const scores = (means: PerDimension<number | null>) =>
    ADKAR_DIMENSIONS.map((dimension) => {
      const mean = means[dimension];
      return `${t(`pulse-letter-${dimension}`)} ${mean === null ? "-" : decimal.format(mean)}`;
    }).join(" · ");
  const trend = (deltas: PerDimension<number | null>) =>
    ADKAR_DIMENSIONS.map((dimension) => {
      const delta = deltas[dimension];
      const letter = t(`pulse-letter-${dimension}`);
      if (delta === null) return `${letter} -`;
      const tenths = Math.round(delta * 10);
      const arrow = tenths > 0 ? "↑" : tenths < 0 ? "↓" : "→";
      return `${letter} ${arrow} ${signed.format(tenths / 10)}`;
    }).join(" · ");
  const group = (heading: string, row: PulseGroupResult) => {
    const lines = [bold(heading), scores(row.means)];
    lines.push(
      row.barrier === null
        ? t("pulse-barrier-none", { threshold: decimal.format(results.threshold) })
        : t("pulse-barrier", { dimension: t(`pulse-dimension-${row.barrier}`) }),
    );
    if (row.trend !== null) {
      const known = ADKAR_DIMENSIONS.some((dimension) => row.trend![dimension] !== null);
      lines.push(known ? t("pulse-trend", { trend: trend(row.trend) }) : t("pulse-trend-unavailable"));
    }
    return lines.join("\n");
  };

  if (results.overall) {
    paragraphs.push(group(t("pulse-overall", { count: results.overall.respondents }), results.overall));
  } else {
    paragraphs.push(t("pulse-too-few", { min: results.minGroupSize }));
  }
  for (const row of results.units) {
    paragraphs.push(group(t("pulse-unit", { unit: text(row.unit?.name ?? ""), count: row.respondents }), row));
  }
  if (results.others) paragraphs.push(group(t("pulse-others", { count: results.others.respondents }), results.others));
  const notes: string[] = [];
  if (results.suppressed.length > 0) {
    const units = results.suppressed.map((unit) => text(unit.name)).join(", ");
    notes.push(t("pulse-suppressed", { min: results.minGroupSize, units }));
  }
  if (results.excludedFromOverall > 0 && results.overall) notes.push(t("pulse-excluded", { count: results.excludedFromOverall }));
  if (notes.length > 0) paragraphs.push(notes.join("\n"));
  return paragraphs.join("\n\n");
}

/** The refusal for an outcome that is not ok, in the reader's language. */
export function describePulseRefusal(t: Translate, outcome: Exclude<PulseResultsOutcome, { ok: true }>, announcementId?: number): string {
  if (outcome.code === "not-found") return t("pulse-not-found", { id: announcementId === undefined ? "-" : String(announcementId) });
  return t(`pulse-${outcome.code}`);
}
