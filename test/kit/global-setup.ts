import { randomBytes } from "node:crypto";
import type { TestProject } from "vitest/node";
import { migrate } from "../../src/db/migrate.js";
import { ADMIN_URL, createDatabase, databaseUrl, dropDatabasesStartingWith, withAdmin } from "./postgres.js";

/**
 * Runs once per test run. On SQLite there is nothing to prepare. On PostgreSQL it checks the server
 * is there, and makes this run's migrated template database that every test database copies.
 */
export default async function setup(project: TestProject): Promise<(() => Promise<void>) | void> {
  if (process.env.TEST_DATABASE !== "postgresql") return;
  try {
    await withAdmin((admin) => admin.query("SELECT 1"));
  } catch (error) {
    throw new Error(
      `The PostgreSQL test run needs a server at ${ADMIN_URL} (set TEST_POSTGRES_URL to use another): ${(error as Error).message}`,
    );
  }
  const prefix = `pembinaan_test_${randomBytes(4).toString("hex")}_`;
  const template = `${prefix}template`;
  await createDatabase(template);
  await migrate(databaseUrl(template));
  project.provide("postgres", { prefix, template });
  return async () => {
    await dropDatabasesStartingWith(prefix);
  };
}

declare module "vitest" {
  export interface ProvidedContext {
    postgres: { prefix: string; template: string } | undefined;
  }
}
