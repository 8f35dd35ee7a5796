import { readFile, writeFile } from "node:fs/promises";
import { Option, type Command } from "commander";
import type { Translate } from "../../i18n/index.js";
import { questionnaireIssueKey, type QuestionnaireIssue } from "../../services/evaluations/definition.js";
import { ensureDefaultQuestionnaires } from "../../services/evaluations/defaults.js";
import {
  exportQuestionnaire,
  importQuestionnaire,
  listQuestionnaires,
  questionnaireFormatOf,
} from "../../services/evaluations/questionnaires.js";
import type { CliContext } from "../context.js";

/**
 * `questionnaire import|export|list|defaults`. Import problems go to stdout, one line each; the exit
 * code is 1 when anything failed (nothing is saved then).
 */
export function register(program: Command, context: CliContext): void {
  const { t, io } = context;
  const fail = (key: string, params: Record<string, string> = {}): void => {
    io.err(t(key, params));
    context.exitCode = 1;
  };

  const questionnaire = program.command("questionnaire").description(t("questionnaire-cli-description"));

  questionnaire
    .command("import")
    .description(t("questionnaire-cli-import-description"))
    .argument("<file>", t("questionnaire-cli-file-argument"))
    .option("--dry-run", t("questionnaire-cli-dry-run-option"))
    .action(
      context.action(async (file: string, options: { dryRun?: boolean }) => {
        const format = questionnaireFormatOf(file);
        if (format === null) return fail("questionnaire-file-format", { file });
        let text: string;
        try {
          text = await readFile(file, "utf8");
        } catch (error) {
          return fail("questionnaire-file-unreadable", { file, reason: (error as NodeJS.ErrnoException).code ?? String(error) });
        }
        const dryRun = options.dryRun === true;
        const result = await importQuestionnaire(await context.services(), text, { format, dryRun, actorLabel: context.actorLabel });
        if (!result.ok) {
          for (const issue of result.errors) io.out(describeQuestionnaireIssue(t, issue));
          io.out(t("questionnaire-import-failed", { count: result.errors.length }));
          context.exitCode = 1;
          return;
        }
        const params = { code: result.code ?? "", version: String(result.version ?? "") };
        io.out(t(`questionnaire-import-${result.outcome ?? "unchanged"}`, params));
        if (dryRun) io.out(t("questionnaire-import-dry-run"));
      }),
    );

  questionnaire
    .command("export")
    .description(t("questionnaire-cli-export-description"))
    .argument("<code>", t("questionnaire-cli-code-argument"))
    .option("--version <n>", t("questionnaire-cli-version-option"))
    .addOption(new Option("--format <format>", t("questionnaire-cli-format-option")).choices(["yaml", "json"]).default("yaml"))
    .option("--out <file>", t("questionnaire-cli-out-option"))
    .action(
      context.action(async (code: string, options: { version?: string; format: "yaml" | "json"; out?: string }) => {
        let version: number | undefined;
        if (options.version !== undefined) {
          version = /^[1-9][0-9]{0,5}$/.test(options.version.trim()) ? Number(options.version.trim()) : NaN;
          if (Number.isNaN(version)) return fail("questionnaire-version-invalid", { value: options.version });
        }
        const text = await exportQuestionnaire(await context.services(), {
          code,
          format: options.format,
          ...(version === undefined ? {} : { version }),
        });
        if (text === null) {
          return fail(version === undefined ? "questionnaire-not-found" : "questionnaire-version-not-found", {
            code,
            version: String(version ?? ""),
          });
        }
        if (options.out === undefined) return io.out(text.replace(/\n$/, ""));
        await writeFile(options.out, text, "utf8");
        io.out(t("questionnaire-exported", { code: code.toUpperCase(), file: options.out }));
      }),
    );

  questionnaire
    .command("list")
    .description(t("questionnaire-cli-list-description"))
    .action(
      context.action(async () => {
        const items = await listQuestionnaires(await context.services());
        if (items.length === 0) return io.out(t("questionnaire-list-empty"));
        for (const item of items) {
          io.out(
            t("questionnaire-list-item", {
              code: item.code,
              title: context.locale === "en" && item.titleEn !== null ? item.titleEn : item.title,
              level: t(`questionnaire-level-${item.level.toLowerCase()}`),
              respondent: t(`questionnaire-respondent-${item.respondentRole.toLowerCase()}`),
              versions: item.versions.join(", "),
              active: item.activeVersion === null ? t("questionnaire-list-none-active") : String(item.activeVersion),
              questions: String(item.questions),
              responses: String(item.responses),
            }),
          );
        }
      }),
    );

  questionnaire
    .command("defaults")
    .description(t("questionnaire-cli-defaults-description"))
    .action(
      context.action(async () => {
        const results = await ensureDefaultQuestionnaires(await context.services(), { actorLabel: context.actorLabel });
        for (const result of results) {
          io.out(t(`questionnaire-default-${result.outcome}`, { code: result.code, version: String(result.version) }));
        }
      }),
    );
}

/** "questions.2.kind: …" or "berkas: …" for the file as a whole. */
export function describeQuestionnaireIssue(t: Translate, issue: QuestionnaireIssue): string {
  const params = Object.fromEntries(Object.entries(issue.params).map(([key, value]) => [key, String(value)]));
  const message = t(questionnaireIssueKey(issue.code), params);
  if (issue.path === "") return t("questionnaire-issue-in-file", { message });
  return t("questionnaire-issue-at", { path: issue.path, message });
}
