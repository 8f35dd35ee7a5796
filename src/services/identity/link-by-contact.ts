import type { ServiceDeps } from "../deps.js";
import { normalizePhone } from "../roster/phone.js";
import { linkAccountInTx, withLinkRace, type ChatIdentity, type LinkOutcome } from "./link-account.js";

export interface ContactShare {
  /** Who sent the message. */
  senderId: string;
  /** The user the shared contact belongs to; absent when it is not a Telegram user. */
  contactUserId: string | null;
  phone: string;
}

export type ContactLinkResult =
  | LinkOutcome
  | { ok: false; error: "contact-not-own" | "phone-invalid" | "phone-unknown" };

/**
 * Links by a shared contact. The contact must be the sender's own (a forwarded contact of
 * somebody else carries their user id, not the sender's) and its phone must match an
 * employee in the roster.
 */
export async function linkByContact(
  deps: ServiceDeps,
  identity: ChatIdentity,
  contact: ContactShare,
): Promise<ContactLinkResult> {
  if (contact.contactUserId === null || contact.contactUserId !== contact.senderId) {
    return { ok: false, error: "contact-not-own" };
  }
  const phone = normalizePhone(contact.phone);
  if (!phone) return { ok: false, error: "phone-invalid" };

  const matches = await deps.db.employee.findMany({ where: { phone }, orderBy: { active: "desc" } });
  const employee = matches[0];
  if (!employee) return { ok: false, error: "phone-unknown" };
  return withLinkRace(() =>
    deps.db.$transaction((tx) => linkAccountInTx(tx, deps, identity, employee.id, "contact")),
  );
}
