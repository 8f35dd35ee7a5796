import type { ServiceDeps } from "../deps.js";
import { getRoles } from "../roles.js";

export type NotAllowed = { ok: false; code: "not-allowed" };
export const NOT_ALLOWED: NotAllowed = { ok: false, code: "not-allowed" };

/** Null reaches the whole district; a unit id reaches that unit's subtree only. */
export type AnnouncerScope = { ok: true; scopeUnitId: number | null; admin: boolean } | NotAllowed;

/**
 * Who may announce, and to whom: admins to the whole district, leaders within their grant's unit (or
 * the district when the grant has none), nobody else. Inactive employees have no roles.
 */
export async function announcerScope(deps: ServiceDeps, employeeId: number): Promise<AnnouncerScope> {
  const roles = await getRoles(deps, employeeId);
  if (roles.admin) return { ok: true, scopeUnitId: null, admin: true };
  if (roles.leader) return { ok: true, scopeUnitId: roles.leaderUnitId, admin: false };
  return NOT_ALLOWED;
}

/** Authors see and manage their own announcements; admins those of everybody. */
export async function mayManage(deps: ServiceDeps, viewerId: number, authorId: number): Promise<boolean> {
  if (viewerId === authorId) return (await announcerScope(deps, viewerId)).ok;
  return (await getRoles(deps, viewerId)).admin;
}
