import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Engine } from "../../src/db/engine.js";
import { migrate } from "../../src/db/migrate.js";
import { createDatabase, databaseUrl, dropDatabase } from "../kit/postgres.js";

/**
 * A migrated database of the engine for one benchmark run: a temporary SQLite file, or a PostgreSQL
 * database on TEST_POSTGRES_URL's server named after the benchmark and the process. `drop` removes it.
 */
export async function throwawayDatabase(engine: Engine, label: string): Promise<{ url: string; drop(): Promise<void> }> {
  if (engine === "sqlite") {
    const dir = mkdtempSync(join(tmpdir(), `pembinaan-${label}-`));
    const url = `file:${join(dir, `${label}.db`)}`;
    await migrate(url);
    return { url, drop: async () => rmSync(dir, { recursive: true, force: true }) };
  }
  const name = `bench_${label}_${process.pid}`;
  await dropDatabase(name);
  await createDatabase(name);
  const url = databaseUrl(name);
  try {
    await migrate(url);
  } catch (error) {
    await dropDatabase(name);
    throw error;
  }
  return { url, drop: () => dropDatabase(name) };
}
