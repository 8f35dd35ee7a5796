import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ManualClock } from "../../src/clock.js";
import { enqueueMany, type EnqueueInput } from "../../src/delivery/enqueue.js";
import { createTestDb, testEngine, type TestDb } from "../kit/db.js";
import { createRecipients } from "../kit/recipients.js";

let testDb: TestDb;

beforeAll(async () => {
  testDb = await createTestDb();
});
afterAll(async () => {
  await testDb.dispose();
});

describe(`enqueueing the same messages from two places at once (${testEngine})`, () => {
  it("stores each message once and both callers get the stored rows", async () => {
    const recipients = await createRecipients(testDb.db, 40);
    const inputs: EnqueueInput[] = recipients.map((recipient) => ({
      recipient: { employeeId: recipient.employeeId },
      payload: { text: `Pengingat untuk ${recipient.chatId}` },
      priority: "normal",
      dedupeKey: `race:${recipient.employeeId}`,
    }));
    const deps = { db: testDb.db, clock: new ManualClock(new Date("2026-12-01T01:00:00Z")) };
    // Two instances running the same job: each finds no rows, then both insert the same keys.
    const [first, second] = await Promise.all([enqueueMany(deps, inputs), enqueueMany(deps, [...inputs].reverse())]);
    expect(await testDb.db.delivery.count()).toBe(40);
    expect(first.map((row) => row.id)).toEqual([...second].reverse().map((row) => row.id));
    expect(new Set(first.map((row) => row.dedupeKey)).size).toBe(40);
  });
});
