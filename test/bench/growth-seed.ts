import { ManualClock } from "../../src/clock.js";
import type { Db } from "../../src/db/client.js";
import type { RegistrationStatus } from "../../src/generated/prisma/enums.js";
import { evaluationDedupeKey } from "../../src/services/evaluations/assignment.js";
import { ensureDefaultQuestionnaires } from "../../src/services/evaluations/defaults.js";
import { DEFAULT_QUESTIONNAIRES } from "../../src/services/evaluations/question-options.js";
import type { Recipient } from "../kit/recipients.js";
import type { Chunk } from "./growth-writers.js";
import { createRandom } from "./reports-random.js";
import { seedRecipients } from "./seed.js";

/**
 * Data for the growth benchmark. The base, seeded once with the ORM: a district of linked employees,
 * the shipped questionnaires and what is DUE at "now", always the same 50 of each kind:
 *
 * - an activity tomorrow at 08:00 WIB with 50 REGISTERED people: their day-before reminders are due;
 * - an activity that ended an hour ago with 50 COMPLETED registrations: their reaction (L1)
 *   questionnaires are due to be created;
 * - an activity that ended three hours ago whose 250 participants have an open L1 request: 200 were
 *   notified already, 50 not yet (their "new evaluation" notice is due).
 *
 * The history, added in bulk to reach each size (historicChunks): past activities with the statuses a
 * finished activity leaves (completed, no-show, cancelled), each completed registration's L1 request
 * (submitted or expired) and the reminders and notices that were sent, plus activities further ahead
 * than the reminder horizon with their registrations. None of it is due.
 */

/** Thursday 10 December 2026, 16:00 WIB: after the day-before reminder time (15:00), outside quiet hours. */
export const NOW = new Date("2026-12-10T09:00:00Z");
export const DUE = 50;
export const EMPLOYEES = 10_000;
export const REGISTRATIONS_PER_ACTIVITY = 50;
/** Open requests that had their notice already: read by the nudge scan, but nothing is due for them. */
const OPEN_NOT_DUE = 200;

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const PAYLOAD = JSON.stringify({
  text:
    "⏰ <b>Pengingat kegiatan</b>\n\nBesok Anda mengikuti <b>Pelatihan Penyusunan Naskah Dinas</b> pukul 08.00 WIB " +
    "di Aula BKPSDM, Muara Tebo. Mohon hadir tepat waktu dan membawa laptop.",
  parseMode: "HTML",
  keyboard: [[{ text: "Lihat detail", data: "act:1" }]],
});

export interface BaseSeed {
  recipients: Recipient[];
  l1QuestionnaireId: number;
  /** The open requests whose notice is due; the nudge job marks them, the benchmark unmarks them. */
  dueRequestIds: number[];
}

export async function seedBase(db: Db): Promise<BaseSeed> {
  const recipients = await seedRecipients(db, EMPLOYEES);
  const employee = (index: number) => recipients[index]!.employeeId;
  await ensureDefaultQuestionnaires({ db, clock: new ManualClock(new Date(NOW.getTime() - 5 * 365 * DAY)) }, { actorLabel: "bench" });
  const l1 = await db.questionnaire.findFirstOrThrow({ where: { code: DEFAULT_QUESTIONNAIRES.reaction }, select: { id: true } });

  const activity = (code: string, title: string, startsAt: Date, status: "PUBLISHED" | "COMPLETED") =>
    db.activity.create({
      data: {
        code,
        title,
        kind: "TRAINING",
        competencyType: "TEKNIS",
        jp: 8,
        startsAt,
        endsAt: new Date(startsAt.getTime() + 8 * HOUR),
        venue: "Aula BKPSDM, Muara Tebo",
        status,
        createdAt: new Date(startsAt.getTime() - 30 * DAY),
      },
    });
  const register = (activityId: number, from: number, count: number, status: RegistrationStatus, at: Date) =>
    db.registration.createMany({
      data: Array.from({ length: count }, (_, i) => ({
        activityId,
        employeeId: employee(from + i),
        status,
        createdAt: at,
        ...(status === "COMPLETED" ? { completedAt: at } : {}),
      })),
    });

  // Tomorrow 08:00 WIB: the day-before reminder (15:00 WIB today) is due.
  const tomorrow = await activity("DUE-REMINDER", "Pelatihan Pelayanan Prima", new Date("2026-12-11T01:00:00Z"), "PUBLISHED");
  await register(tomorrow.id, 0, DUE, "REGISTERED", new Date(NOW.getTime() - 7 * DAY));

  // Ended an hour ago, completed: the L1 questionnaire is due to be created (default rules).
  const justEnded = await activity("DUE-ASSIGNMENT", "Bimtek Penyusunan SKP", new Date(NOW.getTime() - 9 * HOUR), "COMPLETED");
  await register(justEnded.id, DUE, DUE, "COMPLETED", new Date(NOW.getTime() - HOUR));

  // Ended three hours ago: L1 requests open for everyone; the notice went out to most of them.
  const earlier = await activity("DUE-NUDGE", "Sosialisasi Manajemen Talenta", new Date(NOW.getTime() - 11 * HOUR), "COMPLETED");
  const endedAt = new Date(NOW.getTime() - 3 * HOUR);
  await register(earlier.id, 2 * DUE, DUE + OPEN_NOT_DUE, "COMPLETED", endedAt);
  const registrations = await db.registration.findMany({ where: { activityId: earlier.id }, orderBy: { id: "asc" } });
  await db.evaluationRequest.createMany({
    data: registrations.map((registration, i) => ({
      dedupeKey: evaluationDedupeKey(registration.id, DEFAULT_QUESTIONNAIRES.reaction, "respondent"),
      questionnaireId: l1.id,
      respondentId: registration.employeeId,
      activityId: earlier.id,
      registrationId: registration.id,
      dueAt: new Date(endedAt.getTime() + 14 * DAY),
      status: "PENDING" as const,
      createdAt: endedAt,
      ...(i < OPEN_NOT_DUE ? { lastRemindedAt: new Date(endedAt.getTime() + 5 * 60_000), remindersSent: 1 } : {}),
    })),
  });
  const due = await db.evaluationRequest.findMany({
    where: { activityId: earlier.id, lastRemindedAt: null },
    select: { id: true },
    orderBy: { id: "asc" },
  });
  if (due.length !== DUE) throw new Error(`seeded ${due.length} due requests, expected ${DUE}`);
  return { recipients, l1QuestionnaireId: l1.id, dueRequestIds: due.map((request) => request.id) };
}

/** The next id of each bulk table, after what the database holds. */
export interface NextIds {
  Activity: number;
  ActivityQuestionnaire: number;
  Registration: number;
  EvaluationRequest: number;
  Delivery: number;
}

export async function nextIds(db: Db): Promise<NextIds> {
  const next = async (max: Promise<{ _max: { id: number | null } }>) => ((await max)._max.id ?? 0) + 1;
  return {
    Activity: await next(db.activity.aggregate({ _max: { id: true } })),
    ActivityQuestionnaire: await next(db.activityQuestionnaire.aggregate({ _max: { id: true } })),
    Registration: await next(db.registration.aggregate({ _max: { id: true } })),
    EvaluationRequest: await next(db.evaluationRequest.aggregate({ _max: { id: true } })),
    Delivery: await next(db.delivery.aggregate({ _max: { id: true } })),
  };
}

export interface HistoryInput {
  activities: number;
  ids: NextIds;
  base: BaseSeed;
  /** Seeds the random source, so each growth step adds the same rows on every run and engine. */
  seed: number;
  chunkRows?: number;
}

/**
 * `activities` more activities with 50 registrations each, 90 % of them finished between 20 days and
 * four years ago, the rest 3 to 120 days ahead (past the reminder horizon of 48 hours), in chunks.
 */
export function* historicChunks(input: HistoryInput): Generator<Chunk> {
  const random = createRandom(input.seed);
  const ids = input.ids;
  const { recipients, l1QuestionnaireId } = input.base;
  const chunkRows = input.chunkRows ?? 5_000;
  const reactionKey = (registrationId: number) => evaluationDedupeKey(registrationId, DEFAULT_QUESTIONNAIRES.reaction, "respondent");
  let chunk: Chunk = [];

  for (let n = 0; n < input.activities; n++) {
    const past = random.chance(0.9);
    const activityId = ids.Activity++;
    const startsAt = past
      ? new Date(Math.floor((NOW.getTime() - random.int(20, 1_460) * DAY) / HOUR) * HOUR)
      : new Date(Math.floor((NOW.getTime() + random.int(3, 120) * DAY) / HOUR) * HOUR);
    const endsAt = new Date(startsAt.getTime() + 8 * HOUR);
    const createdAt = new Date(startsAt.getTime() - 30 * DAY);
    chunk.push({
      table: "Activity",
      row: {
        id: activityId,
        code: `GROW-${activityId}`,
        title: `Pelatihan Kompetensi Teknis Angkatan ${activityId}`,
        kind: "TRAINING",
        competencyType: "TEKNIS",
        jp: 8,
        startsAt,
        endsAt,
        venue: "Aula BKPSDM, Muara Tebo",
        status: past ? "COMPLETED" : "PUBLISHED",
        // Past ones ask the reaction questionnaire only: one request per completed registration.
        customEvaluationRules: past,
        needsSupervisorApproval: false,
        createdAt,
        updatedAt: past ? endsAt : createdAt,
      },
    });
    if (past) {
      chunk.push({
        table: "ActivityQuestionnaire",
        row: {
          id: ids.ActivityQuestionnaire++,
          activityId,
          questionnaireId: l1QuestionnaireId,
          respondent: "PARTICIPANT",
          daysAfterEnd: 0,
          dueInDays: 14,
        },
      });
    }

    // Fifty different people, away from the due set's first 350.
    const first = random.int(3 * DUE + 200, recipients.length - REGISTRATIONS_PER_ACTIVITY);
    for (let i = 0; i < REGISTRATIONS_PER_ACTIVITY; i++) {
      const recipient = recipients[first + i]!;
      const registrationId = ids.Registration++;
      const roll = random.next();
      const status: RegistrationStatus = past
        ? roll < 0.8
          ? "COMPLETED"
          : roll < 0.9
            ? "NO_SHOW"
            : "CANCELLED"
        : roll < 0.9
          ? "REGISTERED"
          : "CANCELLED";
      const registeredAt = new Date(createdAt.getTime() + random.int(1, 20) * DAY);
      chunk.push({
        table: "Registration",
        row: {
          id: registrationId,
          activityId,
          employeeId: recipient.employeeId,
          status,
          createdAt: registeredAt,
          updatedAt: past ? endsAt : registeredAt,
          checkedInAt: status === "COMPLETED" ? new Date(startsAt.getTime() + 10 * 60_000) : null,
          completedAt: status === "COMPLETED" ? new Date(endsAt.getTime() + HOUR) : null,
          cancelledAt: status === "CANCELLED" ? new Date(registeredAt.getTime() + DAY) : null,
        },
      });
      const delivery = (dedupeKey: string, at: Date) =>
        chunk.push({
          table: "Delivery",
          row: {
            id: ids.Delivery++,
            dedupeKey,
            employeeId: recipient.employeeId,
            chatAccountId: recipient.chatAccountId,
            platform: "TELEGRAM",
            chatId: String(recipient.chatId),
            payload: PAYLOAD,
            priority: 1,
            quietHours: true,
            status: "SENT",
            attempts: 1,
            notBefore: at,
            nextAttemptAt: at,
            sentAt: at,
            messageRef: String(random.int(1, 1_000_000)),
            createdAt: at,
            updatedAt: at,
          },
        });
      if (past && status !== "CANCELLED") delivery(`reminder:${registrationId}:day-before`, new Date(startsAt.getTime() - 17 * HOUR));
      if (status === "COMPLETED") {
        const requestId = ids.EvaluationRequest++;
        const submitted = random.chance(0.85);
        chunk.push({
          table: "EvaluationRequest",
          row: {
            id: requestId,
            dedupeKey: reactionKey(registrationId),
            questionnaireId: l1QuestionnaireId,
            respondentId: recipient.employeeId,
            activityId,
            registrationId,
            dueAt: new Date(endsAt.getTime() + 14 * DAY),
            status: submitted ? "SUBMITTED" : "EXPIRED",
            remindersSent: submitted ? 1 : 3,
            lastRemindedAt: new Date(endsAt.getTime() + (submitted ? HOUR : 15 * DAY)),
            submittedAt: submitted ? new Date(endsAt.getTime() + random.int(2, 200) * HOUR) : null,
            createdAt: endsAt,
          },
        });
        delivery(`eval-nudge:${requestId}:created`, new Date(endsAt.getTime() + HOUR));
      }
    }
    if (chunk.length >= chunkRows) {
      yield chunk;
      chunk = [];
    }
  }
  if (chunk.length > 0) yield chunk;
}
