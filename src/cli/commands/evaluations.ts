import { writeFile } from "node:fs/promises";
import type { Command } from "commander";
import type { Locale, Translate } from "../../i18n/index.js";
import { toLocal } from "../../services/activities/local-time.js";
import { renderCsvTable } from "../../services/csv/table.js";
import { activityResults, nonRespondents, type ActivityResults, type QuestionResult } from "../../services/evaluations/results.js";
import type { CliContext } from "../context.js";

/**
 * `evaluation results <activityCode>`: a text report of an activity's evaluations;
 * `evaluation non-respondents <activityCode> [--csv FILE]`: who has not answered (open or expired).
 */
export function register(program: Command, context: CliContext): void {
  const { t, io } = context;
  const evaluation = program.command("evaluation").description(t("evaluation-results-cli-description"));

  evaluation
    .command("results")
    .description(t("evaluation-results-cli-results-description"))
    .argument("<activityCode>", t("evaluation-results-cli-activity-argument"))
    .action(
      context.action(async (activityCode: string) => {
        const results = await activityResults(await context.services(), { activityCode });
        if (results === null) {
          io.err(t("evaluation-results-activity-not-found", { code: activityCode }));
          context.exitCode = 1;
          return;
        }
        for (const line of renderResults(t, context.locale, results)) io.out(line);
      }),
    );

  evaluation
    .command("non-respondents")
    .description(t("evaluation-results-cli-non-respondents-description"))
    .argument("<activityCode>", t("evaluation-results-cli-activity-argument"))
    .option("--csv <file>", t("evaluation-results-cli-csv-option"))
    .action(
      context.action(async (activityCode: string, options: { csv?: string }) => {
        const people = await nonRespondents(await context.services(), { activityCode });
        if (people === null) {
          io.err(t("evaluation-results-activity-not-found", { code: activityCode }));
          context.exitCode = 1;
          return;
        }
        const due = (date: Date) => localDate(date, context.config.timezone);
        if (options.csv !== undefined) {
          const csv = renderCsvTable(
            ["nip", "name", "unit", "questionnaire", "status", "due"] as const,
            people.map((person) => ({
              nip: person.nip,
              name: person.name,
              unit: person.unitCode,
              questionnaire: person.questionnaireCode,
              status: person.status,
              due: due(person.dueAt),
            })),
          );
          await writeFile(options.csv, csv, "utf8");
          io.out(t("evaluation-results-non-respondents-written", { count: people.length, file: options.csv }));
          return;
        }
        if (people.length === 0) return io.out(t("evaluation-results-non-respondents-none"));
        for (const person of people) {
          io.out(
            t("evaluation-results-non-respondent-line", {
              nip: person.nip,
              name: person.name,
              unit: person.unitCode,
              questionnaire: person.questionnaireCode,
              status: t(`evaluation-results-status-${person.status.toLowerCase()}`),
              due: due(person.dueAt),
            }),
          );
        }
        io.out(t("evaluation-results-non-respondents-total", { count: people.length }));
      }),
    );
}

function localDate(date: Date, timezone: string): string {
  const local = toLocal(date, timezone);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${local.year}-${pad(local.month)}-${pad(local.day)}`;
}

/** The report, line by line. */
export function renderResults(t: Translate, locale: Locale, results: ActivityResults): string[] {
  const number = new Intl.NumberFormat(locale === "id" ? "id-ID" : "en-GB", { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const num = (value: number | null) => (value === null ? "-" : number.format(value));
  const signed = (value: number | null) => (value === null ? "-" : `${value > 0 ? "+" : ""}${number.format(value)}`);
  const percent = (share: number | null) => (share === null ? "-" : `${Math.round(share * 100)}%`);
  const lines: string[] = [t("evaluation-results-heading", { code: results.activity.code, title: results.activity.title })];
  if (results.questionnaires.length === 0) {
    lines.push(t("evaluation-results-none"));
    return lines;
  }
  for (const questionnaire of results.questionnaires) {
    lines.push("");
    lines.push(
      t("evaluation-results-questionnaire", {
        code: questionnaire.code,
        version: questionnaire.version,
        title: locale === "en" && questionnaire.titleEn ? questionnaire.titleEn : questionnaire.title,
        anonymous: questionnaire.anonymous ? "yes" : "no",
      }),
    );
    lines.push(
      t("evaluation-results-response-rate", {
        submitted: questionnaire.submitted,
        requests: questionnaire.requests,
        rate: percent(questionnaire.responseRate),
      }),
    );
    for (const question of questionnaire.questions) {
      const text = locale === "en" && question.textEn ? question.textEn : question.text;
      lines.push(t("evaluation-results-question", { position: question.position, text, answered: question.answered }));
      lines.push(...questionLines(t, locale, question, { num, percent }));
    }
  }
  if (results.l3) {
    lines.push("");
    lines.push(t("evaluation-results-l3-heading"));
    for (const row of results.l3.dimensions) {
      lines.push(
        t("evaluation-results-l3-row", {
          dimension: row.dimension ?? t("evaluation-results-l3-no-dimension"),
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

function questionLines(
  t: Translate,
  locale: Locale,
  question: QuestionResult,
  format: { num: (value: number | null) => string; percent: (share: number | null) => string },
): string[] {
  switch (question.kind) {
    case "LIKERT":
    case "RATING":
      return [
        t("evaluation-results-mean", {
          mean: format.num(question.mean),
          distribution: question.distribution.map((item) => `${item.value}: ${item.count}`).join(" · "),
        }),
      ];
    case "YES_NO":
      return [t("evaluation-results-yes-no", { yes: question.yes, no: question.no, share: format.percent(question.yesShare) })];
    case "SINGLE_CHOICE":
    case "MULTI_CHOICE":
      return question.choices.map((choice) =>
        t("evaluation-results-choice", {
          label: choice.label ? (locale === "en" && choice.label.en ? choice.label.en : choice.label.id) : choice.id,
          count: choice.count,
        }),
      );
    case "FREE_TEXT":
      return question.texts.map((item) =>
        item.respondent === undefined
          ? t("evaluation-results-text", { text: item.text })
          : t("evaluation-results-text-by", { text: item.text, name: item.respondent }),
      );
  }
}
