import { defineConfig } from "prisma/config";

// Used only by `prisma generate`. Migrations are applied by the project's own runner (src/db/migrate.ts).
export default defineConfig({
  schema: "prisma/schema.prisma",
});
