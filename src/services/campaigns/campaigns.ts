import type { CampaignStatus } from "../../generated/prisma/enums.js";
import { recordAudit } from "../audit.js";
import type { ServiceDeps } from "../deps.js";
import { isUniqueViolation } from "../../db/errors.js";
import { checkedRequestKey } from "../announcements/announcements.js";
import { audienceToRules, unitsOutsideScope, type AudienceSpec } from "../announcements/audience.js";
import { checkContent, contentColumns, type AnnouncementContent, type ContentErrorCode } from "../announcements/content.js";
import { announcerScope } from "../announcements/scope.js";
import { actorIdOf, actorLabelOf, mayControl, type CampaignActor } from "./actor.js";
import { CAMPAIGN_NAME_LIMIT, MAX_CAMPAIGN_MESSAGES } from "./campaign-file.js";
import { scheduleFromChoice, type CronIssue, type ScheduleChoice } from "./cron-schedule.js";

export { endCampaign, pauseCampaign, resumeCampaign, type ControlResult } from "./campaign-control.js";
export { campaignDetail, listCampaigns, type CampaignDetail, type CampaignListItem } from "./campaign-views.js";
export type { CampaignActor } from "./actor.js";

export const CAMPAIGN_CREATE_ACTION = "campaign.create";
export const CAMPAIGN_ADD_MESSAGE_ACTION = "campaign.add-message";

/** One message of the series: what an announcement carries, and optionally a pulse asked with it. */
export interface CampaignMessageInput extends AnnouncementContent {
  pulseQuestionnaireId?: number | null;
}

export interface CreateCampaignInput {
  authorId: number;
  name: string;
  schedule: ScheduleChoice;
  audience: AudienceSpec;
  needsAck: boolean;
  /** In sending order. */
  messages: CampaignMessageInput[];
  /** For the audit log; defaults to `employee:<authorId>`. */
  actorLabel?: string;
  /**
   * The client's key for this one creation (at most 64 characters): the same request made again,
   * e.g. replayed after a crash, gets the campaign it created back instead of a second one.
   */
  requestKey?: string;
}

export type CampaignError =
  | { ok: false; code: "not-allowed" | "not-found" | "ended" | "name" | "no-messages" | "too-many-messages" | "unknown-pulse" }
  | { ok: false; code: "schedule"; issue: CronIssue }
  /** `position` counts from 1, as people number the messages. */
  | { ok: false; code: "content"; position: number; problem: ContentErrorCode }
  /** Units that do not exist or lie outside the author's scope. */
  | { ok: false; code: "audience"; unitIds: number[] };

export interface CreatedCampaign {
  id: number;
  name: string;
  cron: string;
  status: CampaignStatus;
  messageCount: number;
}

/**
 * Creates a campaign for a leader (within their scope) or an admin: the schedule as cron, the
 * audience as rules, and one announcement per message in order. Nothing is sent now; the first
 * message goes at the first scheduled time after this moment. With a `requestKey` already used,
 * nothing is checked again: the campaign that key created is returned.
 */
export async function createCampaign(
  deps: ServiceDeps,
  input: CreateCampaignInput,
): Promise<{ ok: true; campaign: CreatedCampaign } | CampaignError> {
  const requestKey = checkedRequestKey(input.requestKey);
  const earlier = requestKey === null ? null : await earlierCampaign(deps, requestKey, input.authorId);
  if (earlier) return earlier;
  const scope = await announcerScope(deps, input.authorId);
  if (!scope.ok) return scope;
  const name = input.name.trim();
  if (name === "" || name.length > CAMPAIGN_NAME_LIMIT) return { ok: false, code: "name" };
  const schedule = scheduleFromChoice(input.schedule);
  if (!schedule.ok) return { ok: false, code: "schedule", issue: schedule.issue };
  if (input.messages.length === 0) return { ok: false, code: "no-messages" };
  if (input.messages.length > MAX_CAMPAIGN_MESSAGES) return { ok: false, code: "too-many-messages" };
  const messages = await checkMessages(deps, input.messages, 0);
  if (!messages.ok) return messages;
  const outside = await unitsOutsideScope(deps, input.audience, scope.scopeUnitId);
  if (outside.length > 0 || (input.audience.kind === "units" && input.audience.unitIds.length === 0)) {
    return { ok: false, code: "audience", unitIds: outside };
  }

  const now = deps.clock.now();
  let campaign: { id: number; name: string; cron: string; status: CampaignStatus };
  try {
    campaign = await deps.db.$transaction(async (tx) => {
      const created = await tx.campaign.create({
        data: {
          authorId: input.authorId,
          requestKey,
          name,
          cron: schedule.schedule.expression,
          needsAck: input.needsAck,
          createdAt: now,
          updatedAt: now,
          audience: { create: audienceToRules(input.audience) },
          messages: {
            create: messages.rows.map((row, index) => ({
              ...row,
              authorId: input.authorId,
              needsAck: input.needsAck,
              campaignPosition: index,
              createdAt: now,
              updatedAt: now,
            })),
          },
        },
      });
      await recordAudit(tx, {
        actorId: input.authorId,
        actorLabel: input.actorLabel ?? `employee:${input.authorId}`,
        action: CAMPAIGN_CREATE_ACTION,
        targetType: "campaign",
        targetId: created.id,
        details: { name, cron: created.cron, audience: input.audience, messages: messages.rows.length, needsAck: input.needsAck },
        at: now,
      });
      return created;
    });
  } catch (error) {
    // The same request made at the same moment stored it first.
    const raced = requestKey !== null && isUniqueViolation(error) ? await earlierCampaign(deps, requestKey, input.authorId) : null;
    if (raced) return raced;
    throw error;
  }
  return {
    ok: true,
    campaign: { id: campaign.id, name: campaign.name, cron: campaign.cron, status: campaign.status, messageCount: messages.rows.length },
  };
}

/** Adds a message at the end of a campaign that has not ended; only its author or an admin may. */
export async function addCampaignMessage(
  deps: ServiceDeps,
  input: { campaignId: number; actor: CampaignActor; message: CampaignMessageInput },
): Promise<{ ok: true; position: number; messageCount: number } | CampaignError> {
  const campaign = await deps.db.campaign.findUnique({
    where: { id: input.campaignId },
    select: { id: true, authorId: true, status: true, needsAck: true, _count: { select: { messages: true } } },
  });
  if (!campaign) return { ok: false, code: "not-found" };
  if (!(await mayControl(deps, input.actor, campaign.authorId))) return { ok: false, code: "not-allowed" };
  if (campaign.status === "ENDED") return { ok: false, code: "ended" };
  const count = campaign._count.messages;
  if (count >= MAX_CAMPAIGN_MESSAGES) return { ok: false, code: "too-many-messages" };
  const checked = await checkMessages(deps, [input.message], count);
  if (!checked.ok) return checked;

  const now = deps.clock.now();
  // The (campaign, position) pair is unique, so two authors adding at once cannot share a position.
  await deps.db.$transaction(async (tx) => {
    await tx.announcement.create({
      data: {
        ...checked.rows[0]!,
        authorId: campaign.authorId,
        needsAck: campaign.needsAck,
        campaignId: campaign.id,
        campaignPosition: count,
        createdAt: now,
        updatedAt: now,
      },
    });
    await tx.campaign.update({ where: { id: campaign.id }, data: { updatedAt: now } });
    await recordAudit(tx, {
      actorId: actorIdOf(input.actor),
      actorLabel: actorLabelOf(input.actor),
      action: CAMPAIGN_ADD_MESSAGE_ACTION,
      targetType: "campaign",
      targetId: campaign.id,
      details: { position: count },
      at: now,
    });
  });
  return { ok: true, position: count, messageCount: count + 1 };
}

/** The campaign this request key already created, or null when it created none. */
async function earlierCampaign(
  deps: ServiceDeps,
  requestKey: string,
  authorId: number,
): Promise<{ ok: true; campaign: CreatedCampaign } | CampaignError | null> {
  const stored = await deps.db.campaign.findUnique({
    where: { requestKey },
    select: { id: true, authorId: true, name: true, cron: true, status: true, _count: { select: { messages: true } } },
  });
  if (!stored) return null;
  // A key is one author's; somebody else's key leads to nothing of theirs.
  if (stored.authorId !== authorId) return { ok: false, code: "not-allowed" };
  const { id, name, cron, status } = stored;
  return { ok: true, campaign: { id, name, cron, status, messageCount: stored._count.messages } };
}

type MessageRow = ReturnType<typeof contentColumns> & { pulseQuestionnaireId: number | null };

/** Each message's content checked as an announcement's, and its pulse as a pulse questionnaire. */
async function checkMessages(
  deps: ServiceDeps,
  messages: CampaignMessageInput[],
  firstPosition: number,
): Promise<{ ok: true; rows: MessageRow[] } | CampaignError> {
  const pulseIds = await activePulseIds(deps, messages);
  const rows: MessageRow[] = [];
  for (const [index, message] of messages.entries()) {
    const { pulseQuestionnaireId, ...content } = message;
    const checked = checkContent(content);
    if (!checked.ok) return { ok: false, code: "content", position: firstPosition + index + 1, problem: checked.code };
    if (pulseQuestionnaireId != null && !pulseIds.has(pulseQuestionnaireId)) return { ok: false, code: "unknown-pulse" };
    rows.push({ ...contentColumns(checked.content), pulseQuestionnaireId: pulseQuestionnaireId ?? null });
  }
  return { ok: true, rows };
}

/** Which of the messages' pulse questionnaires are active PULSE questionnaires, as an announcement's must be. */
async function activePulseIds(deps: ServiceDeps, messages: CampaignMessageInput[]): Promise<Set<number>> {
  const ids = [...new Set(messages.flatMap((message) => (message.pulseQuestionnaireId == null ? [] : [message.pulseQuestionnaireId])))];
  if (ids.length === 0) return new Set();
  const pulses = await deps.db.questionnaire.findMany({ where: { id: { in: ids }, level: "PULSE", active: true }, select: { id: true } });
  return new Set(pulses.map((pulse) => pulse.id));
}
