import type { EvaluationSettings } from "../../config.js";
import { Prisma } from "../../generated/prisma/client.js";
import type { RespondentRole } from "../../generated/prisma/enums.js";
import type { ServiceDeps } from "../deps.js";
import { DEFAULT_QUESTIONNAIRES } from "./question-options.js";

/**
 * Sending evaluation questionnaires after an activity: for every COMPLETED registration (attended, and
 * the activity finalised), which questionnaire goes to whom and when comes from the activity's
 * ActivityQuestionnaire rows or, when it has none, the defaults:
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

type Audience = "respondent" | "supervisor";

interface Plan {
  code: string;
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

/** The default plan for activities without ActivityQuestionnaire rows. */
export function defaultPlans(settings: EvaluationSettings): Plan[] {
  return [
    { code: DEFAULT_QUESTIONNAIRES.reaction, audience: "respondent", daysAfterEnd: 0, dueInDays: settings.dueDays },
    {
      code: DEFAULT_QUESTIONNAIRES.behaviourSelf,
      audience: "respondent",
      daysAfterEnd: settings.l3DelayDays,
      dueInDays: settings.dueDays,
    },
    {
      code: DEFAULT_QUESTIONNAIRES.behaviourSupervisor,
      audience: "supervisor",
      daysAfterEnd: settings.l3DelayDays,
      dueInDays: settings.dueDays,
    },
  ];
}

/** PARTICIPANT and ANY are answered by the participant, SUPERVISOR by the participant's supervisor. */
function audienceOf(role: RespondentRole): Audience {
  return role === "SUPERVISOR" ? "supervisor" : "respondent";
}

export async function createDueEvaluationRequests(deps: AssignmentDeps, input: { now: Date }): Promise<AssignmentCounts> {
  const { now } = input;
  const counts: AssignmentCounts = { registrations: 0, created: 0, existing: 0, noSupervisor: 0 };

  const registrations = await deps.db.registration.findMany({
    where: { status: "COMPLETED", activity: { endsAt: { lte: now } } },
    select: {
      id: true,
      activityId: true,
      employee: {
        select: {
          id: true,
          active: true,
          supervisor: { select: { id: true, active: true } },
        },
      },
      activity: {
        select: {
          endsAt: true,
          questionnaires: {
            select: { respondent: true, daysAfterEnd: true, dueInDays: true, questionnaire: { select: { code: true } } },
            orderBy: { id: "asc" },
          },
        },
      },
      evaluationRequests: { select: { dedupeKey: true } },
    },
    orderBy: { id: "asc" },
  });
  if (registrations.length === 0) return counts;

  const latestByCode = await latestActiveVersions(deps);
  const defaults = defaultPlans(deps.settings);

  for (const registration of registrations) {
    counts.registrations += 1;
    const participant = registration.employee;
    const links = registration.activity.questionnaires;
    const plans: Plan[] =
      links.length > 0
        ? links.map((link) => ({
            code: link.questionnaire.code,
            audience: audienceOf(link.respondent),
            daysAfterEnd: Math.max(0, link.daysAfterEnd),
            dueInDays: Math.max(0, link.dueInDays),
          }))
        : defaults;
    const present = new Set(registration.evaluationRequests.map((request) => request.dedupeKey));
    const endsAt = registration.activity.endsAt.getTime();

    for (const plan of plans) {
      const sendAt = endsAt + plan.daysAfterEnd * DAY_MS;
      if (sendAt > now.getTime()) continue;
      const questionnaireId = latestByCode.get(plan.code);
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
        dueAt: new Date(sendAt + plan.dueInDays * DAY_MS),
        createdAt: now,
      });
      present.add(dedupeKey);
      if (created) counts.created += 1;
      else counts.existing += 1;
    }
  }
  return counts;
}

/** Code → id of its highest ACTIVE version. */
async function latestActiveVersions(deps: ServiceDeps): Promise<Map<string, number>> {
  const rows = await deps.db.questionnaire.findMany({
    where: { active: true },
    select: { id: true, code: true, version: true },
    orderBy: [{ code: "asc" }, { version: "desc" }],
  });
  const latest = new Map<string, number>();
  for (const row of rows) if (!latest.has(row.code)) latest.set(row.code, row.id);
  return latest;
}

/** True when this call created the row, false when it was already there (a concurrent run won). */
async function createIfAbsent(deps: ServiceDeps, data: Prisma.EvaluationRequestUncheckedCreateInput): Promise<boolean> {
  try {
    await deps.db.evaluationRequest.create({ data, select: { id: true } });
    return true;
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") return false;
    throw error;
  }
}
