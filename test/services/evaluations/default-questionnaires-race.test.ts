import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ManualClock } from "../../../src/clock.js";
import { connectDb, createDb, type Db } from "../../../src/db/client.js";
import { ensureDefaultQuestionnaires } from "../../../src/services/evaluations/defaults.js";
import { createTestDb, testEngine, type TestDb } from "../../kit/db.js";

let testDb: TestDb;
let second: Db;

beforeAll(async () => {
  testDb = await createTestDb();
  // Two instances have a client each. Two SQLite clients writing one file at once can deadlock, and
  // several instances are a PostgreSQL set-up, so on SQLite both "instances" share the client.
  second = testEngine === "postgresql" ? createDb(testDb.url) : testDb.db;
  if (second !== testDb.db) await connectDb(second);
});
afterAll(async () => {
  if (second !== testDb.db) await second.$disconnect();
  await testDb.dispose();
});

describe(`instances starting together on a new database (${testEngine})`, () => {
  it("install each default questionnaire once, and both start", async () => {
    const clock = new ManualClock(new Date("2026-12-01T01:00:00Z"));
    const results = await Promise.all([
      ensureDefaultQuestionnaires({ db: testDb.db, clock }),
      ensureDefaultQuestionnaires({ db: second, clock }),
      ensureDefaultQuestionnaires({ db: second, clock }),
    ]);
    for (const result of results) expect(result.map((entry) => entry.version)).toEqual([1, 1, 1, 1]);
    const created = results.flat().filter((entry) => entry.outcome === "created").map((entry) => entry.code);
    expect(created.sort()).toEqual(results[0]!.map((entry) => entry.code).sort());
    expect(await testDb.db.questionnaire.count()).toBe(4);
  });
});
