import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { connectDb, createDb, type Db } from "../../src/db/client.js";
import { migrate } from "../../src/db/migrate.js";

export interface TestDb {
  db: Db;
  url: string;
  /** The database's own temporary folder, also for scratch files; removed by dispose(). */
  dir: string;
  dispose(): Promise<void>;
}

/** A fresh, migrated SQLite file for one test file (or one test). */
export async function createTestDb(): Promise<TestDb> {
  const dir = mkdtempSync(join(tmpdir(), "pembinaan-test-"));
  const url = `file:${join(dir, "test.db")}`;
  migrate(url);
  const db = createDb(url);
  await connectDb(db);
  return {
    db,
    url,
    dir,
    async dispose() {
      await db.$disconnect();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
