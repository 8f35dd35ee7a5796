import type { ServiceDeps } from "../deps.js";
import { unitCodesOf, type EmployeeWithUnits } from "./eligibility.js";

/** The employee with the codes of their unit and the units above it, as audience rules need them. */
export async function employeeWithUnits(deps: Pick<ServiceDeps, "db">, employeeId: number): Promise<EmployeeWithUnits> {
  const employee = await deps.db.employee.findUniqueOrThrow({ where: { id: employeeId } });
  return { ...employee, unitCodes: await unitCodesOf(deps.db, employee.unitId) };
}
