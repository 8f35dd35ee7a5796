import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../generated/prisma/client.js";
import { PrismaClient as PostgresPrismaClient } from "../generated/prisma-postgresql/client.js";
import { applyConnectionSettings } from "./dialect.js";
import { engineOf } from "./engine.js";
import { sqliteFilePath } from "./sqlite-file.js";

/**
 * The Prisma client. Both engines' clients are generated from the same schema, so their model API is
 * the same; the SQLite client's type stands for both.
 */
export type Db = PrismaClient;

/** Creates the Prisma client for DATABASE_URL. Call `connectDb` before use to apply connection settings. */
export function createDb(databaseUrl: string, options: { poolSize?: number } = {}): Db {
  const engine = engineOf(databaseUrl);
  const db =
    engine === "sqlite"
      ? new PrismaClient({ adapter: new PrismaBetterSqlite3({ url: sqliteFilePath(databaseUrl), timeout: 10_000 }) })
      : (new PostgresPrismaClient({
          adapter: new PrismaPg({ connectionString: databaseUrl, max: options.poolSize ?? 10 }),
        }) as unknown as Db);
  return db;
}

export async function connectDb(db: Db): Promise<void> {
  await db.$connect();
  await applyConnectionSettings(db);
}
