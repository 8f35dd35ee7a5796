import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli, runCliProcess } from "../kit/cli.js";
import { createTestDb, type TestDb } from "../kit/db.js";

// The other CLI tests run the program in-process; these start it as an admin does.

let testDb: TestDb;

beforeAll(async () => {
  testDb = await createTestDb();
});

afterAll(() => testDb.dispose());

describe("cli entry point", () => {
  it("prints the help as a program, exactly as the in-process runner does", async () => {
    const real = runCliProcess(testDb.url, "--help");

    expect(real.stderr).toBe("");
    expect(real.code).toBe(0);
    expect(real.stdout).toContain("Usage: npm run cli -- [options] [command]");
    expect(real.stdout).toContain("roster");
    expect(await runCli(testDb.url, "--help")).toEqual(real);
  });

  it("imports the example roster, a file relative to the project folder, into the database", async () => {
    const run = runCliProcess(testDb.url, "--lang", "en", "roster", "import", "docs/examples/roster.csv");

    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("Employees: 8 new");
    expect(await testDb.db.employee.count()).toBe(8);
  });
});
