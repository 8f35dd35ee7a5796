import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ManualClock } from "../../../src/clock.js";
import { myDevelopment } from "../../../src/services/evaluations/development.js";
import type { LedgerDeps } from "../../../src/services/jp/ledger.js";
import { createActivity } from "../../kit/activity-fixture.js";
import { createTestDb, type TestDb } from "../../kit/db.js";
import { seedRoster } from "../../kit/roster-fixture.js";
import { answerL3, completedActivity, createL3Questionnaires, type L3Questionnaires } from "./development-fixture.js";
import { createQuestionnaire } from "./questionnaire-fixture.js";

let testDb: TestDb;
let deps: LedgerDeps;
let ids: Awaited<ReturnType<typeof seedRoster>>;
let l3: L3Questionnaires;

beforeEach(async () => {
  testDb = await createTestDb();
  deps = { db: testDb.db, clock: new ManualClock("2026-12-01T03:00:00Z"), timezone: "Asia/Jakarta" };
  ids = await seedRoster(testDb.db);
  l3 = await createL3Questionnaires(testDb.db);
});
afterEach(async () => testDb.dispose());

const rounded = (value: number | null | undefined) => (value === null || value === undefined ? value : Math.round(value * 1000) / 1000);

/**
 * Ahmad (staff) took two activities, each assessed by himself and by Rina, his supervisor:
 *
 * | dimension      | Arsip (May): self · supervisor → mean | Pelayanan (Oct): self · supervisor → mean | change |
 * | penerapan      | 3 · 2 → 2.5                            | 4 · 4 → 4.0 strong                        | +1.5 ↑ |
 * | frekuensi      | 3 · 3 → 3.0                            | 3 · 2 → 2.5 needs work                    | −0.5 ↓ |
 * | kualitas-kerja | 3 · 3 → 3.0                            | 3 · 3 → 3.0 developing                    |  0.0 → |
 * | overall        | 3 · 2.667 → 2.833                      | 3.333 · 3 → 3.167 developing              | +0.333 ↑ |
 */
async function seedTwoAssessments() {
  const arsip = await completedActivity(testDb.db, "Pelatihan Arsip Digital", "2026-03-10T09:00:00Z", [ids.staff]);
  const pelayanan = await completedActivity(testDb.db, "Bimtek Pelayanan Publik", "2026-08-01T09:00:00Z", [ids.staff, ids.colleague]);
  const self = (activityId: number, respondentId: number, values: [number, number, number], at: string) =>
    answerL3(testDb.db, l3.self, { activityId, respondentId, values, at });
  const bySupervisor = (activityId: number, subjectId: number, values: [number, number, number], at: string) =>
    answerL3(testDb.db, l3.supervisor, { activityId, respondentId: ids.supervisor, subjectId, values, at });
  await self(arsip.id, ids.staff, [3, 3, 3], "2026-05-10T03:00:00Z");
  await bySupervisor(arsip.id, ids.staff, [2, 3, 3], "2026-05-12T03:00:00Z");
  await self(pelayanan.id, ids.staff, [4, 3, 3], "2026-10-01T03:00:00Z");
  await bySupervisor(pelayanan.id, ids.staff, [4, 2, 3], "2026-10-03T03:00:00Z");
  return { arsip, pelayanan };
}

describe("my development from the L3 assessments", () => {
  it("gives the latest score per dimension, its class and the trend against the previous assessment", async () => {
    const { arsip, pelayanan } = await seedTwoAssessments();
    const development = await myDevelopment(deps, { employeeId: ids.staff });

    expect(development.assessments.map((a) => [a.activityId, a.assessedAt.toISOString()])).toEqual([
      [arsip.id, "2026-05-12T03:00:00.000Z"],
      [pelayanan.id, "2026-10-03T03:00:00.000Z"],
    ]);
    expect(development.assessments[0]!.dimensions).toEqual([
      { dimension: "penerapan", self: 3, supervisor: 2, combined: 2.5 },
      { dimension: "frekuensi", self: 3, supervisor: 3, combined: 3 },
      { dimension: "kualitas-kerja", self: 3, supervisor: 3, combined: 3 },
    ]);

    expect(development.dimensions.map((d) => [d.dimension, d.self, d.supervisor, d.combined, d.level, d.previous, d.change, d.trend])).toEqual([
      ["penerapan", 4, 4, 4, "strong", 2.5, 1.5, "up"],
      ["frekuensi", 3, 2, 2.5, "needs-work", 3, -0.5, "down"],
      ["kualitas-kerja", 3, 3, 3, "developing", 3, 0, "steady"],
    ]);
    const overall = development.overall!;
    expect([rounded(overall.self), rounded(overall.supervisor), rounded(overall.combined)]).toEqual([3.333, 3, 3.167]);
    expect([overall.level, rounded(overall.previous), rounded(overall.change), overall.trend]).toEqual(["developing", 2.833, 0.333, "up"]);
    expect(development.pending).toEqual([]);
  });

  it("a single assessment has no trend yet", async () => {
    const arsip = await completedActivity(testDb.db, "Pelatihan Arsip Digital", "2026-03-10T09:00:00Z", [ids.staff]);
    await answerL3(testDb.db, l3.self, { activityId: arsip.id, respondentId: ids.staff, values: [5, 4, 4], at: "2026-05-10T03:00:00Z" });
    await answerL3(testDb.db, l3.supervisor, {
      activityId: arsip.id,
      respondentId: ids.supervisor,
      subjectId: ids.staff,
      values: [4, 4, 4],
      at: "2026-05-11T03:00:00Z",
    });
    const development = await myDevelopment(deps, { employeeId: ids.staff });
    expect(development.dimensions.map((d) => [d.dimension, d.combined, d.level, d.previous, d.change, d.trend])).toEqual([
      ["penerapan", 4.5, "strong", null, null, null],
      ["frekuensi", 4, "strong", null, null, null],
      ["kualitas-kerja", 4, "strong", null, null, null],
    ]);
    expect(development.suggestions).toEqual([]);
  });

  it("lists activities where only one side answered as pending, without scores", async () => {
    await seedTwoAssessments();
    const seminar = await completedActivity(testDb.db, "Seminar Budaya Kerja", "2026-10-20T09:00:00Z", [ids.staff]);
    const coaching = await completedActivity(testDb.db, "Coaching Kinerja", "2026-09-15T09:00:00Z", [ids.staff]);
    // Ones that would drag every score down if they counted.
    await answerL3(testDb.db, l3.self, { activityId: seminar.id, respondentId: ids.staff, values: [1, 1, 1], at: "2026-11-25T03:00:00Z" });
    await answerL3(testDb.db, l3.supervisor, {
      activityId: coaching.id,
      respondentId: ids.supervisor,
      subjectId: ids.staff,
      values: [1, 1, 1],
      at: "2026-11-20T03:00:00Z",
    });

    const development = await myDevelopment(deps, { employeeId: ids.staff });
    expect(development.pending).toEqual([
      { activityId: seminar.id, title: "Seminar Budaya Kerja", endsAt: seminar.endsAt, waitingFor: "supervisor" },
      { activityId: coaching.id, title: "Coaching Kinerja", endsAt: coaching.endsAt, waitingFor: "self" },
    ]);
    expect(development.assessments).toHaveLength(2);
    expect(development.dimensions.map((d) => [d.dimension, d.combined])).toEqual([
      ["penerapan", 4],
      ["frekuensi", 2.5],
      ["kualitas-kerja", 3],
    ]);
  });

  it("never uses an anonymous questionnaire's answers, even one that carries a respondent", async () => {
    const { pelayanan } = await seedTwoAssessments();
    const anonymous = await createQuestionnaire(testDb.db, {
      code: "L3-DIRI",
      version: 2,
      anonymous: true,
      questions: l3.self.questions.map(({ kind, text, options, dimension }) => ({ kind, text, options, dimension })),
    });
    await testDb.db.response.create({
      data: {
        questionnaireId: anonymous.id,
        respondentId: ids.staff,
        activityId: pelayanan.id,
        submittedAt: new Date("2026-11-01T03:00:00Z"),
        answers: { create: anonymous.questions.slice(0, 3).map((question) => ({ questionId: question.id, numericValue: 1 })) },
      },
    });
    const development = await myDevelopment(deps, { employeeId: ids.staff });
    expect(development.assessments.at(-1)!.assessedAt.toISOString()).toBe("2026-10-03T03:00:00.000Z");
    expect(development.dimensions.map((d) => [d.dimension, d.self])).toEqual([
      ["penerapan", 4],
      ["frekuensi", 3],
      ["kualitas-kerja", 3],
    ]);
  });

  it("shows each person only their own assessments", async () => {
    const { pelayanan } = await seedTwoAssessments();
    await answerL3(testDb.db, l3.self, { activityId: pelayanan.id, respondentId: ids.colleague, values: [5, 5, 5], at: "2026-10-02T03:00:00Z" });
    await answerL3(testDb.db, l3.supervisor, {
      activityId: pelayanan.id,
      respondentId: ids.supervisor,
      subjectId: ids.colleague,
      values: [5, 5, 5],
      at: "2026-10-04T03:00:00Z",
    });

    const staff = await myDevelopment(deps, { employeeId: ids.staff });
    expect(staff.dimensions.map((d) => [d.dimension, d.self, d.supervisor])).toEqual([
      ["penerapan", 4, 4],
      ["frekuensi", 3, 2],
      ["kualitas-kerja", 3, 3],
    ]);
    const colleague = await myDevelopment(deps, { employeeId: ids.colleague });
    expect(colleague.assessments.map((a) => a.title)).toEqual(["Bimtek Pelayanan Publik"]);
    expect(colleague.dimensions.map((d) => [d.dimension, d.combined, d.level])).toEqual([
      ["penerapan", 5, "strong"],
      ["frekuensi", 5, "strong"],
      ["kualitas-kerja", 5, "strong"],
    ]);
    // The supervisor assessed both, but that is not their own development.
    const supervisor = await myDevelopment(deps, { employeeId: ids.supervisor });
    expect(supervisor).toEqual({ assessments: [], dimensions: [], overall: null, pending: [], suggestions: [] });
  });

  it("suggests up to three upcoming activities the person may join when a dimension needs work", async () => {
    await seedTwoAssessments();
    await testDb.db.jpEntry.create({ data: { employeeId: ids.staff, year: 2026, jp: 16, competencyType: "TEKNIS", source: "MANUAL" } });
    const at = (day: number) => ({ startsAt: new Date(`2026-12-${day}T01:00:00Z`), endsAt: new Date(`2026-12-${day}T09:00:00Z`) });
    await createActivity(testDb.db, { title: "Pelatihan Basis Data", competencyType: "TEKNIS", ...at(10) });
    const sosial = await createActivity(testDb.db, { title: "Seminar Etika Pelayanan", competencyType: "SOSIAL_KULTURAL", ...at(18) });
    const manajerial = await createActivity(testDb.db, { title: "Workshop Manajemen Kinerja", competencyType: "MANAJERIAL", ...at(15) });
    const later = await createActivity(testDb.db, { title: "Workshop Koordinasi", competencyType: "MANAJERIAL", ...at(21) });
    await createActivity(testDb.db, { title: "Draf", status: "DRAFT", competencyType: "SOSIAL_KULTURAL", ...at(11) });

    const development = await myDevelopment(deps, { employeeId: ids.staff });
    expect(development.suggestions.map((s) => s.id)).toEqual([manajerial.id, sosial.id, later.id]);
  });

  it("is empty for someone without L3 assessments", async () => {
    await completedActivity(testDb.db, "Pelatihan Arsip Digital", "2026-03-10T09:00:00Z", [ids.staff]);
    expect(await myDevelopment(deps, { employeeId: ids.staff })).toEqual({
      assessments: [],
      dimensions: [],
      overall: null,
      pending: [],
      suggestions: [],
    });
  });
});
