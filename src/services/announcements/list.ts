import type { AnnouncementStatus } from "../../generated/prisma/enums.js";
import type { ServiceDeps } from "../deps.js";
import { plainExcerpt } from "./content.js";
import { FIRST_PART } from "./first-part.js";
import { announcerScope, type NotAllowed } from "./scope.js";

export interface AnnouncementSummary {
  id: number;
  authorId: number;
  authorName: string;
  excerpt: string;
  status: AnnouncementStatus;
  needsAck: boolean;
  hasPulse: boolean;
  scheduledAt: Date | null;
  sentAt: Date | null;
  /** Recipients queued so far (zero until it is sent). */
  recipients: number;
  acknowledged: number;
}

/** One-off announcements, the latest first; only those of `authorId` when given. */
export async function announcementSummaries(
  deps: ServiceDeps,
  input: { authorId?: number; limit?: number },
): Promise<AnnouncementSummary[]> {
  const rows = await deps.db.announcement.findMany({
    where: { campaignId: null, ...(input.authorId !== undefined ? { authorId: input.authorId } : {}) },
    include: { author: { select: { name: true } } },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: input.limit ?? 20,
  });
  const ids = rows.map((row) => row.id);
  const counts = await deps.db.delivery.groupBy({
    by: ["announcementId"],
    where: { announcementId: { in: ids }, ...FIRST_PART },
    _count: { _all: true, ackAt: true },
  });
  const countOf = new Map(counts.map((row) => [row.announcementId, row._count]));
  return rows.map((row) => ({
    id: row.id,
    authorId: row.authorId,
    authorName: row.author.name,
    excerpt: plainExcerpt(row.body),
    status: row.status,
    needsAck: row.needsAck,
    hasPulse: row.pulseQuestionnaireId !== null,
    scheduledAt: row.scheduledAt,
    sentAt: row.sentAt,
    recipients: countOf.get(row.id)?._all ?? 0,
    acknowledged: countOf.get(row.id)?.ackAt ?? 0,
  }));
}

/** For the chat: an author sees their own announcements, an admin everybody's. */
export async function listAnnouncements(
  deps: ServiceDeps,
  input: { viewerId: number; limit?: number },
): Promise<{ ok: true; items: AnnouncementSummary[] } | NotAllowed> {
  const scope = await announcerScope(deps, input.viewerId);
  if (!scope.ok) return scope;
  const items = await announcementSummaries(deps, {
    ...(scope.admin ? {} : { authorId: input.viewerId }),
    ...(input.limit !== undefined ? { limit: input.limit } : {}),
  });
  return { ok: true, items };
}
