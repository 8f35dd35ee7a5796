import { ManualClock } from "../../../src/clock.js";
import type { Db } from "../../../src/db/client.js";
import type {
  ActivityKind,
  ActivityStatus,
  CompetencyType,
  EvaluationStatus,
  RegistrationStatus,
} from "../../../src/generated/prisma/enums.js";
import { AGREEMENT_LABELS, DEFAULT_QUESTIONNAIRES } from "../../../src/services/evaluations/question-options.js";
import type { ReportDeps } from "../../../src/services/reports/period.js";
import { createQuestionnaire } from "../evaluations/questionnaire-fixture.js";
import { wib } from "./reports-fixture.js";

/**
 * Hand-made evaluation history for the activity-effectiveness report. "Now" is 1 December 2026.
 *
 *   BKPSDM   admin (ADMIN), bupati (LEADER, whole district)
 *   DINKES   kadinkes (LEADER of DINKES)
 *   └ PKM    perawat, bidan (→ kadinkes); mover (→ kadinkes), who was in DISDIK under kadisdik
 *            during PLT-DATA and its evaluations; the roster moved her afterwards
 *   DISDIK   kadisdik (supervisor of guru, no leader grant), guru
 *
 * Activities (registrations that held a seat marked *; the others do not count):
 *
 *   A PLT-DATA    10 Mar 2026  TRAINING  TEKNIS           UNJA  perawat* COMPLETED, bidan* NO_SHOW, mover* COMPLETED,
 *                                                               guru* COMPLETED, kadisdik CANCELLED, bupati WAITLISTED
 *   B WS-LAYANAN  20 May 2026  WORKSHOP  SOSIAL_KULTURAL  LSM   perawat* COMPLETED, bidan* ATTENDED, guru* NO_SHOW,
 *                                                               kadisdik* ATTENDED, kadinkes PENDING_APPROVAL
 *   C PLT-PIMPIN  12 Aug 2026  TRAINING  MANAJERIAL       —     kadinkes* COMPLETED, kadisdik* COMPLETED
 *   G COACH-MGR   15 Sep 2026  COACHING  MANAJERIAL       UNJA  guru* COMPLETED, kadisdik* NO_SHOW
 *   out of the report: SEM-BATAL (2026, CANCELLED), WS-DRAFT (2026, DRAFT), PLT-2025 (ended 2025)
 *
 * L1-REAKSI, Likert answers only (the 0–10 rating of version 1 is not Likert):
 *   version 1 (named): A perawat (5,4), mover (3,3) [answered from DISDIK], guru's request EXPIRED
 *                      C kadinkes (4,5), kadisdik PENDING;  G guru (2,2);  PLT-2025 guru (1,1)
 *   version 2 (anonymous, three Likert): B perawat (4,4,4), bidan (5,5,2), kadisdik (1,2,3)
 * L3-DIRI (self) and L3-ATASAN (supervisor), two Likert each:
 *   A self perawat (4,4), mover (5,5), guru PENDING; supervisor kadinkes→perawat (3,3),
 *     kadisdik→mover (2,3), kadisdik→guru EXPIRED
 *   B self perawat (4,5), kadisdik (3,3), bidan PENDING; supervisor kadinkes→perawat (4,4), kadinkes→bidan PENDING
 *
 * Whole district, by hand:
 *   A reg 4, attended 3, no-show 1 (75%); L1 15/4 = 3.75, 2 of 3 answered; L3 self 18/4 = 4.5,
 *     supervisor 11/4 = 2.75, gap −1.75, 4 of 6 answered
 *   B reg 4, attended 3, no-show 1 (75%); L1 30/9 = 3.333, 3 of 3; L3 self 15/4 = 3.75, supervisor 8/2 = 4,
 *     gap +0.25, 3 of 5
 *   C reg 2, attended 2 (100%); L1 9/2 = 4.5, 1 of 2; no L3
 *   G reg 2, attended 1, no-show 1 (50%); L1 4/2 = 2, 1 of 1; no L3
 */

export const EFFECTIVENESS_NOW = "2026-12-01T03:00:00Z";

export const EFFECTIVENESS_PEOPLE = {
  admin: { nip: "198502142010012101", name: "Rahmat Hidayat, S.Kom." },
  bupati: { nip: "196805121990031102", name: "H. Aspan, S.T." },
  kadinkes: { nip: "197411231999031103", name: "dr. Yusuf Rahman" },
  perawat: { nip: "199404042019032104", name: "Sri Wahyuni, A.Md.Kep." },
  bidan: { nip: "199008082014022105", name: "Lina Marlina, A.Md.Keb." },
  mover: { nip: "199512122020122106", name: "Putri Ayu" },
  kadisdik: { nip: "197006061995031107", name: "Drs. Sudirman" },
  guru: { nip: "198811112012011108", name: "Agus Salim, S.Pd." },
} as const;

type PersonKey = keyof typeof EFFECTIVENESS_PEOPLE;
type ActivityKey = "a" | "b" | "c" | "g" | "cancelled" | "draft" | "lastYear";

export async function seedEffectiveness(db: Db) {
  const clock = new ManualClock(EFFECTIVENESS_NOW);
  const deps: ReportDeps = { db, clock, timezone: "Asia/Jakarta" };

  const unit = (code: string, name: string, parentId: number | null = null) =>
    db.unit.create({ data: { code, name, parentId } }).then((row) => row.id);
  const bkpsdm = await unit("BKPSDM", "Badan Kepegawaian dan Pengembangan SDM");
  const dinkes = await unit("DINKES", "Dinas Kesehatan");
  const pkm = await unit("PKM", "Puskesmas Muara Tebo", dinkes);
  const disdik = await unit("DISDIK", "Dinas Pendidikan");
  const units = { bkpsdm, dinkes, pkm, disdik };

  const person = (key: PersonKey, unitId: number, supervisorId: number | null = null) =>
    db.employee
      .create({
        data: {
          ...EFFECTIVENESS_PEOPLE[key],
          unitId,
          supervisorId,
          position: "Pegawai",
          positionType: "PELAKSANA",
          grade: "III/a",
          employmentType: "PNS",
        },
      })
      .then((row) => row.id);
  const admin = await person("admin", bkpsdm);
  const bupati = await person("bupati", bkpsdm);
  const kadinkes = await person("kadinkes", dinkes);
  const perawat = await person("perawat", pkm, kadinkes);
  const bidan = await person("bidan", pkm, kadinkes);
  const kadisdik = await person("kadisdik", disdik);
  const mover = await person("mover", disdik, kadisdik);
  const guru = await person("guru", disdik, kadisdik);
  const people = { admin, bupati, kadinkes, perawat, bidan, mover, kadisdik, guru };
  await db.roleGrant.create({ data: { employeeId: admin, role: "ADMIN", grantedBy: "test" } });
  await db.roleGrant.create({ data: { employeeId: bupati, role: "LEADER", grantedBy: "test" } });
  await db.roleGrant.create({ data: { employeeId: kadinkes, role: "LEADER", unitId: dinkes, grantedBy: "test" } });

  const unja = (await db.partner.create({ data: { name: "Universitas Jambi", kind: "UNIVERSITY" } })).id;
  const lsm = (await db.partner.create({ data: { name: "Yayasan Tebo Lestari", kind: "NGO" } })).id;

  const activity = (
    code: string,
    day: string,
    kind: ActivityKind,
    competencyType: CompetencyType,
    partnerId: number | null,
    status: ActivityStatus = "COMPLETED",
  ) =>
    db.activity
      .create({
        data: {
          code,
          title: `Kegiatan ${code}`,
          kind,
          competencyType,
          jp: 8,
          partnerId,
          status,
          startsAt: wib(`${day} 08:00`),
          endsAt: wib(`${day} 16:00`),
        },
      })
      .then((row) => row.id);
  const activities: Record<ActivityKey, number> = {
    a: await activity("PLT-DATA", "2026-03-10", "TRAINING", "TEKNIS", unja),
    b: await activity("WS-LAYANAN", "2026-05-20", "WORKSHOP", "SOSIAL_KULTURAL", lsm),
    c: await activity("PLT-PIMPIN", "2026-08-12", "TRAINING", "MANAJERIAL", null),
    g: await activity("COACH-MGR", "2026-09-15", "COACHING", "MANAJERIAL", unja),
    cancelled: await activity("SEM-BATAL", "2026-06-01", "SEMINAR", "TEKNIS", unja, "CANCELLED"),
    draft: await activity("WS-DRAFT", "2026-10-01", "WORKSHOP", "TEKNIS", lsm, "DRAFT"),
    lastYear: await activity("PLT-2025", "2025-11-05", "TRAINING", "TEKNIS", unja),
  };

  const register = (activityId: number, entries: Array<[number, RegistrationStatus]>) =>
    db.registration.createMany({ data: entries.map(([employeeId, status]) => ({ activityId, employeeId, status })) });
  await register(activities.a, [
    [perawat, "COMPLETED"],
    [bidan, "NO_SHOW"],
    [mover, "COMPLETED"],
    [guru, "COMPLETED"],
    [kadisdik, "CANCELLED"],
    [bupati, "WAITLISTED"],
  ]);
  await register(activities.b, [
    [perawat, "COMPLETED"],
    [bidan, "ATTENDED"],
    [guru, "NO_SHOW"],
    [kadisdik, "ATTENDED"],
    [kadinkes, "PENDING_APPROVAL"],
  ]);
  await register(activities.c, [
    [kadinkes, "COMPLETED"],
    [kadisdik, "COMPLETED"],
  ]);
  await register(activities.g, [
    [guru, "COMPLETED"],
    [kadisdik, "NO_SHOW"],
  ]);
  await register(activities.cancelled, [[perawat, "CANCELLED"]]);
  await register(activities.draft, [[bidan, "REGISTERED"]]);
  await register(activities.lastYear, [[guru, "COMPLETED"]]);

  const likert = { kind: "LIKERT" as const, options: JSON.stringify(AGREEMENT_LABELS) };
  const l1v1 = await createQuestionnaire(db, {
    code: DEFAULT_QUESTIONNAIRES.reaction,
    questions: [
      { ...likert, text: "Materi jelas" },
      { ...likert, text: "Narasumber menguasai materi" },
      { kind: "RATING", text: "Kepuasan (0–10)" },
    ],
  });
  const l1v2 = await createQuestionnaire(db, {
    code: DEFAULT_QUESTIONNAIRES.reaction,
    version: 2,
    anonymous: true,
    questions: [
      { ...likert, text: "Materi jelas" },
      { ...likert, text: "Narasumber menguasai materi" },
      { ...likert, text: "Materi relevan" },
    ],
  });
  await db.questionnaire.update({ where: { id: l1v1.id }, data: { active: false } });
  const self = await createQuestionnaire(db, {
    code: DEFAULT_QUESTIONNAIRES.behaviourSelf,
    questions: [
      { ...likert, text: "Saya menerapkan materi", dimension: "penerapan" },
      { ...likert, text: "Kualitas kerja saya meningkat", dimension: "kualitas-kerja" },
    ],
  });
  const supervisor = await createQuestionnaire(db, {
    code: DEFAULT_QUESTIONNAIRES.behaviourSupervisor,
    respondentRole: "SUPERVISOR",
    questions: [
      { ...likert, text: "Pegawai menerapkan materi", dimension: "penerapan" },
      { ...likert, text: "Kualitas kerja pegawai meningkat", dimension: "kualitas-kerja" },
    ],
  });

  type Questionnaire = typeof l1v1;
  let seq = 0;
  /**
   * A request and, when answered, the response as submission stores it: named questionnaires keep
   * the respondent, the person assessed and the respondent's unit at that moment; anonymous ones only
   * the unit.
   */
  const evaluation = async (
    questionnaire: Questionnaire,
    activityId: number,
    respondentId: number,
    status: EvaluationStatus,
    options: { subjectId?: number; values?: number[]; unitId?: number } = {},
  ) => {
    seq += 1;
    const subjectId = options.subjectId ?? null;
    const request = await db.evaluationRequest.create({
      data: {
        dedupeKey: `effectiveness:${seq}`,
        questionnaireId: questionnaire.id,
        respondentId,
        subjectId,
        activityId,
        status,
        dueAt: wib("2026-12-31 16:00"),
      },
    });
    if (!options.values) return;
    const unitId = options.unitId ?? (await db.employee.findUniqueOrThrow({ where: { id: respondentId } })).unitId;
    await db.response.create({
      data: {
        questionnaireId: questionnaire.id,
        activityId,
        unitId,
        ...(questionnaire.anonymous ? {} : { requestId: request.id, respondentId, subjectId }),
        answers: {
          create: options.values.map((numericValue, index) => ({ questionId: questionnaire.questions[index]!.id, numericValue })),
        },
      },
    });
  };

  // L1, version 1 (named); the third value answers the 0–10 rating.
  await evaluation(l1v1, activities.a, perawat, "SUBMITTED", { values: [5, 4, 9] });
  await evaluation(l1v1, activities.a, mover, "SUBMITTED", { values: [3, 3, 6] });
  await evaluation(l1v1, activities.a, guru, "EXPIRED");
  await evaluation(l1v1, activities.c, kadinkes, "SUBMITTED", { values: [4, 5, 10] });
  await evaluation(l1v1, activities.c, kadisdik, "PENDING");
  await evaluation(l1v1, activities.g, guru, "SUBMITTED", { values: [2, 2, 3] });
  await evaluation(l1v1, activities.lastYear, guru, "SUBMITTED", { values: [1, 1, 0] });
  // L1, version 2 (anonymous).
  await evaluation(l1v2, activities.b, perawat, "SUBMITTED", { values: [4, 4, 4] });
  await evaluation(l1v2, activities.b, bidan, "SUBMITTED", { values: [5, 5, 2] });
  await evaluation(l1v2, activities.b, kadisdik, "SUBMITTED", { values: [1, 2, 3] });
  // L3 of A.
  await evaluation(self, activities.a, perawat, "SUBMITTED", { values: [4, 4] });
  await evaluation(self, activities.a, mover, "SUBMITTED", { values: [5, 5] });
  await evaluation(self, activities.a, guru, "PENDING");
  await evaluation(supervisor, activities.a, kadinkes, "SUBMITTED", { subjectId: perawat, values: [3, 3] });
  await evaluation(supervisor, activities.a, kadisdik, "SUBMITTED", { subjectId: mover, values: [2, 3] });
  await evaluation(supervisor, activities.a, kadisdik, "EXPIRED", { subjectId: guru });
  // L3 of B.
  await evaluation(self, activities.b, perawat, "SUBMITTED", { values: [4, 5] });
  await evaluation(self, activities.b, kadisdik, "SUBMITTED", { values: [3, 3] });
  await evaluation(self, activities.b, bidan, "PENDING");
  await evaluation(supervisor, activities.b, kadinkes, "SUBMITTED", { subjectId: perawat, values: [4, 4] });
  await evaluation(supervisor, activities.b, kadinkes, "PENDING", { subjectId: bidan });

  // The roster moves her to the puskesmas, under its head of service.
  await db.employee.update({ where: { id: mover }, data: { unitId: pkm, supervisorId: kadinkes } });

  return { deps, clock, units, people, activities };
}
