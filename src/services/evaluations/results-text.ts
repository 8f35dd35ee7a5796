import { escapeHtml } from "../../i18n/html.js";
import type { Locale, Translate } from "../../i18n/index.js";
import { toLocal } from "../activities/local-time.js";
import { renderCsvTable } from "../csv/table.js";
import type { ActivityResults, NonRespondent, QuestionResult } from "./results.js";

/**
 * An activity's evaluation results as text, line by line, for the CLI (plain) and for chat (HTML:
 * every value from the records escaped, headings bold, and only the scale values somebody chose).
 */

export interface ResultsTextOptions {
  /** Escape values for Telegram's HTML parse mode and bold the headings. */
  html?: boolean;
  /** Leave scale values nobody chose out of the distributions. */
  compact?: boolean;
}

interface Format {
  value: (text: string) => string;
  heading: (line: string) => string;
  num: (value: number | null) => string;
  percent: (share: number | null) => string;
  compact: boolean;
}

export function renderResults(t: Translate, locale: Locale, results: ActivityResults, options: ResultsTextOptions = {}): string[] {
  const number = new Intl.NumberFormat(locale === "id" ? "id-ID" : "en-GB", { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const format: Format = {
    value: options.html ? escapeHtml : (text) => text,
    heading: options.html ? (line) => `<b>${line}</b>` : (line) => line,
    num: (value) => (value === null ? "-" : number.format(value)),
    percent: (share) => (share === null ? "-" : `${Math.round(share * 100)}%`),
    compact: options.compact ?? false,
  };
  const { value, heading, num } = format;
  const signed = (gap: number | null) => (gap === null ? "-" : `${gap > 0 ? "+" : ""}${number.format(gap)}`);
  const lines: string[] = [
    heading(t("evaluation-results-heading", { code: value(results.activity.code), title: value(results.activity.title) })),
  ];
  if (results.questionnaires.length === 0) {
    lines.push(t("evaluation-results-none"));
    return lines;
  }
  for (const questionnaire of results.questionnaires) {
    lines.push("");
    lines.push(
      heading(
        t("evaluation-results-questionnaire", {
          code: value(questionnaire.code),
          version: questionnaire.version,
          title: value(locale === "en" && questionnaire.titleEn ? questionnaire.titleEn : questionnaire.title),
          anonymous: questionnaire.anonymous ? "yes" : "no",
        }),
      ),
    );
    lines.push(
      t("evaluation-results-response-rate", {
        submitted: questionnaire.submitted,
        requests: questionnaire.requests,
        rate: format.percent(questionnaire.responseRate),
      }),
    );
    for (const question of questionnaire.questions) {
      const text = value(locale === "en" && question.textEn ? question.textEn : question.text);
      lines.push(t("evaluation-results-question", { position: question.position, text, answered: question.answered }));
      lines.push(...questionLines(t, locale, question, format));
    }
  }
  if (results.l3) {
    lines.push("");
    lines.push(heading(t("evaluation-results-l3-heading")));
    for (const row of results.l3.dimensions) {
      lines.push(
        t("evaluation-results-l3-row", {
          dimension: row.dimension === null ? t("evaluation-results-l3-no-dimension") : value(row.dimension),
          self: num(row.self),
          supervisor: num(row.supervisor),
          gap: signed(row.gap),
        }),
      );
    }
    const overall = results.l3.overall;
    lines.push(
      t("evaluation-results-l3-overall", { self: num(overall.self), supervisor: num(overall.supervisor), gap: signed(overall.gap) }),
    );
  }
  return lines;
}

function questionLines(t: Translate, locale: Locale, question: QuestionResult, format: Format): string[] {
  const { value } = format;
  switch (question.kind) {
    case "LIKERT":
    case "RATING": {
      const shown = format.compact ? question.distribution.filter((item) => item.count > 0) : question.distribution;
      return [
        t("evaluation-results-mean", {
          mean: format.num(question.mean),
          distribution: shown.length === 0 ? "-" : shown.map((item) => `${item.value}: ${item.count}`).join(" · "),
        }),
      ];
    }
    case "YES_NO":
      return [t("evaluation-results-yes-no", { yes: question.yes, no: question.no, share: format.percent(question.yesShare) })];
    case "SINGLE_CHOICE":
    case "MULTI_CHOICE":
      return question.choices.map((choice) =>
        t("evaluation-results-choice", {
          label: value(choice.label ? (locale === "en" && choice.label.en ? choice.label.en : choice.label.id) : choice.id),
          count: choice.count,
        }),
      );
    case "FREE_TEXT":
      return question.texts.map((item) =>
        item.respondent === undefined
          ? t("evaluation-results-text", { text: value(item.text) })
          : t("evaluation-results-text-by", { text: value(item.text), name: value(item.respondent) }),
      );
  }
}

/** The non-respondents as a CSV file (UTF-8, header first); due dates as local `YYYY-MM-DD`. */
export function renderNonRespondentsCsv(people: NonRespondent[], timezone: string): string {
  return renderCsvTable(
    ["nip", "name", "unit", "questionnaire", "status", "due"] as const,
    people.map((person) => ({
      nip: person.nip,
      name: person.name,
      unit: person.unitCode,
      questionnaire: person.questionnaireCode,
      status: person.status,
      due: localDate(person.dueAt, timezone),
    })),
  );
}

/** `YYYY-MM-DD` in the time zone. */
export function localDate(date: Date, timezone: string): string {
  const local = toLocal(date, timezone);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${local.year}-${pad(local.month)}-${pad(local.day)}`;
}
