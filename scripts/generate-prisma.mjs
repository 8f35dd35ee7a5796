// Runs `prisma generate` without network access.
// The Prisma CLI wants a schema-engine binary even though generate never runs it; pointing
// PRISMA_SCHEMA_ENGINE_BINARY at any existing file keeps it from trying to download one.
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const env = { ...process.env };
env.PRISMA_SCHEMA_ENGINE_BINARY ??= fileURLToPath(import.meta.url);
env.PRISMA_HIDE_UPDATE_MESSAGE = "1";
env.CHECKPOINT_DISABLE = "1";

const result = spawnSync("npx", ["--no-install", "prisma", "generate"], { stdio: "inherit", env });
process.exit(result.status ?? 1);
