import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ManualClock } from "../../../src/clock.js";
import type { ServiceDeps } from "../../../src/services/deps.js";
import { activityResults, nonRespondents, type QuestionResult } from "../../../src/services/evaluations/results.js";
import { createTestDb, type TestDb } from "../../kit/db.js";
import { RESULTS_DUE, seedResults } from "./results-fixture.js";

let testDb: TestDb;
let deps: ServiceDeps;
let seeded: Awaited<ReturnType<typeof seedResults>>;

beforeEach(async () => {
  testDb = await createTestDb();
  deps = { db: testDb.db, clock: new ManualClock("2027-01-10T03:00:00Z") };
  seeded = await seedResults(testDb.db);
});
afterEach(async () => testDb.dispose());

const byPosition = (questions: QuestionResult[] | undefined, position: number) => {
  const question = questions?.find((q) => q.position === position);
  if (!question) throw new Error(`no question ${position}`);
  return question;
};

describe("activity results", () => {
  it("returns null for an unknown activity", async () => {
    expect(await activityResults(deps, { activityCode: "TIDAK-ADA" })).toBeNull();
    expect(await nonRespondents(deps, { activityCode: "TIDAK-ADA" })).toBeNull();
  });

  it("computes response rates, means and distributions of this activity only", async () => {
    const results = (await activityResults(deps, { activityCode: "PLT-ARSIP-2026" }))!;
    expect(results.activity.code).toBe("PLT-ARSIP-2026");
    expect(results.questionnaires.map((q) => [q.code, q.requests, q.submitted, q.responses])).toEqual([
      ["L1-REAKSI", 4, 3, 3],
      ["L3-ATASAN", 2, 2, 2],
      ["L3-DIRI", 3, 2, 2],
    ]);
    const l1 = results.questionnaires.find((q) => q.code === "L1-REAKSI")!;
    expect(l1.responseRate).toBe(0.75);
    expect(results.questionnaires.find((q) => q.code === "L3-DIRI")!.responseRate).toBeCloseTo(2 / 3, 10);

    const likert = byPosition(l1.questions, 1);
    expect(likert).toMatchObject({ kind: "LIKERT", answered: 3 });
    if (likert.kind !== "LIKERT") throw new Error("kind");
    expect(likert.mean).toBeCloseTo(13 / 3, 10);
    expect(likert.distribution).toEqual([
      { value: 1, count: 0 },
      { value: 2, count: 0 },
      { value: 3, count: 0 },
      { value: 4, count: 2 },
      { value: 5, count: 1 },
    ]);

    const rating = byPosition(l1.questions, 2);
    if (rating.kind !== "RATING") throw new Error("kind");
    expect(rating.mean).toBeCloseTo(25 / 3, 10);
    expect(rating.distribution).toHaveLength(11);
    expect(rating.distribution.filter((d) => d.count > 0)).toEqual([
      { value: 7, count: 1 },
      { value: 8, count: 1 },
      { value: 10, count: 1 },
    ]);

    expect(byPosition(l1.questions, 3)).toMatchObject({ kind: "YES_NO", yes: 2, no: 1, answered: 3 });
    const yesNo = byPosition(l1.questions, 3);
    if (yesNo.kind !== "YES_NO") throw new Error("kind");
    expect(yesNo.yesShare).toBeCloseTo(2 / 3, 10);

    const counts = (question: QuestionResult) =>
      question.kind === "SINGLE_CHOICE" || question.kind === "MULTI_CHOICE"
        ? question.choices.map((choice) => [choice.id, choice.count])
        : null;
    expect(counts(byPosition(l1.questions, 4))).toEqual([
      ["materi", 2],
      ["narasumber", 0],
      ["tempat", 1],
    ]);
    expect(counts(byPosition(l1.questions, 5))).toEqual([
      ["materi", 2],
      ["narasumber", 3],
      ["tempat", 0],
    ]);
    expect(byPosition(l1.questions, 5).answered).toBe(3);
  });

  it("keeps anonymous free text without any link to a person", async () => {
    const results = (await activityResults(deps, { activityCode: "PLT-ARSIP-2026" }))!;
    const l1 = results.questionnaires.find((q) => q.code === "L1-REAKSI")!;
    const text = byPosition(l1.questions, 6);
    if (text.kind !== "FREE_TEXT") throw new Error("kind");
    // Alphabetical, not in the order they came in, and nothing but the text.
    expect(text.texts).toStrictEqual([{ text: "AC kurang dingin" }, { text: "Tambah sesi praktik" }]);
    expect(JSON.stringify(l1)).not.toMatch(/Ahmad|Siti|Rina|199206252019031004/);

    // A named questionnaire's free text says who wrote it.
    const self = results.questionnaires.find((q) => q.code === "L3-DIRI")!;
    const note = byPosition(self.questions, 3);
    if (note.kind !== "FREE_TEXT") throw new Error("kind");
    expect(note.texts).toEqual([{ text: "Sudah saya terapkan di bidang", respondent: "Ahmad Fauzi, S.Kom." }]);
  });

  it("compares self and supervisor L3 means per dimension and overall, with the gap", async () => {
    const results = (await activityResults(deps, { activityCode: "PLT-ARSIP-2026" }))!;
    const l3 = results.l3!;
    expect(l3.dimensions.map((row) => row.dimension)).toEqual(["kualitas-kerja", "penerapan"]);
    const [quality, applying] = l3.dimensions;
    expect(applying!.self).toBeCloseTo(3.5, 10);
    expect(applying!.supervisor).toBeCloseTo(2.5, 10);
    expect(applying!.gap).toBeCloseTo(-1, 10);
    expect(quality!.self).toBeCloseTo(4.5, 10);
    expect(quality!.supervisor).toBeCloseTo(4, 10);
    expect(quality!.gap).toBeCloseTo(-0.5, 10);
    expect(l3.overall.self).toBeCloseTo(4, 10);
    expect(l3.overall.supervisor).toBeCloseTo(3.25, 10);
    expect(l3.overall.gap).toBeCloseTo(-0.75, 10);
  });

  it("lists the people with open or expired requests", async () => {
    const people = (await nonRespondents(deps, { activityCode: "PLT-ARSIP-2026" }))!;
    expect(people.map((p) => [p.name, p.questionnaireCode, p.status, p.dueAt])).toEqual([
      ["Drs. Hasan Basri, M.Si.", "L1-REAKSI", "PENDING", RESULTS_DUE],
      ["Drs. Hasan Basri, M.Si.", "L3-DIRI", "EXPIRED", RESULTS_DUE],
    ]);
    expect(people[0]).toMatchObject({ nip: "197203151998031002", unitCode: "BKPSDM" });
  });
});
