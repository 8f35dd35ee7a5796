import type { Command } from "commander";
import type { RespondentRole } from "../../generated/prisma/enums.js";
import { formatDate, formatDateTime } from "../../i18n/format-date.js";
import type { Translate } from "../../i18n/index.js";
import {
  EVALUATION_RULE_LIMITS,
  evaluationRules,
  parseRespondentWord,
  removeEvaluationRule,
  resetEvaluationRules,
  setEvaluationRule,
  setNoEvaluations,
  type EvaluationPlanView,
  type RuleError,
  type RulesDeps,
} from "../../services/evaluations/rules.js";
import type { CliContext } from "../context.js";

/**
 * `evaluation rules <activity>` shows an activity's evaluation plan; `evaluation rule
 * set|remove|reset|none` changes it. Added to the `evaluation` group of evaluations.ts (registered
 * before this file), or creates that group when it is missing. Errors go to stderr with exit code 1.
 */
export function register(program: Command, context: CliContext): void {
  const { t, io, config } = context;
  // The group now holds results and rules alike, so its description covers both.
  const evaluation = (program.commands.find((command) => command.name() === "evaluation") ?? program.command("evaluation")).description(
    t("evaluation-rules-cli-group-description"),
  );
  const helpAfter = `\n${t("evaluation-rules-cli-help-after")}`;
  const deps = async (): Promise<RulesDeps> => ({ ...(await context.services()), settings: config.evaluations });
  const words = wordsFor(context);

  const failed = (error: RuleError): void => {
    const params: Record<string, string> = Object.fromEntries(
      Object.entries(error.params).map(([key, value]) => [key, String(value)]),
    );
    for (const key of ["respondent", "role"] as const) {
      if (params[key]) params[key] = words.respondent(params[key] as RespondentRole);
    }
    if (error.code === "rule-not-found" && !params.respondent) params.respondent = "none";
    if (params.due) params.due = formatDateTime(new Date(params.due), context.locale, config.timezone);
    io.err(t(`evaluation-rules-error-${error.code}`, params));
    context.exitCode = 1;
  };
  const fail = (key: string, params: Record<string, string>): void => {
    io.err(t(key, params));
    context.exitCode = 1;
  };
  const printPlan = (plan: EvaluationPlanView): void => {
    for (const line of renderPlan(t, words, plan)) io.out(line);
  };

  evaluation
    .command("rules")
    .description(t("evaluation-rules-cli-rules-description"))
    .argument("<activityCode>", t("evaluation-rules-cli-activity-argument"))
    .addHelpText("after", helpAfter)
    .action(
      context.action(async (activityCode: string) => {
        const result = await evaluationRules(await deps(), { activityCode });
        if (!result.ok) return failed(result);
        printPlan(result.plan);
      }),
    );

  const rule = evaluation
    .command("rule")
    .description(t("evaluation-rules-cli-rule-description"))
    .addHelpText("after", helpAfter);
  const { maxDaysAfterEnd, minDueInDays, maxDueInDays } = EVALUATION_RULE_LIMITS;

  rule
    .command("set")
    .description(t("evaluation-rules-cli-set-description"))
    .argument("<activityCode>", t("evaluation-rules-cli-activity-argument"))
    .argument("<questionnaireCode>", t("evaluation-rules-cli-questionnaire-argument"))
    .option("--respondent <who>", t("evaluation-rules-cli-respondent-option"))
    .option("--days-after-end <n>", t("evaluation-rules-cli-days-after-end-option", { min: "0", max: String(maxDaysAfterEnd) }), "0")
    .option(
      "--due-days <n>",
      t("evaluation-rules-cli-due-days-option", {
        min: String(minDueInDays),
        max: String(maxDueInDays),
        default: String(config.evaluations.dueDays),
      }),
    )
    .addHelpText("after", helpAfter)
    .action(
      context.action(
        async (activityCode: string, questionnaireCode: string, options: SetOptions) => {
          const respondent = parseRespondent(options.respondent);
          if (respondent === null) return fail("evaluation-rules-error-respondent", { value: options.respondent ?? "" });
          const daysAfterEnd = parseWhole(options.daysAfterEnd);
          if (daysAfterEnd === null) {
            return fail("evaluation-rules-error-days-after-end", { value: options.daysAfterEnd, min: "0", max: String(maxDaysAfterEnd) });
          }
          const dueText = options.dueDays ?? String(config.evaluations.dueDays);
          const dueInDays = parseWhole(dueText);
          if (dueInDays === null) {
            return fail("evaluation-rules-error-due-days", { value: dueText, min: String(minDueInDays), max: String(maxDueInDays) });
          }
          const result = await setEvaluationRule(await deps(), {
            activityCode,
            questionnaireCode,
            ...(respondent === undefined ? {} : { respondent }),
            daysAfterEnd,
            dueInDays,
            actorLabel: context.actorLabel,
          });
          if (!result.ok) return failed(result);
          const { rule: saved, plan } = result;
          io.out(
            t(`evaluation-rules-set-${result.outcome}`, {
              questionnaire: saved.questionnaireCode,
              respondent: words.respondent(saved.respondent),
              when: words.when(saved.daysAfterEnd, plan.activity.endsAt),
              due: String(saved.dueInDays),
            }),
          );
          if (result.copiedDefaults) io.out(t("evaluation-rules-copied-defaults", { code: plan.activity.code }));
          io.out("");
          printPlan(plan);
        },
      ),
    );

  rule
    .command("remove")
    .description(t("evaluation-rules-cli-remove-description"))
    .argument("<activityCode>", t("evaluation-rules-cli-activity-argument"))
    .argument("<questionnaireCode>", t("evaluation-rules-cli-questionnaire-argument"))
    .option("--respondent <who>", t("evaluation-rules-cli-respondent-option"))
    .addHelpText("after", helpAfter)
    .action(
      context.action(async (activityCode: string, questionnaireCode: string, options: { respondent?: string }) => {
        const respondent = parseRespondent(options.respondent);
        if (respondent === null) return fail("evaluation-rules-error-respondent", { value: options.respondent ?? "" });
        const result = await removeEvaluationRule(await deps(), {
          activityCode,
          questionnaireCode,
          ...(respondent === undefined ? {} : { respondent }),
          actorLabel: context.actorLabel,
        });
        if (!result.ok) return failed(result);
        const { plan } = result;
        io.out(t("evaluation-rules-removed", { count: String(result.removed), questionnaire: questionnaireCode.trim().toUpperCase() }));
        if (result.copiedDefaults) io.out(t("evaluation-rules-copied-defaults", { code: plan.activity.code }));
        if (plan.rules.length === 0) io.out(t("evaluation-rules-now-none", { code: plan.activity.code }));
        io.out("");
        printPlan(plan);
      }),
    );

  for (const [name, change] of [
    ["reset", resetEvaluationRules],
    ["none", setNoEvaluations],
  ] as const) {
    rule
      .command(name)
      .description(t(`evaluation-rules-cli-${name}-description`))
      .argument("<activityCode>", t("evaluation-rules-cli-activity-argument"))
      .addHelpText("after", helpAfter)
      .action(
        context.action(async (activityCode: string) => {
          const result = await change(await deps(), { activityCode, actorLabel: context.actorLabel });
          if (!result.ok) return failed(result);
          io.out(t(`evaluation-rules-${name}-${result.changed ? "done" : "unchanged"}`, { code: result.plan.activity.code }));
          io.out("");
          printPlan(result.plan);
        }),
      );
  }
}

interface SetOptions {
  respondent?: string;
  daysAfterEnd: string;
  dueDays?: string;
}

interface Words {
  respondent(role: RespondentRole): string;
  when(daysAfterEnd: number, endsAt: Date): string;
  dateTime(date: Date): string;
  title(questionnaire: { title: string; titleEn: string | null }): string;
}

function wordsFor(context: CliContext): Words {
  const { t, locale, config } = context;
  const DAY_MS = 24 * 60 * 60 * 1000;
  return {
    respondent: (role) => t(`evaluation-rules-respondent-${role.toLowerCase()}`),
    when: (days, endsAt) =>
      days === 0
        ? t("evaluation-rules-when-end")
        : t("evaluation-rules-when-after", {
            days: String(days),
            date: formatDate(new Date(endsAt.getTime() + days * DAY_MS), locale, config.timezone),
          }),
    dateTime: (date) => formatDateTime(date, locale, config.timezone),
    title: (questionnaire) => (locale === "en" && questionnaire.titleEn ? questionnaire.titleEn : questionnaire.title),
  };
}

/** The plan, line by line. */
function renderPlan(t: Translate, words: Words, plan: EvaluationPlanView): string[] {
  const { activity } = plan;
  const lines = [t("evaluation-rules-heading", { code: activity.code, title: activity.title, endsAt: words.dateTime(activity.endsAt) })];
  if (plan.source === "defaults") lines.push(t("evaluation-rules-source-defaults"));
  else lines.push(t(plan.rules.length === 0 ? "evaluation-rules-source-none" : "evaluation-rules-source-custom"));
  for (const rule of plan.rules) {
    const params = {
      questionnaire: rule.questionnaireCode,
      respondent: words.respondent(rule.respondent),
      when: words.when(rule.daysAfterEnd, activity.endsAt),
      due: String(rule.dueInDays),
    };
    const questionnaire = rule.questionnaire;
    lines.push(
      questionnaire === null
        ? t("evaluation-rules-line-inactive", params)
        : t("evaluation-rules-line", { ...params, version: String(questionnaire.version), title: words.title(questionnaire) }),
    );
  }
  if (plan.existingRequests > 0) lines.push(t("evaluation-rules-existing", { count: String(plan.existingRequests) }));
  return lines;
}

/** Undefined when not given (the questionnaire's own respondent), null when not recognised. */
function parseRespondent(value: string | undefined): RespondentRole | undefined | null {
  if (value === undefined) return undefined;
  return parseRespondentWord(value);
}

/** A whole number as typed ("-1" too, for the service to refuse with its limits); null for anything else. */
function parseWhole(value: string): number | null {
  return /^-?\d{1,6}$/.test(value.trim()) ? Number(value.trim()) : null;
}
