import type { ActivityKind, CompetencyType, RegistrationStatus } from "../../generated/prisma/enums.js";
import type { ServiceDeps } from "../deps.js";
import { audienceRefusal } from "./eligibility.js";
import { employeeWithUnits } from "./employee-with-units.js";
import { DEFAULT_PAGE_SIZE, isValidPage, pageCountOf, type Page, type PageGone } from "./paging.js";
import { countRegistrations, NO_REGISTRATIONS } from "./registration-counts.js";
import { seatsLeftOf } from "./seats-left.js";

/** The catalogue an ASN browses: upcoming activities they may join, a page at a time. Platform-free. */

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
