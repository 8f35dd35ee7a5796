import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { getDMMF } from "@prisma/get-dmmf";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { migrate, migrationsFor, pendingMigrations } from "../../src/db/migrate.js";
import { createEmptyDatabase, testEngine, type EmptyDatabase } from "../kit/db.js";
import { openSchemaReader, type SchemaReader } from "./schema-reader.js";

interface DmmfField {
  name: string;
  kind: string;
  type: string;
  isRequired: boolean;
  isList: boolean;
  isId: boolean;
  isUnique: boolean;
  dbName?: string | null;
  relationFromFields?: readonly string[];
}
interface DmmfModel {
  name: string;
  dbName: string | null;
  fields: DmmfField[];
  uniqueFields: string[][];
  primaryKey: { fields: string[] } | null;
}
interface DmmfIndex {
  model: string;
  type: "id" | "normal" | "unique" | "fulltext";
  fields: { name: string }[];
}

const dmmf = getDMMF({ datamodel: readFileSync(resolve("prisma/schema.prisma"), "utf8") });
if ("reason" in dmmf) throw dmmf.error;
const models = dmmf.datamodel.models as unknown as DmmfModel[];
const indexes = (dmmf.datamodel as unknown as { indexes: DmmfIndex[] }).indexes;

let database: EmptyDatabase;
let schema: SchemaReader;
let url: string;

beforeAll(async () => {
  database = await createEmptyDatabase();
  url = database.url;
  await migrate(url);
  schema = await openSchemaReader(url);
});
afterAll(async () => {
  await schema.close();
  await database.drop();
});

describe("offline migration runner", () => {
  it(`records every ${testEngine} migration in a _prisma_migrations-compatible table`, async () => {
    const rows = await schema.appliedMigrations();
    const files = migrationsFor(url);
    expect(rows.map((row) => row.migration_name)).toEqual(files.map((file) => file.name));
    expect(rows.map((row) => row.checksum)).toEqual(files.map((file) => file.checksum));
    expect(rows.every((row) => row.finished_at && row.applied_steps_count === 1)).toBe(true);
    expect(await pendingMigrations(url)).toEqual([]);
  });

  it("is idempotent: a second run applies nothing", async () => {
    const second = await migrate(url);
    expect(second.applied).toEqual([]);
    expect(second.alreadyApplied.length).toBe(migrationsFor(url).length);
  });

  it("refuses a migration edited after it was applied", async () => {
    const edited = migrationsFor(url).map((file, i) => (i === 0 ? { ...file, checksum: "changed" } : file));
    await expect(migrate(url, edited)).rejects.toThrow(/was changed after it was applied/);
  });
});

describe("schema drift: every model in the Prisma schema matches the migrated database", () => {
  for (const model of models) {
    const table = model.dbName ?? model.name;
    it(`${model.name}: table, columns, types and nullability`, async () => {
      const columns = await schema.columns(table);
      expect(columns.length, `table ${table} is missing`).toBeGreaterThan(0);
      const byName = new Map(columns.map((column) => [column.name, column]));
      const scalarFields = model.fields.filter((field) => field.kind === "scalar" || field.kind === "enum");
      for (const field of scalarFields) {
        const column = byName.get(field.dbName ?? field.name);
        expect(column, `${table}.${field.name} is missing`).toBeDefined();
        expect(column!.type, `${table}.${field.name} type`).toBe(schema.expectedType(field));
        expect(column!.notNull, `${table}.${field.name} nullability`).toBe(field.isRequired);
      }
      expect(columns.length, `${table} has columns the schema does not know`).toBe(scalarFields.length);
    });

    it(`${model.name}: unique constraints and indexes`, async () => {
      const actual = (await schema.indexes(table)).map((index) => `${index.unique ? "unique" : "index"}(${index.columns.join(",")})`);
      const expected = indexes
        .filter((index) => index.model === model.name && index.type !== "id")
        .map((index) => `${index.type === "unique" ? "unique" : "index"}(${index.fields.map((f) => f.name).join(",")})`);
      // The primary key's own index is not an index in Prisma's sense.
      const withoutPk = actual.filter((entry) => !entry.startsWith("unique(") || !isPrimaryKey(model, entry));
      expect(withoutPk.sort()).toEqual(expected.sort());
    });
  }
});

function isPrimaryKey(model: DmmfModel, entry: string): boolean {
  const idFields = model.fields.filter((field) => field.isId).map((field) => field.name);
  return entry === `unique(${idFields.join(",")})`;
}
