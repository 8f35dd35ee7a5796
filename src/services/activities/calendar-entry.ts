import type { RegistrationStatus } from "../../generated/prisma/enums.js";
import type { ServiceDeps } from "../deps.js";
import { findOwnRegistration, type OwnRegistration } from "./own-registration.js";

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
