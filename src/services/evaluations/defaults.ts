import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { isUniqueViolation } from "../../db/errors.js";
import type { ServiceDeps } from "../deps.js";
import { DEFAULT_QUESTIONNAIRES } from "./question-options.js";
import { importQuestionnaire } from "./questionnaires.js";

/** Where the shipped definitions live (they double as examples for admins). */
export const DEFAULT_QUESTIONNAIRES_DIR = resolve(import.meta.dirname, "../../../docs/examples/questionnaires");

/** The shipped default questionnaires, by code, and their files. */
export const DEFAULT_QUESTIONNAIRE_FILES: ReadonlyArray<{ code: string; file: string }> = [
  { code: DEFAULT_QUESTIONNAIRES.reaction, file: "l1-reaksi.yaml" },
  { code: DEFAULT_QUESTIONNAIRES.behaviourSelf, file: "l3-diri.yaml" },
  { code: DEFAULT_QUESTIONNAIRES.behaviourSupervisor, file: "l3-atasan.yaml" },
  { code: DEFAULT_QUESTIONNAIRES.changeReadiness, file: "pulse-adkar.yaml" },
];

export interface DefaultQuestionnaireResult {
  code: string;
  /** "created" when imported now, "present" when the code already existed (left as it is). */
  outcome: "created" | "present";
  version: number;
}

/**
 * Imports each default questionnaire whose code is missing; codes that exist are left alone, even
 * when an admin has changed them. Safe to run any number of times.
 */
export async function ensureDefaultQuestionnaires(
  deps: ServiceDeps,
  options: { actorLabel?: string } = {},
): Promise<DefaultQuestionnaireResult[]> {
  const results: DefaultQuestionnaireResult[] = [];
  for (const { code, file } of DEFAULT_QUESTIONNAIRE_FILES) {
    const existing = await deps.db.questionnaire.findFirst({ where: { code }, orderBy: { version: "desc" } });
    if (existing) {
      results.push({ code, outcome: "present", version: existing.version });
      continue;
    }
    const text = await readFile(resolve(DEFAULT_QUESTIONNAIRES_DIR, file), "utf8");
    let result: Awaited<ReturnType<typeof importQuestionnaire>>;
    try {
      result = await importQuestionnaire(deps, text, { format: "yaml", actorLabel: options.actorLabel ?? "system" });
    } catch (error) {
      // Instances starting together on a new database: another one imported it first.
      const raced = isUniqueViolation(error) ? await deps.db.questionnaire.findFirst({ where: { code }, orderBy: { version: "desc" } }) : null;
      if (!raced) throw error;
      results.push({ code, outcome: "present", version: raced.version });
      continue;
    }
    if (!result.ok || result.code !== code || result.version === null) {
      throw new Error(`default questionnaire ${file} is invalid: ${JSON.stringify(result.errors)}`);
    }
    // "unchanged": a concurrent start imported the same file a moment earlier.
    results.push({ code, outcome: result.outcome === "unchanged" ? "present" : "created", version: result.version });
  }
  return results;
}
