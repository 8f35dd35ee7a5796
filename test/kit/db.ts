import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { connectDb, createDb, type Db } from "../../src/db/client.js";
import type { Engine } from "../../src/db/engine.js";
import { migrate } from "../../src/db/migrate.js";
import { createDatabase, databaseUrl, dropDatabase, emptyDatabase } from "./postgres.js";

/** The engine this test run uses: SQLite unless TEST_DATABASE=postgresql (see vitest.config.ts). */
export const testEngine: Engine = process.env.TEST_DATABASE === "postgresql" ? "postgresql" : "sqlite";

export interface TestDb {
  db: Db;
  url: string;
  /** The database's own temporary folder, also for scratch files; removed by dispose(). */
  dir: string;
  dispose(): Promise<void>;
}

export interface EmptyDatabase {
  /** DATABASE_URL of a database with no tables yet. */
  url: string;
  /** A temporary folder for scratch files, removed by drop(). */
  dir: string;
  drop(): Promise<void>;
}

let counter = 0;

/** A new database with nothing in it, of this run's engine, for tests that migrate it themselves. */
export async function createEmptyDatabase(): Promise<EmptyDatabase> {
  return newDatabase();
}

async function newDatabase(template?: string): Promise<EmptyDatabase> {
  const dir = mkdtempSync(join(tmpdir(), "pembinaan-test-"));
  const removeDir = () => rmSync(dir, { recursive: true, force: true });
  if (testEngine === "sqlite") return { url: `file:${join(dir, "test.db")}`, dir, drop: async () => removeDir() };
  const prefix = (await postgresRun()).prefix;
  const name = `${prefix}${process.pid}_${++counter}`;
  await createDatabase(name, template);
  return {
    url: databaseUrl(name),
    dir,
    async drop() {
      await dropDatabase(name);
      removeDir();
    },
  };
}

/**
 * Migrated PostgreSQL databases this worker has finished with, emptied again. Copying the template
 * takes about 0.4 s and emptying about a tenth of that, so each worker reuses its databases.
 */
const emptiedDatabases: EmptyDatabase[] = [];

/** A fresh, migrated database for one test file (or one test). */
export async function createTestDb(): Promise<TestDb> {
  if (testEngine === "postgresql") return openTestDb(emptiedDatabases.pop() ?? (await newDatabase((await postgresRun()).template)), true);
  const database = await newDatabase();
  await migrate(database.url);
  return openTestDb(database, false);
}

async function openTestDb(database: EmptyDatabase, reuse: boolean): Promise<TestDb> {
  const db = createDb(database.url);
  await connectDb(db);
  return {
    db,
    url: database.url,
    dir: database.dir,
    async dispose() {
      await db.$disconnect();
      if (!reuse) return database.drop();
      await emptyDatabase(database.url);
      emptiedDatabases.push(database);
    },
  };
}

/** What the global setup made for this run; imported late so benchmarks can use the kit outside vitest. */
async function postgresRun(): Promise<{ prefix: string; template: string }> {
  const { inject } = await import("vitest");
  const run = inject("postgres");
  if (!run) throw new Error("TEST_DATABASE=postgresql needs the global setup in test/kit/global-setup.ts");
  return run;
}
