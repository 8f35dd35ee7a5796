import type { CampaignStatus } from "../../generated/prisma/enums.js";
import type { Prisma } from "../../generated/prisma/client.js";
import type { ServiceDeps } from "../deps.js";
import { rulesToAudience, type AudienceSpec } from "../announcements/audience.js";
import { plainExcerpt } from "../announcements/content.js";
import { announcerScope } from "../announcements/scope.js";
import { mayControl, type CampaignActor } from "./actor.js";
import { nextSlot, parseCron, type CronSchedule } from "./cron-schedule.js";

export interface CampaignViewDeps extends ServiceDeps {
  /** The time zone schedules are read in. */
  timezone: string;
}

export interface CampaignListItem {
  id: number;
  name: string;
  status: CampaignStatus;
  authorId: number;
  authorName: string;
  schedule: CronSchedule | null;
  /** Messages sent so far. */
  sent: number;
  total: number;
  /** When the next message goes; null when paused or ended. */
  nextRunAt: Date | null;
}

export interface CampaignMessageView {
  /** From 1. */
  position: number;
  excerpt: string;
  sentAt: Date | null;
  hasPulse: boolean;
}

export interface CampaignDetail extends CampaignListItem {
  cron: string;
  needsAck: boolean;
  audience: AudienceSpec | null;
  /** Names of the targeted units, for an audience of units. */
  unitNames: string[];
  createdAt: Date;
  messages: CampaignMessageView[];
}

const STATUS_ORDER: Record<CampaignStatus, number> = { ACTIVE: 0, PAUSED: 1, ENDED: 2 };

const listSelect = {
  id: true,
  name: true,
  status: true,
  cron: true,
  authorId: true,
  author: { select: { name: true } },
  nextPosition: true,
  lastTickAt: true,
  createdAt: true,
  _count: { select: { messages: true } },
} as const satisfies Prisma.CampaignSelect;

type ListRow = Prisma.CampaignGetPayload<{ select: typeof listSelect }>;

/**
 * The campaigns a viewer may manage: all of them for an admin (and the CLI), their own for a leader.
 * Active first, then paused, then ended; newest first within each.
 */
export async function listCampaigns(
  deps: CampaignViewDeps,
  input: { viewer: CampaignActor },
): Promise<{ ok: true; campaigns: CampaignListItem[] } | { ok: false; code: "not-allowed" }> {
  let where: Prisma.CampaignWhereInput = {};
  if (input.viewer.kind === "employee") {
    const scope = await announcerScope(deps, input.viewer.employeeId);
    if (!scope.ok) return scope;
    if (!scope.admin) where = { authorId: input.viewer.employeeId };
  }
  const rows = await deps.db.campaign.findMany({ where, select: listSelect, orderBy: [{ createdAt: "desc" }, { id: "desc" }] });
  const now = deps.clock.now();
  const campaigns = rows.map((row) => toListItem(row, now, deps.timezone));
  campaigns.sort((a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status]);
  return { ok: true, campaigns };
}

/** One campaign with its schedule, audience, progress and messages, for its author or an admin. */
export async function campaignDetail(
  deps: CampaignViewDeps,
  input: { campaignId: number; viewer: CampaignActor },
): Promise<{ ok: true; campaign: CampaignDetail } | { ok: false; code: "not-found" | "not-allowed" }> {
  const row = await deps.db.campaign.findUnique({
    where: { id: input.campaignId },
    select: {
      ...listSelect,
      needsAck: true,
      audience: { select: { kind: true, value: true } },
      messages: {
        select: { campaignPosition: true, body: true, sentAt: true, pulseQuestionnaireId: true },
        orderBy: { campaignPosition: "asc" },
      },
    },
  });
  if (!row) return { ok: false, code: "not-found" };
  if (!(await mayControl(deps, input.viewer, row.authorId))) return { ok: false, code: "not-allowed" };
  const audience = rulesToAudience(row.audience);
  const unitNames =
    audience?.kind === "units"
      ? (await deps.db.unit.findMany({ where: { id: { in: audience.unitIds } }, select: { name: true }, orderBy: { name: "asc" } })).map(
          (unit) => unit.name,
        )
      : [];
  return {
    ok: true,
    campaign: {
      ...toListItem(row, deps.clock.now(), deps.timezone),
      cron: row.cron,
      needsAck: row.needsAck,
      audience,
      unitNames,
      createdAt: row.createdAt,
      messages: row.messages.map((message) => ({
        position: (message.campaignPosition ?? 0) + 1,
        excerpt: plainExcerpt(message.body),
        sentAt: message.sentAt,
        hasPulse: message.pulseQuestionnaireId !== null,
      })),
    },
  };
}

function toListItem(row: ListRow, now: Date, timezone: string): CampaignListItem {
  const parsed = parseCron(row.cron);
  const schedule = parsed.ok ? parsed.schedule : null;
  const total = row._count.messages;
  return {
    id: row.id,
    name: row.name,
    status: row.status,
    authorId: row.authorId,
    authorName: row.author.name,
    schedule,
    sent: Math.min(row.nextPosition, total),
    total,
    nextRunAt: row.status === "ACTIVE" && schedule ? nextRunOf(schedule, row, now, timezone) : null,
  };
}

/** The first slot after both now and the last tick (a resume moment may lie ahead of a slot). */
function nextRunOf(schedule: CronSchedule, row: ListRow, now: Date, timezone: string): Date | null {
  const from = row.lastTickAt && row.lastTickAt > now ? row.lastTickAt : now;
  return nextSlot(schedule, from, timezone);
}
