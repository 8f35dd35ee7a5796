import { defineConfig } from "vitest/config";

// TEST_DATABASE=postgresql runs the whole suite on PostgreSQL (TEST_POSTGRES_URL, a local server by
// default); without it, on SQLite. `npm test` runs both; see scripts/test.mjs.
export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    testTimeout: 20_000,
    hookTimeout: 20_000,
    pool: "forks",
    globalSetup: ["test/kit/global-setup.ts"],
  },
});
