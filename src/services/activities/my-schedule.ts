import type { ActivityKind, RegistrationStatus } from "../../generated/prisma/enums.js";
import type { ServiceDeps } from "../deps.js";
import { DEFAULT_PAGE_SIZE, isValidPage, pageCountOf, type Page, type PageGone } from "./paging.js";
import { ACTIVE_STATUSES, waitlistRank } from "./seats.js";

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
