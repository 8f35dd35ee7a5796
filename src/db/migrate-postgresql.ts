import { randomUUID } from "node:crypto";
import pg from "pg";
import { changedAfterApplying, MigrationError, type MigrationFile, type MigrationResult } from "./migration-files.js";

// Prisma's own definition of the table on PostgreSQL.
const CREATE_MIGRATIONS_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"              VARCHAR(64) NOT NULL,
    "finished_at"           TIMESTAMPTZ,
    "migration_name"        VARCHAR(255) NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        TIMESTAMPTZ,
    "started_at"            TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count"   INTEGER NOT NULL DEFAULT 0
)`;

/** Any fixed number; instances starting together queue on it instead of racing through the same DDL. */
const MIGRATION_LOCK = 72_410_291;

async function withClient<T>(databaseUrl: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export function migratePostgres(databaseUrl: string, migrations: MigrationFile[]): Promise<MigrationResult> {
  return withClient(databaseUrl, async (client) => {
    await client.query("SELECT pg_advisory_lock($1)", [MIGRATION_LOCK]);
    try {
      await client.query(CREATE_MIGRATIONS_TABLE);
      const applied = await appliedChecksums(client);
      const result: MigrationResult = { applied: [], alreadyApplied: [] };
      for (const migration of migrations) {
        const checksum = applied.get(migration.name);
        if (checksum !== undefined) {
          if (checksum !== migration.checksum) throw changedAfterApplying(migration.name);
          result.alreadyApplied.push(migration.name);
          continue;
        }
        const startedAt = new Date();
        await client.query("BEGIN");
        try {
          await client.query(migration.sql);
          await client.query(
            `INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, started_at, applied_steps_count)
             VALUES ($1, $2, now(), $3, $4, 1)`,
            [randomUUID(), migration.checksum, migration.name, startedAt],
          );
          await client.query("COMMIT");
        } catch (error) {
          await client.query("ROLLBACK");
          throw new MigrationError(`Migration ${migration.name} failed: ${(error as Error).message}`);
        }
        result.applied.push(migration.name);
      }
      return result;
    } finally {
      await client.query("SELECT pg_advisory_unlock($1)", [MIGRATION_LOCK]);
    }
  });
}

export function pendingPostgres(databaseUrl: string, migrations: MigrationFile[]): Promise<string[]> {
  return withClient(databaseUrl, async (client) => {
    const exists = await client.query(`SELECT to_regclass('"_prisma_migrations"') IS NOT NULL AS "exists"`);
    const applied = exists.rows[0]?.exists ? await appliedChecksums(client) : new Map<string, string>();
    return migrations.filter((migration) => !applied.has(migration.name)).map((m) => m.name);
  });
}

async function appliedChecksums(client: pg.Client): Promise<Map<string, string>> {
  const rows = await client.query<{ migration_name: string; checksum: string }>(
    `SELECT migration_name, checksum FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
  );
  return new Map(rows.rows.map((row) => [row.migration_name, row.checksum]));
}
