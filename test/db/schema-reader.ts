import Database from "better-sqlite3";
import pg from "pg";
import { engineOf } from "../../src/db/engine.js";
import { sqliteFilePath } from "../../src/db/sqlite-file.js";

export interface ColumnInfo {
  name: string;
  /** The engine's own name for the type, as the drift test expects it. */
  type: string;
  notNull: boolean;
}

export interface IndexInfo {
  unique: boolean;
  columns: string[];
}

export interface AppliedMigration {
  migration_name: string;
  checksum: string;
  finished_at: unknown;
  applied_steps_count: number;
}

/** Reads a migrated database's tables, columns and indexes the way each engine reports them. */
export interface SchemaReader {
  columns(table: string): Promise<ColumnInfo[]>;
  indexes(table: string): Promise<IndexInfo[]>;
  appliedMigrations(): Promise<AppliedMigration[]>;
  /** The column type a Prisma field should have on this engine. */
  expectedType(field: { kind: string; type: string }): string;
  close(): Promise<void>;
}

const SQLITE_TYPES: Record<string, string> = {
  String: "TEXT",
  Int: "INTEGER",
  Boolean: "BOOLEAN",
  DateTime: "DATETIME",
  Float: "REAL",
  BigInt: "BIGINT",
  Decimal: "DECIMAL",
  Json: "JSONB",
  Bytes: "BLOB",
};

// information_schema's data_type; enums are USER-DEFINED and checked by udt_name below.
const POSTGRES_TYPES: Record<string, string> = {
  String: "text",
  Int: "integer",
  Boolean: "boolean",
  DateTime: "timestamp without time zone",
  Float: "double precision",
  BigInt: "bigint",
  Decimal: "numeric",
  Json: "jsonb",
  Bytes: "bytea",
};

const APPLIED_MIGRATIONS = `SELECT migration_name, checksum, finished_at, applied_steps_count FROM "_prisma_migrations" ORDER BY migration_name`;

export async function openSchemaReader(databaseUrl: string): Promise<SchemaReader> {
  return engineOf(databaseUrl) === "sqlite" ? sqliteReader(databaseUrl) : postgresReader(databaseUrl);
}

function sqliteReader(databaseUrl: string): SchemaReader {
  const sqlite = new Database(sqliteFilePath(databaseUrl), { readonly: true });
  return {
    async columns(table) {
      const rows = sqlite.prepare(`PRAGMA table_info("${table}")`).all() as { name: string; type: string; notnull: number; pk: number }[];
      return rows.map((row) => ({ name: row.name, type: row.type, notNull: row.notnull === 1 || row.pk === 1 }));
    },
    async indexes(table) {
      const list = sqlite.prepare(`PRAGMA index_list("${table}")`).all() as { name: string; unique: number }[];
      return list.map((index) => ({
        unique: index.unique === 1,
        columns: (sqlite.prepare(`PRAGMA index_info("${index.name}")`).all() as { name: string }[]).map((c) => c.name),
      }));
    },
    async appliedMigrations() {
      return sqlite.prepare(APPLIED_MIGRATIONS).all() as AppliedMigration[];
    },
    expectedType: (field) => (field.kind === "enum" ? "TEXT" : SQLITE_TYPES[field.type]!),
    async close() {
      sqlite.close();
    },
  };
}

async function postgresReader(databaseUrl: string): Promise<SchemaReader> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  return {
    async columns(table) {
      const rows = await client.query<{ column_name: string; data_type: string; udt_name: string; is_nullable: string }>(
        `SELECT column_name, data_type, udt_name, is_nullable FROM information_schema.columns
         WHERE table_schema = current_schema() AND table_name = $1 ORDER BY ordinal_position`,
        [table],
      );
      return rows.rows.map((row) => ({
        name: row.column_name,
        type: row.data_type === "USER-DEFINED" ? `enum ${row.udt_name}` : row.data_type,
        notNull: row.is_nullable === "NO",
      }));
    },
    async indexes(table) {
      // pg_indexes gives the definition; the column list is read from it, in index order.
      const rows = await client.query<{ indexdef: string }>(
        `SELECT indexdef FROM pg_indexes WHERE schemaname = current_schema() AND tablename = $1`,
        [table],
      );
      return rows.rows.map((row) => ({
        unique: /^CREATE UNIQUE INDEX/.test(row.indexdef),
        columns: row.indexdef
          .replace(/^.*\((.*)\)$/, "$1")
          .split(",")
          .map((column) => column.trim().replace(/^"(.*)"$/, "$1")),
      }));
    },
    async appliedMigrations() {
      return (await client.query<AppliedMigration>(APPLIED_MIGRATIONS)).rows;
    },
    expectedType: (field) => (field.kind === "enum" ? `enum ${field.type}` : POSTGRES_TYPES[field.type]!),
    async close() {
      await client.end();
    },
  };
}
