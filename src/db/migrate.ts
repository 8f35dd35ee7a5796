import { createHash, randomUUID } from "node:crypto";
import { readdirSync, readFileSync, existsSync } from "node:fs";
import { join, resolve } from "node:path";
import Database from "better-sqlite3";
import { sqliteFilePath } from "./sqlite-file.js";

export const MIGRATIONS_DIR = resolve(import.meta.dirname, "../../prisma/migrations");

export interface MigrationFile {
  name: string;
  sql: string;
  checksum: string;
}

export interface MigrationResult {
  applied: string[];
  alreadyApplied: string[];
}

export class MigrationError extends Error {
  override name = "MigrationError";
}

/** Reads `prisma/migrations/<timestamp>_<name>/migration.sql` in name order, as Prisma does. */
export function readMigrations(dir = MIGRATIONS_DIR): MigrationFile[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(dir, entry.name, "migration.sql")))
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const sql = readFileSync(join(dir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: createHash("sha256").update(sql).digest("hex") };
    });
}

// Same shape as the table `prisma migrate deploy` keeps, so both agree on what is applied.
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
  finished_at: string | null;
}

/**
 * Applies pending migrations without the Prisma CLI. Each migration runs in its own transaction;
 * BEGIN IMMEDIATE makes a second process wait instead of applying the same migration twice.
 */
export function migrate(databaseUrl: string, migrations = readMigrations()): MigrationResult {
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
          if (done.checksum !== migration.checksum) {
            throw new MigrationError(
              `Migration ${migration.name} was changed after it was applied. Add a new migration instead of editing an applied one.`,
            );
          }
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

function findApplied(sqlite: Database.Database, name: string): AppliedRow | undefined {
  return sqlite
    .prepare(
      `SELECT migration_name, checksum, finished_at FROM "_prisma_migrations"
       WHERE migration_name = ? AND finished_at IS NOT NULL AND rolled_back_at IS NULL`,
    )
    .get(name) as AppliedRow | undefined;
}

/** Names of migrations in the folder that the database has not applied yet. */
export function pendingMigrations(databaseUrl: string, migrations = readMigrations()): string[] {
  const sqlite = new Database(sqliteFilePath(databaseUrl), { timeout: 30_000 });
  try {
    sqlite.exec(CREATE_MIGRATIONS_TABLE);
    return migrations.filter((migration) => !findApplied(sqlite, migration.name)).map((m) => m.name);
  } finally {
    sqlite.close();
  }
}
