import { campaignDedupeKey } from "../../src/services/campaigns/campaign-tick.js";
import { announcementDedupeKey } from "../../src/services/announcements/send.js";
import { pulseDedupeKey } from "../../src/services/pulse/requests.js";
import { likert, type Random } from "./reports-random.js";
import type { SeedQuestionnaires } from "./reports-seed-activities.js";
import type { SeededEmployee, SeededPeople } from "./reports-seed-people.js";
import type { RowWriter } from "./reports-sql.js";

/**
 * A year of leadership announcements from the Sekda: one a month, most to everyone, some to a few
 * offices, half asking for an acknowledgement, four of them the messages of a recurring campaign, one
 * long enough to be split in two parts, and two carrying the ADKAR change-readiness pulse. Each
 * recipient has an outbox row as the delivery queue leaves it (sent, blocked, failed without a chat
 * account, a few still pending) and, for a pulse, a request and an anonymous response with the unit.
 */

const DAY = 86_400_000;
const HOUR = 3_600_000;
const MONTHS = 12;
const CAMPAIGN_MONTHS = [2, 5, 8, 11];
const PULSE_MONTHS = [3, 9];
const TARGETED_MONTHS = [1, 6, 10];
const SPLIT_MONTH = 4;
const PULSE_DUE_DAYS = 7;

export function seedAnnouncements(
  writer: RowWriter,
  random: Random,
  options: { people: SeededPeople; questionnaires: SeedQuestionnaires; year: number; now: Date },
): void {
  const { people, questionnaires, year, now } = options;
  const authorId = people.sekdaId;
  const created = new Date(Date.UTC(year, 0, 3));
  const campaignId = writer.insert("Campaign", {
    authorId,
    name: "Budaya Kerja BerAKHLAK",
    cron: "0 9 5 3,6,9,12 *",
    needsAck: false,
    status: "ENDED",
    nextPosition: CAMPAIGN_MONTHS.length,
    lastTickAt: null,
    createdAt: created,
    updatedAt: created,
  });
  writer.insert("AudienceRule", { announcementId: null, campaignId, kind: "ALL", value: null });

  const ackRate = new Map(people.opds.map((opd) => [opd.id, 0.45 + random.next() * 0.5]));
  // Each office's readiness profile: mean per ADKAR dimension, the later stages usually lower.
  const readiness = new Map(
    people.opds.map((opd) => [
      opd.id,
      { awareness: 4 + random.next() * 0.6, desire: 3.5 + random.next() * 0.8, knowledge: 3.2 + random.next() * 0.8, ability: 2.6 + random.next() * 1, reinforcement: 2.9 + random.next() * 0.9 } as Record<string, number>,
    ]),
  );
  const active = people.employees.filter((employee) => employee.active);

  for (let month = 0; month < MONTHS; month++) {
    const sentAt = new Date(Date.UTC(year, month, 5, 2));
    if (sentAt > now) break;
    const campaignPosition = CAMPAIGN_MONTHS.indexOf(month);
    const inCampaign = campaignPosition !== -1;
    const pulseRound = PULSE_MONTHS.indexOf(month);
    const needsAck = !inCampaign && month % 2 === 0;
    const targeted = TARGETED_MONTHS.includes(month)
      ? new Set([people.focus.id, ...Array.from({ length: 4 }, () => random.pick(people.opds).id)])
      : null;
    const body =
      `Pengumuman ${month + 1}/${year} dari Sekretaris Daerah: ` +
      "seluruh ASN diminta mengikuti apel pagi dan memperbarui rencana pengembangan kompetensi." +
      (month === SPLIT_MONTH ? " Lampiran lengkap menyusul pada pesan berikutnya.".repeat(40) : "");
    const announcementId = writer.insert("Announcement", {
      authorId,
      body,
      parseMode: null,
      mediaKind: null,
      mediaRef: null,
      linkText: null,
      linkUrl: null,
      needsAck,
      status: "SENT",
      scheduledAt: null,
      sentAt,
      campaignId: inCampaign ? campaignId : null,
      campaignPosition: inCampaign ? campaignPosition : null,
      pulseQuestionnaireId: pulseRound === -1 ? null : questionnaires.pulse.id,
      ackRemindedAt: needsAck ? new Date(sentAt.getTime() + 24 * HOUR) : null,
      reportSentAt: new Date(sentAt.getTime() + 48 * HOUR),
      createdAt: new Date(sentAt.getTime() - DAY),
      updatedAt: sentAt,
    });
    if (!inCampaign) {
      if (targeted) for (const unitId of targeted) writer.insert("AudienceRule", { announcementId, campaignId: null, kind: "UNIT", value: String(unitId) });
      else writer.insert("AudienceRule", { announcementId, campaignId: null, kind: "ALL", value: null });
    }

    const recipients = targeted ? active.filter((employee) => targeted.has(employee.opdId)) : active;
    const latest = month === MONTHS - 1 || new Date(Date.UTC(year, month + 1, 5, 2)) > now;
    const payload = JSON.stringify({ text: body.slice(0, 4000) });
    recipients.forEach((employee, position) => {
      const dedupeKey = inCampaign ? campaignDedupeKey(campaignId, campaignPosition, employee.id) : announcementDedupeKey(announcementId, employee.id);
      const delivered = writeDelivery(writer, random, { employee, dedupeKey, payload, announcementId, sentAt, position, needsAck, ackRate: ackRate.get(employee.opdId)!, pendingShare: latest ? 0.03 : 0 });
      if (month === SPLIT_MONTH) {
        writeDelivery(writer, random, { employee, dedupeKey: `${dedupeKey}#2`, payload, announcementId, sentAt, position, needsAck: false, ackRate: 0, pendingShare: 0 });
      }
      if (pulseRound === -1) return;
      const dueAt = new Date(sentAt.getTime() + PULSE_DUE_DAYS * DAY);
      const answered = delivered && random.chance(pulseRound === 0 ? 0.55 : 0.63);
      writer.insert("EvaluationRequest", {
        dedupeKey: pulseDedupeKey(announcementId, employee.id),
        questionnaireId: questionnaires.pulse.id,
        respondentId: employee.id,
        subjectId: null,
        activityId: null,
        registrationId: null,
        announcementId,
        dueAt,
        status: answered ? "SUBMITTED" : "EXPIRED",
        remindersSent: answered ? 0 : 1,
        lastRemindedAt: null,
        // Anonymous: submission keeps no time on the request either.
        submittedAt: null,
        createdAt: sentAt,
      });
      if (!answered) return;
      const day = new Date(sentAt.getTime() + random.int(0, PULSE_DUE_DAYS - 1) * DAY);
      const responseId = writer.insert("Response", {
        questionnaireId: questionnaires.pulse.id,
        requestId: null,
        respondentId: null,
        subjectId: null,
        activityId: null,
        announcementId,
        unitId: employee.unitId,
        submittedAt: new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate())),
      });
      const profile = readiness.get(employee.opdId)!;
      for (const question of questionnaires.pulse.likertIds) {
        const mean = (profile[question.dimension] ?? 3.5) + pulseRound * 0.25;
        writer.insert("Answer", { responseId, questionId: question.id, numericValue: likert(random, mean), textValue: null });
      }
    });
  }
}

/** One outbox row as the queue leaves it; true when the message reached the person. */
function writeDelivery(
  writer: RowWriter,
  random: Random,
  input: {
    employee: SeededEmployee;
    dedupeKey: string;
    payload: string;
    announcementId: number;
    sentAt: Date;
    position: number;
    needsAck: boolean;
    ackRate: number;
    pendingShare: number;
  },
): boolean {
  const { employee, sentAt } = input;
  const status =
    employee.chatAccountId === null
      ? "FAILED"
      : employee.blocked
        ? "BLOCKED"
        : random.chance(input.pendingShare)
          ? "PENDING"
          : random.chance(0.01)
            ? "FAILED"
            : "SENT";
  // Thirty messages a second, as the dispatcher paces a broadcast.
  const deliveredAt = new Date(sentAt.getTime() + Math.floor(input.position / 30) * 1000);
  const acked = status === "SENT" && input.needsAck && random.chance(input.ackRate);
  const lastError =
    employee.chatAccountId === null
      ? "recipient has no linked chat account"
      : status === "BLOCKED"
        ? "Forbidden: bot was blocked by the user"
        : status === "FAILED"
          ? "Bad Request: chat not found"
          : null;
  writer.insert("Delivery", {
    dedupeKey: input.dedupeKey,
    employeeId: employee.id,
    chatAccountId: employee.chatAccountId,
    platform: "TELEGRAM",
    chatId: employee.chatId,
    payload: input.payload,
    priority: 2,
    quietHours: true,
    status,
    attempts: status === "SENT" || status === "BLOCKED" ? 1 : status === "FAILED" && employee.chatAccountId !== null ? 5 : 0,
    notBefore: sentAt,
    nextAttemptAt: sentAt,
    claimedBy: null,
    claimedUntil: null,
    sentAt: status === "SENT" ? deliveredAt : null,
    ackAt: acked ? new Date(deliveredAt.getTime() + random.int(1, 30) * HOUR) : null,
    messageRef: status === "SENT" ? String(input.position + 1) : null,
    lastError,
    announcementId: input.announcementId,
    createdAt: sentAt,
    updatedAt: status === "SENT" ? deliveredAt : sentAt,
  });
  return status === "SENT";
}
