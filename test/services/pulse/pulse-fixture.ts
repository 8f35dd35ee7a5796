import { ManualClock } from "../../../src/clock.js";
import type { Db } from "../../../src/db/client.js";
import { ensureDefaultQuestionnaires } from "../../../src/services/evaluations/defaults.js";
import { DEFAULT_QUESTIONNAIRES } from "../../../src/services/evaluations/question-options.js";
import { latestActiveQuestionnaire } from "../../../src/services/evaluations/questionnaires.js";
import { submitResponse } from "../../../src/services/evaluations/submission.js";
import { createPulseRequests } from "../../../src/services/pulse/requests.js";

/** Monday 2 November 2026 and Tuesday 1 December 2026, 09.00 WIB. */
export const ROUND_1_SENT = new Date("2026-11-02T02:00:00Z");
export const ROUND_2_SENT = new Date("2026-12-01T02:00:00Z");

/** One person's answers per ADKAR stage, A D K A R; each stage's two statements get the same value. */
export type Profile = [number, number, number, number, number];

export const UNITS = {
  DINKES: { name: "Dinas Kesehatan", parent: null },
  PKM: { name: "Puskesmas Muara Tebo", parent: "DINKES" },
  DISDIK: { name: "Dinas Pendidikan dan Kebudayaan", parent: null },
  KOMINFO: { name: "Dinas Komunikasi dan Informatika", parent: null },
  BKPSDM: { name: "Badan Kepegawaian dan Pengembangan SDM", parent: null },
} as const;

type UnitCode = keyof typeof UNITS;

/** Pulse recipients per unit (BKPSDM staff run the programme and get no pulse). */
const STAFF: Record<Exclude<UnitCode, "BKPSDM">, number> = { DINKES: 4, PKM: 4, DISDIK: 6, KOMINFO: 3 };

/**
 * Hand-made answers; each unit's first people answer, the others do not. Means by hand:
 *
 * Round 1 (12 of 17 answered):
 * - Dinas Kesehatan (3 + Puskesmas 2 = 5): A 17/5 = 3.4, D 13/5 = 2.6, K 14/5 = 2.8, A 16/5 = 3.2, R 16/5 = 3.2
 *   → barrier Desire;
 * - Dinas Pendidikan (5): A 12/5 = 2.4, D K A R 19/5 = 3.8 → barrier Awareness, the first stage;
 * - Kominfo (2): too few, and alone: left out of the overall;
 * - overall (10): A 2.9, D 3.2, K 3.3, A 3.5, R 3.5 → barrier Awareness.
 *
 * Round 2 (14 of 17 answered):
 * - Dinas Kesehatan (3 + Puskesmas 3 = 6): A 24/6 = 4, D 15/6 = 2.5, K 18/6 = 3 (not below 3.0),
 *   A 22/6, R 24/6 = 4 → barrier Desire; trend +0.6, −0.1, +0.2, +0.47, +0.8;
 * - Dinas Pendidikan (5): A D K A 20/5 = 4, R 19/5 = 3.8 → no barrier; trend +1.6, +0.2, +0.2, +0.2, 0;
 * - Kominfo (3, all 1s): too few, left out of the overall;
 * - overall (11): A 44/11 = 4, D 35/11, K 38/11, A 42/11, R 43/11 → no barrier.
 */
export const ANSWERS: Record<"round1" | "round2", Record<Exclude<UnitCode, "BKPSDM">, Profile[]>> = {
  round1: {
    DINKES: [
      [3, 3, 3, 3, 3],
      [4, 3, 3, 3, 4],
      [3, 2, 3, 4, 3],
    ],
    PKM: [
      [4, 3, 2, 3, 3],
      [3, 2, 3, 3, 3],
    ],
    DISDIK: [
      [2, 4, 4, 4, 4],
      [3, 4, 4, 3, 4],
      [2, 3, 4, 4, 3],
      [3, 4, 3, 4, 4],
      [2, 4, 4, 4, 4],
    ],
    KOMINFO: [
      [5, 5, 5, 5, 5],
      [5, 5, 5, 5, 5],
    ],
  },
  round2: {
    DINKES: [
      [4, 2, 3, 4, 4],
      [4, 3, 3, 4, 4],
      [3, 2, 4, 3, 3],
    ],
    PKM: [
      [4, 3, 3, 4, 5],
      [4, 2, 3, 4, 4],
      [5, 3, 2, 3, 4],
    ],
    DISDIK: [
      [4, 4, 4, 4, 4],
      [5, 4, 3, 4, 3],
      [4, 5, 4, 3, 4],
      [3, 4, 4, 4, 4],
      [4, 3, 5, 5, 4],
    ],
    KOMINFO: [
      [1, 1, 1, 1, 1],
      [1, 1, 1, 1, 1],
      [1, 1, 1, 1, 1],
    ],
  },
};

const DIMENSION_INDEX: Record<string, number> = { awareness: 0, desire: 1, knowledge: 2, ability: 3, reinforcement: 4 };

let nipSeq = 0;
const nextNip = () => `19900101201501${String(1000 + ++nipSeq)}`;

export async function seedPulse(db: Db) {
  const clock = new ManualClock(ROUND_1_SENT);
  const deps = { db, clock };
  await ensureDefaultQuestionnaires(deps);
  const questionnaire = (await latestActiveQuestionnaire(deps, DEFAULT_QUESTIONNAIRES.changeReadiness))!;

  const units = {} as Record<UnitCode, number>;
  for (const [code, unit] of Object.entries(UNITS) as [UnitCode, (typeof UNITS)[UnitCode]][]) {
    const parentId = unit.parent === null ? null : units[unit.parent];
    units[code] = (await db.unit.create({ data: { code: code === "PKM" ? "PKM-MT" : code, name: unit.name, parentId } })).id;
  }
  const employee = (unit: UnitCode, name: string, position = "Pelaksana") =>
    db.employee.create({
      data: {
        nip: nextNip(),
        name,
        unitId: units[unit],
        position,
        positionType: "PELAKSANA",
        grade: "III/a",
        employmentType: "PNS",
      },
    });

  const admin = await employee("BKPSDM", "Rahmat Hidayat, S.Kom.", "Analis SDM Aparatur");
  const bupati = await employee("BKPSDM", "H. Agus Rubiyanto", "Bupati");
  const dinkesHead = await employee("DINKES", "dr. Maria Ulfa", "Kepala Dinas");
  await db.roleGrant.create({ data: { employeeId: admin.id, role: "ADMIN", grantedBy: "test" } });
  await db.roleGrant.create({ data: { employeeId: bupati.id, role: "LEADER", grantedBy: "test" } });
  await db.roleGrant.create({ data: { employeeId: dinkesHead.id, role: "LEADER", unitId: units.DINKES, grantedBy: "test" } });

  const staff = {} as Record<keyof typeof STAFF, number[]>;
  for (const [unit, count] of Object.entries(STAFF) as [keyof typeof STAFF, number][]) {
    staff[unit] = [];
    for (let i = 1; i <= count; i += 1) staff[unit].push((await employee(unit, `Pegawai ${unit} ${i}`)).id);
  }
  const recipients = Object.values(staff).flat();

  const sendRound = async (sentAt: Date, answers: Record<keyof typeof STAFF, Profile[]>) => {
    clock.set(sentAt);
    const announcement = await db.announcement.create({
      data: {
        authorId: bupati.id,
        body: "Mari sukseskan transformasi digital layanan publik.",
        parseMode: "HTML",
        status: "SENT",
        scheduledAt: sentAt,
        sentAt,
        pulseQuestionnaireId: questionnaire.id,
      },
    });
    const requests = await createPulseRequests(deps, {
      announcementId: announcement.id,
      questionnaireId: questionnaire.id,
      employeeIds: recipients,
      now: sentAt,
      dueDays: 7,
    });
    clock.set(new Date(sentAt.getTime() + 24 * 60 * 60 * 1000));
    for (const unit of Object.keys(answers) as (keyof typeof STAFF)[]) {
      for (const [index, profile] of answers[unit].entries()) await answer(deps, requests, staff[unit][index]!, profile);
    }
    return announcement.id;
  };
  const answer = async (d: typeof deps, requests: Map<number, number>, employeeId: number, profile: Profile) => {
    const values: Record<number, number> = {};
    for (const question of questionnaire.questions) values[question.id] = profile[DIMENSION_INDEX[question.dimension!]!]!;
    const result = await submitResponse(d, { requestId: requests.get(employeeId)!, respondentId: employeeId, answers: values });
    if (!result.ok) throw new Error(`fixture answer refused: ${JSON.stringify(result)}`);
  };

  const round1 = await sendRound(ROUND_1_SENT, ANSWERS.round1);
  const round2 = await sendRound(ROUND_2_SENT, ANSWERS.round2);
  return {
    clock,
    questionnaire,
    units,
    staff,
    recipients,
    people: { admin: admin.id, bupati: bupati.id, dinkesHead: dinkesHead.id, asn: staff.DISDIK[0]! },
    rounds: { round1, round2 },
    sendRound,
  };
}
