/**
 * FICTIONAL announcement history for the terminal emulator, so that the reach and readiness reports
 * have something to show: two weeks before "now" the demo leader (the Sekda) sent one announcement to
 * every employee, asking for an acknowledgement and carrying the ADKAR change-readiness pulse.
 *
 * It is sent through the real announcement service (audience rules, pulse requests, outbox rows,
 * audit), then the outcome of those days is written as the dispatcher and the people would have left
 * it: most messages delivered, some to people who had not linked their accounts (failed), a few to
 * people who had blocked the bot, the share differing by OPD; a good part acknowledged; the pulse
 * answered in several OPD (demo-pulse.ts); and the acknowledgement reminder and the author's reach
 * report marked as done, so the scheduler does not send them now. Nothing of it is left in the queue.
 */
import type { AnnouncementSettings } from "../config.js";
import type { Clock } from "../clock.js";
import { fromLocal, toLocal } from "../services/activities/local-time.js";
import { createAnnouncement, type AnnouncementDeps } from "../services/announcements/announcements.js";
import { ensureDefaultQuestionnaires } from "../services/evaluations/defaults.js";
import { DEFAULT_QUESTIONNAIRES } from "../services/evaluations/question-options.js";
import type { Messages } from "../services/messages.js";
import type { ServiceDeps } from "../services/deps.js";
import { DEMO_ACTOR_LABEL, DEMO_PEOPLE } from "./demo-data.js";
import { answerDemoPulse } from "./demo-pulse.js";

export interface DemoAnnouncementsOptions {
  now: Date;
  timezone: string;
  settings: AnnouncementSettings;
  messages: Messages;
}

export interface DemoAnnouncementCounts {
  recipients: number;
  delivered: number;
  acknowledged: number;
  pulseResponses: number;
}

/** Days before "now" when the announcement went out: its pulse has closed since. */
export const DEMO_ANNOUNCEMENT_DAYS_AGO = 16;

export const DEMO_ANNOUNCEMENT_BODY =
  "<b>Transformasi layanan digital Kabupaten Tebo</b>\n\nMulai bulan depan, pengajuan cuti, kenaikan pangkat dan " +
  "laporan kinerja dilakukan melalui aplikasi kepegawaian daring. Mohon setiap pegawai mempelajari panduannya " +
  "dan mengisi survei kesiapan singkat di bawah ini. (Pengumuman contoh fiktif.)";

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;
const CHUNK = 500;

/**
 * Loads the announcement on a database without announcements, once the demo roster is there; returns
 * null (and does nothing) otherwise.
 */
export async function loadDemoAnnouncements(deps: ServiceDeps, options: DemoAnnouncementsOptions): Promise<DemoAnnouncementCounts | null> {
  if ((await deps.db.announcement.count()) > 0) return null;
  const leader = await deps.db.employee.findUnique({ where: { nip: DEMO_PEOPLE.leader.nip }, select: { id: true, active: true } });
  if (!leader?.active) return null;

  const sentAt = nineInTheMorning(options.now, DEMO_ANNOUNCEMENT_DAYS_AGO, options.timezone);
  const clock: Clock = { now: () => sentAt };
  const at: AnnouncementDeps = { ...deps, clock, messages: options.messages, settings: options.settings };
  await ensureDefaultQuestionnaires(at, { actorLabel: DEMO_ACTOR_LABEL });
  const created = await createAnnouncement(at, {
    authorId: leader.id,
    content: { bodyHtml: DEMO_ANNOUNCEMENT_BODY },
    audience: { kind: "all" },
    needsAck: true,
    pulseQuestionnaireCode: DEFAULT_QUESTIONNAIRES.changeReadiness,
    timing: { kind: "now" },
    actorLabel: DEMO_ACTOR_LABEL,
  });
  if (!created.ok || created.status !== "SENT") {
    throw new Error(`Demo announcement failed its own checks: ${created.ok ? created.status : created.code}`);
  }

  const counts = await settleDeliveries(deps, created.announcementId, sentAt);
  await deps.db.announcement.update({
    where: { id: created.announcementId },
    data: {
      ackRemindedAt: new Date(sentAt.getTime() + options.settings.ackReminderAfterHours * HOUR_MS),
      reportSentAt: new Date(sentAt.getTime() + options.settings.reportAfterHours * HOUR_MS),
    },
  });
  const pulseResponses = await answerDemoPulse(deps, { announcementId: created.announcementId, sentAt });
  return { ...counts, pulseResponses };
}

function nineInTheMorning(now: Date, daysAgo: number, timezone: string): Date {
  const today = toLocal(now, timezone);
  const day = new Date(Date.UTC(today.year, today.month - 1, today.day - daysAgo));
  const local = { year: day.getUTCFullYear(), month: day.getUTCMonth() + 1, day: day.getUTCDate(), hour: 9, minute: 0, second: 0 };
  return fromLocal(local, timezone);
}

type Outcome = "delivered" | "acknowledged" | "failed" | "blocked";

/**
 * Each OPD in code order gets a slightly lower reach than the one before (from 95% down to 60% of its
 * people delivered, fewer acknowledging); every third OPD has one person who blocked the bot.
 */
function outcomesOf(unitIndex: number, people: number): Outcome[] {
  const deliveredShare = Math.max(0.6, 0.95 - 0.05 * unitIndex);
  const ackShare = Math.max(0.3, 0.85 - 0.07 * unitIndex);
  const delivered = Math.round(people * deliveredShare);
  const acknowledged = Math.round(delivered * ackShare);
  const blocked = unitIndex % 3 === 1 && delivered < people ? 1 : 0;
  return Array.from({ length: people }, (_, index): Outcome => {
    if (index < acknowledged) return "acknowledged";
    if (index < delivered) return "delivered";
    return index < people - blocked ? "failed" : "blocked";
  });
}

async function settleDeliveries(
  deps: ServiceDeps,
  announcementId: number,
  sentAt: Date,
): Promise<Omit<DemoAnnouncementCounts, "pulseResponses">> {
  const rows = await deps.db.delivery.findMany({
    where: { announcementId },
    select: { id: true, employee: { select: { unit: { select: { code: true } } } } },
    orderBy: { id: "asc" },
  });
  const byUnit = new Map<string, number[]>();
  for (const row of rows) {
    const code = row.employee?.unit.code ?? "";
    byUnit.set(code, [...(byUnit.get(code) ?? []), row.id]);
  }
  const ids: Record<Outcome, number[]> = { delivered: [], acknowledged: [], failed: [], blocked: [] };
  [...byUnit.keys()].sort().forEach((code, unitIndex) => {
    const unitIds = byUnit.get(code)!;
    outcomesOf(unitIndex, unitIds.length).forEach((outcome, index) => ids[outcome].push(unitIds[index]!));
  });

  const delivered = new Date(sentAt.getTime() + 5 * MINUTE_MS);
  const settled = { claimedBy: null, claimedUntil: null, attempts: 1, updatedAt: delivered };
  const update = async (list: number[], data: object) => {
    for (let start = 0; start < list.length; start += CHUNK) {
      await deps.db.delivery.updateMany({ where: { id: { in: list.slice(start, start + CHUNK) } }, data: { ...settled, ...data } });
    }
  };
  await update(ids.acknowledged, { status: "SENT", sentAt: delivered, ackAt: new Date(sentAt.getTime() + 3 * HOUR_MS), lastError: null });
  await update(ids.delivered, { status: "SENT", sentAt: delivered, lastError: null });
  await update(ids.failed, { status: "FAILED", lastError: "recipient has no linked chat account" });
  await update(ids.blocked, { status: "BLOCKED", lastError: "Forbidden: bot was blocked by the user" });
  return {
    recipients: rows.length,
    delivered: ids.delivered.length + ids.acknowledged.length,
    acknowledged: ids.acknowledged.length,
  };
}
