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
import { audienceRefusal, eligibilityProblem, unitCodesOf, type EligibilityProblem } from "./eligibility.js";
import { countRegistrations, NO_REGISTRATIONS } from "./registration-counts.js";
import { ACTIVE_STATUSES, waitlistRank } from "./seats.js";

/**
 * What an ASN sees of the programme: the catalogue of upcoming activities they may join, one
 * activity in full, and their own schedule. Platform-free; the chat adapters render it.
 */

export const DEFAULT_PAGE_SIZE = 5;

export interface CatalogueQuery {
  employeeId: number;
  /** 1-based. */
  page: number;
  pageSize?: number;
  kind?: ActivityKind;
  competencyType?: CompetencyType;
}

export interface CatalogueItem {
  id: number;
  title: string;
  kind: ActivityKind;
  competencyType: CompetencyType;
  jp: number;
  startsAt: Date;
  /** Null when the activity has no capacity limit. */
  seatsLeft: number | null;
  waitlistLength: number;
  /** The employee's own registration status, null when none (or cancelled). */
  myStatus: RegistrationStatus | null;
}

export interface Page<T> {
  items: T[];
  /** 1-based. */
  page: number;
  /** At least 1, so that an empty list still has a first page. */
  pageCount: number;
  total: number;
}

/** A page past the end (the list shrank since the button was made); `pageCount` says how many there are now. */
export interface PageGone {
  error: "page-gone";
  pageCount: number;
}

function pageCountOf(total: number, pageSize: number): number {
  return Math.max(1, Math.ceil(total / pageSize));
}

function isValidPage(page: number, pageCount: number): boolean {
  return Number.isInteger(page) && page >= 1 && page <= pageCount;
}

async function employeeWithUnits(deps: Pick<ServiceDeps, "db">, employeeId: number) {
  const employee = await deps.db.employee.findUniqueOrThrow({ where: { id: employeeId } });
  return { ...employee, unitCodes: await unitCodesOf(deps.db, employee.unitId) };
}

/** Seats left (null when unlimited) from a capacity and the seats taken. */
function seatsLeftOf(capacity: number | null, taken: number): number | null {
  return capacity === null ? null : Math.max(0, capacity - taken);
}

/** Statuses worth showing as "mine"; a cancelled registration is as good as none. */
function visibleStatus(status: RegistrationStatus | undefined): RegistrationStatus | null {
  return status === undefined || status === "CANCELLED" ? null : status;
}

/**
 * Upcoming published activities the employee may join, soonest first. Activities whose audience
 * excludes the employee are left out; so are those whose registration already closed, unless the
 * employee holds a registration for them. Audience rules are applied in memory (a district has a
 * few hundred activities at most); seats are counted for the page only, in one grouped query.
 */
export async function listCatalogue(deps: ServiceDeps, query: CatalogueQuery): Promise<Page<CatalogueItem> | PageGone> {
  const { db, clock } = deps;
  const now = clock.now();
  const pageSize = Math.max(1, query.pageSize ?? DEFAULT_PAGE_SIZE);
  const employee = await employeeWithUnits(deps, query.employeeId);

  const candidates = await db.activity.findMany({
    where: {
      status: "PUBLISHED",
      startsAt: { gt: now },
      ...(query.kind ? { kind: query.kind } : {}),
      ...(query.competencyType ? { competencyType: query.competencyType } : {}),
    },
    include: { audience: true },
    orderBy: [{ startsAt: "asc" }, { id: "asc" }],
  });
  const mine = await db.registration.findMany({
    where: { employeeId: query.employeeId, activity: { status: "PUBLISHED", startsAt: { gt: now } } },
    select: { activityId: true, status: true },
  });
  const myStatuses = new Map(mine.map((registration) => [registration.activityId, registration.status]));

  const visible = candidates.filter((activity) => {
    if (audienceRefusal(activity.audience, employee) !== null) return false;
    const closed = activity.registrationClosesAt !== null && now >= activity.registrationClosesAt;
    return !closed || visibleStatus(myStatuses.get(activity.id)) !== null;
  });

  const total = visible.length;
  const pageCount = pageCountOf(total, pageSize);
  if (!isValidPage(query.page, pageCount)) return { error: "page-gone", pageCount };
  const slice = visible.slice((query.page - 1) * pageSize, query.page * pageSize);
  const counts = await countRegistrations(db, slice.map((activity) => activity.id));

  return {
    items: slice.map((activity) => {
      const count = counts.get(activity.id) ?? NO_REGISTRATIONS;
      return {
        id: activity.id,
        title: activity.title,
        kind: activity.kind,
        competencyType: activity.competencyType,
        jp: activity.jp,
        startsAt: activity.startsAt,
        seatsLeft: seatsLeftOf(activity.capacity, count.registered),
        waitlistLength: count.waitlisted,
        myStatus: visibleStatus(myStatuses.get(activity.id)),
      };
    }),
    page: query.page,
    pageCount,
    total,
  };
}

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

export interface ScheduleItem {
  registrationId: number;
  activityId: number;
  title: string;
  kind: ActivityKind;
  startsAt: Date;
  endsAt: Date;
  venue: string | null;
  onlineUrl: string | null;
  status: Extract<RegistrationStatus, "REGISTERED" | "WAITLISTED" | "PENDING_APPROVAL">;
  waitlistRank: number | null;
  /** False once the activity has started. */
  cancellable: boolean;
}

/**
 * The employee's live registrations (registered, waitlisted, waiting for approval) for published
 * activities that have not ended yet, soonest first.
 */
export async function listMySchedule(
  deps: ServiceDeps,
  input: { employeeId: number; page: number; pageSize?: number },
): Promise<Page<ScheduleItem> | PageGone> {
  const { db, clock } = deps;
  const now = clock.now();
  const pageSize = Math.max(1, input.pageSize ?? DEFAULT_PAGE_SIZE);
  const where = {
    employeeId: input.employeeId,
    status: { in: ACTIVE_STATUSES },
    activity: { status: "PUBLISHED" as const, endsAt: { gt: now } },
  };
  const total = await db.registration.count({ where });
  const pageCount = pageCountOf(total, pageSize);
  if (!isValidPage(input.page, pageCount)) return { error: "page-gone", pageCount };
  const registrations = await db.registration.findMany({
    where,
    include: { activity: true },
    orderBy: [{ activity: { startsAt: "asc" } }, { id: "asc" }],
    skip: (input.page - 1) * pageSize,
    take: pageSize,
  });
  const items: ScheduleItem[] = [];
  for (const registration of registrations) {
    const { activity } = registration;
    items.push({
      registrationId: registration.id,
      activityId: activity.id,
      title: activity.title,
      kind: activity.kind,
      startsAt: activity.startsAt,
      endsAt: activity.endsAt,
      venue: activity.venue,
      onlineUrl: activity.onlineUrl,
      status: registration.status as ScheduleItem["status"],
      waitlistRank:
        registration.status === "WAITLISTED" && registration.waitlistPosition !== null
          ? await waitlistRank(db, activity.id, registration.waitlistPosition)
          : null,
      cancellable: activity.startsAt > now,
    });
  }
  return { items, page: input.page, pageCount, total };
}

export interface OwnRegistration {
  id: number;
  status: RegistrationStatus;
  activity: {
    id: number;
    title: string;
    description: string | null;
    status: ActivityStatus;
    startsAt: Date;
    endsAt: Date;
    venue: string | null;
    onlineUrl: string | null;
    partnerName: string | null;
  };
}

/**
 * The employee's own registration with its activity, or null when it does not exist or belongs
 * to somebody else: a forged id learns nothing.
 */
export async function findOwnRegistration(
  deps: Pick<ServiceDeps, "db">,
  input: { employeeId: number; registrationId: number },
): Promise<OwnRegistration | null> {
  const registration = await deps.db.registration.findUnique({
    where: { id: input.registrationId },
    include: { activity: { include: { partner: true } } },
  });
  if (!registration || registration.employeeId !== input.employeeId) return null;
  const { activity } = registration;
  return {
    id: registration.id,
    status: registration.status,
    activity: {
      id: activity.id,
      title: activity.title,
      description: activity.description,
      status: activity.status,
      startsAt: activity.startsAt,
      endsAt: activity.endsAt,
      venue: activity.venue,
      onlineUrl: activity.onlineUrl,
      partnerName: activity.partner?.name ?? null,
    },
  };
}

/** Statuses for which a calendar entry makes sense: the seat is the person's. */
export const CALENDAR_STATUSES: readonly RegistrationStatus[] = ["REGISTERED", "ATTENDED", "COMPLETED"];

/** The registration to put in a calendar file, or why not. */
export async function calendarEntryFor(
  deps: Pick<ServiceDeps, "db">,
  input: { employeeId: number; registrationId: number },
): Promise<{ ok: true; registration: OwnRegistration } | { ok: false; error: "not-found" | "not-registered" | "activity-cancelled" }> {
  const registration = await findOwnRegistration(deps, input);
  if (!registration) return { ok: false, error: "not-found" };
  if (registration.activity.status === "DRAFT") return { ok: false, error: "not-found" };
  if (registration.activity.status === "CANCELLED") return { ok: false, error: "activity-cancelled" };
  if (!CALENDAR_STATUSES.includes(registration.status)) return { ok: false, error: "not-registered" };
  return { ok: true, registration };
}
