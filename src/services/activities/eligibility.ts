import type { Activity, ActivityAudience, Employee, Unit } from "../../generated/prisma/client.js";

export type AudienceRefusal = "unit" | "grade" | "position-type";

export type EligibilityProblem =
  | { code: "activity-unavailable" }
  | { code: "window-not-open"; opensAt: Date }
  | { code: "window-closed"; closesAt: Date }
  | { code: "not-in-audience"; reason: AudienceRefusal }
  | { code: "employee-inactive" };

export type EmployeeWithUnits = Employee & { unitCodes: string[] };

/** The employee's unit code and those of every unit above it: an audience of an OPD includes its sub-units. */
export async function unitCodesOf(
  db: { unit: { findUnique(args: { where: { id: number } }): Promise<Unit | null> } },
  unitId: number,
): Promise<string[]> {
  const codes: string[] = [];
  let next: number | null = unitId;
  while (next !== null && codes.length < 20) {
    const unit: Unit | null = await db.unit.findUnique({ where: { id: next } });
    if (!unit) break;
    codes.push(unit.code);
    next = unit.parentId;
  }
  return codes;
}

/**
 * Audience rules: within a kind any value matches; every kind that has values must match.
 * A grade value like "III" matches every room of the group (III/a ... III/d).
 */
export function audienceRefusal(audience: ActivityAudience[], employee: EmployeeWithUnits): AudienceRefusal | null {
  const values = (kind: ActivityAudience["kind"]) => audience.filter((rule) => rule.kind === kind).map((rule) => rule.value);
  const units = values("UNIT");
  if (units.length > 0 && !units.some((code) => employee.unitCodes.includes(code))) return "unit";
  const grades = values("GRADE");
  if (grades.length > 0 && !grades.some((grade) => employee.grade === grade || employee.grade.startsWith(`${grade}/`))) {
    return "grade";
  }
  const positionTypes = values("POSITION_TYPE");
  if (positionTypes.length > 0 && !positionTypes.includes(employee.positionType)) return "position-type";
  return null;
}

/** Whether the employee may register for the activity now, and if not, why. */
export function eligibilityProblem(
  activity: Activity & { audience: ActivityAudience[] },
  employee: EmployeeWithUnits,
  now: Date,
): EligibilityProblem | null {
  if (!employee.active) return { code: "employee-inactive" };
  if (activity.status !== "PUBLISHED" || activity.startsAt <= now) return { code: "activity-unavailable" };
  if (activity.registrationOpensAt && now < activity.registrationOpensAt) {
    return { code: "window-not-open", opensAt: activity.registrationOpensAt };
  }
  if (activity.registrationClosesAt && now >= activity.registrationClosesAt) {
    return { code: "window-closed", closesAt: activity.registrationClosesAt };
  }
  const refusal = audienceRefusal(activity.audience, employee);
  return refusal ? { code: "not-in-audience", reason: refusal } : null;
}

/** Two time ranges overlap when each starts before the other ends. */
export function overlaps(a: { startsAt: Date; endsAt: Date }, b: { startsAt: Date; endsAt: Date }): boolean {
  return a.startsAt < b.endsAt && b.startsAt < a.endsAt;
}
