import type { Db } from "../../src/db/client.js";
import type { Prisma } from "../../src/generated/prisma/client.js";

let seq = 0;

/** A published activity next week (Monday 14 December 2026, 08:00–16:00 WIB) unless overridden. */
export async function createActivity(db: Db, overrides: Partial<Prisma.ActivityUncheckedCreateInput> = {}) {
  seq += 1;
  return db.activity.create({
    data: {
      code: `ACT-${seq}`,
      title: `Pelatihan Uji ${seq}`,
      kind: "TRAINING",
      competencyType: "TEKNIS",
      jp: 8,
      startsAt: new Date("2026-12-14T01:00:00Z"),
      endsAt: new Date("2026-12-14T09:00:00Z"),
      venue: "Aula BKPSDM, Muara Tebo",
      status: "PUBLISHED",
      attendanceCode: `HADIR${seq}`,
      ...overrides,
    },
    include: { audience: true },
  });
}
