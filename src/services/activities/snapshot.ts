import type { Db } from "../../db/client.js";
import type {
  ActivityKind,
  ActivityStatus,
  AudienceKind,
  CompetencyType,
} from "../../generated/prisma/enums.js";
import type { SpeakerInput } from "./activity-item.js";
import { SEAT_HOLDING_STATUSES } from "./registration-counts.js";
import { nameKey } from "./text-fields.js";

/** What the activity import reads: the client itself or a transaction. */
export type ActivityReader = Pick<Db, "activity" | "partner" | "unit" | "registration">;

export interface AudienceEntry {
  kind: AudienceKind;
  /** UNIT: the unit code; GRADE: the canonical grade ("III/a", "IX"); POSITION_TYPE: STRUKTURAL, … */
  value: string;
}

/** Everything an import can set on an activity except its status. */
export interface ActivityFields {
  title: string;
  description: string | null;
  kind: ActivityKind;
  competencyType: CompetencyType;
  jp: number;
  startsAt: Date;
  endsAt: Date;
  venue: string | null;
  onlineUrl: string | null;
  capacity: number | null;
  registrationOpensAt: Date | null;
  registrationClosesAt: Date | null;
  needsSupervisorApproval: boolean;
  partnerId: number | null;
  /** Sorted by kind, then value. */
  audience: AudienceEntry[];
  /** In the order they are listed. */
  speakers: SpeakerInput[];
  attendanceCode: string | null;
}

export interface ActivityState {
  id: number;
  code: string;
  status: ActivityStatus;
  fields: ActivityFields;
  /** Registrations holding a seat, for the capacity warning. */
  seatsTaken: number;
}

export interface ActivitySnapshot {
  /** The stored activities the file names, by code. */
  activities: Map<string, ActivityState>;
  /** Partners by name key (case and spacing ignored). */
  partners: Map<string, { id: number; name: string }>;
  /** Unit codes by their upper-case form. */
  units: Map<string, string>;
  /** Every attendance code in use, with the code of the activity that has it. */
  attendanceCodes: Map<string, string>;
}

export async function loadActivitySnapshot(db: ActivityReader, codes: readonly string[]): Promise<ActivitySnapshot> {
  const activities = new Map<string, ActivityState>();
  for (let start = 0; start < codes.length; start += 500) {
    const stored = await db.activity.findMany({
      where: { code: { in: codes.slice(start, start + 500) } },
      include: {
        audience: { select: { kind: true, value: true } },
        speakers: { select: { name: true, institution: true, role: true }, orderBy: [{ position: "asc" }, { id: "asc" }] },
      },
    });
    const seats = await db.registration.groupBy({
      by: ["activityId"],
      where: { activityId: { in: stored.map((activity) => activity.id) }, status: { in: [...SEAT_HOLDING_STATUSES] } },
      _count: { _all: true },
    });
    const seatsById = new Map(seats.map((row) => [row.activityId, row._count._all]));
    for (const activity of stored) {
      activities.set(activity.code, {
        id: activity.id,
        code: activity.code,
        status: activity.status,
        seatsTaken: seatsById.get(activity.id) ?? 0,
        fields: {
          title: activity.title,
          description: activity.description,
          kind: activity.kind,
          competencyType: activity.competencyType,
          jp: activity.jp,
          startsAt: activity.startsAt,
          endsAt: activity.endsAt,
          venue: activity.venue,
          onlineUrl: activity.onlineUrl,
          capacity: activity.capacity,
          registrationOpensAt: activity.registrationOpensAt,
          registrationClosesAt: activity.registrationClosesAt,
          needsSupervisorApproval: activity.needsSupervisorApproval,
          partnerId: activity.partnerId,
          audience: sortAudience(activity.audience),
          speakers: activity.speakers,
          attendanceCode: activity.attendanceCode,
        },
      });
    }
  }

  const partners = await db.partner.findMany({ select: { id: true, name: true } });
  const units = await db.unit.findMany({ select: { code: true } });
  const withCodes = await db.activity.findMany({
    where: { attendanceCode: { not: null } },
    select: { code: true, attendanceCode: true },
  });
  return {
    activities,
    partners: new Map(partners.map((partner) => [nameKey(partner.name), partner])),
    units: new Map(units.map((unit) => [unit.code.toUpperCase(), unit.code])),
    attendanceCodes: new Map(withCodes.map((activity) => [activity.attendanceCode!, activity.code])),
  };
}

const KIND_ORDER: Record<AudienceKind, number> = { UNIT: 0, GRADE: 1, POSITION_TYPE: 2 };

export function sortAudience(entries: readonly AudienceEntry[]): AudienceEntry[] {
  return [...entries].sort((a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || a.value.localeCompare(b.value));
}
