import { isUniqueViolation } from "../../db/errors.js";
import type { EvaluationSettings } from "../../config.js";
import { Prisma } from "../../generated/prisma/client.js";
import type { RespondentRole } from "../../generated/prisma/enums.js";
import type { ServiceDeps } from "../deps.js";
import { DEFAULT_QUESTIONNAIRES } from "./question-options.js";

/**
 * Sending evaluation questionnaires after an activity: for every COMPLETED registration (attended, and
 * the activity finalised), which questionnaire goes to whom and when comes from the activity's own
 * rules (its ActivityQuestionnaire rows, set by admins in rules.ts; when they set an empty list, no
 * evaluation at all) or, when it has none, the defaults:
 *
 * - L1-REAKSI to the participant when the activity ends;
 * - L3-DIRI to the participant and L3-ATASAN to the participant's supervisor (about the participant)
 *   `l3DelayDays` after the end.
 *
 * Each questionnaire code resolves to its latest ACTIVE version; a code without one is skipped. A
 * request is created once its time has come and at most once: its dedupeKey
 * (`eval:<registrationId>:<code>:<respondent|supervisor>`) is unique in the database, so a second or
 * concurrent run finds it and creates nothing (a lost race surfaces as a unique violation: done).
 */

export interface AssignmentDeps extends ServiceDeps {
  settings: EvaluationSettings;
}

export interface AssignmentCounts {
  /** COMPLETED registrations looked at (their activity has ended). */
  registrations: number;
  /** Requests created by this run. */
  created: number;
  /** Requests whose time has come but that already existed (an earlier or concurrent run). */
  existing: number;
  /** Supervisor requests not created because the participant has no (active) supervisor. */
  noSupervisor: number;
}

export type Audience = "respondent" | "supervisor";

export interface Plan {
  code: string;
  /** Who the rule names; PARTICIPANT and ANY both mean the participant answers. */
  respondent: RespondentRole;
  audience: Audience;
  /** Days after the activity's end when the request is created. */
  daysAfterEnd: number;
  /** Days the respondent has to answer, counted from that moment. */
  dueInDays: number;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** The unique key of one request: one per registration, questionnaire code and audience. */
export function evaluationDedupeKey(registrationId: number, code: string, audience: Audience): string {
  return `eval:${registrationId}:${code}:${audience}`;
}

/** The default plan for activities without rules of their own. */
export function defaultPlans(settings: EvaluationSettings): Plan[] {
  return [
    {
      code: DEFAULT_QUESTIONNAIRES.reaction,
      respondent: "PARTICIPANT",
      audience: "respondent",
      daysAfterEnd: 0,
      dueInDays: settings.dueDays,
    },
    {
      code: DEFAULT_QUESTIONNAIRES.behaviourSelf,
      respondent: "PARTICIPANT",
      audience: "respondent",
      daysAfterEnd: settings.l3DelayDays,
      dueInDays: settings.dueDays,
    },
    {
      code: DEFAULT_QUESTIONNAIRES.behaviourSupervisor,
      respondent: "SUPERVISOR",
      audience: "supervisor",
      daysAfterEnd: settings.l3DelayDays,
      dueInDays: settings.dueDays,
    },
  ];
}

/** PARTICIPANT and ANY are answered by the participant, SUPERVISOR by the participant's supervisor. */
export function audienceOf(role: RespondentRole): Audience {
  return role === "SUPERVISOR" ? "supervisor" : "respondent";
}

/** One ActivityQuestionnaire row as the plan reads it (rows in id order). */
export interface RuleRow {
  respondent: RespondentRole;
  daysAfterEnd: number;
  dueInDays: number;
  questionnaire: { code: string };
}

/** Where an activity's plan comes from. */
export type PlanSource = "custom" | "defaults";

/** What to select of an activity to work out its plan with `effectivePlan`. */
export const PLAN_SELECT = {
  customEvaluationRules: true,
  questionnaires: {
    select: { respondent: true, daysAfterEnd: true, dueInDays: true, questionnaire: { select: { code: true } } },
    orderBy: { id: "asc" },
  },
} as const satisfies Prisma.ActivitySelect;

/**
 * The activity's own plan, or null when it follows the defaults: it has its own rules when it has
 * rows or an admin has set its rules (then even an empty list, meaning no evaluation). One plan per
 * code and audience (the request's dedupe key): of rows that collide, the first counts.
 */
export function ownPlans(activity: { customEvaluationRules: boolean; questionnaires: readonly RuleRow[] }): Plan[] | null {
  const rows = activity.questionnaires;
  if (!activity.customEvaluationRules && rows.length === 0) return null;
  const plans = new Map<string, Plan>();
  for (const row of rows) {
    const audience = audienceOf(row.respondent);
    const key = `${row.questionnaire.code}:${audience}`;
    if (plans.has(key)) continue;
    plans.set(key, {
      code: row.questionnaire.code,
      respondent: row.respondent,
      audience,
      daysAfterEnd: Math.max(0, row.daysAfterEnd),
      dueInDays: Math.max(0, row.dueInDays),
    });
  }
  return [...plans.values()];
}

/** The activity's plan: its own (see `ownPlans`) or the defaults. */
export function effectivePlan(
  activity: { customEvaluationRules: boolean; questionnaires: readonly RuleRow[] },
  settings: EvaluationSettings,
): { source: PlanSource; plans: Plan[] } {
  const own = ownPlans(activity);
  return own === null ? { source: "defaults", plans: defaultPlans(settings) } : { source: "custom", plans: own };
}

/** Activities whose registrations are read in one query. */
const ACTIVITY_CHUNK = 100;

/**
 * Creates the requests whose time has come. Only activities that ended within the horizon are read
 * (see `assignmentHorizonDays`), by index, so the job's cost follows recent activities rather than
 * all the history stored. A request found late (the scheduler was down) is still created, overdue,
 * as long as its activity is within the horizon.
 */
export async function createDueEvaluationRequests(deps: AssignmentDeps, input: { now: Date }): Promise<AssignmentCounts> {
  const { now } = input;
  const counts: AssignmentCounts = { registrations: 0, created: 0, existing: 0, noSupervisor: 0 };
  const horizonStart = new Date(now.getTime() - (await assignmentHorizonDays(deps)) * DAY_MS);

  const activities = await deps.db.activity.findMany({
    where: { endsAt: { gte: horizonStart, lte: now } },
    select: { id: true, endsAt: true, ...PLAN_SELECT },
    orderBy: { id: "asc" },
  });
  if (activities.length === 0) return counts;
  const latestByCode = await latestActiveQuestionnaires(deps.db);

  for (let start = 0; start < activities.length; start += ACTIVITY_CHUNK) {
    const chunk = activities.slice(start, start + ACTIVITY_CHUNK);
    const planned = new Map(chunk.map((activity) => [activity.id, { endsAt: activity.endsAt, plans: effectivePlan(activity, deps.settings).plans }]));
    const registrations = await deps.db.registration.findMany({
      where: { status: "COMPLETED", activityId: { in: chunk.map((activity) => activity.id) } },
      select: {
        id: true,
        activityId: true,
        employee: { select: { id: true, active: true, supervisor: { select: { id: true, active: true } } } },
        evaluationRequests: { select: { dedupeKey: true } },
      },
      orderBy: { id: "asc" },
    });
    for (const registration of registrations) {
      counts.registrations += 1;
      const { endsAt, plans } = planned.get(registration.activityId)!;
      await assignRegistration(deps, { ...registration, endsAt, plans }, latestByCode, now, counts);
    }
  }
  return counts;
}

interface PlannedRegistration {
  id: number;
  activityId: number;
  endsAt: Date;
  plans: Plan[];
  employee: { id: number; active: boolean; supervisor: { id: number; active: boolean } | null };
  evaluationRequests: Array<{ dedupeKey: string }>;
}

async function assignRegistration(
  deps: AssignmentDeps,
  registration: PlannedRegistration,
  latestByCode: Map<string, ActiveQuestionnaire>,
  now: Date,
  counts: AssignmentCounts,
): Promise<void> {
  const participant = registration.employee;
  const present = new Set(registration.evaluationRequests.map((request) => request.dedupeKey));
  for (const plan of registration.plans) {
    const sendAt = registration.endsAt.getTime() + plan.daysAfterEnd * DAY_MS;
    const dueAt = sendAt + plan.dueInDays * DAY_MS;
    if (sendAt > now.getTime()) continue;
    const questionnaireId = latestByCode.get(plan.code)?.id;
    if (questionnaireId === undefined) continue;
    const dedupeKey = evaluationDedupeKey(registration.id, plan.code, plan.audience);
    if (present.has(dedupeKey)) {
      counts.existing += 1;
      continue;
    }

    let respondentId: number;
    let subjectId: number | null = null;
    if (plan.audience === "supervisor") {
      const supervisor = participant.supervisor;
      if (!supervisor || !supervisor.active) {
        counts.noSupervisor += 1;
        continue;
      }
      respondentId = supervisor.id;
      subjectId = participant.id;
    } else {
      if (!participant.active) continue;
      respondentId = participant.id;
    }

    const created = await createIfAbsent(deps, {
      dedupeKey,
      questionnaireId,
      respondentId,
      subjectId,
      activityId: registration.activityId,
      registrationId: registration.id,
      dueAt: new Date(dueAt),
      createdAt: now,
    });
    present.add(dedupeKey);
    if (created) counts.created += 1;
    else counts.existing += 1;
  }
}

/**
 * How far back an activity's end can lie and still have a request to create: the latest moment any
 * plan (the defaults or any activity's own rules) sends, plus the longest answer window.
 */
export async function assignmentHorizonDays(deps: AssignmentDeps): Promise<number> {
  const own = await deps.db.activityQuestionnaire.aggregate({ _max: { daysAfterEnd: true, dueInDays: true } });
  const defaults = defaultPlans(deps.settings);
  const latestSend = Math.max(own._max.daysAfterEnd ?? 0, ...defaults.map((plan) => plan.daysAfterEnd));
  const longestWindow = Math.max(own._max.dueInDays ?? 0, ...defaults.map((plan) => plan.dueInDays));
  return latestSend + longestWindow;
}

const ACTIVE_QUESTIONNAIRE_SELECT = {
  id: true,
  code: true,
  version: true,
  title: true,
  titleEn: true,
  level: true,
  respondentRole: true,
} as const satisfies Prisma.QuestionnaireSelect;

/** The version of a code that new requests get. */
export type ActiveQuestionnaire = Prisma.QuestionnaireGetPayload<{ select: typeof ACTIVE_QUESTIONNAIRE_SELECT }>;

/** Code → its highest ACTIVE version (of the given codes only, when given). Codes without one are absent. */
export async function latestActiveQuestionnaires(
  db: Pick<Prisma.TransactionClient, "questionnaire">,
  codes?: readonly string[],
): Promise<Map<string, ActiveQuestionnaire>> {
  const rows = await db.questionnaire.findMany({
    where: { active: true, ...(codes ? { code: { in: [...codes] } } : {}) },
    select: ACTIVE_QUESTIONNAIRE_SELECT,
    orderBy: [{ code: "asc" }, { version: "desc" }],
  });
  const latest = new Map<string, ActiveQuestionnaire>();
  for (const row of rows) if (!latest.has(row.code)) latest.set(row.code, row);
  return latest;
}

/** True when this call created the row, false when it was already there (a concurrent run won). */
async function createIfAbsent(deps: ServiceDeps, data: Prisma.EvaluationRequestUncheckedCreateInput): Promise<boolean> {
  try {
    await deps.db.evaluationRequest.create({ data, select: { id: true } });
    return true;
  } catch (error) {
    if (isUniqueViolation(error)) return false;
    throw error;
  }
}
