import type { Db } from "../../../src/db/client.js";
import type { PositionType } from "../../../src/generated/prisma/enums.js";

/**
 * A small fictional district for announcement tests:
 *
 *   SETDA (Sekretariat Daerah)          bupati (leader for the whole district), admin, sekda
 *     └ ORG (Bagian Organisasi)         kabagOrg (supervises analis), analis
 *         └ TATALAKSANA (Subbagian)     staffTata, pensiun (inactive)
 *   DINKES (Dinas Kesehatan)            kadinkes (leader scoped to DINKES, supervises perawat)
 *     └ PUSKESMAS (Puskesmas Muara Tebo) perawat, bidan
 *   DISDIK (Dinas Pendidikan)           guru
 */
export const UNITS = ["SETDA", "ORG", "TATALAKSANA", "DINKES", "PUSKESMAS", "DISDIK"] as const;
export type UnitKey = (typeof UNITS)[number];

const UNIT_INFO: Record<UnitKey, { name: string; parent: UnitKey | null }> = {
  SETDA: { name: "Sekretariat Daerah", parent: null },
  ORG: { name: "Bagian Organisasi", parent: "SETDA" },
  TATALAKSANA: { name: "Subbagian Tata Laksana", parent: "ORG" },
  DINKES: { name: "Dinas Kesehatan", parent: null },
  PUSKESMAS: { name: "Puskesmas Muara Tebo", parent: "DINKES" },
  DISDIK: { name: "Dinas Pendidikan", parent: null },
};

interface PersonInfo {
  name: string;
  unit: UnitKey;
  positionType: PositionType;
  /** A key of PEOPLE listed earlier. */
  supervisor?: string;
  active?: boolean;
  /** Chat id of a linked Telegram account; none means not linked. */
  chatId?: number;
  locale?: "id" | "en";
}

export const PEOPLE = {
  bupati: { name: "H. Aspan, S.T.", unit: "SETDA", positionType: "STRUKTURAL", chatId: 200001 },
  admin: { name: "Rahmat Hidayat, S.Kom.", unit: "SETDA", positionType: "FUNGSIONAL", chatId: 200002 },
  sekda: { name: "Drs. Sudirman, M.M.", unit: "SETDA", positionType: "STRUKTURAL", chatId: 200003 },
  kabagOrg: { name: "Dewi Lestari, S.Sos.", unit: "ORG", positionType: "STRUKTURAL", supervisor: "sekda", chatId: 200004 },
  analis: { name: "Budi Santoso, S.AP.", unit: "ORG", positionType: "FUNGSIONAL", supervisor: "kabagOrg", chatId: 200005, locale: "en" },
  staffTata: { name: "Nur Aini", unit: "TATALAKSANA", positionType: "PELAKSANA", supervisor: "kabagOrg", chatId: 200006 },
  pensiun: { name: "Bambang Sutrisno", unit: "TATALAKSANA", positionType: "PELAKSANA", active: false, chatId: 200007 },
  kadinkes: { name: "dr. Yusuf Rahman", unit: "DINKES", positionType: "STRUKTURAL", chatId: 200008 },
  perawat: { name: "Sri Wahyuni, A.Md.Kep.", unit: "PUSKESMAS", positionType: "FUNGSIONAL", supervisor: "kadinkes", chatId: 200009 },
  bidan: { name: "Lina Marlina, A.Md.Keb.", unit: "PUSKESMAS", positionType: "FUNGSIONAL" },
  guru: { name: "Agus Salim, S.Pd.", unit: "DISDIK", positionType: "FUNGSIONAL", chatId: 200010 },
} as const satisfies Record<string, PersonInfo>;

export type PersonKey = keyof typeof PEOPLE;

export interface District {
  units: Record<UnitKey, number>;
  people: Record<PersonKey, number>;
  chatOf: Partial<Record<PersonKey, number>>;
}

/** Seeds the district; the bupati leads the whole district, the kadinkes only DINKES. */
export async function seedDistrict(db: Db): Promise<District> {
  const units = {} as Record<UnitKey, number>;
  for (const key of UNITS) {
    const info = UNIT_INFO[key];
    const parentId = info.parent === null ? null : units[info.parent];
    units[key] = (await db.unit.create({ data: { code: key, name: info.name, parentId } })).id;
  }
  const people = {} as Record<PersonKey, number>;
  const chatOf: Partial<Record<PersonKey, number>> = {};
  let seq = 0;
  for (const [key, raw] of Object.entries(PEOPLE) as [PersonKey, PersonInfo][]) {
    seq += 1;
    const employee = await db.employee.create({
      data: {
        nip: `19800101200501${String(1000 + seq)}`,
        name: raw.name,
        unitId: units[raw.unit],
        position: raw.positionType === "STRUKTURAL" ? "Kepala" : "Staf",
        positionType: raw.positionType,
        grade: "III/a",
        employmentType: "PNS",
        active: raw.active ?? true,
        supervisorId: raw.supervisor ? people[raw.supervisor as PersonKey] : null,
        ...(raw.chatId
          ? {
              chatAccounts: {
                create: {
                  platform: "TELEGRAM",
                  externalId: String(raw.chatId),
                  chatId: String(raw.chatId),
                  locale: raw.locale ?? null,
                },
              },
            }
          : {}),
      },
    });
    people[key] = employee.id;
    if (raw.chatId) chatOf[key] = raw.chatId;
  }
  await db.roleGrant.create({ data: { employeeId: people.admin, role: "ADMIN", grantedBy: "test" } });
  await db.roleGrant.create({ data: { employeeId: people.bupati, role: "LEADER", grantedBy: "test" } });
  await db.roleGrant.create({
    data: { employeeId: people.kadinkes, role: "LEADER", unitId: units.DINKES, grantedBy: "test" },
  });
  return { units, people, chatOf };
}

/** Marks a person's chat account as having blocked the bot. */
export async function blockBot(db: Db, employeeId: number, at: Date): Promise<void> {
  await db.chatAccount.updateMany({ where: { employeeId }, data: { blockedAt: at } });
}
