import type { ServiceDeps } from "../deps.js";
import { mayManage } from "../announcements/scope.js";

/**
 * Who asks for a change to a campaign: somebody in chat, checked against their roles, or the admin
 * command-line tool, which runs on the server with its own rights (as every other CLI command does).
 */
export type CampaignActor = { kind: "employee"; employeeId: number; label?: string } | { kind: "cli" };

export function actorLabelOf(actor: CampaignActor): string {
  return actor.kind === "cli" ? "cli" : (actor.label ?? `employee:${actor.employeeId}`);
}

export function actorIdOf(actor: CampaignActor): number | null {
  return actor.kind === "cli" ? null : actor.employeeId;
}

/** The author (while still a leader or admin) or an admin may pause, resume, end or extend a campaign. */
export async function mayControl(deps: ServiceDeps, actor: CampaignActor, authorId: number): Promise<boolean> {
  if (actor.kind === "cli") return true;
  return mayManage(deps, actor.employeeId, authorId);
}
