import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { getDMMF } from "@prisma/get-dmmf";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { migrate, pendingMigrations, readMigrations } from "../../src/db/migrate.js";

const dir = mkdtempSync(join(tmpdir(), "pembinaan-migrate-"));
const url = `file:${join(dir, "drift.db")}`;
let sqlite: Database.Database;

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

const SQLITE_TYPES: Record<string, string> = {
  String: "TEXT",
  Int: "INTEGER",
  Boolean: "BOOLEAN",
  DateTime: "DATETIME",
  Float: "REAL",
  BigInt: "BIGINT",
  Decimal: "DECIMAL",
  Json: "JSONB",
  Bytes: "BLOB",
};

beforeAll(() => {
  migrate(url);
  sqlite = new Database(url.replace("file:", ""), { readonly: true });
});
afterAll(() => {
  sqlite.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("offline migration runner", () => {
  it("records every migration in a _prisma_migrations-compatible table", () => {
    const rows = sqlite
      .prepare(`SELECT migration_name, checksum, finished_at, applied_steps_count FROM "_prisma_migrations"`)
      .all() as { migration_name: string; checksum: string; finished_at: string; applied_steps_count: number }[];
    const files = readMigrations();
    expect(rows.map((row) => row.migration_name)).toEqual(files.map((file) => file.name));
    expect(rows.map((row) => row.checksum)).toEqual(files.map((file) => file.checksum));
    expect(rows.every((row) => row.finished_at && row.applied_steps_count === 1)).toBe(true);
    expect(pendingMigrations(url)).toEqual([]);
  });

  it("is idempotent: a second run applies nothing", () => {
    const second = migrate(url);
    expect(second.applied).toEqual([]);
    expect(second.alreadyApplied.length).toBe(readMigrations().length);
  });

  it("refuses a migration edited after it was applied", () => {
    const edited = readMigrations().map((file, i) => (i === 0 ? { ...file, checksum: "changed" } : file));
    expect(() => migrate(url, edited)).toThrow(/was changed after it was applied/);
  });
});

describe("schema drift: every model in the Prisma schema matches the migrated database", () => {
  for (const model of models) {
    const table = model.dbName ?? model.name;
    it(`${model.name}: table, columns, types and nullability`, () => {
      const columns = sqlite.prepare(`PRAGMA table_info("${table}")`).all() as {
        name: string;
        type: string;
        notnull: number;
        pk: number;
      }[];
      expect(columns.length, `table ${table} is missing`).toBeGreaterThan(0);
      const byName = new Map(columns.map((column) => [column.name, column]));
      const scalarFields = model.fields.filter((field) => field.kind === "scalar" || field.kind === "enum");
      for (const field of scalarFields) {
        const column = byName.get(field.dbName ?? field.name);
        expect(column, `${table}.${field.name} is missing`).toBeDefined();
        const expectedType = field.kind === "enum" ? "TEXT" : SQLITE_TYPES[field.type];
        expect(column!.type, `${table}.${field.name} type`).toBe(expectedType);
        const notNull = column!.notnull === 1 || column!.pk === 1;
        expect(notNull, `${table}.${field.name} nullability`).toBe(field.isRequired);
      }
      expect(columns.length, `${table} has columns the schema does not know`).toBe(scalarFields.length);
    });

    it(`${model.name}: unique constraints and indexes`, () => {
      const indexList = sqlite.prepare(`PRAGMA index_list("${table}")`).all() as { name: string; unique: number }[];
      const actual = indexList.map((index) => {
        const cols = (sqlite.prepare(`PRAGMA index_info("${index.name}")`).all() as { name: string }[]).map(
          (c) => c.name,
        );
        return `${index.unique ? "unique" : "index"}(${cols.join(",")})`;
      });
      const expected = indexes
        .filter((index) => index.model === model.name && index.type !== "id")
        .map((index) => `${index.type === "unique" ? "unique" : "index"}(${index.fields.map((f) => f.name).join(",")})`);
      // SQLite lists an automatic index for a TEXT primary key; Prisma does not list it as an index.
      const withoutPk = actual.filter((entry) => !entry.startsWith("unique(") || !isPrimaryKey(model, entry));
      expect(withoutPk.sort()).toEqual(expected.sort());
    });
  }
});

function isPrimaryKey(model: DmmfModel, entry: string): boolean {
  const idFields = model.fields.filter((field) => field.isId).map((field) => field.name);
  return entry === `unique(${idFields.join(",")})`;
}
