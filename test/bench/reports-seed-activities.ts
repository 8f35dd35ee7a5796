import type { ActivityKind, CompetencyType, RegistrationStatus } from "../../src/generated/prisma/enums.js";
import { evaluationDedupeKey } from "../../src/services/evaluations/assignment.js";
import { likert, type Random } from "./reports-random.js";
import type { SeededEmployee, SeededPeople } from "./reports-seed-people.js";
import type { RowWriter } from "./reports-sql.js";

/**
 * A year of the development programme: 30 partners, activities from January to late December (the
 * last ones still ahead of "now"), registrations with the statuses a real year ends with, the JP
 * ledger (a credit per completed registration, some manual credits, and last year's history), L1
 * requests and answers for the participants, and L3 self and supervisor assessments for a share of
 * them two months later. Who takes part is skewed as in life: some people register often, many
 * rarely, and some offices send their people more than others.
 */

/** The shipped questionnaires, as ensureDefaultQuestionnaires stored them. */
export interface SeedQuestionnaires {
  l1: { id: number; likertIds: number[]; ratingId: number | null; freeTextId: number | null };
  l3Self: { id: number; likertIds: number[] };
  l3Supervisor: { id: number; likertIds: number[] };
  pulse: { id: number; likertIds: Array<{ id: number; dimension: string }> };
}

const DAY = 86_400_000;
const HOUR = 3_600_000;
/** WIB is UTC+7 all year. */
const WIB = 7 * HOUR;
const L3_DELAY_DAYS = 60;
const DUE_DAYS = 14;

const PARTNERS: Array<[string, "UNIVERSITY" | "NGO" | "TRAINING_INSTITUTE" | "GOVERNMENT" | "PRIVATE"]> = [
  ["Universitas Jambi", "UNIVERSITY"],
  ["UIN Sulthan Thaha Saifuddin Jambi", "UNIVERSITY"],
  ["Universitas Batanghari", "UNIVERSITY"],
  ["Politeknik Jambi", "UNIVERSITY"],
  ["Universitas Muhammadiyah Jambi", "UNIVERSITY"],
  ["STIKES Harapan Ibu Jambi", "UNIVERSITY"],
  ["Universitas Terbuka UPBJJ Jambi", "UNIVERSITY"],
  ["Institut Pemerintahan Dalam Negeri", "UNIVERSITY"],
  ["Yayasan Tebo Lestari", "NGO"],
  ["Komunitas Konservasi Indonesia WARSI", "NGO"],
  ["Lembaga Pengembangan Masyarakat Tebo", "NGO"],
  ["Perkumpulan Pendidik Jambi", "NGO"],
  ["Forum Kesehatan Desa Tebo", "NGO"],
  ["Yayasan Literasi Jambi", "NGO"],
  ["BPSDM Provinsi Jambi", "TRAINING_INSTITUTE"],
  ["Pusdiklat Kementerian Dalam Negeri", "TRAINING_INSTITUTE"],
  ["Lembaga Administrasi Negara", "TRAINING_INSTITUTE"],
  ["Balai Pelatihan Kesehatan Jambi", "TRAINING_INSTITUTE"],
  ["BBPMP Provinsi Jambi", "TRAINING_INSTITUTE"],
  ["Pusdiklat BPKP", "TRAINING_INSTITUTE"],
  ["Balai Diklat Keagamaan Palembang", "TRAINING_INSTITUTE"],
  ["Pusat Pengembangan Kompetensi ASN", "TRAINING_INSTITUTE"],
  ["BKN Kantor Regional VII", "GOVERNMENT"],
  ["Kementerian PANRB", "GOVERNMENT"],
  ["Ombudsman Perwakilan Jambi", "GOVERNMENT"],
  ["BPS Kabupaten Tebo", "GOVERNMENT"],
  ["Diskominfo Provinsi Jambi", "GOVERNMENT"],
  ["PT Telkom Indonesia Witel Jambi", "PRIVATE"],
  ["Bank Jambi", "PRIVATE"],
  ["PT Digital Edukasi Nusantara", "PRIVATE"],
];

const KIND_WEIGHTS: Record<ActivityKind, number> = { TRAINING: 30, WORKSHOP: 20, SEMINAR: 20, E_LEARNING: 15, COACHING: 10, INTERNSHIP: 5 };
const COMPETENCY_WEIGHTS: Record<CompetencyType, number> = { TEKNIS: 50, MANAJERIAL: 25, SOSIAL_KULTURAL: 25 };
const JP_BY_KIND: Record<ActivityKind, readonly number[]> = {
  TRAINING: [8, 12, 16, 24],
  WORKSHOP: [4, 6, 8],
  SEMINAR: [2, 3, 4],
  E_LEARNING: [2, 4, 6],
  COACHING: [4, 6],
  INTERNSHIP: [24, 32],
};
const KIND_TITLES: Record<ActivityKind, string> = {
  TRAINING: "Pelatihan",
  WORKSHOP: "Lokakarya",
  SEMINAR: "Seminar",
  E_LEARNING: "E-learning",
  COACHING: "Coaching",
  INTERNSHIP: "Magang",
};
const COMPETENCY_TITLES: Record<CompetencyType, string> = { TEKNIS: "teknis", MANAJERIAL: "manajerial", SOSIAL_KULTURAL: "sosial kultural" };
const DAYS_BY_KIND: Record<ActivityKind, number> = { TRAINING: 3, WORKSHOP: 2, SEMINAR: 1, E_LEARNING: 5, COACHING: 1, INTERNSHIP: 20 };

/** Statuses at the end of the year: of an activity that took place, of one still ahead. */
const PAST_STATUSES: Partial<Record<RegistrationStatus, number>> = {
  COMPLETED: 62,
  ATTENDED: 5,
  REGISTERED: 5,
  NO_SHOW: 9,
  CANCELLED: 12,
  WAITLISTED: 4,
  REJECTED: 3,
};
const UPCOMING_STATUSES: Partial<Record<RegistrationStatus, number>> = { REGISTERED: 75, WAITLISTED: 10, PENDING_APPROVAL: 8, CANCELLED: 7 };

interface SeededActivity {
  id: number;
  code: string;
  kind: ActivityKind;
  competencyType: CompetencyType;
  jp: number;
  status: "PUBLISHED" | "COMPLETED" | "CANCELLED" | "DRAFT";
  endsAt: Date;
  /** Mean Likert answer its participants give (the partner's quality plus the activity's own). */
  quality: number;
}

export function seedActivities(
  writer: RowWriter,
  random: Random,
  options: { people: SeededPeople; questionnaires: SeedQuestionnaires; activities: number; registrations: number; year: number; now: Date },
): void {
  const { people, questionnaires, year, now } = options;
  const at = new Date(Date.UTC(year, 0, 2));
  const partnerQuality = PARTNERS.map(() => 3.4 + random.next() * 1.1);
  const partnerIds = PARTNERS.map(([name, kind]) =>
    writer.insert("Partner", { name, kind, contactName: null, contactPhone: null, contactEmail: null, createdAt: at, updatedAt: at }),
  );

  const activities: SeededActivity[] = [];
  for (let i = 0; i < options.activities; i++) {
    const kind = random.weighted(KIND_WEIGHTS);
    const competencyType = random.weighted(COMPETENCY_WEIGHTS);
    const jp = random.pick(JP_BY_KIND[kind]);
    // Ends at 16:00 WIB on a day between 10 January and 28 December.
    const dayOfYear = 10 + Math.floor((i * 352) / options.activities);
    const endsAt = new Date(Date.UTC(year, 0, dayOfYear, 16) - WIB);
    const startsAt = new Date(endsAt.getTime() - (DAYS_BY_KIND[kind] - 1) * DAY - 8 * HOUR);
    const partner = random.chance(0.75) ? random.int(0, PARTNERS.length - 1) : null;
    const status = random.chance(0.03) ? "CANCELLED" : random.chance(0.01) ? "DRAFT" : endsAt > now ? "PUBLISHED" : "COMPLETED";
    const code = `KEG-${year}-${String(i + 1).padStart(3, "0")}`;
    const id = writer.insert("Activity", {
      code,
      title: `${KIND_TITLES[kind]} ${COMPETENCY_TITLES[competencyType]} ${i + 1}`,
      description: null,
      kind,
      competencyType,
      jp,
      startsAt,
      endsAt,
      venue: kind === "E_LEARNING" ? null : "Aula BKPSDM Kabupaten Tebo",
      onlineUrl: kind === "E_LEARNING" ? "https://elearning.example.go.id" : null,
      capacity: random.int(60, 160),
      registrationOpensAt: new Date(startsAt.getTime() - 30 * DAY),
      registrationClosesAt: new Date(startsAt.getTime() - DAY),
      needsSupervisorApproval: random.chance(0.2),
      partnerId: partner === null ? null : partnerIds[partner]!,
      status,
      attendanceCode: null,
      customEvaluationRules: false,
      createdAt: new Date(startsAt.getTime() - 45 * DAY),
      updatedAt: endsAt,
    });
    const base = partner === null ? 3.9 : partnerQuality[partner]!;
    activities.push({ id, code, kind, competencyType, jp, status, endsAt, quality: Math.min(4.8, Math.max(2.6, base + (random.next() - 0.5) * 0.6)) });
  }

  const held = activities.filter((activity) => activity.status !== "DRAFT");
  const counts = registrationCounts(random, held.length, options.registrations, people.employees.length);
  const pickParticipant = participantPicker(random, people);
  const employeeById = new Map(people.employees.map((employee) => [employee.id, employee]));
  held.forEach((activity, index) => {
    const chosen = new Set<number>();
    while (chosen.size < counts[index]!) chosen.add(pickParticipant());
    for (const employeeIndex of chosen) {
      registerOne(writer, random, { activity, employee: people.employees[employeeIndex]!, employeeById, questionnaires, now });
    }
  });
  seedManualCredits(writer, random, people.employees, year);
}

/** Registrations per activity around the mean, adding up to exactly `total`. */
function registrationCounts(random: Random, activities: number, total: number, employees: number): number[] {
  const base = Math.floor(total / activities);
  const counts = Array.from({ length: activities }, (_, i) => base + (i < total % activities ? 1 : 0));
  for (let i = 0; i + 1 < activities; i += 2) {
    const shift = Math.floor(random.next() * base * 0.5);
    counts[i]! += shift;
    counts[i + 1]! -= shift;
  }
  return counts.map((count) => Math.min(count, employees));
}

/** Employee indexes, skewed: a few people take part often, many rarely; some offices send more. */
function participantPicker(random: Random, people: SeededPeople): () => number {
  const order = people.employees.map((_, index) => index);
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(random.next() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  const keenness = new Map(people.opds.map((opd) => [opd.id, 0.45 + random.next() * 0.55]));
  return () => {
    for (;;) {
      const index = order[Math.floor(order.length * random.next() ** 1.6)]!;
      if (random.chance(keenness.get(people.employees[index]!.opdId)!)) return index;
    }
  };
}

function registerOne(
  writer: RowWriter,
  random: Random,
  input: {
    activity: SeededActivity;
    employee: SeededEmployee;
    employeeById: Map<number, SeededEmployee>;
    questionnaires: SeedQuestionnaires;
    now: Date;
  },
): void {
  const { activity, employee, questionnaires, now } = input;
  const status: RegistrationStatus =
    activity.status === "CANCELLED" ? "CANCELLED" : random.weighted(activity.status === "PUBLISHED" ? UPCOMING_STATUSES : PAST_STATUSES);
  const registeredAt = new Date(activity.endsAt.getTime() - random.int(5, 40) * DAY);
  const creditedAt = new Date(activity.endsAt.getTime() + DAY);
  const attended = status === "ATTENDED" || status === "COMPLETED";
  const registrationId = writer.insert("Registration", {
    activityId: activity.id,
    employeeId: employee.id,
    status,
    waitlistPosition: status === "WAITLISTED" ? random.int(1, 20) : null,
    decidedById: null,
    decidedAt: null,
    decisionNote: null,
    escalatedAt: null,
    checkedInAt: attended ? new Date(activity.endsAt.getTime() - 7 * HOUR) : null,
    cancelledAt: status === "CANCELLED" ? new Date(registeredAt.getTime() + 2 * DAY) : null,
    completedAt: status === "COMPLETED" ? creditedAt : null,
    createdAt: registeredAt,
    updatedAt: status === "COMPLETED" ? creditedAt : registeredAt,
  });
  if (status === "COMPLETED") {
    writer.insert("JpEntry", {
      employeeId: employee.id,
      registrationId,
      year: creditedAt.getUTCFullYear(),
      jp: activity.jp,
      competencyType: activity.competencyType,
      source: "ACTIVITY",
      note: activity.code,
      createdAt: creditedAt,
    });
  }
  if (!attended || activity.status !== "COMPLETED" || !employee.active) return;

  // L1 right after the end, due two weeks later.
  const l1 = questionnaires.l1;
  evaluate(writer, random, {
    dedupeKey: evaluationDedupeKey(registrationId, "L1-REAKSI", "respondent"),
    questionnaireId: l1.id,
    respondentId: employee.id,
    subjectId: null,
    unitId: employee.unitId,
    activityId: activity.id,
    registrationId,
    sentAt: activity.endsAt,
    now,
    answerRate: 0.66,
    answers: (responseId) => {
      for (const questionId of l1.likertIds) writer.insert("Answer", { responseId, questionId, numericValue: likert(random, activity.quality), textValue: null });
      if (l1.ratingId !== null) {
        writer.insert("Answer", { responseId, questionId: l1.ratingId, numericValue: Math.min(10, Math.max(0, Math.round(activity.quality * 2 + random.int(-2, 1)))), textValue: null });
      }
      if (l1.freeTextId !== null && random.chance(0.3)) {
        writer.insert("Answer", { responseId, questionId: l1.freeTextId, numericValue: null, textValue: "Materi bermanfaat, waktu praktik perlu ditambah." });
      }
    },
  });

  // L3 two months later, for a share of the participants: themselves and their supervisor.
  const l3At = new Date(activity.endsAt.getTime() + L3_DELAY_DAYS * DAY);
  if (l3At > now || !random.chance(0.4)) return;
  const applied = activity.quality - 0.3 + random.next() * 0.6;
  evaluate(writer, random, {
    dedupeKey: evaluationDedupeKey(registrationId, "L3-DIRI", "respondent"),
    questionnaireId: questionnaires.l3Self.id,
    respondentId: employee.id,
    subjectId: null,
    unitId: employee.unitId,
    activityId: activity.id,
    registrationId,
    sentAt: l3At,
    now,
    answerRate: 0.55,
    answers: (responseId) => {
      for (const questionId of questionnaires.l3Self.likertIds) {
        writer.insert("Answer", { responseId, questionId, numericValue: likert(random, applied + 0.3), textValue: null });
      }
    },
  });
  const supervisor = employee.supervisorId === null ? undefined : input.employeeById.get(employee.supervisorId);
  if (!supervisor || !supervisor.active) return;
  evaluate(writer, random, {
    dedupeKey: evaluationDedupeKey(registrationId, "L3-ATASAN", "supervisor"),
    questionnaireId: questionnaires.l3Supervisor.id,
    respondentId: supervisor.id,
    subjectId: employee.id,
    unitId: supervisor.unitId,
    activityId: activity.id,
    registrationId,
    sentAt: l3At,
    now,
    answerRate: 0.5,
    answers: (responseId) => {
      for (const questionId of questionnaires.l3Supervisor.likertIds) {
        writer.insert("Answer", { responseId, questionId, numericValue: likert(random, applied - 0.2), textValue: null });
      }
    },
  });
}

/** A request as the assignment job creates it and, when answered, the response as submission stores it. */
function evaluate(
  writer: RowWriter,
  random: Random,
  input: {
    dedupeKey: string;
    questionnaireId: number;
    respondentId: number;
    subjectId: number | null;
    unitId: number;
    activityId: number;
    registrationId: number;
    sentAt: Date;
    now: Date;
    answerRate: number;
    answers: (responseId: number) => void;
  },
): void {
  const dueAt = new Date(input.sentAt.getTime() + DUE_DAYS * DAY);
  const submittedAt = new Date(Math.min(input.now.getTime() - HOUR, input.sentAt.getTime() + random.int(1, DUE_DAYS * 24 - 1) * HOUR));
  const answered = random.chance(input.answerRate) && submittedAt > input.sentAt;
  const open = dueAt > input.now;
  const requestId = writer.insert("EvaluationRequest", {
    dedupeKey: input.dedupeKey,
    questionnaireId: input.questionnaireId,
    respondentId: input.respondentId,
    subjectId: input.subjectId,
    activityId: input.activityId,
    registrationId: input.registrationId,
    announcementId: null,
    dueAt,
    status: answered ? "SUBMITTED" : open ? "PENDING" : "EXPIRED",
    remindersSent: answered ? 0 : open ? 1 : 2,
    lastRemindedAt: null,
    submittedAt: answered ? submittedAt : null,
    createdAt: input.sentAt,
  });
  if (!answered) return;
  const responseId = writer.insert("Response", {
    questionnaireId: input.questionnaireId,
    requestId,
    respondentId: input.respondentId,
    subjectId: input.subjectId,
    activityId: input.activityId,
    announcementId: null,
    unitId: input.unitId,
    submittedAt,
  });
  input.answers(responseId);
}

/** Manual credits (recognised outside training) this year, and last year's ledger, which a 2026 report must leave out. */
function seedManualCredits(writer: RowWriter, random: Random, employees: SeededEmployee[], year: number): void {
  for (const employee of employees) {
    if (random.chance(0.06)) {
      writer.insert("JpEntry", {
        employeeId: employee.id,
        registrationId: null,
        year,
        jp: random.int(2, 10),
        competencyType: random.weighted(COMPETENCY_WEIGHTS),
        source: "MANUAL",
        note: "Pengakuan pembelajaran mandiri",
        createdAt: new Date(Date.UTC(year, random.int(0, 10), random.int(1, 28), 3)),
      });
    }
    if (random.chance(0.3)) {
      writer.insert("JpEntry", {
        employeeId: employee.id,
        registrationId: null,
        year: year - 1,
        jp: random.int(4, 30),
        competencyType: random.weighted(COMPETENCY_WEIGHTS),
        source: "MANUAL",
        note: "Rekap tahun lalu",
        createdAt: new Date(Date.UTC(year - 1, random.int(0, 11), random.int(1, 28), 3)),
      });
    }
  }
}
