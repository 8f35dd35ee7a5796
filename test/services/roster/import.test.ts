import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ManualClock } from "../../../src/clock.js";
import type { ServiceDeps } from "../../../src/services/deps.js";
import { ROSTER_COLUMNS, type RosterColumn } from "../../../src/services/roster/csv-file.js";
import { importRoster, type ImportResult } from "../../../src/services/roster/import.js";
import { failInsertsInto } from "../../kit/fail-inserts.js";
import { createTestDb, type TestDb } from "../../kit/db.js";

const EXAMPLE = readFileSync(resolve(import.meta.dirname, "../../../docs/examples/roster.csv"), "utf8");

// Fictional people used across the tests.
const HEAD = "197203151998031004";
const SECRETARY = "197908222005012011";
const CLERK = "199005052014042003";

type Row = Partial<Record<RosterColumn, string>>;

function row(nip: string, overrides: Row = {}): Row {
  return {
    nip,
    name: `Pegawai ${nip.slice(-4)}`,
    unit_code: "DINKES",
    unit_name: "Dinas Kesehatan",
    parent_unit_code: "",
    position: "Pengadministrasi Perkantoran",
    position_type: "pelaksana",
    grade: "II/c",
    employment_type: "PNS",
    supervisor_nip: "",
    phone: "",
    email: "",
    ...overrides,
  };
}

function csv(rows: Row[], delimiter = ","): string {
  const lines = [ROSTER_COLUMNS.join(delimiter)];
  for (const r of rows) {
    lines.push(
      ROSTER_COLUMNS.map((column) => {
        const value = r[column] ?? "";
        return /[",;\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
      }).join(delimiter),
    );
  }
  return `${lines.join("\n")}\n`;
}

/** [line, code] pairs, the part of an issue a user sees first. */
const codes = (result: ImportResult) => result.errors.map((issue) => [issue.line, issue.code]);

let testDb: TestDb;
let clock: ManualClock;
let deps: ServiceDeps;

beforeEach(async () => {
  testDb = await createTestDb();
  clock = new ManualClock("2026-01-10T03:00:00Z");
  deps = { db: testDb.db, clock };
});

afterEach(async () => {
  await testDb.dispose();
});

describe("importRoster: valid files", () => {
  it("imports the example file with units, supervisors and canonical phones", async () => {
    const result = await importRoster(deps, EXAMPLE, { actorLabel: "test" });

    expect(result.errors).toEqual([]);
    expect(result.ok).toBe(true);
    expect(result.rows).toBe(8);
    expect(result.summary).toEqual({
      units: { created: 3, updated: 0, unchanged: 0 },
      employees: { created: 8, updated: 0, unchanged: 0, deactivated: 0 },
    });

    const units = await testDb.db.unit.findMany({ include: { parent: true }, orderBy: { code: "asc" } });
    expect(units.map((u) => [u.code, u.parent?.code ?? null])).toEqual([
      ["DINKES", null],
      ["DINKES-P2P", "DINKES"],
      ["DINKES-SEK", "DINKES"],
    ]);

    const clerk = await testDb.db.employee.findUniqueOrThrow({
      where: { nip: CLERK },
      include: { supervisor: true, unit: true },
    });
    expect(clerk).toMatchObject({
      name: "Dewi Lestari",
      positionType: "PELAKSANA",
      grade: "II/c",
      employmentType: "PNS",
      phone: "6281200000104",
      email: "dewi.lestari@contoh.tebokab.go.id",
      active: true,
    });
    expect(clerk.unit.code).toBe("DINKES-SEK");
    expect(clerk.supervisor?.nip).toBe("198401102009031002");
    expect(clerk.createdAt.toISOString()).toBe("2026-01-10T03:00:00.000Z");

    const audits = await testDb.db.auditLog.findMany();
    expect(audits).toHaveLength(1);
    expect(audits[0]).toMatchObject({ action: "roster.import", actorLabel: "test" });
    expect(JSON.parse(audits[0]!.details!).summary).toEqual(result.summary);
  });

  it("changes nothing when the same file is imported again", async () => {
    await importRoster(deps, EXAMPLE, { actorLabel: "test" });
    const before = await testDb.db.employee.findMany({ orderBy: { id: "asc" } });
    const unitsBefore = await testDb.db.unit.findMany({ orderBy: { id: "asc" } });

    clock.advance(86_400_000);
    const again = await importRoster(deps, EXAMPLE, { actorLabel: "test" });

    expect(again.summary).toEqual({
      units: { created: 0, updated: 0, unchanged: 3 },
      employees: { created: 0, updated: 0, unchanged: 8, deactivated: 0 },
    });
    expect(await testDb.db.employee.findMany({ orderBy: { id: "asc" } })).toEqual(before);
    expect(await testDb.db.unit.findMany({ orderBy: { id: "asc" } })).toEqual(unitsBefore);
    expect(await testDb.db.auditLog.count()).toBe(2);
  });

  it("updates only the rows that changed and stamps them with the clock", async () => {
    await importRoster(deps, EXAMPLE, { actorLabel: "test" });
    clock.set("2026-02-01T01:00:00Z");
    const edited = EXAMPLE.replace("Pengadministrasi Perkantoran,pelaksana,II/c", "Penata Layanan Operasional,pelaksana,II/d");

    const result = await importRoster(deps, edited, { actorLabel: "test" });

    expect(result.summary.employees).toEqual({ created: 0, updated: 1, unchanged: 7, deactivated: 0 });
    const clerk = await testDb.db.employee.findUniqueOrThrow({ where: { nip: CLERK } });
    expect(clerk).toMatchObject({ position: "Penata Layanan Operasional", grade: "II/d" });
    expect(clerk.updatedAt.toISOString()).toBe("2026-02-01T01:00:00.000Z");
    const head = await testDb.db.employee.findUniqueOrThrow({ where: { nip: HEAD } });
    expect(head.updatedAt.toISOString()).toBe("2026-01-10T03:00:00.000Z");
  });

  it("deactivates employees missing from the file and reactivates them when they return", async () => {
    await importRoster(deps, EXAMPLE, { actorLabel: "test" });
    const withoutClerk = EXAMPLE.split("\n")
      .filter((line) => !line.startsWith(CLERK))
      .join("\n");

    const dropped = await importRoster(deps, withoutClerk, { actorLabel: "test" });
    expect(dropped.summary.employees).toEqual({ created: 0, updated: 0, unchanged: 7, deactivated: 1 });
    const gone = await testDb.db.employee.findUniqueOrThrow({ where: { nip: CLERK } });
    expect(gone.active).toBe(false);
    expect(await testDb.db.employee.count()).toBe(8);

    const again = await importRoster(deps, withoutClerk, { actorLabel: "test" });
    expect(again.summary.employees).toEqual({ created: 0, updated: 0, unchanged: 7, deactivated: 0 });

    const back = await importRoster(deps, EXAMPLE, { actorLabel: "test" });
    expect(back.summary.employees).toEqual({ created: 0, updated: 1, unchanged: 7, deactivated: 0 });
    expect((await testDb.db.employee.findUniqueOrThrow({ where: { nip: CLERK } })).active).toBe(true);
  });

  it("reads semicolons, a BOM, CRLF, blank lines and normalises case and spacing", async () => {
    const text =
      "\uFEFF" +
      csv(
        [
          row(HEAD, {
            name: "  Hendra   Saputra ",
            position_type: "STRUKTURAL",
            grade: "iv/C",
            employment_type: "pns",
            phone: "+62 812-0000-0101",
            email: "Hendra@Contoh.Tebokab.go.id",
          }),
          row("199506122023212001", { employment_type: "PPPK", grade: "9", supervisor_nip: "19720315 199803 1 004" }),
        ],
        ";",
      ).replace(/\n/g, "\r\n") +
      "\r\n\r\n";

    const result = await importRoster(deps, text, { actorLabel: "test" });

    expect(result.errors).toEqual([]);
    const head = await testDb.db.employee.findUniqueOrThrow({ where: { nip: HEAD } });
    expect(head).toMatchObject({
      name: "Hendra Saputra",
      positionType: "STRUKTURAL",
      grade: "IV/c",
      employmentType: "PNS",
      phone: "6281200000101",
      email: "hendra@contoh.tebokab.go.id",
    });
    const pppk = await testDb.db.employee.findUniqueOrThrow({ where: { nip: "199506122023212001" } });
    expect(pppk.grade).toBe("IX");
    expect(pppk.supervisorId).toBe(head.id);
  });

  it("allows a supervisor who is an active employee outside the file, with a warning", async () => {
    await importRoster(deps, csv([row(HEAD)]), { actorLabel: "test" });

    const result = await importRoster(deps, csv([row(CLERK, { supervisor_nip: HEAD })]), { actorLabel: "test" });

    expect(result.ok).toBe(true);
    expect(result.warnings.map((w) => [w.line, w.code])).toEqual([[2, "supervisor-not-in-file"]]);
    expect(result.summary.employees).toMatchObject({ created: 1, deactivated: 1 });
  });

  it("keeps stored values for optional columns the header leaves out", async () => {
    await importRoster(deps, EXAMPLE, { actorLabel: "test" });
    const reduced = ["nip", "name", "unit_code", "unit_name", "position", "position_type", "grade", "employment_type"];
    const text = [
      reduced.join(","),
      `${CLERK},Dewi Lestari,DINKES-SEK,Sekretariat Dinas Kesehatan,Pengadministrasi Perkantoran,pelaksana,II/c,PNS`,
    ].join("\n");

    const result = await importRoster(deps, text, { actorLabel: "test" });

    expect(result.errors).toEqual([]);
    expect(result.summary.employees).toEqual({ created: 0, updated: 0, unchanged: 1, deactivated: 7 });
    expect(result.summary.units).toEqual({ created: 0, updated: 0, unchanged: 1 });
    const clerk = await testDb.db.employee.findUniqueOrThrow({ where: { nip: CLERK }, include: { supervisor: true } });
    expect(clerk.phone).toBe("6281200000104");
    expect(clerk.supervisor?.nip).toBe("198401102009031002");
  });
});

describe("importRoster: bad files", () => {
  it("reports every bad row with its line and reason, and writes nothing", async () => {
    const cycleA = "198001012005011001";
    const cycleB = "198202022006021002";
    const text = csv([
      row(HEAD, { position_type: "struktural", grade: "IV/c", phone: "0812-0000-0101" }), // 2 ok
      row("19720315199803100", { supervisor_nip: HEAD }), // 3 malformed NIP
      row("198602312010011001", { supervisor_nip: HEAD }), // 4 31 February
      row("198601122010011001", { supervisor_nip: "199901012020011001" }), // 5 unknown supervisor
      row(HEAD, { name: "Orang Lain" }), // 6 duplicate NIP
      row("198703032011031003", { position_type: "honorer", supervisor_nip: HEAD }), // 7 bad position type
      row("198804042012041004", { phone: "0812-abc", supervisor_nip: HEAD }), // 8 bad phone
      row(cycleA, { supervisor_nip: cycleB }), // 9 cycle
      row(cycleB, { supervisor_nip: cycleA }), // 10 cycle
      row("198905052013051005", { supervisor_nip: "198905052013051005" }), // 11 self
      row("199006062014061006", { phone: "081200000101", supervisor_nip: HEAD }), // 12 duplicate phone
    ]);

    const result = await importRoster(deps, text, { actorLabel: "test" });

    expect(result.ok).toBe(false);
    expect(codes(result)).toEqual([
      [3, "nip-length"],
      [4, "nip-birth-date"],
      [5, "supervisor-unknown"],
      [6, "duplicate-nip"],
      [7, "position-type"],
      [8, "phone"],
      [9, "supervisor-cycle"],
      [11, "supervisor-self"],
      [12, "duplicate-phone"],
    ]);
    const byCode = new Map(result.errors.map((issue) => [issue.code, issue.params]));
    expect(byCode.get("nip-length")).toEqual({ nip: "19720315199803100" });
    expect(byCode.get("supervisor-unknown")).toEqual({ nip: "198601122010011001", supervisorNip: "199901012020011001" });
    expect(byCode.get("duplicate-nip")).toEqual({ nip: HEAD, firstLine: 2 });
    expect(byCode.get("position-type")).toEqual({ value: "honorer" });
    expect(byCode.get("phone")).toEqual({ value: "0812-abc" });
    expect(String(byCode.get("supervisor-cycle")?.nips).split(" → ")).toEqual([cycleA, cycleB, cycleA]);
    expect(byCode.get("duplicate-phone")).toMatchObject({ otherNip: HEAD, otherLine: 2 });
    expect(result.summary.employees.created).toBe(0);

    expect(await testDb.db.employee.count()).toBe(0);
    expect(await testDb.db.unit.count()).toBe(0);
    expect(await testDb.db.auditLog.count()).toBe(0);
  });

  it("reports several problems in one row and keeps line numbers across quoted line breaks", async () => {
    const text = [
      ROSTER_COLUMNS.join(","),
      `${HEAD},"Hendra\nSaputra",DINKES,Dinas Kesehatan,,Kepala,struktural,IV/c,PNS,,,`,
      "",
      `198703032011031003,Budi,DINKES,Dinas Kesehatan,,Staf,pelaksana,III/e,PNS,${HEAD},12,bukan-email`,
      `198804042012041004,,DINKES,Dinas Kesehatan,,Staf,pelaksana,XVIII,PPPK,${HEAD},,`,
      `198905052013051005,Sari,DINKES,Dinas Kesehatan,,Staf,pelaksana,II/a,PNS,${HEAD}`,
    ].join("\n");

    const result = await importRoster(deps, text, { actorLabel: "test" });

    expect(codes(result)).toEqual([
      [5, "phone"],
      [5, "email"],
      [5, "grade"],
      [6, "required"],
      [6, "grade"],
      [7, "column-count"],
    ]);
    expect(result.errors.find((issue) => issue.code === "required")?.params).toMatchObject({ column: "name" });
    expect(result.errors.find((issue) => issue.line === 6 && issue.code === "grade")?.params).toEqual({
      value: "XVIII",
      employmentType: "PPPK",
    });
  });

  it("checks the header", async () => {
    const result = await importRoster(deps, "nip;name;unit_code\n198703032011031003;Budi;DINKES\n", {
      actorLabel: "test",
    });
    expect(codes(result)).toEqual([
      [1, "missing-column"],
      [1, "missing-column"],
      [1, "missing-column"],
      [1, "missing-column"],
      [1, "missing-column"],
    ]);
    expect(result.errors.map((issue) => issue.params.column)).toEqual([
      "unit_name",
      "position",
      "position_type",
      "grade",
      "employment_type",
    ]);

    expect(codes(await importRoster(deps, "", { actorLabel: "test" }))).toEqual([[1, "file-empty"]]);
    expect(codes(await importRoster(deps, `${ROSTER_COLUMNS.join(",")}\n`, { actorLabel: "test" }))).toEqual([
      [2, "file-empty"],
    ]);
    const unclosed = `${ROSTER_COLUMNS.join(",")}\n${CLERK},Dewi\n\n1,"oops\n2,3\n`;
    expect(codes(await importRoster(deps, unclosed, { actorLabel: "test" }))).toEqual([[4, "csv-syntax"]]);
  });

  it("reports unit parent problems: unknown, self, loop, conflicting names", async () => {
    const text = csv([
      row(HEAD, { unit_code: "A", unit_name: "Unit A", parent_unit_code: "B" }), // 2
      row("198703032011031003", { unit_code: "B", unit_name: "Unit B", parent_unit_code: "A" }), // 3
      row("198804042012041004", { unit_code: "C", unit_name: "Unit C", parent_unit_code: "NOPE" }), // 4
      row("198905052013051005", { unit_code: "D", unit_name: "Unit D", parent_unit_code: "D" }), // 5
      row("199006062014061006", { unit_code: "A", unit_name: "Unit A lain" }), // 6
      row("199107072015071007", { unit_code: "bad code" }), // 7
    ]);

    const result = await importRoster(deps, text, { actorLabel: "test" });

    expect(codes(result)).toEqual([
      [2, "unit-parent-cycle"],
      [4, "unit-parent-unknown"],
      [5, "unit-parent-self"],
      [6, "unit-conflict"],
      [7, "unit-code"],
    ]);
    expect(result.errors[0]?.params).toEqual({ codes: "A → B → A" });
  });

  it("catches a loop through units that stay in the database", async () => {
    await importRoster(
      deps,
      csv([
        row(HEAD, { unit_code: "A", unit_name: "Unit A" }),
        row(CLERK, { unit_code: "B", unit_name: "Unit B", parent_unit_code: "A" }),
      ]),
      { actorLabel: "test" },
    );
    const result = await importRoster(deps, csv([row(HEAD, { unit_code: "A", unit_name: "Unit A", parent_unit_code: "B" })]), {
      actorLabel: "test",
    });
    expect(codes(result)).toEqual([[2, "unit-parent-cycle"]]);
  });

  it("rejects a supervisor who is inactive", async () => {
    await importRoster(deps, csv([row(HEAD), row(SECRETARY)]), { actorLabel: "test" });
    await importRoster(deps, csv([row(SECRETARY)]), { actorLabel: "test" });

    const result = await importRoster(deps, csv([row(CLERK, { supervisor_nip: HEAD })]), { actorLabel: "test" });

    expect(codes(result)).toEqual([[2, "supervisor-inactive"]]);
  });

  it("leaves the database untouched when a file fails, even after an earlier import", async () => {
    await importRoster(deps, EXAMPLE, { actorLabel: "test" });
    const before = await testDb.db.employee.findMany({ orderBy: { id: "asc" } });
    const broken = `${EXAMPLE.replace("Dewi Lestari", "Dewi Lestari Baru")}199101012015011001,X,DINKES,Dinas Kesehatan (contoh fiktif),,Staf,pelaksana,II/a,PNS,,not-a-phone,\n`;

    const result = await importRoster(deps, broken, { actorLabel: "test" });

    expect(codes(result)).toEqual([[10, "phone"]]);
    expect(await testDb.db.employee.findMany({ orderBy: { id: "asc" } })).toEqual(before);
    expect(await testDb.db.auditLog.count()).toBe(1);
  });

  it("writes everything in one transaction: a failure while writing rolls it all back", async () => {
    // Make the last write of the import (its audit row) fail inside the database.
    await failInsertsInto(testDb.db, "AuditLog", "audit unavailable");

    await expect(importRoster(deps, EXAMPLE, { actorLabel: "test" })).rejects.toThrow();

    expect(await testDb.db.employee.count()).toBe(0);
    expect(await testDb.db.unit.count()).toBe(0);
  });
});

describe("importRoster: dry run", () => {
  it("computes the same summary without writing anything", async () => {
    const dry = await importRoster(deps, EXAMPLE, { dryRun: true, actorLabel: "test" });

    expect(dry.ok).toBe(true);
    expect(dry.dryRun).toBe(true);
    expect(await testDb.db.employee.count()).toBe(0);
    expect(await testDb.db.unit.count()).toBe(0);
    expect(await testDb.db.auditLog.count()).toBe(0);

    const real = await importRoster(deps, EXAMPLE, { actorLabel: "test" });
    expect(real.summary).toEqual(dry.summary);

    const withoutClerk = EXAMPLE.split("\n")
      .filter((line) => !line.startsWith(CLERK))
      .join("\n");
    const dryDrop = await importRoster(deps, withoutClerk, { dryRun: true, actorLabel: "test" });
    expect(dryDrop.summary.employees.deactivated).toBe(1);
    expect((await testDb.db.employee.findUniqueOrThrow({ where: { nip: CLERK } })).active).toBe(true);
    expect(await testDb.db.auditLog.count()).toBe(1);
  });

  it("reports the same errors as a real import", async () => {
    const text = csv([row(HEAD), row(HEAD)]);
    const dry = await importRoster(deps, text, { dryRun: true, actorLabel: "test" });
    expect(codes(dry)).toEqual([[3, "duplicate-nip"]]);
  });
});
