import type { EvaluationStatus } from "../../generated/prisma/enums.js";
import type { ServiceDeps } from "../deps.js";
import { DEFAULT_QUESTIONNAIRES } from "./question-options.js";

/**
 * The behaviour (L3) assessments a supervisor still owes about their staff, for the team view: their
 * open requests (PENDING or IN_PROGRESS) that are about somebody (a subject) or of the supervisor's
 * L3 questionnaire. Only the supervisor themself may list them. Answering one goes through the usual
 * evaluation flow (openRequestForAnswering), which checks ownership again.
 */

export interface TeamAssessment {
  requestId: number;
  status: EvaluationStatus;
  dueAt: Date;
  /** The due date has passed (the same moment the overdue nudge goes out). */
  overdue: boolean;
  /** The staff member being assessed. */
  subjectId: number | null;
  subjectName: string | null;
  activityTitle: string | null;
  questionnaireTitle: string;
  questionnaireTitleEn: string | null;
}

export type TeamAssessmentsResult = { ok: true; assessments: TeamAssessment[] } | { ok: false; code: "not-allowed" };

const OPEN: EvaluationStatus[] = ["PENDING", "IN_PROGRESS"];

/** The supervisor's open staff assessments, the soonest due (so the overdue ones) first. */
export async function pendingTeamAssessments(
  deps: ServiceDeps,
  input: { requesterId: number; supervisorId: number },
): Promise<TeamAssessmentsResult> {
  if (input.requesterId !== input.supervisorId) return { ok: false, code: "not-allowed" };
  const supervisor = await deps.db.employee.findUnique({ where: { id: input.supervisorId }, select: { active: true } });
  if (!supervisor?.active) return { ok: false, code: "not-allowed" };

  const rows = await deps.db.evaluationRequest.findMany({
    where: {
      respondentId: input.supervisorId,
      status: { in: OPEN },
      OR: [{ subjectId: { not: null } }, { questionnaire: { code: DEFAULT_QUESTIONNAIRES.behaviourSupervisor } }],
    },
    select: {
      id: true,
      status: true,
      dueAt: true,
      questionnaire: { select: { title: true, titleEn: true } },
      activity: { select: { title: true } },
      subject: { select: { id: true, name: true } },
    },
    orderBy: [{ dueAt: "asc" }, { id: "asc" }],
  });
  const now = deps.clock.now().getTime();
  return {
    ok: true,
    assessments: rows.map((row) => ({
      requestId: row.id,
      status: row.status,
      dueAt: row.dueAt,
      overdue: row.dueAt.getTime() <= now,
      subjectId: row.subject?.id ?? null,
      subjectName: row.subject?.name ?? null,
      activityTitle: row.activity?.title ?? null,
      questionnaireTitle: row.questionnaire.title,
      questionnaireTitleEn: row.questionnaire.titleEn,
    })),
  };
}
