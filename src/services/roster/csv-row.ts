import { z } from "zod";
import type { EmploymentType, PositionType } from "../../generated/prisma/enums.js";
import type { RawRow } from "./csv-file.js";
import type { EmployeeFields } from "./employee-fields.js";
import { normalizeGrade } from "./grade.js";
import type { IssueParams, RosterIssueCode, RowIssue } from "./issues.js";
import { normalizeNip, validateNip } from "./nip.js";
import { normalizePhone } from "./phone.js";

/** One valid roster row, normalised. */
export interface RosterRow extends EmployeeFields {
  line: number;
  unitName: string;
  /** Null when the cell is empty: the unit is a root (unless another row names its parent). */
  parentUnitCode: string | null;
}

const POSITION_TYPES: Record<string, PositionType> = {
  struktural: "STRUKTURAL",
  fungsional: "FUNGSIONAL",
  pelaksana: "PELAKSANA",
};

const EMPLOYMENT_TYPES: Record<string, EmploymentType> = { pns: "PNS", pppk: "PPPK" };

const UNIT_CODE = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

/** Adds a custom issue carrying our code; `mapIssue` turns it into a RowIssue. */
function fail(ctx: z.RefinementCtx, code: RosterIssueCode, params: IssueParams): typeof z.NEVER {
  ctx.addIssue({ code: "custom", message: code, params: { rosterCode: code, ...params } });
  return z.NEVER;
}

const requiredText = (max: number) => z.string().trim().min(1).max(max);
const collapsedText = (max: number) => requiredText(max).transform((value) => value.replace(/\s+/g, " "));
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .transform((value) => (value === "" ? null : value));

const requiredUnitCode = (column: string) =>
  requiredText(32).transform((value, ctx) =>
    UNIT_CODE.test(value) ? value : fail(ctx, "unit-code", { column, value }),
  );
const optionalUnitCode = (column: string) =>
  optionalText(32).transform((value, ctx) =>
    value === null || UNIT_CODE.test(value) ? value : fail(ctx, "unit-code", { column, value }),
  );

const rowSchema = z.object({
  name: collapsedText(150),
  unit_code: requiredUnitCode("unit_code"),
  unit_name: collapsedText(200),
  parent_unit_code: optionalUnitCode("parent_unit_code"),
  position: collapsedText(200),
  position_type: requiredText(20).transform(
    (value, ctx) => POSITION_TYPES[value.toLowerCase()] ?? fail(ctx, "position-type", { value }),
  ),
  employment_type: requiredText(10).transform(
    (value, ctx) => EMPLOYMENT_TYPES[value.toLowerCase()] ?? fail(ctx, "employment-type", { value }),
  ),
  grade: requiredText(10),
  supervisor_nip: optionalText(40).transform((value) => (value === null ? null : normalizeNip(value))),
  phone: optionalText(40).transform((value, ctx) => {
    if (value === null) return null;
    return normalizePhone(value) ?? fail(ctx, "phone", { value });
  }),
  email: optionalText(200).transform((value, ctx) => {
    if (value === null) return null;
    const email = value.toLowerCase();
    return z.email().safeParse(email).success ? email : fail(ctx, "email", { value });
  }),
});

/** The fields other rows refer to, kept even when another field of the row is invalid. */
export interface RowKeys {
  line: number;
  nip: string;
  /** Null when the cell is invalid (already reported). */
  unitCode: string | null;
  unitName: string | null;
  parentUnitCode: string | null;
  supervisorNip: string | null;
  phone: string | null;
}

export interface ParsedRow {
  /** The whole row, when every field is valid. */
  row: RosterRow | null;
  /** Present whenever the NIP is valid, so cross-row checks can still cover a partly bad row. */
  keys: RowKeys | null;
  issues: RowIssue[];
}

/**
 * Validates one row's cells: the shape with zod, then the NIP and grade rules that depend on the
 * employment type. Every problem in the row is reported, not just the first.
 */
export function parseRosterRow(raw: RawRow, now: Date): ParsedRow {
  const issues: RowIssue[] = [];
  const { line, cells } = raw;

  const parsed = rowSchema.safeParse(cells);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) issues.push(mapIssue(line, issue));
  }

  const employmentType = EMPLOYMENT_TYPES[cells.employment_type.trim().toLowerCase()];
  let nip: string | null = null;
  if (cells.nip.trim() === "") {
    issues.push({ line, code: "required", params: { column: "nip", value: "" } });
  } else {
    // With an unknown employment type only the loose checks apply, to avoid a misleading second error.
    const checked = validateNip(cells.nip, { now, kind: employmentType ?? "PPPK" });
    if (checked.ok) nip = checked.nip;
    else issues.push({ line, code: checked.code, params: { nip: checked.nip } });
  }

  let grade: string | null = null;
  const gradeText = cells.grade.trim();
  if (employmentType && gradeText !== "") {
    grade = normalizeGrade(gradeText, employmentType);
    if (grade === null) issues.push({ line, code: "grade", params: { value: gradeText, employmentType } });
  }

  if (!parsed.success || nip === null || grade === null || issues.length > 0) {
    return { row: null, keys: nip === null ? null : partialKeys(line, nip, cells), issues };
  }
  const data = parsed.data;
  const row: RosterRow = {
    line,
    nip,
    name: data.name,
    unitCode: data.unit_code,
    unitName: data.unit_name,
    parentUnitCode: data.parent_unit_code,
    position: data.position,
    positionType: data.position_type,
    grade,
    employmentType: data.employment_type,
    supervisorNip: data.supervisor_nip,
    phone: data.phone,
    email: data.email,
  };
  return { row, keys: row, issues };
}

function partialKeys(line: number, nip: string, cells: RawRow["cells"]): RowKeys {
  const field = <K extends keyof typeof rowSchema.shape>(key: K) => {
    const result = rowSchema.shape[key].safeParse(cells[key]);
    return result.success ? (result.data as z.output<(typeof rowSchema.shape)[K]>) : null;
  };
  return {
    line,
    nip,
    unitCode: field("unit_code"),
    unitName: field("unit_name"),
    parentUnitCode: field("parent_unit_code"),
    supervisorNip: field("supervisor_nip"),
    phone: field("phone"),
  };
}

function mapIssue(line: number, issue: z.core.$ZodIssue): RowIssue {
  const column = String(issue.path[0] ?? "");
  if (issue.code === "custom") {
    const { rosterCode, ...params } = (issue.params ?? {}) as IssueParams & { rosterCode: RosterIssueCode };
    return { line, code: rosterCode, params };
  }
  if (issue.code === "too_big") return { line, code: "too-long", params: { column, max: Number(issue.maximum) } };
  return { line, code: "required", params: { column, value: "" } };
}
