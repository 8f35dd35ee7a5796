import { resolve } from "node:path";
import { engineOf, type Engine } from "./engine.js";
import { readMigrations, type MigrationFile, type MigrationResult } from "./migration-files.js";
import { migrateSqlite, pendingSqlite } from "./migrate-sqlite.js";
import { migratePostgres, pendingPostgres } from "./migrate-postgresql.js";

/** Each engine has its own migrations folder in Prisma's layout; the models come from one schema. */
export const MIGRATIONS_DIRS: Record<Engine, string> = {
  sqlite: resolve(import.meta.dirname, "../../prisma/migrations"),
  postgresql: resolve(import.meta.dirname, "../../prisma/postgresql/migrations"),
};

export { MigrationError, readMigrations, type MigrationFile, type MigrationResult } from "./migration-files.js";

/** The migrations for the engine of DATABASE_URL. */
export function migrationsFor(databaseUrl: string): MigrationFile[] {
  return readMigrations(MIGRATIONS_DIRS[engineOf(databaseUrl)]);
}

/**
 * Applies pending migrations without the Prisma CLI, recording them in a `_prisma_migrations` table
 * of the shape `prisma migrate deploy` keeps, so both agree on what is applied. Each migration runs
 * in its own transaction, and a second process waits instead of applying the same one twice.
 */
export async function migrate(databaseUrl: string, migrations = migrationsFor(databaseUrl)): Promise<MigrationResult> {
  return engineOf(databaseUrl) === "sqlite" ? migrateSqlite(databaseUrl, migrations) : migratePostgres(databaseUrl, migrations);
}

/** Names of migrations in the folder that the database has not applied yet. */
export async function pendingMigrations(databaseUrl: string, migrations = migrationsFor(databaseUrl)): Promise<string[]> {
  return engineOf(databaseUrl) === "sqlite" ? pendingSqlite(databaseUrl, migrations) : pendingPostgres(databaseUrl, migrations);
}
