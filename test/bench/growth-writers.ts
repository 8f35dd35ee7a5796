import Database from "better-sqlite3";
import pg from "pg";
import { engineOf } from "../../src/db/engine.js";
import { sqliteFilePath } from "../../src/db/sqlite-file.js";
import { sqlDate, type Row, type SqlValue } from "./reports-sql.js";

/**
 * Bulk writers for the growth benchmark: rows come in chunks of a few thousand (each row with its
 * id), tables in the order they must be written so foreign keys hold within a chunk. SQLite gets
 * prepared statements inside one transaction (as reports-sql.ts); PostgreSQL one multi-row INSERT
 * per table and chunk, the columns sent as arrays and spread with unnest, also in one transaction.
 * Values are stored as the Prisma adapters store them, so the services read them back as their own.
 */

export type Chunk = Array<{ table: string; row: Row }>;

export interface BulkWriter {
  write(chunk: Chunk): Promise<void>;
  /** Commits, moves the id sequences past the written ids and refreshes the planner statistics. */
  finish(): Promise<void>;
  /** Rolls back when something went wrong; safe after finish. */
  abort(): Promise<void>;
}

export async function openBulkWriter(url: string): Promise<BulkWriter> {
  return engineOf(url) === "sqlite" ? openSqliteWriter(url) : openPostgresWriter(url);
}

/** Tables in the order of their first row in the chunk: parents are emitted before children. */
function byTable(chunk: Chunk): Map<string, Row[]> {
  const tables = new Map<string, Row[]>();
  for (const { table, row } of chunk) {
    const rows = tables.get(table);
    if (rows) rows.push(row);
    else tables.set(table, [row]);
  }
  return tables;
}

function openSqliteWriter(url: string): BulkWriter {
  const sqlite = new Database(sqliteFilePath(url), { timeout: 10_000 });
  sqlite.pragma("foreign_keys = ON");
  const statements = new Map<string, Database.Statement>();
  const toSql = (value: SqlValue): string | number | null =>
    value instanceof Date ? sqlDate(value) : typeof value === "boolean" ? (value ? 1 : 0) : value;
  sqlite.exec("BEGIN");
  let open = true;
  return {
    async write(chunk) {
      for (const { table, row } of chunk) {
        const columns = Object.keys(row);
        const key = `${table}(${columns.join(",")})`;
        let statement = statements.get(key);
        if (!statement) {
          const names = columns.map((column) => `"${column}"`).join(", ");
          statement = sqlite.prepare(`INSERT INTO "${table}" (${names}) VALUES (${columns.map(() => "?").join(", ")})`);
          statements.set(key, statement);
        }
        statement.run(...columns.map((column) => toSql(row[column]!)));
      }
    },
    async finish() {
      sqlite.exec("COMMIT");
      open = false;
      // As the housekeeping job does (refreshPlannerStatistics); ANALYZE so that it surely has numbers.
      sqlite.exec("ANALYZE");
      sqlite.pragma("wal_checkpoint(TRUNCATE)");
      sqlite.close();
    },
    async abort() {
      if (!sqlite.open) return;
      if (open) sqlite.exec("ROLLBACK");
      sqlite.close();
    },
  };
}

async function openPostgresWriter(url: string): Promise<BulkWriter> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const columnTypes = await loadColumnTypes(client);
  const touched = new Set<string>();
  await client.query("BEGIN");
  let open = true;

  const typeOf = (table: string, column: string): string => {
    const type = columnTypes.get(`${table}.${column}`);
    if (!type) throw new Error(`unknown column "${table}"."${column}"`);
    return type;
  };
  const toPg = (value: SqlValue): string | number | boolean | null =>
    // timestamp(3) without time zone holds UTC, as Prisma writes it: the offset is dropped on the cast.
    value instanceof Date ? value.toISOString().replace("Z", "") : value;

  return {
    async write(chunk) {
      for (const [table, rows] of byTable(chunk)) {
        touched.add(table);
        const columns = Object.keys(rows[0]!);
        const arrays = columns.map((column) => rows.map((row) => toPg(row[column] ?? null)));
        const names = columns.map((column) => `"${column}"`).join(", ");
        const spread = columns.map((column, i) => `$${i + 1}::${typeOf(table, column)}[]`).join(", ");
        await client.query(`INSERT INTO "${table}" (${names}) SELECT * FROM unnest(${spread})`, arrays);
      }
    },
    async finish() {
      await client.query("COMMIT");
      open = false;
      for (const table of touched) {
        await client.query(`SELECT setval(pg_get_serial_sequence('"${table}"', 'id'), (SELECT max("id") FROM "${table}"))`);
        // Autovacuum would analyse these after such a load too; done here so every size is planned with statistics.
        await client.query(`ANALYZE "${table}"`);
      }
      await client.end();
    },
    async abort() {
      try {
        if (open) await client.query("ROLLBACK");
      } finally {
        await client.end().catch(() => undefined);
      }
    },
  };
}

/** `Table.column` → the array element type to cast to: int4, text, timestamp(3), "EnumName", ... */
async function loadColumnTypes(client: pg.Client): Promise<Map<string, string>> {
  const result = await client.query<{ table_name: string; column_name: string; data_type: string; udt_name: string }>(
    `SELECT table_name, column_name, data_type, udt_name FROM information_schema.columns WHERE table_schema = current_schema()`,
  );
  const types = new Map<string, string>();
  for (const column of result.rows) {
    const type =
      column.data_type === "USER-DEFINED"
        ? `"${column.udt_name}"`
        : column.udt_name.startsWith("timestamp")
          ? "timestamp(3)"
          : column.udt_name;
    types.set(`${column.table_name}.${column.column_name}`, type);
  }
  return types;
}
