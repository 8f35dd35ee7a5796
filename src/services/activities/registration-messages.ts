import type { RegistrationStatus } from "../../generated/prisma/enums.js";

/** Which message answers a press on Register, by the registration's status, for every chat. */

/** A registration just made: registered, on the waiting list, or waiting for the supervisor. */
export function registeredMessageKey(status: RegistrationStatus): string {
  return status === "REGISTERED" ? "catalogue-registered" : status === "WAITLISTED" ? "catalogue-waitlisted" : "catalogue-pending-approval";
}

/** Register pressed again for an activity the person already has a registration for. */
export function alreadyRegisteredMessageKey(status: RegistrationStatus): string {
  return status === "REGISTERED"
    ? "catalogue-already-registered"
    : status === "WAITLISTED"
      ? "catalogue-already-waitlisted"
      : status === "PENDING_APPROVAL"
        ? "catalogue-already-pending"
        : "catalogue-already-other";
}
