import { ManualClock } from "../../../src/clock.js";
import type { Db } from "../../../src/db/client.js";
import type { ActivityStatus, CompetencyType, RegistrationStatus } from "../../../src/generated/prisma/enums.js";
import { AGREEMENT_LABELS, DEFAULT_QUESTIONNAIRES } from "../../../src/services/evaluations/question-options.js";
import type { ReportDeps } from "../../../src/services/reports/period.js";
import { createQuestionnaire } from "../evaluations/questionnaire-fixture.js";

/**
 * A small, hand-computed district for the report tests. "Now" is Thursday 15 October 2026, 10:00 WIB.
 *
 * Units (Dinas Kesehatan has two puskesmas below it):
 *
 *   SETDA     Sekretariat Daerah
 *   DINKES    Dinas Kesehatan
 *   ├ PKM-TEBO   Puskesmas Muara Tebo
 *   └ PKM-RIMBO  Puskesmas Rimbo Bujang
 *   DISDIK    Dinas Pendidikan
 *
 * People, reporting lines and JP credited in 2026 (T teknis, M manajerial, S sosial kultural):
 *
 *   key       name                unit       role / supervisor          2026 JP
 *   sekda     Zulkifli Anwar      SETDA      leader (district)          M 8 (UNJA-2026-02) + M 16 manual   = 24
 *   admin     Dewi Lestari        SETDA      admin                      0
 *   kadinkes  dr. Hendra Saputra  DINKES     leader (DINKES), → sekda   M 8 (UNJA-2026-02) + T 8 + M 8 manual = 24
 *   kabid     Irma Suryani        DINKES     → kadinkes                 S 4 (LSM-2026-01) + T 12 (BKP-2026-01) = 16
 *   staff     Fajar Nugroho       DINKES     → kabid                    T 20 manual                          = 20
 *   kapus     dr. Lina Marlina    PKM-TEBO   → kabid                    T 8 (UNJA-2026-01)                   = 8
 *   nurse     Nur Aisyah          PKM-TEBO   → kapus                    T 8 (UNJA-2026-01) + S 4 (LSM-2026-01) = 12
 *                                                                       (and 30 JP in 2025, PUSDIK-2025-01)
 *   mover     Putri Ayu           PKM-TEBO   → kapus                    T 8 (UNJA-2026-01) + M 8 (UNJA-2026-02)
 *             (was in DISDIK when she took UNJA-2026-01; the roster moved her)          + T 8 manual = 24
 *   retired   Sutrisno            PKM-TEBO   → kapus, inactive          T 10 manual (never counted)
 *   midwife   Rosmawati           PKM-RIMBO  → kabid                    0
 *   kadisdik  Budi Santoso        DISDIK     leader (DISDIK), → sekda   T 6 manual                           = 6
 *   teacher   Agus Salim          DISDIK     → kadisdik                 M 4 manual                           = 4
 *
 * When each credit was recorded (JpEntry.createdAt, for date ranges), in WIB:
 * UNJA-2026-01 on 11 March, LSM-2026-01 on 16 April, UNJA-2026-02 on 21 May, BKP-2026-01 on 1 August;
 * manual: kadisdik T6 at 1 January 00:00 (the first instant of the year), kadinkes T8 on 1 February,
 * retired T10 on 1 February, staff T20 on 30 June 23:30 (the last half hour of June), mover T8 on
 * 1 July 00:30 (just after June), kadinkes M8 on 15 July, sekda M16 on 1 September, teacher M4 on 1 October.
 *
 * Partners and their activities (08:00–16:00 WIB on the day):
 *
 *   UNJA  Universitas Jambi (UNIVERSITY)
 *     UNJA-2026-01  10 March 2026, TEKNIS 8 JP, COMPLETED: kapus, nurse, mover COMPLETED; midwife NO_SHOW;
 *                   teacher CANCELLED
 *     UNJA-2026-02  20 May 2026, MANAJERIAL 8 JP, COMPLETED: sekda, kadinkes, mover COMPLETED; teacher
 *                   ATTENDED (participated, JP not credited yet)
 *     UNJA-2026-03  1 June 2026, CANCELLED: staff CANCELLED
 *   LSM   Yayasan Tebo Lestari (NGO)
 *     LSM-2026-01   15 April 2026, SOSIAL_KULTURAL 4 JP, COMPLETED: nurse, kabid COMPLETED
 *     LSM-2026-02   20 November 2026, SOSIAL_KULTURAL 4 JP, PUBLISHED: midwife REGISTERED
 *     LSM-2026-00   1 September 2026, DRAFT (never held)
 *   PUSDIK Pusat Pelatihan Kesehatan (TRAINING_INSTITUTE)
 *     PUSDIK-2025-01  1 September 2025, TEKNIS 30 JP, COMPLETED: nurse COMPLETED (credited to 2025)
 *   (no partner)
 *     BKP-2026-01   31 July 2026, TEKNIS 12 JP, COMPLETED: kabid COMPLETED
 *
 * L1-REAKSI (anonymous; two Likert questions and a 0–10 rating, which is not a Likert answer):
 *   UNJA-2026-01  3 responses, Likert (5,4) (4,4) (3,5): sum 25 over 6 answers, mean 4.1667
 *   UNJA-2026-02  2 responses, Likert (4,5) (5,5): sum 19 over 4 answers, mean 4.75
 *   LSM-2026-01   2 responses, Likert (2,3) (3,4): sum 12 over 4 answers, mean 3
 *   Requests: UNJA-2026-01 kapus/nurse/mover SUBMITTED; UNJA-2026-02 kadinkes/mover SUBMITTED, sekda
 *   PENDING, teacher EXPIRED; LSM-2026-01 nurse/kabid SUBMITTED.
 *   An L3-DIRI answer by the nurse on UNJA-2026-01 (Likert 1) is not an L1 answer.
 */

export const FIXTURE_TIMEZONE = "Asia/Jakarta";
export const FIXTURE_NOW = "2026-10-15T03:00:00Z";

export const UNIT_KEYS = ["setda", "dinkes", "pkmTebo", "pkmRimbo", "disdik"] as const;
export type UnitKey = (typeof UNIT_KEYS)[number];

export const PERSON_KEYS = [
  "sekda",
  "admin",
  "kadinkes",
  "kabid",
  "staff",
  "kapus",
  "nurse",
  "mover",
  "retired",
  "midwife",
  "kadisdik",
  "teacher",
] as const;
export type ReportPersonKey = (typeof PERSON_KEYS)[number];

export const REPORT_PEOPLE: Record<ReportPersonKey, { nip: string; name: string }> = {
  sekda: { nip: "196805121990031001", name: "Zulkifli Anwar" },
  admin: { nip: "198502142010012002", name: "Dewi Lestari" },
  kadinkes: { nip: "197411231999031003", name: "dr. Hendra Saputra" },
  kabid: { nip: "198003082005012004", name: "Irma Suryani" },
  staff: { nip: "199107172015031005", name: "Fajar Nugroho" },
  kapus: { nip: "198309302009022006", name: "dr. Lina Marlina" },
  nurse: { nip: "199404042019032007", name: "Nur Aisyah" },
  mover: { nip: "199512122020122008", name: "Putri Ayu" },
  retired: { nip: "196301011986031009", name: "Sutrisno" },
  midwife: { nip: "199008082014022010", name: "Rosmawati" },
  kadisdik: { nip: "197006061995031011", name: "Budi Santoso" },
  teacher: { nip: "198811112012011012", name: "Agus Salim" },
};

export type ActivityKey = "unja1" | "unja2" | "unja3" | "lsm1" | "lsm2" | "lsmDraft" | "pusdik2025" | "internal";
export type PartnerKey = "unja" | "lsm" | "pusdik";

export interface ReportsFixture {
  deps: ReportDeps;
  clock: ManualClock;
  units: Record<UnitKey, number>;
  people: Record<ReportPersonKey, number>;
  partners: Record<PartnerKey, number>;
  activities: Record<ActivityKey, number>;
  /** The L1-REAKSI questionnaire (anonymous) with its questions: Likert, Likert, rating. */
  l1: { id: number; questionIds: number[] };
}

/** A WIB wall-clock time as an instant: `wib("2026-03-10 08:00")`. */
export function wib(local: string): Date {
  return new Date(`${local.replace(" ", "T")}:00+07:00`);
}

export async function seedReportsFixture(db: Db): Promise<ReportsFixture> {
  const clock = new ManualClock(FIXTURE_NOW);
  const deps: ReportDeps = { db, clock, timezone: FIXTURE_TIMEZONE };

  const unit = (code: string, name: string, parentId: number | null = null) =>
    db.unit.create({ data: { code, name, parentId } }).then((row) => row.id);
  const setda = await unit("SETDA", "Sekretariat Daerah");
  const dinkes = await unit("DINKES", "Dinas Kesehatan");
  const pkmTebo = await unit("PKM-TEBO", "Puskesmas Muara Tebo", dinkes);
  const pkmRimbo = await unit("PKM-RIMBO", "Puskesmas Rimbo Bujang", dinkes);
  const disdik = await unit("DISDIK", "Dinas Pendidikan");
  const units = { setda, dinkes, pkmTebo, pkmRimbo, disdik };

  const person = (key: ReportPersonKey, unitId: number, supervisorId: number | null, extra: { active?: boolean } = {}) =>
    db.employee
      .create({
        data: {
          ...REPORT_PEOPLE[key],
          unitId,
          supervisorId,
          position: "Pegawai",
          positionType: "PELAKSANA",
          grade: "III/a",
          employmentType: "PNS",
          ...extra,
        },
      })
      .then((row) => row.id);
  const sekda = await person("sekda", setda, null);
  const admin = await person("admin", setda, null);
  const kadinkes = await person("kadinkes", dinkes, sekda);
  const kabid = await person("kabid", dinkes, kadinkes);
  const staff = await person("staff", dinkes, kabid);
  const kapus = await person("kapus", pkmTebo, kabid);
  const nurse = await person("nurse", pkmTebo, kapus);
  const kadisdik = await person("kadisdik", disdik, sekda);
  // Starts in Dinas Pendidikan under its head; the roster moves her to the puskesmas below.
  const mover = await person("mover", disdik, kadisdik);
  const retired = await person("retired", pkmTebo, kapus, { active: false });
  const midwife = await person("midwife", pkmRimbo, kabid);
  const teacher = await person("teacher", disdik, kadisdik);
  const people = { sekda, admin, kadinkes, kabid, staff, kapus, nurse, mover, retired, midwife, kadisdik, teacher };

  await db.roleGrant.create({ data: { employeeId: admin, role: "ADMIN", grantedBy: "test" } });
  await db.roleGrant.create({ data: { employeeId: sekda, role: "LEADER", grantedBy: "test" } });
  await db.roleGrant.create({ data: { employeeId: kadinkes, role: "LEADER", unitId: dinkes, grantedBy: "test" } });
  await db.roleGrant.create({ data: { employeeId: kadisdik, role: "LEADER", unitId: disdik, grantedBy: "test" } });

  const partner = (name: string, kind: "UNIVERSITY" | "NGO" | "TRAINING_INSTITUTE") =>
    db.partner.create({ data: { name, kind } }).then((row) => row.id);
  const partners = {
    unja: await partner("Universitas Jambi", "UNIVERSITY"),
    lsm: await partner("Yayasan Tebo Lestari", "NGO"),
    pusdik: await partner("Pusat Pelatihan Kesehatan", "TRAINING_INSTITUTE"),
  };

  const activity = (
    code: string,
    day: string,
    fields: { partnerId: number | null; competencyType: CompetencyType; jp: number; status: ActivityStatus },
  ) =>
    db.activity
      .create({
        data: {
          code,
          title: `Kegiatan ${code}`,
          kind: "TRAINING",
          startsAt: wib(`${day} 08:00`),
          endsAt: wib(`${day} 16:00`),
          ...fields,
        },
      })
      .then((row) => row.id);
  const activities = {
    unja1: await activity("UNJA-2026-01", "2026-03-10", { partnerId: partners.unja, competencyType: "TEKNIS", jp: 8, status: "COMPLETED" }),
    unja2: await activity("UNJA-2026-02", "2026-05-20", { partnerId: partners.unja, competencyType: "MANAJERIAL", jp: 8, status: "COMPLETED" }),
    unja3: await activity("UNJA-2026-03", "2026-06-01", { partnerId: partners.unja, competencyType: "TEKNIS", jp: 8, status: "CANCELLED" }),
    lsm1: await activity("LSM-2026-01", "2026-04-15", { partnerId: partners.lsm, competencyType: "SOSIAL_KULTURAL", jp: 4, status: "COMPLETED" }),
    lsm2: await activity("LSM-2026-02", "2026-11-20", { partnerId: partners.lsm, competencyType: "SOSIAL_KULTURAL", jp: 4, status: "PUBLISHED" }),
    lsmDraft: await activity("LSM-2026-00", "2026-09-01", { partnerId: partners.lsm, competencyType: "SOSIAL_KULTURAL", jp: 4, status: "DRAFT" }),
    pusdik2025: await activity("PUSDIK-2025-01", "2025-09-01", { partnerId: partners.pusdik, competencyType: "TEKNIS", jp: 30, status: "COMPLETED" }),
    internal: await activity("BKP-2026-01", "2026-07-31", { partnerId: null, competencyType: "TEKNIS", jp: 12, status: "COMPLETED" }),
  };

  /** A registration; a completed one is credited as the completion job does, the day after. */
  const register = async (activityId: number, employeeId: number, status: RegistrationStatus, creditedAt?: string) => {
    const registration = await db.registration.create({ data: { activityId, employeeId, status } });
    if (status !== "COMPLETED") return;
    const { jp, competencyType, code } = await db.activity.findUniqueOrThrow({ where: { id: activityId } });
    const at = wib(creditedAt!);
    await db.registration.update({ where: { id: registration.id }, data: { completedAt: at } });
    await db.jpEntry.create({
      data: {
        employeeId,
        registrationId: registration.id,
        year: Number(creditedAt!.slice(0, 4)),
        jp,
        competencyType,
        source: "ACTIVITY",
        note: code,
        createdAt: at,
      },
    });
  };
  for (const who of [kapus, nurse, mover]) await register(activities.unja1, who, "COMPLETED", "2026-03-11 10:00");
  await register(activities.unja1, midwife, "NO_SHOW");
  await register(activities.unja1, teacher, "CANCELLED");
  for (const who of [sekda, kadinkes, mover]) await register(activities.unja2, who, "COMPLETED", "2026-05-21 10:00");
  await register(activities.unja2, teacher, "ATTENDED");
  await register(activities.unja3, staff, "CANCELLED");
  for (const who of [nurse, kabid]) await register(activities.lsm1, who, "COMPLETED", "2026-04-16 10:00");
  await register(activities.lsm2, midwife, "REGISTERED");
  await register(activities.pusdik2025, nurse, "COMPLETED", "2025-09-02 10:00");
  await register(activities.internal, kabid, "COMPLETED", "2026-08-01 10:00");

  // The roster import moves her; her JP stay hers.
  await db.employee.update({ where: { id: mover }, data: { unitId: pkmTebo, supervisorId: kapus } });

  const manual = (employeeId: number, competencyType: CompetencyType, jp: number, at: string) =>
    db.jpEntry.create({
      data: { employeeId, year: Number(at.slice(0, 4)), jp, competencyType, source: "MANUAL", note: "Pengakuan", createdAt: wib(at) },
    });
  await manual(kadisdik, "TEKNIS", 6, "2026-01-01 00:00");
  await manual(kadinkes, "TEKNIS", 8, "2026-02-01 09:00");
  await manual(retired, "TEKNIS", 10, "2026-02-01 09:00");
  await manual(staff, "TEKNIS", 20, "2026-06-30 23:30");
  await manual(mover, "TEKNIS", 8, "2026-07-01 00:30");
  await manual(kadinkes, "MANAJERIAL", 8, "2026-07-15 09:00");
  await manual(sekda, "MANAJERIAL", 16, "2026-09-01 09:00");
  await manual(teacher, "MANAJERIAL", 4, "2026-10-01 09:00");

  const likert = { kind: "LIKERT" as const, options: JSON.stringify(AGREEMENT_LABELS) };
  const l1 = await createQuestionnaire(db, {
    code: DEFAULT_QUESTIONNAIRES.reaction,
    anonymous: true,
    questions: [
      { ...likert, text: "Materi bermanfaat" },
      { ...likert, text: "Narasumber menguasai materi" },
      { kind: "RATING", text: "Nilai keseluruhan" },
    ],
  });
  const l3 = await createQuestionnaire(db, {
    code: DEFAULT_QUESTIONNAIRES.behaviourSelf,
    questions: [{ ...likert, text: "Saya menerapkan materi", dimension: "penerapan" }],
  });
  const [q1, q2, rating] = l1.questions.map((question) => question.id) as [number, number, number];

  let seq = 0;
  const request = (activityId: number, respondentId: number, status: "SUBMITTED" | "PENDING" | "EXPIRED") => {
    seq += 1;
    return db.evaluationRequest.create({
      data: {
        dedupeKey: `reports-fixture:${seq}`,
        questionnaireId: l1.id,
        respondentId,
        activityId,
        status,
        dueAt: wib("2026-12-31 16:00"),
      },
    });
  };
  /** An anonymous L1 response as submission stores it: no respondent, no request, the unit kept. */
  const respond = async (activityId: number, unitId: number, likerts: [number, number], ratingValue: number) => {
    await db.response.create({
      data: {
        questionnaireId: l1.id,
        activityId,
        unitId,
        submittedAt: new Date("2026-06-01T00:00:00Z"),
        answers: {
          create: [
            { questionId: q1, numericValue: likerts[0] },
            { questionId: q2, numericValue: likerts[1] },
            { questionId: rating, numericValue: ratingValue },
          ],
        },
      },
    });
  };
  for (const who of [kapus, nurse, mover]) await request(activities.unja1, who, "SUBMITTED");
  await respond(activities.unja1, pkmTebo, [5, 4], 9);
  await respond(activities.unja1, pkmTebo, [4, 4], 8);
  // The mover answered while she was still in Dinas Pendidikan.
  await respond(activities.unja1, disdik, [3, 5], 7);
  for (const who of [kadinkes, mover]) await request(activities.unja2, who, "SUBMITTED");
  await request(activities.unja2, sekda, "PENDING");
  await request(activities.unja2, teacher, "EXPIRED");
  await respond(activities.unja2, dinkes, [4, 5], 10);
  await respond(activities.unja2, pkmTebo, [5, 5], 10);
  for (const who of [nurse, kabid]) await request(activities.lsm1, who, "SUBMITTED");
  await respond(activities.lsm1, pkmTebo, [2, 3], 5);
  await respond(activities.lsm1, dinkes, [3, 4], 6);

  await db.response.create({
    data: {
      questionnaireId: l3.id,
      respondentId: nurse,
      activityId: activities.unja1,
      unitId: pkmTebo,
      answers: { create: [{ questionId: l3.questions[0]!.id, numericValue: 1 }] },
    },
  });

  return { deps, clock, units, people, partners, activities, l1: { id: l1.id, questionIds: [q1, q2, rating] } };
}
