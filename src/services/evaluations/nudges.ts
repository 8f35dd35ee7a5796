import type { EvaluationNudgeSettings } from "../../config.js";
import type { EvaluationStatus } from "../../generated/prisma/enums.js";
import { formatDate } from "../../i18n/format-date.js";
import type { Locale } from "../../i18n/index.js";
import { toLocal } from "../activities/local-time.js";
import { notify, type Notification, type NotifyDeps } from "../notify.js";

/**
 * Nudges for unanswered evaluation requests (PENDING or IN_PROGRESS):
 *
 * 1. `created`: a notice that there is a new evaluation, with a button to answer it;
 * 2. `before-due`: a reminder `nudgeBeforeDueDays` before the due date (skipped when the notice itself
 *    went out that close to the due date: a short deadline gets the notice only);
 * 3. `overdue`: one reminder once the due date has passed.
 *
 * Where the request stands is read from the request itself: `lastRemindedAt` is the moment of the
 * latest nudge, so "a nudge after the due date" means the overdue one went out. Each run sends at most
 * one nudge per request, the latest that applies: a request first seen after its due date (the
 * scheduler was down) gets only the overdue reminder, not three messages at once. Every message goes
 * through the delivery queue with the key `eval-nudge:<request>:<stage>`, so a run that fires twice
 * queues nothing twice; the request is then updated conditionally, so it is counted once.
 *
 * A supervisor with several overdue L3 assessments of staff (requests with a subject) gets one digest
 * listing them, keyed `eval-digest:<supervisor>:<local date>`, instead of one message each. When that
 * day's digest is already queued, further overdue assessments wait for the next day's.
 *
 * A request still open `expireAfterDueDays` after its due date, and whose overdue reminder went out,
 * is marked EXPIRED.
 */

export type NudgeStage = "created" | "before-due" | "overdue";

export interface NudgeDeps extends NotifyDeps {
  settings: EvaluationNudgeSettings;
  /** IANA time zone of the dates in the messages and of the digest's day. */
  timezone: string;
}

export interface NudgeRunResult {
  created: number;
  beforeDue: number;
  overdue: number;
  /** Digest messages queued, and the requests they covered. */
  digests: number;
  digestRequests: number;
  expired: number;
}

const DAY_MS = 24 * 60 * 60 * 1000;
const OPEN: EvaluationStatus[] = ["PENDING", "IN_PROGRESS"];

export function nudgeKey(requestId: number, stage: NudgeStage): string {
  return `eval-nudge:${requestId}:${stage}`;
}

/** `eval-digest:<supervisor>:<YYYY-MM-DD>`, the day in the given time zone. */
export function digestKey(supervisorId: number, now: Date, timezone: string): string {
  const local = toLocal(now, timezone);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `eval-digest:${supervisorId}:${local.year}-${pad(local.month)}-${pad(local.day)}`;
}

interface OpenRequest {
  id: number;
  respondentId: number;
  subjectId: number | null;
  dueAt: Date;
  createdAt: Date;
  lastRemindedAt: Date | null;
  questionnaire: { title: string; titleEn: string | null };
  activity: { title: string } | null;
  subject: { name: string } | null;
}

/** The nudge a request should get now, or null when it has had every nudge that applies so far. */
export function stageDue(
  request: Pick<OpenRequest, "dueAt" | "lastRemindedAt">,
  now: Date,
  settings: EvaluationNudgeSettings,
): NudgeStage | null {
  const last = request.lastRemindedAt?.getTime() ?? null;
  const due = request.dueAt.getTime();
  if (now.getTime() >= due) return last !== null && last >= due ? null : "overdue";
  if (last === null) return "created";
  const beforeDue = due - settings.nudgeBeforeDueDays * DAY_MS;
  return now.getTime() >= beforeDue && last < beforeDue ? "before-due" : null;
}

export async function sendEvaluationNudges(deps: NudgeDeps, input: { now: Date }): Promise<NudgeRunResult> {
  const { db } = deps;
  const { now } = input;
  const result: NudgeRunResult = { created: 0, beforeDue: 0, overdue: 0, digests: 0, digestRequests: 0, expired: 0 };

  result.expired = await expireRequests(deps, now);

  const requests: OpenRequest[] = await db.evaluationRequest.findMany({
    where: { status: { in: OPEN }, createdAt: { lte: now } },
    select: {
      id: true,
      respondentId: true,
      subjectId: true,
      dueAt: true,
      createdAt: true,
      lastRemindedAt: true,
      questionnaire: { select: { title: true, titleEn: true } },
      activity: { select: { title: true } },
      subject: { select: { name: true } },
    },
    orderBy: [{ dueAt: "asc" }, { id: "asc" }],
  });

  const single: Array<{ request: OpenRequest; stage: NudgeStage }> = [];
  const overdueAssessments = new Map<number, OpenRequest[]>();
  for (const request of requests) {
    const stage = stageDue(request, now, deps.settings);
    if (stage === null) continue;
    if (stage === "overdue" && request.subjectId !== null) {
      overdueAssessments.set(request.respondentId, [...(overdueAssessments.get(request.respondentId) ?? []), request]);
    } else {
      single.push({ request, stage });
    }
  }

  const digests: Array<{ supervisorId: number; key: string; requests: OpenRequest[] }> = [];
  for (const [supervisorId, list] of overdueAssessments) {
    if (list.length === 1) single.push({ request: list[0]!, stage: "overdue" });
    else digests.push({ supervisorId, key: digestKey(supervisorId, now, deps.timezone), requests: list });
  }
  // A digest already queued today (an earlier run) is not re-sent; its newcomers wait for tomorrow's.
  const queuedDigests = new Set(
    (
      await db.delivery.findMany({
        where: { dedupeKey: { in: digests.map((digest) => digest.key) } },
        select: { dedupeKey: true },
      })
    ).map((row) => row.dedupeKey),
  );
  const freshDigests = digests.filter((digest) => !queuedDigests.has(digest.key));

  const notifications: Notification[] = [
    ...single.map(({ request, stage }) => singleNotification(deps, request, stage)),
    ...freshDigests.map((digest) => digestNotification(deps, digest.supervisorId, digest.key, digest.requests)),
  ];
  await notify(deps, notifications);

  for (const { request, stage } of single) {
    if (await markReminded(deps, request, now)) {
      if (stage === "created") result.created += 1;
      else if (stage === "before-due") result.beforeDue += 1;
      else result.overdue += 1;
    }
  }
  for (const digest of freshDigests) {
    let covered = 0;
    for (const request of digest.requests) if (await markReminded(deps, request, now)) covered += 1;
    if (covered > 0) {
      result.digests += 1;
      result.digestRequests += covered;
    }
  }
  return result;
}

/** Records a nudge, unless a concurrent run (or an answer) got there first. */
async function markReminded(deps: NudgeDeps, request: OpenRequest, now: Date): Promise<boolean> {
  const { count } = await deps.db.evaluationRequest.updateMany({
    where: { id: request.id, status: { in: OPEN }, lastRemindedAt: request.lastRemindedAt },
    data: { lastRemindedAt: now, remindersSent: { increment: 1 } },
  });
  return count === 1;
}

/** Open requests past due by `expireAfterDueDays` whose overdue reminder went out become EXPIRED. */
async function expireRequests(deps: NudgeDeps, now: Date): Promise<number> {
  const cutoff = new Date(now.getTime() - deps.settings.expireAfterDueDays * DAY_MS);
  const candidates = await deps.db.evaluationRequest.findMany({
    where: { status: { in: OPEN }, dueAt: { lte: cutoff }, lastRemindedAt: { not: null } },
    select: { id: true, dueAt: true, lastRemindedAt: true },
  });
  const ids = candidates
    .filter((request) => request.lastRemindedAt !== null && request.lastRemindedAt.getTime() >= request.dueAt.getTime())
    .map((request) => request.id);
  if (ids.length === 0) return 0;
  const { count } = await deps.db.evaluationRequest.updateMany({
    where: { id: { in: ids }, status: { in: OPEN } },
    data: { status: "EXPIRED" },
  });
  return count;
}

function titleOf(questionnaire: OpenRequest["questionnaire"], locale: Locale): string {
  return locale === "en" && questionnaire.titleEn ? questionnaire.titleEn : questionnaire.title;
}

function singleNotification(deps: NudgeDeps, request: OpenRequest, stage: NudgeStage): Notification {
  return {
    employeeId: request.respondentId,
    key: `evaluation-nudges-${stage}`,
    vars: (locale) => ({
      questionnaire: titleOf(request.questionnaire, locale),
      activity: request.activity?.title ?? "-",
      subject: request.subject?.name ?? "",
      hasSubject: request.subject ? "yes" : "no",
      due: formatDate(request.dueAt, locale, deps.timezone),
    }),
    buttons: [[{ key: "evaluation-nudges-button-answer", data: `ev:${request.id}` }]],
    dedupeKey: nudgeKey(request.id, stage),
    priority: "normal",
    quietHours: true,
  };
}

function digestNotification(deps: NudgeDeps, supervisorId: number, dedupeKey: string, requests: OpenRequest[]): Notification {
  return {
    employeeId: supervisorId,
    key: "evaluation-nudges-digest",
    vars: (locale) => ({
      count: requests.length,
      list: requests
        .map((request) =>
          deps.messages.t(locale, "evaluation-nudges-digest-item", {
            subject: request.subject?.name ?? "-",
            activity: request.activity?.title ?? "-",
            due: formatDate(request.dueAt, locale, deps.timezone),
          }),
        )
        .join("\n"),
    }),
    buttons: requests.map((request) => [
      { key: "evaluation-nudges-button-subject", vars: { subject: request.subject?.name ?? "-" }, data: `ev:${request.id}` },
    ]),
    dedupeKey,
    priority: "normal",
    quietHours: true,
  };
}
