import type { ActivityStatus, RegistrationStatus } from "../../generated/prisma/enums.js";
import type { ServiceDeps } from "../deps.js";

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
