import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ManualClock } from "../../src/clock.js";
import type { Db } from "../../src/db/client.js";
import { enqueue } from "../../src/delivery/enqueue.js";
import { runCli } from "../kit/cli.js";
import { createTestDb, type TestDb } from "../kit/db.js";
import { createRecipients } from "../kit/recipients.js";

let testDb: TestDb;
let db: Db;
let databaseUrl: string;

beforeAll(async () => {
  testDb = await createTestDb();
  ({ db, url: databaseUrl } = testDb);
});

afterAll(() => testDb.dispose());

describe("cli queue status", () => {
  it("prints depth, failures and blocked accounts", async () => {
    const [reachable, blocked] = await createRecipients(db, 2);
    const clock = new ManualClock(new Date());
    await db.chatAccount.update({ where: { id: blocked!.chatAccountId }, data: { blockedAt: clock.now() } });
    await enqueue({ db, clock }, { recipient: { employeeId: reachable!.employeeId }, payload: { text: "x" }, priority: "interactive", dedupeKey: "x" });
    await enqueue({ db, clock }, { recipient: { employeeId: blocked!.employeeId }, payload: { text: "y" }, priority: "bulk", dedupeKey: "y" });

    const run = await runCli(databaseUrl, "queue", "status", "--lang", "en");
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("Waiting: 1 (due now 1, being sent 0)");
    expect(run.stdout).toContain("interactive 1 · normal 0 · bulk 0");
    expect(run.stdout).toContain("Not sent because blocked: 1 · Accounts that blocked the bot: 1");
    expect(run.stdout).toContain(`Pegawai ${blocked!.chatId}`);
    expect(run.stdout).toContain("The scheduler has never run.");
  });
});
