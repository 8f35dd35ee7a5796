import type { EvaluationStatus, QuestionKind } from "../../generated/prisma/enums.js";
import type { ServiceDeps } from "../deps.js";

/**
 * Opening an evaluation request to answer it. Only its respondent may: anyone else (including a
 * forged button) gets `not-allowed`, the same as for a request that does not exist. The answers
 * themselves are stored by submitResponse (submission.ts).
 */

export interface AnsweringQuestion {
  id: number;
  position: number;
  kind: QuestionKind;
  text: string;
  textEn: string | null;
  /** Question.options as stored (JSON), see question-options.ts. */
  options: string | null;
  required: boolean;
  maxLength: number | null;
}

export interface AnsweringRequest {
  id: number;
  status: EvaluationStatus;
  dueAt: Date;
  questionnaireTitle: string;
  questionnaireTitleEn: string | null;
  anonymous: boolean;
  activityTitle: string | null;
  /** Whom the respondent evaluates (a supervisor's L3 about a staff member); null otherwise. */
  subjectName: string | null;
  questions: AnsweringQuestion[];
}

export type OpenRequestResult =
  | { ok: true; request: AnsweringRequest }
  /** No such request, or it is someone else's. */
  | { ok: false; code: "not-allowed" }
  | { ok: false; code: "already-submitted" }
  /** Expired or cancelled. */
  | { ok: false; code: "closed"; status: EvaluationStatus };

/** The request with its questions in order, for its respondent only, while it is still open. */
export async function openRequestForAnswering(
  deps: ServiceDeps,
  input: { requestId: number; respondentId: number },
): Promise<OpenRequestResult> {
  const row = await deps.db.evaluationRequest.findUnique({
    where: { id: input.requestId },
    select: {
      id: true,
      respondentId: true,
      status: true,
      dueAt: true,
      questionnaire: {
        select: {
          title: true,
          titleEn: true,
          anonymous: true,
          questions: {
            orderBy: { position: "asc" },
            select: { id: true, position: true, kind: true, text: true, textEn: true, options: true, required: true, maxLength: true },
          },
        },
      },
      activity: { select: { title: true } },
      subject: { select: { name: true } },
    },
  });
  if (!row || row.respondentId !== input.respondentId) return { ok: false, code: "not-allowed" };
  if (row.status === "SUBMITTED") return { ok: false, code: "already-submitted" };
  if (row.status === "EXPIRED" || row.status === "CANCELLED") return { ok: false, code: "closed", status: row.status };
  return {
    ok: true,
    request: {
      id: row.id,
      status: row.status,
      dueAt: row.dueAt,
      questionnaireTitle: row.questionnaire.title,
      questionnaireTitleEn: row.questionnaire.titleEn,
      anonymous: row.questionnaire.anonymous,
      activityTitle: row.activity?.title ?? null,
      subjectName: row.subject?.name ?? null,
      questions: row.questionnaire.questions,
    },
  };
}

/** Marks a PENDING request IN_PROGRESS (on its first answer); false when it was not PENDING or not theirs. */
export async function markInProgress(deps: ServiceDeps, input: { requestId: number; respondentId: number }): Promise<boolean> {
  const updated = await deps.db.evaluationRequest.updateMany({
    where: { id: input.requestId, respondentId: input.respondentId, status: "PENDING" },
    data: { status: "IN_PROGRESS" },
  });
  return updated.count > 0;
}

/** The request's status when it is the respondent's own; null otherwise. */
export async function requestStatusFor(
  deps: ServiceDeps,
  input: { requestId: number; respondentId: number },
): Promise<EvaluationStatus | null> {
  const row = await deps.db.evaluationRequest.findFirst({
    where: { id: input.requestId, respondentId: input.respondentId },
    select: { status: true },
  });
  return row?.status ?? null;
}
