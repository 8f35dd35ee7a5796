/**
 * What each role may do in chat. The menu shows these entries, and every handler checks them again
 * through `requireCapability`, because a hidden button is not a permission check.
 */
export interface RoleSet {
  admin: boolean;
  leader: boolean;
  supervisor: boolean;
}

export const CAPABILITIES = {
  catalogue: "asn",
  schedule: "asn",
  jp: "asn",
  evaluations: "asn",
  development: "asn",
  team: "supervisor",
  approvals: "supervisor",
  announce: "leader",
  readiness: "leader",
  reports: "leader",
  activities: "admin",
  roster: "admin",
  queue: "admin",
} as const satisfies Record<string, keyof RoleSet | "asn">;

export type Capability = keyof typeof CAPABILITIES;

export function isCapability(value: string): value is Capability {
  return Object.hasOwn(CAPABILITIES, value);
}

export function hasCapability(roles: RoleSet, capability: Capability): boolean {
  const needs = CAPABILITIES[capability];
  if (needs === "asn") return true;
  // Admins may do everything a leader may.
  if (needs === "leader") return roles.leader || roles.admin;
  return roles[needs];
}

/** The menu entries for a person, in display order. */
export function capabilitiesFor(roles: RoleSet): Capability[] {
  return (Object.keys(CAPABILITIES) as Capability[]).filter((capability) => hasCapability(roles, capability));
}
