import type { Db } from "../../src/db/client.js";

/** A tiny fictional roster: a head of unit (leader), a supervisor, two staff and an inactive one. */
export const PEOPLE = {
  head: { nip: "197203151998031002", name: "Drs. Hasan Basri, M.Si.", phone: "6281200000001" },
  supervisor: { nip: "198005102005012003", name: "Rina Marlina, S.E.", phone: "6281200000002" },
  staff: { nip: "199206252019031004", name: "Ahmad Fauzi, S.Kom.", phone: "6281200000003" },
  colleague: { nip: "199511112020122005", name: "Siti Aminah, S.Pd.", phone: "6281200000004" },
  retired: { nip: "196401011985031006", name: "Bambang Sutrisno", phone: "6281200000005" },
} as const;

export type PersonKey = keyof typeof PEOPLE;

export async function seedRoster(db: Db): Promise<Record<PersonKey, number>> {
  const unit = await db.unit.create({ data: { code: "BKPSDM", name: "Badan Kepegawaian dan Pengembangan SDM" } });
  const base = { unitId: unit.id, employmentType: "PNS" as const };
  const head = await db.employee.create({
    data: { ...base, ...PEOPLE.head, position: "Kepala Badan", positionType: "STRUKTURAL", grade: "IV/c" },
  });
  const supervisor = await db.employee.create({
    data: {
      ...base,
      ...PEOPLE.supervisor,
      position: "Kepala Bidang Pengembangan",
      positionType: "STRUKTURAL",
      grade: "IV/a",
      supervisorId: head.id,
    },
  });
  const staff = await db.employee.create({
    data: { ...base, ...PEOPLE.staff, position: "Pranata Komputer", positionType: "FUNGSIONAL", grade: "III/b", supervisorId: supervisor.id },
  });
  const colleague = await db.employee.create({
    data: { ...base, ...PEOPLE.colleague, position: "Analis SDM", positionType: "PELAKSANA", grade: "III/a", supervisorId: supervisor.id },
  });
  const retired = await db.employee.create({
    data: { ...base, ...PEOPLE.retired, position: "Pengadministrasi", positionType: "PELAKSANA", grade: "III/d", active: false },
  });
  await db.roleGrant.create({ data: { employeeId: head.id, role: "LEADER", grantedBy: "test" } });
  return { head: head.id, supervisor: supervisor.id, staff: staff.id, colleague: colleague.id, retired: retired.id };
}
