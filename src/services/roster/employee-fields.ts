import type { EmploymentType, PositionType } from "../../generated/prisma/enums.js";

/** An employee as the roster describes them: the fields a roster file sets and the import stores. */
export interface EmployeeFields {
  nip: string;
  name: string;
  unitCode: string;
  position: string;
  positionType: PositionType;
  grade: string;
  employmentType: EmploymentType;
  supervisorNip: string | null;
  /** Canonical "62…" form. */
  phone: string | null;
  email: string | null;
}
