import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import Database from "better-sqlite3";
import pg from "pg";
import type { Db } from "../../src/db/client.js";
import { engineOf } from "../../src/db/engine.js";
import { sqliteFilePath } from "../../src/db/sqlite-file.js";
import { PrismaClient } from "../../src/generated/prisma/client.js";
import { PrismaClient as PostgresPrismaClient } from "../../src/generated/prisma-postgresql/client.js";

/**
 * The query plans behind a job: a second Prisma client that logs every statement it sends (the same
 * SQL the jobs send through the ordinary client), then EXPLAIN QUERY PLAN (SQLite) or EXPLAIN
 * (PostgreSQL) of each distinct one that reads a big table, with the values it was sent with.
 */

export const BIG_TABLES = ["Registration", "EvaluationRequest", "Delivery"] as const;

export interface Statement {
  sql: string;
  params: unknown[];
}

export interface Plan {
  sql: string;
  lines: string[];
  /** Big tables read in full (SQLite "SCAN <table>" without an index, PostgreSQL "Seq Scan"). */
  fullScans: string[];
}

export interface LoggingDb {
  db: Db;
  /** Statements sent since the last call. */
  take(): Statement[];
  close(): Promise<void>;
}

export function openLoggingDb(url: string): LoggingDb {
  const log = [{ emit: "event" as const, level: "query" as const }];
  const client =
    engineOf(url) === "sqlite"
      ? new PrismaClient({ adapter: new PrismaBetterSqlite3({ url: sqliteFilePath(url), timeout: 10_000 }), log })
      : new PostgresPrismaClient({ adapter: new PrismaPg({ connectionString: url, max: 2 }), log });
  let statements: Statement[] = [];
  (client as unknown as { $on(event: "query", listener: (e: { query: string; params: string }) => void): void }).$on("query", (e) => {
    statements.push({ sql: e.query, params: JSON.parse(e.params) as unknown[] });
  });
  return {
    db: client as unknown as Db,
    take() {
      const taken = statements;
      statements = [];
      return taken;
    },
    close: () => client.$disconnect(),
  };
}

const readsBigTable = (sql: string) =>
  /^\s*(SELECT|UPDATE|DELETE)/i.test(sql) && BIG_TABLES.some((table) => new RegExp(`[\`"]${table}[\`"]`).test(sql));

/** Distinct statements (by SQL text, the first values kept) that read one of the big tables. */
export function scanStatements(statements: Statement[]): Statement[] {
  const seen = new Map<string, Statement>();
  for (const statement of statements) if (readsBigTable(statement.sql) && !seen.has(statement.sql)) seen.set(statement.sql, statement);
  return [...seen.values()];
}

export async function explain(url: string, statements: Statement[]): Promise<Plan[]> {
  return engineOf(url) === "sqlite" ? explainSqlite(url, statements) : explainPostgres(url, statements);
}

function explainSqlite(url: string, statements: Statement[]): Plan[] {
  const sqlite = new Database(sqliteFilePath(url), { readonly: true });
  try {
    return statements.map(({ sql, params }) => {
      const rows = sqlite.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...(params as unknown[]).map(sqliteValue)) as Array<{ detail: string }>;
      const lines = rows.map((row) => row.detail);
      // "SCAN t" reads the whole table, "SCAN t USING INDEX i" the whole index; "SEARCH" uses a bound.
      const fullScans = emptyIn(sql) ? [] : BIG_TABLES.filter((table) => lines.some((line) => new RegExp(`^SCAN (main\\.)?${table}\\b`).test(line)));
      return { sql, lines, fullScans };
    });
  } finally {
    sqlite.close();
  }
}

/** Prisma sends `WHERE 1=0` for an empty IN list: nothing is read, whatever the plan says. */
const emptyIn = (sql: string) => /WHERE 1=0/.test(sql);

/**
 * Big tables a PostgreSQL plan reads in full: a Seq Scan, or an index scan without an Index Cond
 * (walking the whole index, e.g. the primary key for an ORDER BY id, and filtering every row).
 */
function postgresFullScans(lines: string[]): string[] {
  const found = new Set<string>();
  lines.forEach((line, index) => {
    for (const table of BIG_TABLES) {
      if (new RegExp(`Seq Scan on "?${table}"?\\b`).test(line)) found.add(table);
      if (!new RegExp(`(Index|Index Only) Scan( Backward)? using \\S+ on "?${table}"?\\b`).test(line)) continue;
      const depth = line.search(/\S/);
      let bounded = false;
      for (const detail of lines.slice(index + 1)) {
        if (detail.search(/\S/) <= depth || detail.trimStart().startsWith("->")) break;
        if (/Index Cond:/.test(detail)) bounded = true;
      }
      if (!bounded) found.add(table);
    }
  });
  return [...found];
}

function sqliteValue(value: unknown): unknown {
  if (typeof value === "boolean") return value ? 1 : 0;
  if (value !== null && typeof value === "object") return JSON.stringify(value);
  return value;
}

async function explainPostgres(url: string, statements: Statement[]): Promise<Plan[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const plans: Plan[] = [];
    for (const { sql, params } of statements) {
      const result = await client.query<{ "QUERY PLAN": string }>(`EXPLAIN ${sql}`, params);
      const lines = result.rows.map((row) => row["QUERY PLAN"]);
      plans.push({ sql, lines, fullScans: emptyIn(sql) ? [] : postgresFullScans(lines) });
    }
    return plans;
  } finally {
    await client.end();
  }
}
