import { randomUUID } from "node:crypto";
import Database from "better-sqlite3";
import { changedAfterApplying, MigrationError, type MigrationFile, type MigrationResult } from "./migration-files.js";
import { sqliteFilePath } from "./sqlite-file.js";

const CREATE_MIGRATIONS_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    TEXT PRIMARY KEY NOT NULL,
    "checksum"              TEXT NOT NULL,
    "finished_at"           DATETIME,
    "migration_name"        TEXT NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        DATETIME,
    "started_at"            DATETIME NOT NULL DEFAULT current_timestamp,
    "applied_steps_count"   INTEGER UNSIGNED NOT NULL DEFAULT 0
)`;

interface AppliedRow {
  migration_name: string;
  checksum: string;
}

/** BEGIN IMMEDIATE makes a second process wait instead of applying the same migration twice. */
export function migrateSqlite(databaseUrl: string, migrations: MigrationFile[]): MigrationResult {
  const sqlite = new Database(sqliteFilePath(databaseUrl), { timeout: 30_000 });
  try {
    sqlite.exec(CREATE_MIGRATIONS_TABLE);
    const result: MigrationResult = { applied: [], alreadyApplied: [] };
    for (const migration of migrations) {
      sqlite.exec("BEGIN IMMEDIATE");
      try {
        const done = findApplied(sqlite, migration.name);
        if (done) {
          sqlite.exec("COMMIT");
          if (done.checksum !== migration.checksum) throw changedAfterApplying(migration.name);
          result.alreadyApplied.push(migration.name);
          continue;
        }
        const startedAt = new Date().toISOString();
        sqlite.exec(migration.sql);
        sqlite
          .prepare(
            `INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, started_at, applied_steps_count)
             VALUES (?, ?, ?, ?, ?, 1)`,
          )
          .run(randomUUID(), migration.checksum, new Date().toISOString(), migration.name, startedAt);
        sqlite.exec("COMMIT");
        result.applied.push(migration.name);
      } catch (error) {
        if (sqlite.inTransaction) sqlite.exec("ROLLBACK");
        if (error instanceof MigrationError) throw error;
        throw new MigrationError(`Migration ${migration.name} failed: ${(error as Error).message}`);
      }
    }
    return result;
  } finally {
    sqlite.close();
  }
}

export function pendingSqlite(databaseUrl: string, migrations: MigrationFile[]): string[] {
  const sqlite = new Database(sqliteFilePath(databaseUrl), { timeout: 30_000 });
  try {
    sqlite.exec(CREATE_MIGRATIONS_TABLE);
    return migrations.filter((migration) => !findApplied(sqlite, migration.name)).map((m) => m.name);
  } finally {
    sqlite.close();
  }
}

function findApplied(sqlite: Database.Database, name: string): AppliedRow | undefined {
  return sqlite
    .prepare(
      `SELECT migration_name, checksum FROM "_prisma_migrations"
       WHERE migration_name = ? AND finished_at IS NOT NULL AND rolled_back_at IS NULL`,
    )
    .get(name) as AppliedRow | undefined;
}
