import type { Prisma } from "../../generated/prisma/client.js";
import type { ActivityStatus } from "../../generated/prisma/enums.js";
import type { ActivityIssue } from "../activities/issues.js";
import type { RawEvaluationRule } from "../activities/raw-activity.js";
import {
  audienceOf,
  latestActiveQuestionnaires,
  ownPlans,
  PLAN_SELECT,
  type ActiveQuestionnaire,
  type Plan,
} from "./assignment.js";
import { checkEvaluationRule, replaceEvaluationRules, type EvaluationRuleInput, type RuleError } from "./rules.js";

/**
 * The `evaluations:` of activities in an import file, checked against the database with the same
 * rules as `evaluation rule set` and applied in the import's transaction. An activity whose file
 * entry leaves `evaluations` out keeps its rules; requests already created never change.
 */

export type FileRulesReader = Pick<Prisma.TransactionClient, "activity" | "questionnaire">;

export interface FileRulesItem {
  line: number;
  code: string;
  endsAt: Date;
  evaluations: RawEvaluationRule[] | "defaults";
  /** Null for an activity the import creates. */
  stored: { id: number; status: ActivityStatus } | null;
}

export interface FileRulesChange {
  code: string;
  rules: Array<EvaluationRuleInput & { questionnaireId: number }> | "defaults";
}

export interface FileRulesPlan {
  /** Only activities whose rules the file changes. */
  changes: FileRulesChange[];
  errors: ActivityIssue[];
  warnings: ActivityIssue[];
}

export async function planFileRules(db: FileRulesReader, items: readonly FileRulesItem[], now: Date): Promise<FileRulesPlan> {
  const plan: FileRulesPlan = { changes: [], errors: [], warnings: [] };
  if (items.length === 0) return plan;
  const codes = items.flatMap((item) => (item.evaluations === "defaults" ? [] : item.evaluations.map((rule) => rule.questionnaire)));
  const versions = await latestActiveQuestionnaires(db, [...new Set(codes)]);
  const storedIds = items.flatMap((item) => (item.stored ? [item.stored.id] : []));
  const stored = new Map(
    (await db.activity.findMany({ where: { id: { in: storedIds } }, select: { id: true, ...PLAN_SELECT } })).map((row) => [row.id, row]),
  );

  for (const item of items) {
    const fail = (code: ActivityIssue["code"], params: ActivityIssue["params"]) => plan.errors.push({ line: item.line, code, params });
    const current = item.stored ? ownPlans(stored.get(item.stored.id)!) : null;
    let target: FileRulesChange["rules"] = "defaults";
    if (item.evaluations === "defaults") {
      if (current === null) continue;
    } else {
      const wanted = item.evaluations.map(
        (raw): EvaluationRuleInput => ({
          questionnaireCode: raw.questionnaire,
          respondent: raw.respondent ?? versions.get(raw.questionnaire)?.respondentRole ?? "PARTICIPANT",
          daysAfterEnd: raw.daysAfterEnd,
          dueInDays: raw.dueInDays,
        }),
      );
      // What is stored is what the file says: a re-import changes and checks nothing.
      if (current !== null && sameRules(current, wanted)) continue;
      const rules = checkedRules(wanted, item, versions, now, fail);
      if (rules === null) continue;
      target = rules;
    }
    if (item.stored?.status === "CANCELLED") {
      fail("activity-closed", { code: item.code, status: item.stored.status });
      continue;
    }
    plan.changes.push({ code: item.code, rules: target });
    plan.warnings.push({ line: item.line, code: "evaluation-rules-changed", params: { code: item.code } });
  }
  return plan;
}

/** The rules with their questionnaire ids, or null after reporting every problem. */
function checkedRules(
  wanted: readonly EvaluationRuleInput[],
  item: FileRulesItem,
  versions: ReadonlyMap<string, ActiveQuestionnaire>,
  now: Date,
  fail: (code: ActivityIssue["code"], params: ActivityIssue["params"]) => void,
): Array<EvaluationRuleInput & { questionnaireId: number }> | null {
  const rules: Array<EvaluationRuleInput & { questionnaireId: number }> = [];
  const seen = new Set<string>();
  let ok = true;
  for (const rule of wanted) {
    const questionnaire = versions.get(rule.questionnaireCode);
    const problem = checkEvaluationRule(rule, questionnaire, { code: item.code, endsAt: item.endsAt }, now);
    const key = `${rule.questionnaireCode}:${audienceOf(rule.respondent)}`;
    if (problem) fail(...asIssue(problem));
    else if (seen.has(key)) fail("evaluation-duplicate", { value: rule.questionnaireCode });
    else {
      seen.add(key);
      rules.push({ ...rule, questionnaireId: questionnaire!.id });
      continue;
    }
    ok = false;
  }
  return ok ? rules : null;
}

/** Writes the changes, after the activities themselves are written (new ones need their ids). */
export async function applyFileRules(tx: Prisma.TransactionClient, changes: readonly FileRulesChange[], now: Date): Promise<void> {
  if (changes.length === 0) return;
  const ids = new Map(
    (await tx.activity.findMany({ where: { code: { in: changes.map((change) => change.code) } }, select: { id: true, code: true } })).map(
      (row) => [row.code, row.id],
    ),
  );
  for (const change of changes) await replaceEvaluationRules(tx, ids.get(change.code)!, change.rules, now);
}

function sameRules(current: readonly Plan[], target: readonly EvaluationRuleInput[]): boolean {
  const key = (code: string, rule: Pick<Plan, "respondent" | "daysAfterEnd" | "dueInDays">) =>
    [code, rule.respondent, rule.daysAfterEnd, rule.dueInDays].join(":");
  const a = current.map((plan) => key(plan.code, plan)).sort();
  const b = target.map((rule) => key(rule.questionnaireCode, rule)).sort();
  return a.length === b.length && a.every((entry, index) => entry === b[index]);
}

function asIssue(error: RuleError): [ActivityIssue["code"], ActivityIssue["params"]] {
  const value = String(error.params.questionnaire ?? error.params.value ?? "");
  switch (error.code) {
    case "questionnaire-pulse":
      return ["evaluation-pulse", { value }];
    case "respondent-mismatch": {
      // The words of the file's respondent field that fit this questionnaire.
      const accepted = error.params.role === "SUPERVISOR" ? "supervisor" : "participant, any";
      return ["evaluation-respondent-mismatch", { value, accepted }];
    }
    case "days-after-end":
      return ["evaluation-days-after-end", { value, max: error.params.max! }];
    case "due-days":
      return ["evaluation-due-days", { value, max: error.params.max! }];
    case "overdue-at-once":
      return ["evaluation-overdue", { value }];
    case "questionnaire-not-found":
      return ["evaluation-questionnaire", { value }];
    default:
      throw new Error(`unexpected rule error for an activity file: ${error.code}`);
  }
}
