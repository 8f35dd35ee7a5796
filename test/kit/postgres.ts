import pg from "pg";

/**
 * PostgreSQL for the test suite: each run makes one migrated template database, and every test
 * database is a copy of it (CREATE DATABASE … TEMPLATE takes a few tens of milliseconds), dropped
 * again when the test is done. All of a run's databases share a prefix, so the run cleans up after
 * itself even when a worker dies.
 */
export const ADMIN_URL = process.env.TEST_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";

export function databaseUrl(name: string): string {
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  return url.toString();
}

export async function withAdmin<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: ADMIN_URL });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Database names are made by us from a prefix and counters, but quote them anyway. */
const quoted = (name: string) => `"${name.replaceAll('"', '""')}"`;

export function createDatabase(name: string, template?: string): Promise<void> {
  return withAdmin(async (admin) => {
    await admin.query(`CREATE DATABASE ${quoted(name)}${template ? ` TEMPLATE ${quoted(template)}` : " TEMPLATE template0"}`);
  });
}

export function dropDatabase(name: string): Promise<void> {
  return withAdmin(async (admin) => {
    await admin.query(`DROP DATABASE IF EXISTS ${quoted(name)} WITH (FORCE)`);
  });
}

export function dropDatabasesStartingWith(prefix: string): Promise<number> {
  return withAdmin(async (admin) => {
    const rows = await admin.query<{ datname: string }>("SELECT datname FROM pg_database WHERE starts_with(datname, $1)", [prefix]);
    for (const row of rows.rows) await admin.query(`DROP DATABASE IF EXISTS ${quoted(row.datname)} WITH (FORCE)`);
    return rows.rows.length;
  });
}

/**
 * Empties every table but the migrations' own and restarts the ids, so the database is as new.
 * Objects a test added (see fail-inserts.ts) go too.
 */
export async function emptyDatabase(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const tables = await client.query<{ tablename: string }>(
      `SELECT tablename FROM pg_tables WHERE schemaname = current_schema() AND tablename <> '_prisma_migrations'`,
    );
    await client.query(`DROP FUNCTION IF EXISTS fail_insert() CASCADE`);
    await client.query(`TRUNCATE ${tables.rows.map((row) => quoted(row.tablename)).join(", ")} RESTART IDENTITY CASCADE`);
  } finally {
    await client.end();
  }
}
