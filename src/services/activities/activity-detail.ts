import type {
  ActivityKind,
  ActivityStatus,
  AudienceKind,
  CompetencyType,
  PartnerKind,
  PositionType,
  RegistrationStatus,
  SpeakerRole,
} from "../../generated/prisma/enums.js";
import type { ServiceDeps } from "../deps.js";
import { eligibilityProblem, type EligibilityProblem } from "./eligibility.js";
import { employeeWithUnits } from "./employee-with-units.js";
import { countRegistrations, NO_REGISTRATIONS } from "./registration-counts.js";
import { seatsLeftOf } from "./seats-left.js";
import { ACTIVE_STATUSES, waitlistRank } from "./seats.js";

export interface AudienceSummary {
  /** Empty when every unit may join; units are given by name where known. */
  units: string[];
  grades: string[];
  positionTypes: PositionType[];
}

export interface MyRegistration {
  id: number;
  status: RegistrationStatus;
  /** 1-based place on the waiting list, when waitlisted. */
  waitlistRank: number | null;
  /** Whether it can still be cancelled (it is live and the activity has not started). */
  cancellable: boolean;
}

export interface ActivityDetail {
  id: number;
  code: string;
  title: string;
  description: string | null;
  kind: ActivityKind;
  competencyType: CompetencyType;
  jp: number;
  status: ActivityStatus;
  startsAt: Date;
  endsAt: Date;
  venue: string | null;
  onlineUrl: string | null;
  partner: { name: string; kind: PartnerKind } | null;
  speakers: Array<{ name: string; institution: string | null; role: SpeakerRole }>;
  capacity: number | null;
  seatsLeft: number | null;
  waitlistLength: number;
  registrationOpensAt: Date | null;
  registrationClosesAt: Date | null;
  needsSupervisorApproval: boolean;
  audience: AudienceSummary;
  /** The employee's live or past registration (not a cancelled one). */
  myRegistration: MyRegistration | null;
  /** Whether pressing "register" now would be accepted (clashes aside). */
  canRegister: boolean;
  /** A full activity with a capacity: registering now joins the waiting list. */
  full: boolean;
  /** Why the employee may not register now; null when they may, or already hold a registration. */
  refusal: EligibilityProblem | null;
}

export type ActivityDetailResult = ActivityDetail | { error: "not-found" | "not-visible" };

/**
 * One activity as an ASN needs it. Drafts are not visible; a cancelled or past activity is, and
 * says so through `status` and `refusal`.
 */
export async function getActivityDetail(
  deps: ServiceDeps,
  input: { employeeId: number; activityId: number },
): Promise<ActivityDetailResult> {
  const { db, clock } = deps;
  const now = clock.now();
  const activity = await db.activity.findUnique({
    where: { id: input.activityId },
    include: { audience: true, partner: true, speakers: { orderBy: [{ position: "asc" }, { id: "asc" }] } },
  });
  if (!activity) return { error: "not-found" };
  if (activity.status === "DRAFT") return { error: "not-visible" };

  const employee = await employeeWithUnits(deps, input.employeeId);
  const [counts, registration] = await Promise.all([
    countRegistrations(db, [activity.id]),
    db.registration.findUnique({
      where: { activityId_employeeId: { activityId: activity.id, employeeId: input.employeeId } },
    }),
  ]);
  const count = counts.get(activity.id) ?? NO_REGISTRATIONS;
  const seatsLeft = seatsLeftOf(activity.capacity, count.registered);

  let myRegistration: MyRegistration | null = null;
  if (registration && registration.status !== "CANCELLED") {
    myRegistration = {
      id: registration.id,
      status: registration.status,
      waitlistRank:
        registration.status === "WAITLISTED" && registration.waitlistPosition !== null
          ? await waitlistRank(db, activity.id, registration.waitlistPosition)
          : null,
      cancellable: ACTIVE_STATUSES.includes(registration.status) && activity.startsAt > now,
    };
  }
  // A rejected request may be made again; any other registration stands.
  const holds = myRegistration !== null && myRegistration.status !== "REJECTED";
  const refusal = holds ? null : eligibilityProblem(activity, employee, now);

  return {
    id: activity.id,
    code: activity.code,
    title: activity.title,
    description: activity.description,
    kind: activity.kind,
    competencyType: activity.competencyType,
    jp: activity.jp,
    status: activity.status,
    startsAt: activity.startsAt,
    endsAt: activity.endsAt,
    venue: activity.venue,
    onlineUrl: activity.onlineUrl,
    partner: activity.partner ? { name: activity.partner.name, kind: activity.partner.kind } : null,
    speakers: activity.speakers.map((speaker) => ({
      name: speaker.name,
      institution: speaker.institution,
      role: speaker.role,
    })),
    capacity: activity.capacity,
    seatsLeft,
    waitlistLength: count.waitlisted,
    registrationOpensAt: activity.registrationOpensAt,
    registrationClosesAt: activity.registrationClosesAt,
    needsSupervisorApproval: activity.needsSupervisorApproval,
    audience: await summariseAudience(deps, activity.audience),
    myRegistration,
    canRegister: !holds && refusal === null,
    full: seatsLeft === 0,
    refusal,
  };
}

async function summariseAudience(
  deps: Pick<ServiceDeps, "db">,
  audience: Array<{ kind: AudienceKind; value: string }>,
): Promise<AudienceSummary> {
  const values = (kind: AudienceKind) => audience.filter((rule) => rule.kind === kind).map((rule) => rule.value);
  const unitCodes = values("UNIT");
  const units =
    unitCodes.length === 0 ? [] : await deps.db.unit.findMany({ where: { code: { in: unitCodes } }, select: { code: true, name: true } });
  const names = new Map(units.map((unit) => [unit.code, unit.name]));
  return {
    units: unitCodes.map((code) => names.get(code) ?? code),
    grades: values("GRADE"),
    positionTypes: values("POSITION_TYPE") as PositionType[],
  };
}
