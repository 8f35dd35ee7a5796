import type { CampaignStatus } from "../../generated/prisma/enums.js";
import { recordAudit } from "../audit.js";
import type { ServiceDeps } from "../deps.js";
import { actorIdOf, actorLabelOf, mayControl, type CampaignActor } from "./actor.js";

export const CAMPAIGN_PAUSE_ACTION = "campaign.pause";
export const CAMPAIGN_RESUME_ACTION = "campaign.resume";
export const CAMPAIGN_END_ACTION = "campaign.end";

export type ControlResult =
  | { ok: true; changed: boolean; status: CampaignStatus }
  | { ok: false; code: "not-found" | "not-allowed" | "ended" };

interface ControlInput {
  campaignId: number;
  actor: CampaignActor;
}

/** Stops sending until resumed. Pausing a paused campaign changes nothing. */
export function pauseCampaign(deps: ServiceDeps, input: ControlInput): Promise<ControlResult> {
  return transition(deps, input, { from: ["ACTIVE"], to: "PAUSED", action: CAMPAIGN_PAUSE_ACTION });
}

/**
 * Sends again from the next scheduled time. The ticks missed while paused are not made up: the resume
 * moment is recorded as the last tick, so only slots after it count.
 */
export function resumeCampaign(deps: ServiceDeps, input: ControlInput): Promise<ControlResult> {
  return transition(deps, input, { from: ["PAUSED"], to: "ACTIVE", action: CAMPAIGN_RESUME_ACTION, markTick: true });
}

/** Ends the campaign for good; the messages not yet sent are never sent. */
export function endCampaign(deps: ServiceDeps, input: ControlInput): Promise<ControlResult> {
  return transition(deps, input, { from: ["ACTIVE", "PAUSED"], to: "ENDED", action: CAMPAIGN_END_ACTION });
}

async function transition(
  deps: ServiceDeps,
  input: ControlInput,
  change: { from: CampaignStatus[]; to: CampaignStatus; action: string; markTick?: boolean },
): Promise<ControlResult> {
  const campaign = await deps.db.campaign.findUnique({ where: { id: input.campaignId }, select: { authorId: true } });
  if (!campaign) return { ok: false, code: "not-found" };
  if (!(await mayControl(deps, input.actor, campaign.authorId))) return { ok: false, code: "not-allowed" };

  const now = deps.clock.now();
  return deps.db.$transaction(async (tx) => {
    // Conditional on the status, so two people pressing at once change it (and audit it) once.
    const updated = await tx.campaign.updateMany({
      where: { id: input.campaignId, status: { in: change.from } },
      data: { status: change.to, updatedAt: now, ...(change.markTick ? { lastTickAt: now } : {}) },
    });
    const current = await tx.campaign.findUniqueOrThrow({ where: { id: input.campaignId }, select: { status: true } });
    if (updated.count === 0) {
      if (current.status === change.to) return { ok: true as const, changed: false, status: current.status };
      return { ok: false as const, code: "ended" as const };
    }
    await recordAudit(tx, {
      actorId: actorIdOf(input.actor),
      actorLabel: actorLabelOf(input.actor),
      action: change.action,
      targetType: "campaign",
      targetId: input.campaignId,
      at: now,
    });
    return { ok: true as const, changed: true, status: current.status };
  });
}
