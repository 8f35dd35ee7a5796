import Database from "better-sqlite3";

/**
 * Bulk rows for the reports benchmark, written straight to the SQLite file in one transaction with
 * prepared statements: hundreds of thousands of rows in seconds, where the ORM's createMany takes
 * minutes. Values are stored exactly as the Prisma adapter stores them (dates as ISO 8601 text with
 * "+00:00", booleans as 0/1, enums as their names), so the services read them back as their own.
 * Ids are given explicitly (after the highest present), so rows can point at each other without
 * reading anything back.
 */

export type SqlValue = string | number | boolean | Date | null;
export type Row = Record<string, SqlValue>;

/** How the Prisma better-sqlite3 adapter writes a DateTime. */
export const sqlDate = (date: Date): string => date.toISOString().replace("Z", "+00:00");

function toSql(value: SqlValue): string | number | null {
  if (value instanceof Date) return sqlDate(value);
  if (typeof value === "boolean") return value ? 1 : 0;
  return value;
}

export class RowWriter {
  readonly counts: Record<string, number> = {};
  private readonly statements = new Map<string, Database.Statement>();
  private readonly nextIds: Record<string, number> = {};

  constructor(private readonly sqlite: Database.Database) {}

  /** The next free id of a table, after any rows it had when the writer started. */
  nextId(table: string): number {
    const id = this.nextIds[table] ?? this.maxId(table) + 1;
    this.nextIds[table] = id + 1;
    return id;
  }

  private maxId(table: string): number {
    const row = this.sqlite.prepare(`SELECT max("id") AS id FROM "${table}"`).get() as { id: number | null };
    return row.id ?? 0;
  }

  /** Inserts a row with the next id of its table; returns that id. */
  insert(table: string, row: Row): number {
    const id = this.nextId(table);
    this.write(table, { id, ...row });
    return id;
  }

  /** Inserts a row as given (its id included, or a table without an autoincrement id). */
  write(table: string, row: Row): void {
    const columns = Object.keys(row);
    const key = `${table}(${columns.join(",")})`;
    let statement = this.statements.get(key);
    if (!statement) {
      const names = columns.map((column) => `"${column}"`).join(", ");
      statement = this.sqlite.prepare(`INSERT INTO "${table}" (${names}) VALUES (${columns.map(() => "?").join(", ")})`);
      this.statements.set(key, statement);
    }
    statement.run(...columns.map((column) => toSql(row[column]!)));
    this.counts[table] = (this.counts[table] ?? 0) + 1;
  }
}

/** Opens the database file, runs `fill` in one transaction and closes it again. */
export function withRawDatabase<T>(path: string, fill: (writer: RowWriter) => T): { result: T; counts: Record<string, number> } {
  const sqlite = new Database(path, { timeout: 10_000 });
  try {
    sqlite.pragma("foreign_keys = ON");
    const writer = new RowWriter(sqlite);
    const result = sqlite.transaction(() => fill(writer))();
    // Into the main file, so the readers that follow do not start with a large write-ahead log.
    sqlite.pragma("wal_checkpoint(TRUNCATE)");
    return { result, counts: writer.counts };
  } finally {
    sqlite.close();
  }
}
