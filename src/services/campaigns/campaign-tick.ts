import { recordAudit } from "../audit.js";
import { resolveAudience, rulesToAudience } from "../announcements/audience.js";
import { deliverAnnouncement, type DeliverAnnouncementDeps } from "../announcements/deliver.js";
import { announcerScope } from "../announcements/scope.js";
import { CAMPAIGN_PAUSE_ACTION } from "./campaign-control.js";
import { latestSlot, parseCron } from "./cron-schedule.js";

export const CAMPAIGN_SEND_ACTION = "campaign.send";

export interface CampaignTickDeps extends DeliverAnnouncementDeps {
  /** The time zone schedules are read in. */
  timezone: string;
}

export interface CampaignTickResult {
  /** Campaigns that sent a message on this run. */
  sent: number;
  /** Deliveries queued (a resumed half-done send queues only what was missing). */
  enqueued: number;
  /** Campaigns that ended because their last message went out. */
  ended: number;
  /** Campaigns paused because their author may no longer announce or their audience is unreadable. */
  paused: number;
}

/** Each recipient's delivery key for one message of a campaign. */
export function campaignDedupeKey(campaignId: number, position: number, employeeId: number): string {
  return `camp:${campaignId}:${position}:${employeeId}`;
}

/**
 * Every active campaign whose schedule has come since its last tick sends its next message.
 *
 * Only the latest slot counts, so a campaign that missed several while the server was down sends
 * one message, not a burst. The message is queued first (idempotent by dedupe key) and the campaign
 * advanced after, with an update conditional on the position and last tick it read: a crash in
 * between resends nothing, and a double tick or a second instance advances it once.
 */
export async function runCampaignTicks(deps: CampaignTickDeps, input: { now: Date }): Promise<CampaignTickResult> {
  const result: CampaignTickResult = { sent: 0, enqueued: 0, ended: 0, paused: 0 };
  const campaigns = await deps.db.campaign.findMany({ where: { status: "ACTIVE" }, select: { id: true }, orderBy: { id: "asc" } });
  // One campaign failing (its next tick retries it) must not hold up the others.
  const failures: unknown[] = [];
  for (const { id } of campaigns) {
    let outcome: TickOutcome;
    try {
      outcome = await tickCampaign(deps, id, input.now);
    } catch (error) {
      failures.push(error);
      continue;
    }
    if (outcome.kind === "sent") {
      result.sent += 1;
      result.enqueued += outcome.enqueued;
      if (outcome.ended) result.ended += 1;
    }
    if (outcome.kind === "ended") result.ended += 1;
    if (outcome.kind === "paused") result.paused += 1;
  }
  if (failures.length === 1) throw failures[0];
  if (failures.length > 1) throw new AggregateError(failures, `${failures.length} campaigns could not tick`);
  return result;
}

type TickOutcome =
  | { kind: "idle" }
  | { kind: "sent"; enqueued: number; ended: boolean }
  | { kind: "ended" }
  | { kind: "paused" };

async function tickCampaign(deps: CampaignTickDeps, campaignId: number, now: Date): Promise<TickOutcome> {
  const campaign = await deps.db.campaign.findUnique({
    where: { id: campaignId },
    include: { audience: { select: { kind: true, value: true } }, _count: { select: { messages: true } } },
  });
  if (campaign?.status !== "ACTIVE") return { kind: "idle" };
  const schedule = parseCron(campaign.cron);
  if (!schedule.ok) return pause(deps, campaignId, now, "invalid-schedule");
  const slot = latestSlot(schedule.schedule, now, deps.timezone);
  const since = campaign.lastTickAt ?? campaign.createdAt;
  if (slot === null || slot.getTime() <= since.getTime()) return { kind: "idle" };

  const position = campaign.nextPosition;
  const message = await deps.db.announcement.findUnique({
    where: { campaignId_campaignPosition: { campaignId, campaignPosition: position } },
    select: { id: true },
  });
  if (!message) {
    // Nothing left to send (the last message went out before a crash could end the campaign).
    const ended = await deps.db.campaign.updateMany({
      where: { id: campaignId, status: "ACTIVE" },
      data: { status: "ENDED", updatedAt: now },
    });
    return ended.count > 0 ? { kind: "ended" } : { kind: "idle" };
  }

  // Resolved now, with the author's scope now: people who joined since are reached, leavers are not.
  const scope = await announcerScope(deps, campaign.authorId);
  if (!scope.ok) return pause(deps, campaignId, now, "author-not-allowed");
  const spec = rulesToAudience(campaign.audience);
  if (spec === null) return pause(deps, campaignId, now, "invalid-audience");
  const recipients = await resolveAudience(deps, spec, { scopeUnitId: scope.scopeUnitId });

  const { enqueued } = await deliverAnnouncement(deps, {
    announcementId: message.id,
    employeeIds: recipients,
    dedupeKeyOf: (employeeId) => campaignDedupeKey(campaignId, position, employeeId),
    now,
  });

  const last = position + 1 >= campaign._count.messages;
  const advanced = await deps.db.$transaction(async (tx) => {
    const moved = await tx.campaign.updateMany({
      where: { id: campaignId, nextPosition: position, lastTickAt: campaign.lastTickAt },
      data: { nextPosition: position + 1, lastTickAt: slot, updatedAt: now, ...(last ? { status: "ENDED" as const } : {}) },
    });
    if (moved.count === 0) return false;
    await tx.announcement.updateMany({ where: { id: message.id, sentAt: null }, data: { status: "SENT", sentAt: now, updatedAt: now } });
    await recordAudit(tx, {
      actorId: campaign.authorId,
      actorLabel: `employee:${campaign.authorId}`,
      action: CAMPAIGN_SEND_ACTION,
      targetType: "campaign",
      targetId: campaignId,
      details: { position, announcementId: message.id, slot: slot.toISOString(), recipients: recipients.length, enqueued },
      at: now,
    });
    return true;
  });
  return advanced ? { kind: "sent", enqueued, ended: last } : { kind: "idle" };
}

async function pause(deps: CampaignTickDeps, campaignId: number, now: Date, reason: string): Promise<TickOutcome> {
  return deps.db.$transaction(async (tx) => {
    const paused = await tx.campaign.updateMany({
      where: { id: campaignId, status: "ACTIVE" },
      data: { status: "PAUSED", updatedAt: now },
    });
    if (paused.count === 0) return { kind: "idle" as const };
    await recordAudit(tx, {
      actorLabel: "system",
      action: CAMPAIGN_PAUSE_ACTION,
      targetType: "campaign",
      targetId: campaignId,
      details: { reason },
      at: now,
    });
    return { kind: "paused" as const };
  });
}
