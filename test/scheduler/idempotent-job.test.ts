import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ManualClock } from "../../src/clock.js";
import { enqueueMany } from "../../src/delivery/enqueue.js";
import { createLogger } from "../../src/logger.js";
import type { JobDefinition } from "../../src/scheduler/jobs.js";
import { runJob } from "../../src/scheduler/run-job.js";
import type { ServiceDeps } from "../../src/services/deps.js";
import { createTestDb, type TestDb } from "../kit/db.js";
import { createRecipients } from "../kit/recipients.js";

let testDb: TestDb;
beforeEach(async () => {
  testDb = await createTestDb();
});
afterEach(async () => testDb.dispose());

// The shape every proactive job follows: the dedupe key names the occasion, not the run.
const morningGreeting: JobDefinition<ServiceDeps> = {
  name: "morning-greeting",
  cron: "0 0 7 * * *",
  async run(deps, { now }) {
    const day = now.toISOString().slice(0, 10);
    const people = await deps.db.employee.findMany({ where: { active: true }, select: { id: true } });
    await enqueueMany(
      deps,
      people.map((person) => ({
        recipient: { employeeId: person.id },
        payload: { text: "Selamat pagi" },
        priority: "normal" as const,
        dedupeKey: `greeting:${day}:${person.id}`,
      })),
    );
    return { people: people.length };
  },
};

describe("jobs are idempotent through dedupe keys", () => {
  it("a tick that fires twice, or a re-run after a crash, enqueues nothing twice", async () => {
    const clock = new ManualClock("2026-12-07T00:00:00Z");
    const deps = { db: testDb.db, clock };
    await createRecipients(testDb.db, 5);
    const options = { clock, logger: createLogger("silent") };

    expect((await runJob(morningGreeting, deps, options)).outcome).toEqual({ people: 5 });
    clock.advance(1_000);
    expect((await runJob(morningGreeting, deps, options)).ok).toBe(true);
    expect(await testDb.db.delivery.count()).toBe(5);

    clock.advance(86_400_000);
    await runJob(morningGreeting, deps, options);
    expect(await testDb.db.delivery.count()).toBe(10);
  });
});
