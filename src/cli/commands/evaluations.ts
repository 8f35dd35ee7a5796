import { writeFile } from "node:fs/promises";
import type { Command } from "commander";
import { activityResults, nonRespondents } from "../../services/evaluations/results.js";
import { localDate, renderNonRespondentsCsv, renderResults } from "../../services/evaluations/results-text.js";
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
          const csv = renderNonRespondentsCsv(people, context.config.timezone);
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
