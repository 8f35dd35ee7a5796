import type { Question } from "../../generated/prisma/client.js";
import type { EvaluationStatus } from "../../generated/prisma/enums.js";
import type { ServiceDeps } from "../deps.js";
import { choiceOptions } from "./question-options.js";

/**
 * Answering an evaluation request: each answer is checked against its question's kind, then the
 * request is claimed and the Response written in one transaction, so a double submit (two taps, two
 * devices) stores one Response.
 *
 * Anonymous questionnaires keep no link to the person: the Response has no respondentId, no requestId
 * and no subject, only the questionnaire, the activity or announcement (a pulse names a broadcast, not
 * a person) and the respondent's unit (for unit aggregates), and its time is kept to the day. The
 * request is still marked SUBMITTED, so nobody is nudged again, but without a submission time that
 * could be matched against the Response.
 */

/** What the chat collects per question kind: LIKERT/RATING a number, SINGLE_CHOICE a choice id,
 * MULTI_CHOICE choice ids, YES_NO a boolean, FREE_TEXT a string. Null or absent means skipped. */
export type AnswerInput = number | boolean | string | readonly string[];

export type AnswerErrorCode =
  /** A required question was not answered. */
  | "required"
  /** The value's type does not fit the question's kind (e.g. text for a Likert question). */
  | "wrong-type"
  /** Not a whole number within the scale (LIKERT 1..5, RATING 0..10). */
  | "out-of-range"
  /** A choice id the question does not offer. */
  | "unknown-choice"
  /** Multiple choice with nothing chosen. */
  | "no-choice"
  /** Multiple choice with the same id twice. */
  | "duplicate-choice"
  /** Free text that is empty once trimmed. */
  | "empty-text"
  /** Free text longer than the question allows (params.max). */
  | "too-long"
  /** The question's stored options cannot be read: a definition problem, not the respondent's. */
  | "misconfigured"
  /** An answer for a question that is not part of the questionnaire. */
  | "unknown-question";

export interface AnswerError {
  code: AnswerErrorCode;
  params?: Record<string, number>;
}

/** What an Answer row stores. */
export interface StoredAnswer {
  numericValue: number | null;
  textValue: string | null;
}

export type AnswerCheck = { ok: true; skipped: true } | { ok: true; skipped: false; value: StoredAnswer } | ({ ok: false } & AnswerError);

export const LIKERT_MIN = 1;
export const LIKERT_MAX = 5;
export const RATING_MIN = 0;
export const RATING_MAX = 10;
/** Limit for free text when the question sets none. */
export const DEFAULT_FREE_TEXT_MAX = 2000;

export type QuestionForValidation = Pick<Question, "kind" | "options" | "required" | "maxLength">;

/** Checks one answer against its question. Null/undefined is a skip: fine unless the question is required. */
export function validateAnswer(question: QuestionForValidation, input: AnswerInput | null | undefined): AnswerCheck {
  if (input === null || input === undefined) {
    return question.required ? { ok: false, code: "required" } : { ok: true, skipped: true };
  }
  const fail = (code: AnswerErrorCode, params?: Record<string, number>): AnswerCheck =>
    params ? { ok: false, code, params } : { ok: false, code };
  const numeric = (numericValue: number): AnswerCheck => ({ ok: true, skipped: false, value: { numericValue, textValue: null } });
  const text = (textValue: string): AnswerCheck => ({ ok: true, skipped: false, value: { numericValue: null, textValue } });

  switch (question.kind) {
    case "LIKERT":
    case "RATING": {
      const [min, max] = question.kind === "LIKERT" ? [LIKERT_MIN, LIKERT_MAX] : [RATING_MIN, RATING_MAX];
      if (typeof input !== "number") return fail("wrong-type");
      if (!Number.isInteger(input) || input < min || input > max) return fail("out-of-range", { min, max });
      return numeric(input);
    }
    case "YES_NO":
      if (typeof input !== "boolean") return fail("wrong-type");
      return numeric(input ? 1 : 0);
    case "SINGLE_CHOICE": {
      if (typeof input !== "string") return fail("wrong-type");
      const ids = choiceIds(question.options);
      if (!ids) return fail("misconfigured");
      if (!ids.has(input)) return fail("unknown-choice");
      return text(input);
    }
    case "MULTI_CHOICE": {
      if (!Array.isArray(input) || !input.every((item): item is string => typeof item === "string")) return fail("wrong-type");
      const ids = choiceIds(question.options);
      if (!ids) return fail("misconfigured");
      if (input.length === 0) return question.required ? fail("no-choice") : { ok: true, skipped: true };
      if (new Set(input).size !== input.length) return fail("duplicate-choice");
      if (!input.every((id) => ids.has(id))) return fail("unknown-choice");
      return text(JSON.stringify(input));
    }
    case "FREE_TEXT": {
      if (typeof input !== "string") return fail("wrong-type");
      const trimmed = input.trim();
      if (trimmed.length === 0) return question.required ? fail("empty-text") : { ok: true, skipped: true };
      const max = question.maxLength ?? DEFAULT_FREE_TEXT_MAX;
      if ([...trimmed].length > max) return fail("too-long", { max });
      return text(trimmed);
    }
  }
}

function choiceIds(options: string | null): Set<string> | null {
  if (options === null) return null;
  let json: unknown;
  try {
    json = JSON.parse(options);
  } catch {
    return null;
  }
  const parsed = choiceOptions.safeParse(json);
  return parsed.success ? new Set(parsed.data.choices.map((choice) => choice.id)) : null;
}

export interface SubmitInput {
  requestId: number;
  respondentId: number;
  /** Keyed by Question.id. */
  answers: Record<number, AnswerInput | null | undefined>;
}

export type SubmitResult =
  | { ok: true; responseId: number; anonymous: boolean }
  /** No such request, or it is someone else's. */
  | { ok: false; code: "not-allowed" }
  | { ok: false; code: "already-submitted" }
  /** Expired or cancelled. */
  | { ok: false; code: "closed"; status: EvaluationStatus }
  /** Per question id, what is wrong. */
  | { ok: false; code: "invalid"; errors: Record<number, AnswerError> };

const OPEN: EvaluationStatus[] = ["PENDING", "IN_PROGRESS"];

export async function submitResponse(deps: ServiceDeps, input: SubmitInput): Promise<SubmitResult> {
  const request = await deps.db.evaluationRequest.findUnique({
    where: { id: input.requestId },
    include: {
      questionnaire: { include: { questions: { orderBy: { position: "asc" } } } },
      respondent: { select: { unitId: true } },
    },
  });
  if (!request || request.respondentId !== input.respondentId) return { ok: false, code: "not-allowed" };
  const closed = refusal(request.status);
  if (closed) return closed;

  const errors: Record<number, AnswerError> = {};
  const values: { questionId: number; value: StoredAnswer }[] = [];
  const questionIds = new Set(request.questionnaire.questions.map((question) => question.id));
  for (const question of request.questionnaire.questions) {
    const check = validateAnswer(question, input.answers[question.id]);
    if (!check.ok) errors[question.id] = check.params ? { code: check.code, params: check.params } : { code: check.code };
    else if (!check.skipped) values.push({ questionId: question.id, value: check.value });
  }
  for (const key of Object.keys(input.answers)) {
    const id = Number(key);
    if (!questionIds.has(id)) errors[id] = { code: "unknown-question" };
  }
  if (Object.keys(errors).length > 0) return { ok: false, code: "invalid", errors };

  const now = deps.clock.now();
  const anonymous = request.questionnaire.anonymous;
  const outcome = await deps.db.$transaction(async (tx) => {
    // The claim comes first: only the run that moves the request out of PENDING/IN_PROGRESS writes.
    const claimed = await tx.evaluationRequest.updateMany({
      where: { id: request.id, status: { in: OPEN } },
      data: { status: "SUBMITTED", submittedAt: anonymous ? null : now },
    });
    if (claimed.count === 0) {
      const current = await tx.evaluationRequest.findUniqueOrThrow({ where: { id: request.id }, select: { status: true } });
      return { claimed: false as const, status: current.status };
    }
    const response = await tx.response.create({
      data: anonymous
        ? {
            questionnaireId: request.questionnaireId,
            activityId: request.activityId,
            announcementId: request.announcementId,
            unitId: request.respondent.unitId,
            submittedAt: startOfUtcDay(now),
          }
        : {
            questionnaireId: request.questionnaireId,
            requestId: request.id,
            respondentId: request.respondentId,
            subjectId: request.subjectId,
            activityId: request.activityId,
            announcementId: request.announcementId,
            unitId: request.respondent.unitId,
            submittedAt: now,
          },
      select: { id: true },
    });
    await tx.answer.createMany({
      data: values.map(({ questionId, value }) => ({ responseId: response.id, questionId, ...value })),
    });
    return { claimed: true as const, responseId: response.id };
  });
  if (!outcome.claimed) return refusal(outcome.status) ?? { ok: false, code: "already-submitted" };
  return { ok: true, responseId: outcome.responseId, anonymous };
}

function refusal(status: EvaluationStatus): SubmitResult | null {
  if (status === "SUBMITTED") return { ok: false, code: "already-submitted" };
  if (status === "EXPIRED" || status === "CANCELLED") return { ok: false, code: "closed", status };
  return null;
}

function startOfUtcDay(at: Date): Date {
  return new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate()));
}

export interface PendingRequest {
  id: number;
  status: EvaluationStatus;
  dueAt: Date;
  questionnaireId: number;
  questionnaireCode: string;
  questionnaireTitle: string;
  questionnaireTitleEn: string | null;
  anonymous: boolean;
  activityId: number | null;
  activityTitle: string | null;
  /** Whom the respondent evaluates (a supervisor's L3 about a staff member); null otherwise. */
  subjectId: number | null;
  subjectName: string | null;
}

/** The respondent's open requests (PENDING or IN_PROGRESS), the soonest due first. */
export async function pendingRequestsFor(deps: ServiceDeps, input: { employeeId: number }): Promise<PendingRequest[]> {
  const rows = await deps.db.evaluationRequest.findMany({
    where: { respondentId: input.employeeId, status: { in: OPEN } },
    select: {
      id: true,
      status: true,
      dueAt: true,
      questionnaire: { select: { id: true, code: true, title: true, titleEn: true, anonymous: true } },
      activity: { select: { id: true, title: true } },
      subject: { select: { id: true, name: true } },
    },
    orderBy: [{ dueAt: "asc" }, { id: "asc" }],
  });
  return rows.map((row) => ({
    id: row.id,
    status: row.status,
    dueAt: row.dueAt,
    questionnaireId: row.questionnaire.id,
    questionnaireCode: row.questionnaire.code,
    questionnaireTitle: row.questionnaire.title,
    questionnaireTitleEn: row.questionnaire.titleEn,
    anonymous: row.questionnaire.anonymous,
    activityId: row.activity?.id ?? null,
    activityTitle: row.activity?.title ?? null,
    subjectId: row.subject?.id ?? null,
    subjectName: row.subject?.name ?? null,
  }));
}
