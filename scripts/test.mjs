// The test suite on both engines: SQLite, then PostgreSQL (TEST_POSTGRES_URL, a local server by
// default). Arguments are passed to vitest, e.g. `npm test -- test/db`.
// Without a reachable PostgreSQL server the PostgreSQL run is skipped with a notice, unless CI or
// TEST_REQUIRE_POSTGRES is set: then it is a failure.
import { spawnSync } from "node:child_process";
import pg from "pg";

const adminUrl = process.env.TEST_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
const required = Boolean(process.env.CI || process.env.TEST_REQUIRE_POSTGRES);
const args = process.argv.slice(2);
const engines = (process.env.TEST_ENGINES ?? "sqlite,postgresql").split(",");

function vitest(engine) {
  console.log(`\n=== Test suite on ${engine} ===\n`);
  const env = { ...process.env, TEST_DATABASE: engine };
  const result = spawnSync("npx", ["--no-install", "vitest", "run", ...args], { stdio: "inherit", env });
  return result.status ?? 1;
}

async function postgresReachable() {
  const client = new pg.Client({ connectionString: adminUrl, connectionTimeoutMillis: 3_000 });
  try {
    await client.connect();
    await client.query("SELECT 1");
    return true;
  } catch (error) {
    console.warn(`PostgreSQL is not reachable at ${adminUrl}: ${error.message}`);
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

let failed = false;
if (engines.includes("sqlite")) failed = vitest("sqlite") !== 0 || failed;
if (engines.includes("postgresql")) {
  if (await postgresReachable()) {
    failed = vitest("postgresql") !== 0 || failed;
  } else if (required) {
    console.error("The PostgreSQL run is required here (CI or TEST_REQUIRE_POSTGRES is set).");
    failed = true;
  } else {
    console.warn("\n*** Skipped the PostgreSQL run. Start PostgreSQL or set TEST_POSTGRES_URL to run it; see README, Tests. ***\n");
  }
}
process.exit(failed ? 1 : 0);
