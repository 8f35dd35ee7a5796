import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "../generated/prisma/client.js";
import { sqliteFilePath } from "./sqlite-file.js";

export type Db = PrismaClient;

/** Creates the Prisma client for DATABASE_URL. Call `connectDb` before use to apply connection settings. */
export function createDb(databaseUrl: string): Db {
  const adapter = new PrismaBetterSqlite3({ url: sqliteFilePath(databaseUrl), timeout: 10_000 });
  return new PrismaClient({ adapter });
}

export async function connectDb(db: Db): Promise<void> {
  await db.$connect();
  // WAL lets the bot read while the CLI or scheduler writes; foreign keys are off by default in SQLite.
  await db.$queryRawUnsafe("PRAGMA journal_mode = WAL");
  await db.$executeRawUnsafe("PRAGMA foreign_keys = ON");
}
