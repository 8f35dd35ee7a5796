import type { Prisma } from "../../generated/prisma/client.js";
import type { ActivityStatus, RespondentRole } from "../../generated/prisma/enums.js";
import { recordAudit } from "../audit.js";
import { getRoles } from "../roles.js";
import {
  audienceOf,
  defaultPlans,
  effectivePlan,
  latestActiveQuestionnaires,
  PLAN_SELECT,
  type ActiveQuestionnaire,
  type AssignmentDeps,
  type Audience,
  type PlanSource,
} from "./assignment.js";

/**
 * Admins' evaluation rules per activity: which questionnaire goes to whom and when after it ends.
 *
 * An activity follows the defaults (assignment.ts) until an admin changes its plan. The first change
 * copies the defaults into the activity's own rules (ActivityQuestionnaire rows) and edits that copy,
 * so "remove L3-ATASAN" keeps L1-REAKSI and L3-DIRI. From then on the activity's rules replace the
 * defaults entirely; an empty set means no evaluation at all; a reset returns to the defaults.
 *
 * There is one rule per questionnaire code and audience (the participant, for PARTICIPANT and ANY, or
 * the supervisor), matching the requests' dedupe keys. The assignment job reads the rules on every run
 * and resolves each code to its latest ACTIVE version then, exactly as for the defaults. Rules only
 * steer requests not yet created: requests that exist are never changed by a rule change.
 *
 * Changes are refused for cancelled activities. Every change is audited. A person acting in chat
 * (`actorId`) must be an admin; the CLI runs with the server's own authority.
 */

export type RulesDeps = AssignmentDeps;

export const EVALUATION_RULE_LIMITS = { maxDaysAfterEnd: 365, minDueInDays: 1, maxDueInDays: 365 } as const;

export const EVALUATION_RULE_SET_ACTION = "evaluation.rule.set";
export const EVALUATION_RULE_REMOVE_ACTION = "evaluation.rule.remove";
export const EVALUATION_RULES_RESET_ACTION = "evaluation.rules.reset";
export const EVALUATION_RULES_NONE_ACTION = "evaluation.rules.none";

export type RuleErrorCode =
  | "not-allowed"
  | "activity-not-found"
  | "activity-cancelled"
  | "questionnaire-not-found"
  | "questionnaire-pulse"
  | "respondent-mismatch"
  | "days-after-end"
  | "due-days"
  | "overdue-at-once"
  | "rule-not-found";

export interface RuleError {
  ok: false;
  code: RuleErrorCode;
  /**
   * For messages: `code` (activity), `questionnaire`, `respondent` and `role` (RespondentRole names),
   * `value`, `min` and `max` for a number out of range, `due` (ISO date-time) and `minDays` when the
   * rule's due date has already passed.
   */
  params: Record<string, string | number>;
}

/** A rule as an admin or an activity file states it. */
export interface EvaluationRuleInput {
  questionnaireCode: string;
  respondent: RespondentRole;
  daysAfterEnd: number;
  dueInDays: number;
}

export interface RuleView {
  questionnaireCode: string;
  respondent: RespondentRole;
  audience: Audience;
  daysAfterEnd: number;
  dueInDays: number;
  /** When the requests are created: the activity's end plus `daysAfterEnd`. */
  sendsAt: Date;
  /** The version new requests get now; null when the code has no active version (the rule is skipped). */
  questionnaire: ActiveQuestionnaire | null;
}

export interface EvaluationPlanView {
  activity: { id: number; code: string; title: string; status: ActivityStatus; endsAt: Date };
  /** "defaults" or the activity's own rules ("custom"; no rules then means no evaluation at all). */
  source: PlanSource;
  rules: RuleView[];
  /** Evaluation requests already created for the activity; a rule change leaves them as they are. */
  existingRequests: number;
}

interface Actor {
  /** Who acts, for the audit log ("cli", "telegram:123"). */
  actorLabel: string;
  /** A person acting in chat; must be an admin. */
  actorId?: number | null;
}

export type PlanResult = { ok: true; plan: EvaluationPlanView } | RuleError;

export type SetRuleResult =
  | {
      ok: true;
      outcome: "created" | "updated" | "unchanged";
      /** The activity followed the defaults until now: they were copied into its rules first. */
      copiedDefaults: boolean;
      rule: EvaluationRuleInput;
      plan: EvaluationPlanView;
    }
  | RuleError;

export type RemoveRuleResult = { ok: true; removed: number; copiedDefaults: boolean; plan: EvaluationPlanView } | RuleError;

export type ChangeResult = { ok: true; changed: boolean; plan: EvaluationPlanView } | RuleError;

/** How admins name respondents, in the CLI and in activity files. */
export const RESPONDENT_WORDS: Readonly<Record<string, RespondentRole>> = {
  participant: "PARTICIPANT",
  peserta: "PARTICIPANT",
  supervisor: "SUPERVISOR",
  atasan: "SUPERVISOR",
  any: "ANY",
};

/** "participant", "atasan", ... (any case) as a respondent; null when not one of RESPONDENT_WORDS. */
export function parseRespondentWord(word: string): RespondentRole | null {
  return RESPONDENT_WORDS[word.trim().toLowerCase()] ?? null;
}

const DAY_MS = 24 * 60 * 60 * 1000;

type Tx = Prisma.TransactionClient;

const ACTIVITY_SELECT = {
  id: true,
  code: true,
  title: true,
  status: true,
  endsAt: true,
  ...PLAN_SELECT,
} as const satisfies Prisma.ActivitySelect;

type RulesActivity = Prisma.ActivityGetPayload<{ select: typeof ACTIVITY_SELECT }>;

/** The activity's effective plan, with the questionnaire version each rule resolves to now. */
export async function evaluationRules(deps: RulesDeps, input: { activityCode: string; actorId?: number | null }): Promise<PlanResult> {
  const refused = await authorise(deps, input.actorId);
  if (refused) return refused;
  const activity = await findActivity(deps.db, input.activityCode);
  if (!activity) return activityNotFound(input.activityCode);
  return { ok: true, plan: await planView(deps.db, deps.settings, activity) };
}

/**
 * Adds the rule for a questionnaire code and audience, or replaces the one there is. The respondent
 * defaults to the questionnaire's own respondent role.
 */
export async function setEvaluationRule(
  deps: RulesDeps,
  input: Actor & { activityCode: string } & Omit<EvaluationRuleInput, "respondent"> & { respondent?: RespondentRole },
): Promise<SetRuleResult> {
  const refused = await authorise(deps, input.actorId);
  if (refused) return refused;
  const code = normalizeCode(input.questionnaireCode);
  const now = deps.clock.now();
  return deps.db.$transaction(async (tx) => {
    const activity = await findChangeable(tx, input.activityCode);
    if (!isActivity(activity)) return activity;
    const questionnaire = (await latestActiveQuestionnaires(tx, [code])).get(code);
    const rule: EvaluationRuleInput = {
      questionnaireCode: code,
      respondent: input.respondent ?? questionnaire?.respondentRole ?? "PARTICIPANT",
      daysAfterEnd: input.daysAfterEnd,
      dueInDays: input.dueInDays,
    };
    const problem = checkEvaluationRule(rule, questionnaire, activity, now);
    if (problem) return problem;

    const audience = audienceOf(rule.respondent);
    const unchanged = effectivePlan(activity, deps.settings).plans.some(
      (plan) =>
        plan.code === code &&
        plan.respondent === rule.respondent &&
        plan.daysAfterEnd === rule.daysAfterEnd &&
        plan.dueInDays === rule.dueInDays,
    );
    if (unchanged) {
      const plan = await planView(tx, deps.settings, activity);
      return { ok: true as const, outcome: "unchanged" as const, copiedDefaults: false, rule, plan };
    }

    const copiedDefaults = await copyDefaultsIfFollowing(tx, deps.settings, activity);
    const [current, ...duplicates] = (await rowsOf(tx, activity.id, code)).filter((row) => audienceOf(row.respondent) === audience);
    const { respondent, daysAfterEnd, dueInDays } = rule;
    const data = { questionnaireId: questionnaire!.id, respondent, daysAfterEnd, dueInDays };
    if (duplicates.length > 0) await tx.activityQuestionnaire.deleteMany({ where: { id: { in: duplicates.map((row) => row.id) } } });
    if (current) await tx.activityQuestionnaire.update({ where: { id: current.id }, data });
    else await tx.activityQuestionnaire.create({ data: { ...data, activityId: activity.id } });
    await markCustom(tx, activity, now);
    const outcome = current ? ("updated" as const) : ("created" as const);
    await audit(tx, input, EVALUATION_RULE_SET_ACTION, activity, now, {
      ...rule,
      version: questionnaire!.version,
      outcome,
      copiedDefaults,
      previous: current ? { respondent: current.respondent, daysAfterEnd: current.daysAfterEnd, dueInDays: current.dueInDays } : null,
    });
    return { ok: true as const, outcome, copiedDefaults, rule, plan: await planView(tx, deps.settings, activity) };
  });
}

/**
 * Removes the rule(s) of a questionnaire code, for one respondent or, without one, for both
 * audiences. Removing the last rule leaves the activity without evaluations, not back on the defaults.
 */
export async function removeEvaluationRule(
  deps: RulesDeps,
  input: Actor & { activityCode: string; questionnaireCode: string; respondent?: RespondentRole },
): Promise<RemoveRuleResult> {
  const refused = await authorise(deps, input.actorId);
  if (refused) return refused;
  const code = normalizeCode(input.questionnaireCode);
  const audience = input.respondent === undefined ? null : audienceOf(input.respondent);
  const matches = (respondent: RespondentRole) => audience === null || audienceOf(respondent) === audience;
  const now = deps.clock.now();
  return deps.db.$transaction(async (tx) => {
    const activity = await findChangeable(tx, input.activityCode);
    if (!isActivity(activity)) return activity;
    const planned = effectivePlan(activity, deps.settings).plans.some((plan) => plan.code === code && matches(plan.respondent));
    if (!planned) {
      return ruleError("rule-not-found", { code: activity.code, questionnaire: code, respondent: input.respondent ?? "" });
    }

    const copiedDefaults = await copyDefaultsIfFollowing(tx, deps.settings, activity);
    const doomed = (await rowsOf(tx, activity.id, code)).filter((row) => matches(row.respondent));
    await tx.activityQuestionnaire.deleteMany({ where: { id: { in: doomed.map((row) => row.id) } } });
    await markCustom(tx, activity, now);
    await audit(tx, input, EVALUATION_RULE_REMOVE_ACTION, activity, now, {
      questionnaireCode: code,
      respondent: input.respondent ?? null,
      removed: doomed.length,
      copiedDefaults,
    });
    return { ok: true as const, removed: doomed.length, copiedDefaults, plan: await planView(tx, deps.settings, activity) };
  });
}

/** Drops the activity's own rules: it follows the defaults again. */
export async function resetEvaluationRules(deps: RulesDeps, input: Actor & { activityCode: string }): Promise<ChangeResult> {
  return replaceAll(deps, input, { custom: false, action: EVALUATION_RULES_RESET_ACTION });
}

/** An explicitly empty rule set: no evaluation at all for the activity. */
export async function setNoEvaluations(deps: RulesDeps, input: Actor & { activityCode: string }): Promise<ChangeResult> {
  return replaceAll(deps, input, { custom: true, action: EVALUATION_RULES_NONE_ACTION });
}

async function replaceAll(
  deps: RulesDeps,
  input: Actor & { activityCode: string },
  target: { custom: boolean; action: string },
): Promise<ChangeResult> {
  const refused = await authorise(deps, input.actorId);
  if (refused) return refused;
  const now = deps.clock.now();
  return deps.db.$transaction(async (tx) => {
    const activity = await findChangeable(tx, input.activityCode);
    if (!isActivity(activity)) return activity;
    const rows = activity.questionnaires.length;
    const following = effectivePlan(activity, deps.settings).source === "defaults";
    const already = target.custom ? activity.customEvaluationRules && rows === 0 : following;
    if (already) {
      return { ok: true as const, changed: false, plan: await planView(tx, deps.settings, activity) };
    }
    await tx.activityQuestionnaire.deleteMany({ where: { activityId: activity.id } });
    await tx.activity.update({ where: { id: activity.id }, data: { customEvaluationRules: target.custom, updatedAt: now } });
    await audit(tx, input, target.action, activity, now, {
      removed: rows,
      rules: activity.questionnaires.map((row) => ({
        questionnaireCode: row.questionnaire.code,
        respondent: row.respondent,
        daysAfterEnd: row.daysAfterEnd,
        dueInDays: row.dueInDays,
      })),
    });
    return { ok: true as const, changed: true, plan: await planView(tx, deps.settings, activity) };
  });
}

/**
 * Why a rule cannot be used (null when it can), checked the same way for the CLI and activity files:
 * the code must have an active version that is not a pulse survey, go to a respondent it is written
 * for (ANY fits both), use days within the limits, and leave the respondent time to answer: a rule
 * whose due date has already passed would create requests that are overdue at once.
 */
export function checkEvaluationRule(
  rule: EvaluationRuleInput,
  questionnaire: ActiveQuestionnaire | undefined,
  activity: { code: string; endsAt: Date },
  now: Date,
): RuleError | null {
  const { questionnaireCode: code, respondent } = rule;
  if (!questionnaire) return ruleError("questionnaire-not-found", { questionnaire: code });
  if (questionnaire.level === "PULSE") return ruleError("questionnaire-pulse", { questionnaire: code });
  const role = questionnaire.respondentRole;
  if (role !== "ANY" && audienceOf(role) !== audienceOf(respondent)) {
    return ruleError("respondent-mismatch", { questionnaire: code, role, respondent });
  }
  const { maxDaysAfterEnd, minDueInDays, maxDueInDays } = EVALUATION_RULE_LIMITS;
  if (!Number.isInteger(rule.daysAfterEnd) || rule.daysAfterEnd < 0 || rule.daysAfterEnd > maxDaysAfterEnd) {
    return ruleError("days-after-end", { value: String(rule.daysAfterEnd), min: 0, max: maxDaysAfterEnd });
  }
  if (!Number.isInteger(rule.dueInDays) || rule.dueInDays < minDueInDays || rule.dueInDays > maxDueInDays) {
    return ruleError("due-days", { value: String(rule.dueInDays), min: minDueInDays, max: maxDueInDays });
  }
  const due = activity.endsAt.getTime() + (rule.daysAfterEnd + rule.dueInDays) * DAY_MS;
  if (due <= now.getTime()) {
    const minDays = Math.ceil((now.getTime() - activity.endsAt.getTime()) / DAY_MS);
    return ruleError("overdue-at-once", { code: activity.code, questionnaire: code, due: new Date(due).toISOString(), minDays });
  }
  return null;
}

/**
 * Replaces an activity's rules with the given ones (already checked) or returns it to the defaults,
 * inside the caller's transaction; an empty list means no evaluation at all. For activity files.
 */
export async function replaceEvaluationRules(
  tx: Tx,
  activityId: number,
  rules: ReadonlyArray<EvaluationRuleInput & { questionnaireId: number }> | "defaults",
  now: Date,
): Promise<void> {
  await tx.activityQuestionnaire.deleteMany({ where: { activityId } });
  if (rules === "defaults") {
    await tx.activity.update({ where: { id: activityId }, data: { customEvaluationRules: false, updatedAt: now } });
    return;
  }
  if (rules.length > 0) {
    await tx.activityQuestionnaire.createMany({
      data: rules.map((rule) => ({
        activityId,
        questionnaireId: rule.questionnaireId,
        respondent: rule.respondent,
        daysAfterEnd: rule.daysAfterEnd,
        dueInDays: rule.dueInDays,
      })),
    });
  }
  await tx.activity.update({ where: { id: activityId }, data: { customEvaluationRules: true, updatedAt: now } });
}

async function planView(db: Tx, settings: RulesDeps["settings"], activity: RulesActivity): Promise<EvaluationPlanView> {
  const current = (await findActivity(db, activity.code)) ?? activity;
  const { source, plans } = effectivePlan(current, settings);
  const versions = await latestActiveQuestionnaires(db, plans.map((plan) => plan.code));
  const existingRequests = await db.evaluationRequest.count({ where: { activityId: current.id } });
  return {
    activity: { id: current.id, code: current.code, title: current.title, status: current.status, endsAt: current.endsAt },
    source,
    rules: plans.map((plan) => ({
      questionnaireCode: plan.code,
      respondent: plan.respondent,
      audience: plan.audience,
      daysAfterEnd: plan.daysAfterEnd,
      dueInDays: plan.dueInDays,
      sendsAt: new Date(current.endsAt.getTime() + plan.daysAfterEnd * DAY_MS),
      questionnaire: versions.get(plan.code) ?? null,
    })),
    existingRequests,
  };
}

/** When the activity follows the defaults, writes them as its own rules (codes without an active version are left out). */
async function copyDefaultsIfFollowing(tx: Tx, settings: RulesDeps["settings"], activity: RulesActivity): Promise<boolean> {
  if (effectivePlan(activity, settings).source !== "defaults") return false;
  const defaults = defaultPlans(settings);
  const versions = await latestActiveQuestionnaires(tx, defaults.map((plan) => plan.code));
  const rows = defaults.flatMap((plan) => {
    const questionnaire = versions.get(plan.code);
    if (!questionnaire) return [];
    const { respondent, daysAfterEnd, dueInDays } = plan;
    return [{ activityId: activity.id, questionnaireId: questionnaire.id, respondent, daysAfterEnd, dueInDays }];
  });
  if (rows.length > 0) await tx.activityQuestionnaire.createMany({ data: rows });
  return true;
}

async function markCustom(tx: Tx, activity: RulesActivity, now: Date): Promise<void> {
  if (activity.customEvaluationRules) return;
  await tx.activity.update({ where: { id: activity.id }, data: { customEvaluationRules: true, updatedAt: now } });
}

/** Every row of a code on the activity, whatever version it points at. */
function rowsOf(tx: Tx, activityId: number, code: string) {
  return tx.activityQuestionnaire.findMany({
    where: { activityId, questionnaire: { code } },
    select: { id: true, questionnaireId: true, respondent: true, daysAfterEnd: true, dueInDays: true },
    orderBy: { id: "asc" },
  });
}

function findActivity(db: Pick<Tx, "activity">, code: string): Promise<RulesActivity | null> {
  return db.activity.findUnique({ where: { code: normalizeCode(code) }, select: ACTIVITY_SELECT });
}

async function findChangeable(tx: Tx, code: string): Promise<RulesActivity | RuleError> {
  const activity = await findActivity(tx, code);
  if (!activity) return activityNotFound(code);
  if (activity.status === "CANCELLED") return ruleError("activity-cancelled", { code: activity.code });
  return activity;
}

function isActivity(value: RulesActivity | RuleError): value is RulesActivity {
  return !("ok" in value);
}

async function authorise(deps: RulesDeps, actorId: number | null | undefined): Promise<RuleError | null> {
  if (actorId === undefined || actorId === null) return null;
  return (await getRoles(deps, actorId)).admin ? null : ruleError("not-allowed", {});
}

async function audit(
  tx: Tx,
  actor: Actor,
  action: string,
  activity: RulesActivity,
  at: Date,
  details: Record<string, unknown>,
): Promise<void> {
  await recordAudit(tx, {
    actorId: actor.actorId ?? null,
    actorLabel: actor.actorLabel,
    action,
    targetType: "activity",
    targetId: activity.id,
    details: { activityCode: activity.code, ...details },
    at,
  });
}

function normalizeCode(code: string): string {
  return code.trim().toUpperCase();
}

function activityNotFound(code: string): RuleError {
  return ruleError("activity-not-found", { code: code.trim() });
}

function ruleError(code: RuleErrorCode, params: RuleError["params"]): RuleError {
  return { ok: false, code, params };
}
