import { formatDateTime } from "../../i18n/format-date.js";
import type { Locale } from "../../i18n/index.js";
import { notify, type NotifyDeps } from "../notify.js";

/** Date variables for an activity in the recipient's language. */
export function activityVars(
  activity: { title: string; startsAt: Date; venue: string | null; onlineUrl: string | null },
  timezone: string,
) {
  return (locale: Locale) => ({
    title: activity.title,
    start: formatDateTime(activity.startsAt, locale, timezone),
    place: activity.venue ?? activity.onlineUrl ?? "-",
  });
}

/** Tells the first person on the waiting list that a seat is now theirs. */
export async function notifyPromoted(deps: NotifyDeps, registrationId: number): Promise<void> {
  const registration = await deps.db.registration.findUniqueOrThrow({
    where: { id: registrationId },
    include: { activity: true },
  });
  await notify(deps, [
    {
      employeeId: registration.employeeId,
      key: "registration-promoted",
      vars: activityVars(registration.activity, deps.messages.timezone),
      buttons: [[{ key: "registration-button-details", data: `act:${registration.activityId}` }]],
      priority: "interactive",
      dedupeKey: `registration:${registration.id}:promoted:${registration.updatedAt.getTime()}`,
    },
  ]);
}
