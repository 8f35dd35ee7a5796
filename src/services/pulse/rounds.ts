import type { Prisma } from "../../generated/prisma/client.js";
import type { ServiceDeps } from "../deps.js";
import type { PulseScope } from "./scope.js";

/**
 * A pulse round is one announcement (a one-off or one campaign message) that carried a pulse and was
 * sent, i.e. has pulse requests. A round is in a viewer's scope when at least one of its recipients
 * works in a unit of that scope.
 */
export interface PulseRound {
  announcementId: number;
  sentAt: Date | null;
  /** The questionnaire version sent, which every answer of the round belongs to. */
  questionnaireId: number;
  questionnaireCode: string;
  questionnaireTitle: string;
  questionnaireTitleEn: string | null;
}

const roundSelect = {
  id: true,
  sentAt: true,
  pulseQuestionnaire: { select: { id: true, code: true, title: true, titleEn: true } },
} as const;

/** Requests whose recipient works in the scope (every request for the whole district). */
export function requestsInScope(scope: PulseScope): Prisma.EvaluationRequestWhereInput {
  return scope.root === null ? {} : { respondent: { unitId: { in: [...scope.groupOf.keys()] } } };
}

function roundsWhere(scope: PulseScope, extra: Prisma.AnnouncementWhereInput = {}): Prisma.AnnouncementWhereInput {
  return { ...extra, pulseQuestionnaireId: { not: null }, evaluationRequests: { some: requestsInScope(scope) } };
}

/** Latest first: by sending time, then by id. */
const latestFirst: Prisma.AnnouncementOrderByWithRelationInput[] = [{ sentAt: { sort: "desc", nulls: "last" } }, { id: "desc" }];

type RoundRow = {
  id: number;
  sentAt: Date | null;
  pulseQuestionnaire: { id: number; code: string; title: string; titleEn: string | null } | null;
};

function toRound(row: RoundRow): PulseRound {
  return {
    announcementId: row.id,
    sentAt: row.sentAt,
    // Rounds are found by a non-null pulse questionnaire, so the fallbacks never apply.
    questionnaireId: row.pulseQuestionnaire?.id ?? 0,
    questionnaireCode: row.pulseQuestionnaire?.code ?? "",
    questionnaireTitle: row.pulseQuestionnaire?.title ?? "",
    questionnaireTitleEn: row.pulseQuestionnaire?.titleEn ?? null,
  };
}

/** The given announcement's round when it is one in scope, else the latest round in scope; null if none. */
export async function findRound(deps: ServiceDeps, scope: PulseScope, announcementId?: number): Promise<PulseRound | null> {
  const row = await deps.db.announcement.findFirst({
    where: roundsWhere(scope, announcementId === undefined ? {} : { id: announcementId }),
    select: roundSelect,
    orderBy: latestFirst,
  });
  return row ? toRound(row) : null;
}

/** The round before `round` with the same questionnaire code, in scope; null if there is none. */
export async function previousRound(deps: ServiceDeps, scope: PulseScope, round: PulseRound): Promise<PulseRound | null> {
  const rows = await deps.db.announcement.findMany({
    where: roundsWhere(scope, { pulseQuestionnaire: { code: round.questionnaireCode } }),
    select: roundSelect,
    orderBy: latestFirst,
  });
  const at = rows.findIndex((row) => row.id === round.announcementId);
  const before = at === -1 ? undefined : rows[at + 1];
  return before ? toRound(before) : null;
}

export interface PulseRoundSummary extends PulseRound {
  /** Requests to recipients in scope, and how many of them were answered. */
  requests: number;
  submitted: number;
}

/** Every round in scope, latest first, with its response counts. */
export async function listPulseRounds(deps: ServiceDeps, scope: PulseScope): Promise<PulseRoundSummary[]> {
  const rows = await deps.db.announcement.findMany({ where: roundsWhere(scope), select: roundSelect, orderBy: latestFirst });
  if (rows.length === 0) return [];
  const counts = await deps.db.evaluationRequest.groupBy({
    by: ["announcementId", "status"],
    where: { ...requestsInScope(scope), announcementId: { in: rows.map((row) => row.id) } },
    _count: { _all: true },
  });
  return rows.map((row) => {
    const mine = counts.filter((count) => count.announcementId === row.id);
    return {
      ...toRound(row),
      requests: mine.reduce((sum, count) => sum + count._count._all, 0),
      submitted: mine.filter((count) => count.status === "SUBMITTED").reduce((sum, count) => sum + count._count._all, 0),
    };
  });
}
