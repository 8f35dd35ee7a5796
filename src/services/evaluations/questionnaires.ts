import { stringify } from "yaml";
import type { Prisma, Question, Questionnaire } from "../../generated/prisma/client.js";
import { recordAudit } from "../audit.js";
import type { ServiceDeps } from "../deps.js";
import {
  parseQuestionnaireDefinition,
  toQuestionnaireFile,
  type QuestionDefinition,
  type QuestionnaireDefinition,
  type QuestionnaireFileFormat,
  type QuestionnaireIssue,
  type QuestionOptions,
} from "./definition.js";

export type { QuestionnaireFileFormat, QuestionnaireIssue } from "./definition.js";

export const QUESTIONNAIRE_IMPORT_ACTION = "questionnaire.import";

export type QuestionnaireImportOutcome = "created" | "updated" | "new-version" | "unchanged";

export interface QuestionnaireImportOptions {
  format: QuestionnaireFileFormat;
  /** Who imports, for the audit log ("cli", "telegram:123"). */
  actorLabel: string;
  actorId?: number | null;
  /** Work out the outcome without writing anything. */
  dryRun?: boolean;
}

export interface QuestionnaireImportResult {
  ok: boolean;
  dryRun: boolean;
  /** Every problem in the file; any error means nothing was written. */
  errors: QuestionnaireIssue[];
  /** What the import did (or, for a dry run, would do); null when there are errors. */
  outcome: QuestionnaireImportOutcome | null;
  code: string | null;
  /** The version the file now is (or would be). */
  version: number | null;
}

export type QuestionnaireWithQuestions = Questionnaire & { questions: Question[] };

type Reader = Pick<Prisma.TransactionClient, "questionnaire" | "response">;

/** "yaml" for .yaml/.yml, "json" for .json, otherwise null. */
export function questionnaireFormatOf(file: string): QuestionnaireFileFormat | null {
  const lower = file.toLowerCase();
  if (lower.endsWith(".yaml") || lower.endsWith(".yml")) return "yaml";
  if (lower.endsWith(".json")) return "json";
  return null;
}

/**
 * Imports a questionnaire definition by code. A new code becomes version 1; the same content as the
 * latest version changes nothing; different content replaces the latest version's questions in place
 * while nobody has answered it, and otherwise becomes a new version (older versions are made
 * inactive, their responses keep pointing at the questions they answered).
 */
export async function importQuestionnaire(
  deps: ServiceDeps,
  text: string,
  options: QuestionnaireImportOptions,
): Promise<QuestionnaireImportResult> {
  const dryRun = options.dryRun ?? false;
  const parsed = parseQuestionnaireDefinition(text, options.format);
  if (!parsed.ok) return { ok: false, dryRun, errors: parsed.issues, outcome: null, code: null, version: null };
  const definition = parsed.definition;
  const done = (outcome: QuestionnaireImportOutcome, version: number): QuestionnaireImportResult => ({
    ok: true,
    dryRun,
    errors: [],
    outcome,
    code: definition.code,
    version,
  });

  if (dryRun) {
    const plan = await planImport(deps.db, definition);
    return done(plan.outcome, plan.version);
  }

  const now = deps.clock.now();
  return deps.db.$transaction(
    async (tx) => {
      const plan = await planImport(tx, definition);
      if (plan.outcome === "unchanged") return done(plan.outcome, plan.version);
      let id: number;
      if (plan.outcome === "updated") {
        id = plan.latestId!;
        await tx.question.deleteMany({ where: { questionnaireId: id } });
        await tx.questionnaire.update({
          where: { id },
          data: { ...questionnaireFields(definition), questions: { createMany: { data: questionRows(definition) } } },
        });
      } else {
        if (plan.outcome === "new-version") {
          await tx.questionnaire.updateMany({ where: { code: definition.code }, data: { active: false } });
        }
        const created = await tx.questionnaire.create({
          data: {
            ...questionnaireFields(definition),
            code: definition.code,
            version: plan.version,
            active: true,
            createdAt: now,
            questions: { createMany: { data: questionRows(definition) } },
          },
        });
        id = created.id;
      }
      await recordAudit(tx, {
        actorId: options.actorId ?? null,
        actorLabel: options.actorLabel,
        action: QUESTIONNAIRE_IMPORT_ACTION,
        targetType: "questionnaire",
        targetId: id,
        details: { code: definition.code, version: plan.version, outcome: plan.outcome, questions: definition.questions.length },
        at: now,
      });
      return done(plan.outcome, plan.version);
    },
    { maxWait: 15_000, timeout: 60_000 },
  );
}

interface ImportPlan {
  outcome: QuestionnaireImportOutcome;
  version: number;
  latestId: number | null;
}

async function planImport(db: Reader, definition: QuestionnaireDefinition): Promise<ImportPlan> {
  const latest = await db.questionnaire.findFirst({
    where: { code: definition.code },
    orderBy: { version: "desc" },
    include: { questions: { orderBy: { position: "asc" } } },
  });
  if (!latest) return { outcome: "created", version: 1, latestId: null };
  if (sameContent(toDefinition(latest), definition)) return { outcome: "unchanged", version: latest.version, latestId: latest.id };
  const responses = await db.response.count({ where: { questionnaireId: latest.id } });
  if (responses === 0) return { outcome: "updated", version: latest.version, latestId: latest.id };
  return { outcome: "new-version", version: latest.version + 1, latestId: latest.id };
}

function questionnaireFields(definition: QuestionnaireDefinition) {
  return {
    title: definition.title.id,
    titleEn: definition.title.en ?? null,
    level: definition.level,
    respondentRole: definition.respondentRole,
    anonymous: definition.anonymous,
  };
}

function questionRows(definition: QuestionnaireDefinition) {
  return definition.questions.map((question, index) => ({
    position: index + 1,
    kind: question.kind,
    text: question.text.id,
    textEn: question.text.en ?? null,
    options: question.options === null ? null : JSON.stringify(question.options),
    required: question.required,
    maxLength: question.maxLength,
    dimension: question.dimension,
  }));
}

/** A stored version back as a definition, in the same canonical form the parser produces. */
export function toDefinition(questionnaire: QuestionnaireWithQuestions): QuestionnaireDefinition {
  const bilingual = (id: string, en: string | null) => (en === null ? { id } : { id, en });
  return {
    code: questionnaire.code,
    title: bilingual(questionnaire.title, questionnaire.titleEn),
    level: questionnaire.level,
    respondentRole: questionnaire.respondentRole,
    anonymous: questionnaire.anonymous,
    questions: [...questionnaire.questions]
      .sort((a, b) => a.position - b.position)
      .map(
        (question): QuestionDefinition => ({
          kind: question.kind,
          text: bilingual(question.text, question.textEn),
          required: question.required,
          options: question.options === null ? null : (JSON.parse(question.options) as QuestionOptions),
          maxLength: question.maxLength,
          dimension: question.dimension,
        }),
      ),
  };
}

function sameContent(a: QuestionnaireDefinition, b: QuestionnaireDefinition): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * A stored version (the latest when none is given) as a definition file that imports back as
 * unchanged; null when there is no such questionnaire.
 */
export async function exportQuestionnaire(
  deps: ServiceDeps,
  options: { code: string; version?: number; format: QuestionnaireFileFormat },
): Promise<string | null> {
  const questionnaire = await deps.db.questionnaire.findFirst({
    where: { code: options.code.trim().toUpperCase(), ...(options.version === undefined ? {} : { version: options.version }) },
    orderBy: { version: "desc" },
    include: { questions: { orderBy: { position: "asc" } } },
  });
  if (!questionnaire) return null;
  const file = toQuestionnaireFile(toDefinition(questionnaire));
  return options.format === "json" ? `${JSON.stringify(file, null, 2)}\n` : stringify(file, { lineWidth: 0 });
}

/** The highest active version of a code, with its questions in order; null when there is none. */
export async function latestActiveQuestionnaire(deps: ServiceDeps, code: string): Promise<QuestionnaireWithQuestions | null> {
  return deps.db.questionnaire.findFirst({
    where: { code: code.trim().toUpperCase(), active: true },
    orderBy: { version: "desc" },
    include: { questions: { orderBy: { position: "asc" } } },
  });
}

/** The highest active version of a PULSE questionnaire code (without its questions); null when there is none. */
export async function latestActivePulse(deps: ServiceDeps, code: string): Promise<Questionnaire | null> {
  return deps.db.questionnaire.findFirst({
    where: { code: code.trim().toUpperCase(), level: "PULSE", active: true },
    orderBy: { version: "desc" },
  });
}

export interface QuestionnaireListItem {
  code: string;
  /** Of the latest version. */
  title: string;
  titleEn: string | null;
  level: Questionnaire["level"];
  respondentRole: Questionnaire["respondentRole"];
  anonymous: boolean;
  /** Every stored version, ascending. */
  versions: number[];
  latestVersion: number;
  /** The highest active version, or null when every version is inactive. */
  activeVersion: number | null;
  /** Questions of the latest version. */
  questions: number;
  /** Responses to any version. */
  responses: number;
}

/** One entry per code, ordered by code. */
export async function listQuestionnaires(deps: ServiceDeps): Promise<QuestionnaireListItem[]> {
  const rows = await deps.db.questionnaire.findMany({
    orderBy: [{ code: "asc" }, { version: "asc" }],
    include: { _count: { select: { questions: true, responses: true } } },
  });
  const items = new Map<string, QuestionnaireListItem>();
  for (const row of rows) {
    const previous = items.get(row.code);
    items.set(row.code, {
      code: row.code,
      title: row.title,
      titleEn: row.titleEn,
      level: row.level,
      respondentRole: row.respondentRole,
      anonymous: row.anonymous,
      versions: [...(previous?.versions ?? []), row.version],
      latestVersion: row.version,
      activeVersion: row.active ? row.version : (previous?.activeVersion ?? null),
      questions: row._count.questions,
      responses: (previous?.responses ?? 0) + row._count.responses,
    });
  }
  return [...items.values()];
}
