import type { Prisma } from "../../generated/prisma/client.js";
import type { PartnerKind, RegistrationStatus } from "../../generated/prisma/enums.js";
import type { ServiceDeps } from "../deps.js";
import { DEFAULT_QUESTIONNAIRES } from "../evaluations/question-options.js";
import { answerSums } from "./effectiveness-answers.js";
import type { ReportFilter } from "./filter.js";

/**
 * What each partner delivered in a period, from grouped queries (never one query per activity).
 *
 * - Activities: the partner's activities whose end falls in the period, neither cancelled nor drafts
 *   (the same rule as the effectiveness report).
 * - Participants: attended or completed registrations; JP delivered: the JP credited for them.
 *   With a unit, only participants whose CURRENT unit is in the subtree count (someone who moved
 *   counts for their new unit): a head of OPD sees what the partner delivered to their people.
 * - L1: the mean of the L1-REAKSI Likert answers, always over every respondent in the district: it
 *   rates the partner's delivery, not the unit, and pooling keeps a small unit's anonymous answers
 *   from standing alone. An activity's mean is shown only when at least `L1_MIN_RESPONSES` people
 *   answered, and a partner's mean pools only the activities whose mean is shown, so that no hidden
 *   mean can be worked out from the others.
 */

/** Fewer anonymous L1 responses than this and an activity's mean is not shown. */
export const L1_MIN_RESPONSES = 3;

const PARTICIPATED: RegistrationStatus[] = ["ATTENDED", "COMPLETED"];
const CHUNK = 500;

export interface Sum {
  sum: number;
  count: number;
}

export interface PartnerActivityFigures {
  id: number;
  code: string;
  title: string;
  endsAt: Date;
  participants: number;
  jpDelivered: number;
  /** L1 responses to this activity, from anyone. */
  l1Responses: number;
  /** Likert answers behind the mean; zero when too few responded. */
  l1: Sum;
}

export interface PartnerFigures {
  id: number;
  name: string;
  kind: PartnerKind;
  activities: PartnerActivityFigures[];
}

export async function partnerFigures(
  deps: ServiceDeps,
  input: { filter: ReportFilter; unitIds: number[] | null },
): Promise<PartnerFigures[]> {
  const { db } = deps;
  const { filter, unitIds } = input;
  const [partners, activities, l1Questions] = await Promise.all([
    db.partner.findMany({ select: { id: true, name: true, kind: true } }),
    db.activity.findMany({
      where: { partnerId: { not: null }, endsAt: { gte: filter.from, lt: filter.to }, status: { in: ["PUBLISHED", "COMPLETED"] } },
      select: { id: true, code: true, title: true, endsAt: true, partnerId: true },
      orderBy: [{ endsAt: "asc" }, { code: "asc" }],
    }),
    db.question.findMany({
      where: { kind: "LIKERT", questionnaire: { code: DEFAULT_QUESTIONNAIRES.reaction } },
      select: { id: true, questionnaireId: true },
    }),
  ]);
  const l1QuestionnaireIds = [...new Set(l1Questions.map((question) => question.questionnaireId))];
  const inUnits: Prisma.EmployeeWhereInput = unitIds === null ? {} : { unitId: { in: unitIds } };

  const figures = new Map<number, PartnerActivityFigures>(
    activities.map((activity) => [
      activity.id,
      { id: activity.id, code: activity.code, title: activity.title, endsAt: activity.endsAt, participants: 0, jpDelivered: 0, l1Responses: 0, l1: { sum: 0, count: 0 } },
    ]),
  );
  const ids = activities.map((activity) => activity.id);
  for (let start = 0; start < ids.length; start += CHUNK) {
    const chunk = ids.slice(start, start + CHUNK);
    const [participants, responses] = await Promise.all([
      db.registration.groupBy({
        by: ["activityId"],
        where: { activityId: { in: chunk }, status: { in: PARTICIPATED }, employee: inUnits },
        _count: { _all: true },
      }),
      db.response.groupBy({
        by: ["activityId"],
        where: { activityId: { in: chunk }, questionnaireId: { in: l1QuestionnaireIds } },
        _count: { _all: true },
      }),
    ]);
    for (const row of participants) figures.get(row.activityId)!.participants = row._count._all;
    for (const row of responses) if (row.activityId !== null) figures.get(row.activityId)!.l1Responses = row._count._all;
  }

  // Credits reach their activity only through the registration, which a grouped query cannot group
  // by: the period's credited registrations are read once (one small row each) and added up here.
  // The L1 answers come from the grouped join shared with the effectiveness report.
  for (let start = 0; start < ids.length; start += CHUNK) {
    const credits = await db.jpEntry.findMany({
      where: { registration: { activityId: { in: ids.slice(start, start + CHUNK) } }, employee: inUnits },
      select: { jp: true, registration: { select: { activityId: true } } },
    });
    for (const credit of credits) {
      const activity = credit.registration ? figures.get(credit.registration.activityId) : undefined;
      if (activity) activity.jpDelivered += credit.jp;
    }
  }
  const rated = activities.filter((activity) => figures.get(activity.id)!.l1Responses >= L1_MIN_RESPONSES).map((activity) => activity.id);
  const sums = await answerSums(deps, { activityIds: rated, questionIds: l1Questions.map((question) => question.id), unitIds: null });
  for (const sum of sums) {
    const activity = figures.get(sum.activityId)!;
    activity.l1 = { sum: activity.l1.sum + sum.sum, count: activity.l1.count + sum.count };
  }

  return partners.map((partner) => ({
    ...partner,
    activities: activities.filter((activity) => activity.partnerId === partner.id).map((activity) => figures.get(activity.id)!),
  }));
}
