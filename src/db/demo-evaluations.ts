/**
 * FICTIONAL history of the completed demo activities, replayed through the real services in the order
 * it would have happened: registration, attendance from the signed list, completion (JP credited),
 * evaluation requests as the assignment job creates them, and reaction questionnaires answered the
 * day after by some participants. Requests whose time has come by "now" (the L1 of a recent activity,
 * the L3 of one that ended long enough ago) are left open, so the demo people find them waiting.
 */
import type { Clock } from "../clock.js";
import type { EvaluationSettings } from "../config.js";
import type { QuestionKind } from "../generated/prisma/enums.js";
import { markAttendanceFromCsv } from "../services/activities/attendance.js";
import { completeActivityNow } from "../services/activities/completion.js";
import type { ServiceDeps } from "../services/deps.js";
import { createDueEvaluationRequests } from "../services/evaluations/assignment.js";
import { ensureDefaultQuestionnaires } from "../services/evaluations/defaults.js";
import { choiceOptions, DEFAULT_QUESTIONNAIRES } from "../services/evaluations/question-options.js";
import { submitResponse, type AnswerInput } from "../services/evaluations/submission.js";
import { DEMO_ACTOR_LABEL } from "./demo-data.js";

export interface DemoHistoryActivity {
  code: string;
  /** NIPs of those who registered and attended; they are credited the activity's JP. */
  attendees: readonly string[];
  /** NIPs of attendees who answered the reaction (L1) questionnaire the day after. */
  reactionAnswered: readonly string[];
}

export interface DemoHistoryOptions {
  now: Date;
  timezone: string;
  settings: EvaluationSettings;
  activities: readonly DemoHistoryActivity[];
}

export interface DemoHistoryCounts {
  /** Registrations completed, each with its JP entry. */
  completedRegistrations: number;
  /** Evaluation requests created, answered or not. */
  evaluationRequests: number;
  /** Reaction questionnaires answered. */
  responses: number;
}

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
/** Check-in grace for marking attendance; the list is marked an hour after the start, inside any grace. */
const GRACE = { checkinGraceMinutes: 30 };

interface Step {
  at: Date;
  run(deps: ServiceDeps): Promise<void>;
}

/** Replays the activities' history up to `now`; meant for a database the demo activities were just loaded into. */
export async function playDemoHistory(deps: ServiceDeps, options: DemoHistoryOptions): Promise<DemoHistoryCounts> {
  const { now, settings, timezone } = options;
  const counts: DemoHistoryCounts = { completedRegistrations: 0, evaluationRequests: 0, responses: 0 };
  await ensureDefaultQuestionnaires(deps, { actorLabel: DEMO_ACTOR_LABEL });

  const assign = async (at: ServiceDeps): Promise<void> => {
    counts.evaluationRequests += (await createDueEvaluationRequests({ ...at, settings }, { now: at.clock.now() })).created;
  };
  const steps: Step[] = [];
  for (const planned of options.activities) {
    const activity = await deps.db.activity.findUnique({ where: { code: planned.code } });
    if (!activity) throw new Error(`Demo activity ${planned.code} is missing`);
    const attendees = await activeEmployeeIds(deps, planned.attendees);
    const answering = [...attendees].filter(([nip]) => planned.reactionAnswered.includes(nip)).map(([, id]) => id);
    const ended = activity.endsAt.getTime();

    if (attendees.size > 0) {
      steps.push(
        {
          at: new Date((activity.registrationOpensAt ?? activity.startsAt).getTime() + DAY_MS),
          run: async (at) => {
            const stamp = { createdAt: at.clock.now(), updatedAt: at.clock.now() };
            const data = [...attendees.values()].map((employeeId) => ({
              activityId: activity.id,
              employeeId,
              status: "REGISTERED" as const,
              ...stamp,
            }));
            await at.db.registration.createMany({ data });
          },
        },
        {
          // The signed attendance list, marked during the activity.
          at: new Date(activity.startsAt.getTime() + HOUR_MS),
          run: async (at) => {
            const marked = await markAttendanceFromCsv(
              { ...at, settings: GRACE },
              { activityCode: activity.code, csvText: ["nip", ...attendees.keys()].join("\n"), actorLabel: DEMO_ACTOR_LABEL, dryRun: false },
            );
            if (!marked.ok) throw new Error(`Demo attendance for ${activity.code} failed its own checks`);
          },
        },
      );
    }
    steps.push(
      {
        at: new Date(ended + HOUR_MS),
        run: async (at) => {
          const done = await completeActivityNow({ ...at, settings: GRACE, timezone }, { code: activity.code, actorLabel: DEMO_ACTOR_LABEL });
          if (!done.ok) throw new Error(`Demo activity ${activity.code} could not be completed: ${done.code}`);
          counts.completedRegistrations += done.counts.completed;
          await assign(at);
        },
      },
      { at: new Date(ended + settings.l3DelayDays * DAY_MS), run: assign },
    );
    if (answering.length > 0) {
      steps.push({
        at: new Date(ended + DAY_MS),
        run: async (at) => {
          counts.responses += await answerReaction(at, activity.id, answering);
        },
      });
    }
  }
  steps.push({ at: now, run: assign });

  // In time order (the sort is stable); nothing is dated after "now".
  steps.sort((a, b) => a.at.getTime() - b.at.getTime());
  for (const step of steps) {
    const at = step.at.getTime() < now.getTime() ? step.at : now;
    const clock: Clock = { now: () => at };
    await step.run({ ...deps, clock });
  }
  return counts;
}

/** NIP → id of those that exist and are active, in the given order. */
async function activeEmployeeIds(deps: ServiceDeps, nips: readonly string[]): Promise<Map<string, number>> {
  const rows = await deps.db.employee.findMany({ where: { nip: { in: [...nips] }, active: true }, select: { id: true, nip: true } });
  const byNip = new Map(rows.map((row) => [row.nip, row.id]));
  return new Map(nips.flatMap((nip) => (byNip.has(nip) ? [[nip, byNip.get(nip)!] as const] : [])));
}

/** The respondents' open reaction requests for the activity, answered through the real submission. */
async function answerReaction(deps: ServiceDeps, activityId: number, respondentIds: readonly number[]): Promise<number> {
  const requests = await deps.db.evaluationRequest.findMany({
    where: {
      activityId,
      respondentId: { in: [...respondentIds] },
      status: { in: ["PENDING", "IN_PROGRESS"] },
      questionnaire: { code: DEFAULT_QUESTIONNAIRES.reaction },
    },
    select: { id: true, respondentId: true, questionnaire: { select: { questions: { orderBy: { position: "asc" } } } } },
    orderBy: { id: "asc" },
  });
  let answered = 0;
  for (const [index, request] of requests.entries()) {
    const answers = Object.fromEntries(request.questionnaire.questions.map((question) => [question.id, demoAnswer(question, index)]));
    const result = await submitResponse(deps, { requestId: request.id, respondentId: request.respondentId, answers });
    if (!result.ok) throw new Error(`Demo answers failed their own checks: ${result.code}`);
    answered += 1;
  }
  return answered;
}

const SUGGESTIONS = [
  "Materinya bermanfaat; mohon bahan presentasi dibagikan setelah kegiatan.",
  "Waktu praktik sebaiknya ditambah.",
];

/** A plausible, mostly favourable answer that varies from one respondent to the next. */
function demoAnswer(
  question: { kind: QuestionKind; position: number; options: string | null; required: boolean },
  respondent: number,
): AnswerInput | null {
  const spread = respondent + question.position;
  switch (question.kind) {
    case "LIKERT":
      return 3 + (spread % 3);
    case "RATING":
      return 6 + ((respondent * 3 + question.position) % 5);
    case "YES_NO":
      return spread % 4 !== 0;
    case "SINGLE_CHOICE":
    case "MULTI_CHOICE": {
      const parsed = choiceOptions.safeParse(JSON.parse(question.options ?? "null"));
      const first = parsed.success ? parsed.data.choices[0]!.id : null;
      if (first === null) return null;
      return question.kind === "SINGLE_CHOICE" ? first : [first];
    }
    case "FREE_TEXT":
      return respondent % 2 === 0 || question.required ? SUGGESTIONS[respondent % SUGGESTIONS.length]! : null;
  }
}
