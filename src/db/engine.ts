import type { Db } from "./client.js";

/** The two database engines the bot runs on, told apart by DATABASE_URL alone. */
export type Engine = "sqlite" | "postgresql";

export function engineOf(databaseUrl: string): Engine {
  if (databaseUrl.startsWith("file:")) return "sqlite";
  if (/^postgres(ql)?:\/\//.test(databaseUrl)) return "postgresql";
  throw new Error(`Unsupported DATABASE_URL: expected file:… (SQLite) or postgresql://… (PostgreSQL)`);
}

/**
 * The engine behind a client (or a transaction client) made by `createDb`; the few queries that
 * differ between engines ask this. Prisma keeps the generated provider on every client.
 */
export function engineOfDb(db: Pick<Db, "$queryRaw">): Engine {
  return (db as unknown as { _activeProvider?: string })._activeProvider === "postgresql" ? "postgresql" : "sqlite";
}
