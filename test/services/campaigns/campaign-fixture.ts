import type { Db } from "../../../src/db/client.js";
import type { ManualClock } from "../../../src/clock.js";
import { createJobDeps } from "../../../src/scheduler/index.js";
import type { CampaignTickDeps } from "../../../src/services/campaigns/campaign-tick.js";
import type { CampaignViewDeps } from "../../../src/services/campaigns/campaign-views.js";

export const TIMEZONE = "Asia/Jakarta";

/**
 * A small fictional district for campaign tests:
 *
 *   SETDA      bupati (leader for the whole district), admin (ADMIN), ahmad (ASN)
 *     └ BKPSDM siti (ASN, reads in English), joko (ASN, no linked chat)
 *   DINKES     kadinkes (leader scoped to DINKES), perawat (ASN)
 */
const PEOPLE = {
  bupati: { unit: "SETDA", name: "H. Aspan, S.T.", chatId: 300001 },
  admin: { unit: "SETDA", name: "Rahmat Hidayat, S.Kom.", chatId: 300002 },
  ahmad: { unit: "SETDA", name: "Ahmad Fauzi, S.Kom.", chatId: 300003 },
  siti: { unit: "BKPSDM", name: "Siti Aminah, S.Pd.", chatId: 300004, locale: "en" },
  joko: { unit: "BKPSDM", name: "Joko Susilo" },
  kadinkes: { unit: "DINKES", name: "dr. Yusuf Rahman", chatId: 300005 },
  perawat: { unit: "DINKES", name: "Sri Wahyuni, A.Md.Kep.", chatId: 300006 },
} as const satisfies Record<string, { unit: string; name: string; chatId?: number; locale?: string }>;

export type PersonKey = keyof typeof PEOPLE;

export interface CampaignDistrict {
  units: Record<"SETDA" | "BKPSDM" | "DINKES", number>;
  people: Record<PersonKey, number>;
  nipOf: Record<PersonKey, string>;
  chatOf: Partial<Record<PersonKey, number>>;
}

export async function seedCampaignDistrict(db: Db): Promise<CampaignDistrict> {
  const setda = await db.unit.create({ data: { code: "SETDA", name: "Sekretariat Daerah" } });
  const bkpsdm = await db.unit.create({ data: { code: "BKPSDM", name: "Badan Kepegawaian dan Pengembangan SDM", parentId: setda.id } });
  const dinkes = await db.unit.create({ data: { code: "DINKES", name: "Dinas Kesehatan" } });
  const units = { SETDA: setda.id, BKPSDM: bkpsdm.id, DINKES: dinkes.id };
  const people = {} as Record<PersonKey, number>;
  const nipOf = {} as Record<PersonKey, string>;
  const chatOf: Partial<Record<PersonKey, number>> = {};
  let seq = 0;
  for (const [key, person] of Object.entries(PEOPLE) as [PersonKey, (typeof PEOPLE)[PersonKey]][]) {
    seq += 1;
    const nip = `19850101201001${String(1000 + seq)}`;
    const chatId = "chatId" in person ? person.chatId : undefined;
    const employee = await db.employee.create({
      data: {
        nip,
        name: person.name,
        unitId: units[person.unit],
        position: "Staf",
        positionType: "PELAKSANA",
        grade: "III/a",
        employmentType: "PNS",
        ...(chatId === undefined
          ? {}
          : {
              chatAccounts: {
                create: {
                  platform: "TELEGRAM",
                  externalId: String(chatId),
                  chatId: String(chatId),
                  locale: "locale" in person ? person.locale : "id",
                },
              },
            }),
      },
    });
    people[key] = employee.id;
    nipOf[key] = nip;
    if (chatId !== undefined) chatOf[key] = chatId;
  }
  await db.roleGrant.create({ data: { employeeId: people.bupati, role: "LEADER", grantedBy: "test" } });
  await db.roleGrant.create({ data: { employeeId: people.kadinkes, role: "LEADER", unitId: units.DINKES, grantedBy: "test" } });
  await db.roleGrant.create({ data: { employeeId: people.admin, role: "ADMIN", grantedBy: "test" } });
  return { units, people, nipOf, chatOf };
}

/** What the campaign-ticks job hands the service, built the way the scheduler builds it. */
export function tickDeps(db: Db, clock: ManualClock): CampaignTickDeps & CampaignViewDeps {
  const deps = createJobDeps({ db, clock }, { timezone: TIMEZONE, defaultLocale: "id" });
  return { ...deps, settings: deps.config.announcements, timezone: TIMEZONE };
}
