import type { ActivitySettings, Config } from "../../config.js";
import type { Db } from "../../db/client.js";
import { quietHoursEnd } from "../../delivery/quiet-hours.js";
import { formatDateTime } from "../../i18n/format-date.js";
import { notify, type Notification, type NotifyDeps } from "../notify.js";
import { fromLocal, toLocal } from "./local-time.js";

/**
 * Activity reminders: one on the day before (at `reminderDayBeforeAt`, local time) and one shortly
 * before the start (`reminderMinutesBefore`), for every REGISTERED registration of a PUBLISHED activity.
 *
 * A reminder is put in the delivery queue only once it is due, so a registration or an activity
 * cancelled before that moment never produces one. Each is keyed `reminder:<registration>:<which>`:
 * a job tick that fires twice enqueues nothing twice, and cancelling a registration withdraws what
 * is still queued (see withdrawQueuedReminders and withdrawActivityReminders).
 *
 * Quiet hours. The day-before reminder respects them: it is not urgent, and when somebody registers
 * late in the evening it simply goes out in the morning. The shortly-before reminder does NOT: it is
 * about a fixed moment the person chose to attend, and holding it would defeat its purpose. With the
 * default window 21:00-06:00, an early activity (apel pagi at 06:30, a field trip leaving at 05:00)
 * would have its reminder held until 06:00, i.e. at or after the start; and an evening webinar at
 * 21:30 would get none in time. It is one short message per registration, expected by the person.
 */

export type ReminderKind = "day-before" | "soon";

/** The day-before reminder is skipped when it would reach the person less than this before the start. */
export const DAY_BEFORE_MIN_LEAD_MS = 2 * 60 * 60 * 1000;

/** Latest possible day-before due time ahead of a start: 00:00 the day before a 23:59 start. */
const DAY_BEFORE_MAX_LEAD_MS = 48 * 60 * 60 * 1000;

export interface ReminderDeps extends NotifyDeps {
  settings: Pick<ActivitySettings, "reminderDayBeforeAt" | "reminderMinutesBefore">;
  /** IANA time zone of `reminderDayBeforeAt` and of the dates in the messages. */
  timezone: string;
  /**
   * The delivery quiet hours, when the day-before reminder's hold should be taken into account: one
   * held until the morning of an early activity would arrive together with the shortly-before one.
   */
  quietHours?: Config["quietHours"];
}

export interface ReminderRunResult {
  /** Reminders newly put in the queue, by kind. */
  dayBefore: number;
  soon: number;
  /** Day-before reminders not sent because the start was too close (the shortly-before one suffices). */
  skipped: number;
  /** Queued reminders withdrawn because their registration or activity is no longer live. */
  withdrawn: number;
}

export function reminderKey(registrationId: number, kind: ReminderKind): string {
  return `reminder:${registrationId}:${kind}`;
}

/** 15:00 (or the configured time) in `timezone` on the calendar day before the start. */
export function dayBeforeReminderAt(startsAt: Date, at: string, timezone: string): Date {
  const local = toLocal(startsAt, timezone);
  const [hour, minute] = at.split(":").map(Number) as [number, number];
  // Date.UTC rolls day 0 back into the previous month (and year): calendar arithmetic only.
  const dayBefore = new Date(Date.UTC(local.year, local.month - 1, local.day - 1));
  return fromLocal(
    {
      year: dayBefore.getUTCFullYear(),
      month: dayBefore.getUTCMonth() + 1,
      day: dayBefore.getUTCDate(),
      hour,
      minute,
      second: 0,
    },
    timezone,
  );
}

export function soonReminderAt(startsAt: Date, minutesBefore: number): Date {
  return new Date(startsAt.getTime() - minutesBefore * 60_000);
}

interface Due {
  registrationId: number;
  employeeId: number;
  createdAt: Date;
  kind: ReminderKind;
  dueAt: Date;
  activity: ReminderActivity;
}

interface ReminderActivity {
  id: number;
  title: string;
  startsAt: Date;
  venue: string | null;
  onlineUrl: string | null;
}

/**
 * Puts every reminder that is due by now in the delivery queue, once. Safe to run as often as
 * wanted: what is already queued (or was sent) is not queued again.
 */
export async function enqueueDueReminders(deps: ReminderDeps): Promise<ReminderRunResult> {
  const { db } = deps;
  const now = deps.clock.now();
  const result: ReminderRunResult = { dayBefore: 0, soon: 0, skipped: 0, withdrawn: 0 };
  result.withdrawn += await withdrawStaleReminders(db);

  const horizon = Math.max(DAY_BEFORE_MAX_LEAD_MS, deps.settings.reminderMinutesBefore * 60_000);
  const registrations = await db.registration.findMany({
    where: {
      status: "REGISTERED",
      activity: { status: "PUBLISHED", startsAt: { gt: now, lte: new Date(now.getTime() + horizon) } },
    },
    select: {
      id: true,
      employeeId: true,
      createdAt: true,
      activity: { select: { id: true, title: true, startsAt: true, venue: true, onlineUrl: true } },
    },
    orderBy: { id: "asc" },
  });

  const due: Due[] = [];
  const tooClose: number[] = [];
  for (const registration of registrations) {
    const { activity } = registration;
    const base = { registrationId: registration.id, employeeId: registration.employeeId, createdAt: registration.createdAt, activity };
    const soonAt = soonReminderAt(activity.startsAt, deps.settings.reminderMinutesBefore);
    const dayBeforeAt = dayBeforeReminderAt(activity.startsAt, deps.settings.reminderDayBeforeAt, deps.timezone);
    if (now >= dayBeforeAt) {
      // Registered after the day-before moment (or the job was down then): only worth sending while
      // it still reaches the person well ahead of the start; otherwise the shortly-before one is enough.
      if (activity.startsAt.getTime() - arrivalOf(deps, now) >= DAY_BEFORE_MIN_LEAD_MS) {
        due.push({ ...base, kind: "day-before", dueAt: dayBeforeAt });
      } else {
        tooClose.push(registration.id);
      }
    }
    if (now >= soonAt) due.push({ ...base, kind: "soon", dueAt: soonAt });
  }
  // Counted only where none went out before: the last two hours of every activity are not news.
  const alreadyQueued = await statusByKey(db, tooClose.map((id) => reminderKey(id, "day-before")));
  result.skipped = tooClose.filter((id) => !alreadyQueued.has(reminderKey(id, "day-before"))).length;

  const fresh = await keysToEnqueue(db, due);
  if (fresh.length === 0) return result;
  await notify(deps, fresh.map(({ item, key }) => notificationOf(deps, item, key)));
  for (const { item } of fresh) result[item.kind === "day-before" ? "dayBefore" : "soon"] += 1;

  // A cancellation that committed while these were being written saw nothing to withdraw yet.
  result.withdrawn += await withdrawStaleReminders(db, [...new Set(fresh.map(({ item }) => item.registrationId))]);
  return result;
}

/** When a message queued now would be claimed: at once, or when the quiet hours end. */
function arrivalOf(deps: ReminderDeps, now: Date): number {
  const held = deps.quietHours ? quietHoursEnd(now, { ...deps.quietHours, timezone: deps.timezone }) : null;
  return (held ?? now).getTime();
}

/**
 * The dedupe key for each due reminder that is not queued yet. A registration that was cancelled
 * (its reminder withdrawn) and later registered again reuses its row, so the second round gets
 * keys of its own, `reminder:<registration>:<which>:<registered at>`, still under the same prefix.
 */
async function keysToEnqueue(db: Db, due: Due[]): Promise<Array<{ item: Due; key: string }>> {
  const baseKeys = due.map((item) => reminderKey(item.registrationId, item.kind));
  const baseStatus = await statusByKey(db, baseKeys);
  const candidates = due.map((item, index) => {
    const base = baseKeys[index]!;
    const status = baseStatus.get(base);
    if (status === undefined) return { item, key: base };
    if (status === "CANCELLED") return { item, key: `${base}:${item.createdAt.getTime()}` };
    return null;
  });
  const roundKeys = candidates.flatMap((candidate, index) =>
    candidate && candidate.key !== baseKeys[index] ? [candidate.key] : [],
  );
  const roundStatus = await statusByKey(db, roundKeys);
  return candidates.filter(
    (candidate): candidate is { item: Due; key: string } => candidate !== null && !roundStatus.has(candidate.key),
  );
}

async function statusByKey(db: Db, keys: string[]): Promise<Map<string, string>> {
  const found = new Map<string, string>();
  for (let i = 0; i < keys.length; i += 500) {
    const rows = await db.delivery.findMany({
      where: { dedupeKey: { in: keys.slice(i, i + 500) } },
      select: { dedupeKey: true, status: true },
    });
    for (const row of rows) found.set(row.dedupeKey, row.status);
  }
  return found;
}

function notificationOf(deps: ReminderDeps, item: Due, dedupeKey: string): Notification {
  const { activity } = item;
  return {
    employeeId: item.employeeId,
    key: item.kind === "day-before" ? "reminders-day-before" : "reminders-soon",
    vars: (locale) => ({
      title: activity.title,
      start: formatDateTime(activity.startsAt, locale, deps.timezone),
      place: placeOf(activity),
    }),
    buttons: [[{ key: "reminders-button-details", data: `act:${activity.id}` }]],
    dedupeKey,
    priority: "normal",
    notBefore: item.dueAt,
    quietHours: item.kind === "day-before",
  };
}

/** The venue, the online link, or both for a hybrid activity. */
export function placeOf(activity: { venue: string | null; onlineUrl: string | null }): string {
  const parts = [activity.venue, activity.onlineUrl].filter((part): part is string => part !== null && part.trim() !== "");
  return parts.length > 0 ? parts.join(" · ") : "-";
}

type DeliveryWriter = Pick<Db, "delivery" | "registration">;

/**
 * Withdraws the reminders still queued for every registration of an activity, e.g. when the activity
 * is cancelled. Call it inside the cancelling transaction or right after it. Returns how many.
 */
export async function withdrawActivityReminders(tx: DeliveryWriter, activityId: number): Promise<number> {
  const registrations = await tx.registration.findMany({ where: { activityId }, select: { id: true } });
  return withdrawFor(tx, registrations.map((registration) => registration.id), "activity cancelled");
}

async function withdrawFor(tx: Pick<Db, "delivery">, registrationIds: number[], reason: string): Promise<number> {
  let withdrawn = 0;
  for (let i = 0; i < registrationIds.length; i += 100) {
    const { count } = await tx.delivery.updateMany({
      where: {
        status: "PENDING",
        OR: registrationIds.slice(i, i + 100).map((id) => ({ dedupeKey: { startsWith: `reminder:${id}:` } })),
      },
      data: { status: "CANCELLED", lastError: reason },
    });
    withdrawn += count;
  }
  return withdrawn;
}

/**
 * The safety net: queued reminders whose registration is no longer REGISTERED (cancelled, checked
 * in, ...) or whose activity is no longer PUBLISHED are withdrawn. Limited to `registrationIds`
 * when given.
 */
export async function withdrawStaleReminders(db: Db, registrationIds?: number[]): Promise<number> {
  const pending = await db.delivery.findMany({
    where: { status: "PENDING", dedupeKey: { startsWith: "reminder:" } },
    select: { dedupeKey: true },
  });
  const wanted = registrationIds ? new Set(registrationIds) : null;
  const ids = [
    ...new Set(
      pending
        .map((row) => Number(/^reminder:(\d+):/.exec(row.dedupeKey)?.[1]))
        .filter((id) => Number.isInteger(id) && (!wanted || wanted.has(id))),
    ),
  ];
  if (ids.length === 0) return 0;
  const live = new Set<number>();
  for (let i = 0; i < ids.length; i += 500) {
    const rows = await db.registration.findMany({
      where: { id: { in: ids.slice(i, i + 500) }, status: "REGISTERED", activity: { status: "PUBLISHED" } },
      select: { id: true },
    });
    for (const row of rows) live.add(row.id);
  }
  const stale = ids.filter((id) => !live.has(id));
  return stale.length === 0 ? 0 : withdrawFor(db, stale, "registration or activity no longer active");
}
