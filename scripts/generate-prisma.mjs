// Runs `prisma generate` without network access, for SQLite and for PostgreSQL.
// prisma/schema.prisma is the one source of truth for the models. The PostgreSQL schema is derived
// from it by swapping the provider and the output folder, so both clients have the same models.
// The Prisma CLI wants a schema-engine binary even though generate never runs it; pointing
// PRISMA_SCHEMA_ENGINE_BINARY at any existing file keeps it from trying to download one.
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const source = `${root}prisma/schema.prisma`;
const derived = `${root}src/generated/postgresql.prisma`;

const schema = readFileSync(source, "utf8");
const postgres = schema
  .replace(/provider\s*=\s*"sqlite"/, 'provider = "postgresql"')
  .replace(/output\s*=\s*"\.\.\/src\/generated\/prisma"/, 'output = "prisma-postgresql"');
if (postgres === schema || !postgres.includes('"postgresql"') || !postgres.includes('"prisma-postgresql"')) {
  console.error("generate-prisma: could not derive the PostgreSQL schema (provider or output line changed?)");
  process.exit(1);
}
mkdirSync(`${root}src/generated`, { recursive: true });
writeFileSync(derived, `// Derived from prisma/schema.prisma by scripts/generate-prisma.mjs. Do not edit.\n${postgres}`);

const env = { ...process.env };
env.PRISMA_SCHEMA_ENGINE_BINARY ??= fileURLToPath(import.meta.url);
env.PRISMA_HIDE_UPDATE_MESSAGE = "1";
env.CHECKPOINT_DISABLE = "1";

for (const file of [source, derived]) {
  const result = spawnSync("npx", ["--no-install", "prisma", "generate", "--schema", file], { stdio: "inherit", env, cwd: root });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
