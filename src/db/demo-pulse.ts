/**
 * FICTIONAL answers to the demo announcement's change-readiness pulse, given through the real
 * submission, so they are stored as every pulse answer is: anonymously, with only the respondent's
 * unit kept. Four OPD answer with enough people to be shown on their own, each with its own barrier
 * point; two more answer with too few to be shown and are pooled. Requests left unanswered are
 * closed as expired, as the nudge job would have done by now.
 */
import type { Clock } from "../clock.js";
import type { ServiceDeps } from "../services/deps.js";
import { ADKAR_DIMENSIONS, isAdkarDimension } from "../services/pulse/adkar.js";
import { submitResponse } from "../services/evaluations/submission.js";
import { DEMO_PEOPLE } from "./demo-data.js";

/** One respondent's typical answer per ADKAR stage (A D K A R), on the 1..5 scale. */
type Profile = readonly [number, number, number, number, number];

/** Per OPD: how many answer, and around which values. */
export const DEMO_PULSE_PLAN: ReadonlyArray<{ unitCode: string; respondents: number; profile: Profile }> = [
  // Ready: nothing below the threshold.
  { unitCode: "BKPSDM", respondents: 6, profile: [4, 4, 4, 3, 4] },
  // Barrier Desire: they know why, but do not want it yet.
  { unitCode: "DISDIK", respondents: 6, profile: [3, 2, 3, 3, 4] },
  // Barrier Knowledge: willing, but do not know how.
  { unitCode: "DINKES", respondents: 6, profile: [4, 3, 2, 3, 3] },
  // Barrier Awareness: the reason for the change has not landed.
  { unitCode: "DPUPR", respondents: 6, profile: [2, 3, 3, 3, 3] },
  // Too few to show alone; pooled as "other units".
  { unitCode: "SETDA", respondents: 3, profile: [4, 4, 3, 3, 4] },
  { unitCode: "BAPPEDA", respondents: 3, profile: [4, 3, 3, 4, 4] },
];

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Answers the pulse of the announcement the day after it was sent and closes the other requests.
 * The demo personas do not answer (their own survey stays theirs to imagine). Returns the responses.
 */
export async function answerDemoPulse(deps: ServiceDeps, input: { announcementId: number; sentAt: Date }): Promise<number> {
  const answeredAt = new Date(input.sentAt.getTime() + DAY_MS);
  const clock: Clock = { now: () => answeredAt };
  const at: ServiceDeps = { ...deps, clock };
  const personas = new Set(Object.values(DEMO_PEOPLE).map((person) => person.nip));
  const requests = await deps.db.evaluationRequest.findMany({
    where: { announcementId: input.announcementId, status: "PENDING" },
    select: {
      id: true,
      respondentId: true,
      respondent: { select: { nip: true, unit: { select: { code: true } } } },
      questionnaire: { select: { questions: { select: { id: true, dimension: true } } } },
    },
    orderBy: { id: "asc" },
  });

  let responses = 0;
  for (const plan of DEMO_PULSE_PLAN) {
    const answering = requests
      .filter((request) => request.respondent?.unit.code === plan.unitCode && !personas.has(request.respondent.nip))
      .slice(0, plan.respondents);
    for (const [index, request] of answering.entries()) {
      const answers: Record<number, number> = {};
      for (const question of request.questionnaire.questions) {
        if (!isAdkarDimension(question.dimension)) continue;
        const stage = ADKAR_DIMENSIONS.indexOf(question.dimension);
        answers[question.id] = spread(plan.profile[stage]!, index + stage);
      }
      const result = await submitResponse(at, { requestId: request.id, respondentId: request.respondentId, answers });
      if (!result.ok) throw new Error(`Demo pulse answers failed their own checks: ${result.code}`);
      responses += 1;
    }
  }
  await deps.db.evaluationRequest.updateMany({
    where: { announcementId: input.announcementId, status: { in: ["PENDING", "IN_PROGRESS"] } },
    data: { status: "EXPIRED", lastRemindedAt: answeredAt },
  });
  return responses;
}

/** The typical value one up, equal or one down in turn: six respondents keep the typical mean. */
function spread(typical: number, turn: number): number {
  const offset = [1, 0, -1][turn % 3]!;
  return Math.min(5, Math.max(1, typical + offset));
}
