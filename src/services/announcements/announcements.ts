import { isUniqueViolation } from "../../db/errors.js";
import type { AnnouncementStatus } from "../../generated/prisma/enums.js";
import { recordAudit } from "../audit.js";
import { latestActivePulse } from "../evaluations/questionnaires.js";
import { audienceToRules, countAudience, unitsOutsideScope, type AudienceSpec } from "./audience.js";
import { checkContent, contentColumns, type AnnouncementContent, type ContentErrorCode } from "./content.js";
import type { DeliverAnnouncementDeps } from "./deliver.js";
import { announcerScope, mayManage, NOT_ALLOWED, type NotAllowed } from "./scope.js";
import { CANCEL_ACTION, sendAnnouncement } from "./send.js";
import { loadUnits, type UnitNode } from "./unit-tree.js";

export { sendAnnouncement, sendDueAnnouncements, announcementDedupeKey } from "./send.js";
export { listAnnouncements, announcementSummaries, type AnnouncementSummary } from "./list.js";

export type AnnouncementDeps = DeliverAnnouncementDeps;

export const CREATE_ACTION = "announcement.create";

export type Timing = { kind: "now" } | { kind: "at"; at: Date };

export const REQUEST_KEY_LIMIT = 64;

export interface CreateAnnouncementInput {
  authorId: number;
  /** Checked here again, whatever the chat already checked. */
  content: AnnouncementContent;
  audience: AudienceSpec;
  needsAck: boolean;
  /** The code of an active PULSE questionnaire to send with it (its latest version). */
  pulseQuestionnaireCode?: string;
  timing: Timing;
  /** Who acted, for the audit log; defaults to `employee:<authorId>`. */
  actorLabel?: string;
  /**
   * The client's key for this one creation (at most 64 characters): the same request made again,
   * e.g. replayed after a crash, gets the first result back and creates and sends nothing new.
   */
  requestKey?: string;
}

export type CreateErrorCode =
  | "not-allowed"
  | ContentErrorCode
  | "empty-audience"
  | "unknown-unit"
  | "outside-scope"
  | "no-recipients"
  | "unknown-pulse"
  | "time-in-past";

export type CreateResult =
  | { ok: true; announcementId: number; recipients: number; status: "SCHEDULED" | "SENT" | "CANCELLED" }
  | { ok: false; code: CreateErrorCode };

/** The key as given, or null without one; a key that breaks the contract is a caller's bug. */
export function checkedRequestKey(key: string | undefined): string | null {
  if (key === undefined) return null;
  if (key === "" || key.length > REQUEST_KEY_LIMIT) throw new RangeError(`requestKey must have 1 to ${REQUEST_KEY_LIMIT} characters`);
  return key;
}

/**
 * Stores an announcement with its audience, to be sent at its time by the dispatch job; "now" sends
 * it at once through the same function. Only admins and leaders may announce, and a leader scoped to
 * a unit only to that unit's subtree. With a `requestKey` already used, nothing is checked again (the
 * time may have passed since): the first creation's result is returned.
 */
export async function createAnnouncement(deps: AnnouncementDeps, input: CreateAnnouncementInput): Promise<CreateResult> {
  const now = deps.clock.now();
  const requestKey = checkedRequestKey(input.requestKey);
  const earlier = requestKey === null ? null : await earlierCreation(deps, requestKey, input, now);
  if (earlier) return earlier;
  const scope = await announcerScope(deps, input.authorId);
  if (!scope.ok) return scope;
  const content = checkContent(input.content);
  if (!content.ok) return content;

  // Loaded once for the checks and the count, only when the audience or the scope needs the tree.
  const units = input.audience.kind === "units" || scope.scopeUnitId !== null ? await loadUnits(deps) : undefined;
  const audienceError = await checkAudience(deps, input.audience, scope.scopeUnitId, units);
  if (audienceError) return { ok: false, code: audienceError };
  const recipients = await countAudience(deps, input.audience, { scopeUnitId: scope.scopeUnitId, units });
  if (recipients === 0) return { ok: false, code: "no-recipients" };

  let pulseQuestionnaireId: number | null = null;
  if (input.pulseQuestionnaireCode !== undefined) {
    const pulse = await latestActivePulse(deps, input.pulseQuestionnaireCode);
    if (!pulse) return { ok: false, code: "unknown-pulse" };
    pulseQuestionnaireId = pulse.id;
  }

  const scheduledAt = input.timing.kind === "now" ? now : input.timing.at;
  if (input.timing.kind === "at" && !(scheduledAt.getTime() > now.getTime())) return { ok: false, code: "time-in-past" };

  let announcement: { id: number };
  try {
    announcement = await deps.db.$transaction(async (tx) => {
      const created = await tx.announcement.create({
        data: {
          authorId: input.authorId,
          requestKey,
          ...contentColumns(content.content),
          needsAck: input.needsAck,
          status: "SCHEDULED",
          scheduledAt,
          pulseQuestionnaireId,
          createdAt: now,
          updatedAt: now,
          audience: { create: audienceToRules(input.audience) },
        },
      });
      await recordAudit(tx, {
        actorId: input.authorId,
        actorLabel: input.actorLabel ?? `employee:${input.authorId}`,
        action: CREATE_ACTION,
        targetType: "announcement",
        targetId: created.id,
        details: {
          audience: input.audience,
          recipients,
          needsAck: input.needsAck,
          pulseQuestionnaireId,
          scheduledAt: scheduledAt.toISOString(),
        },
        at: now,
      });
      return created;
    });
  } catch (error) {
    // The same request made at the same moment stored it first.
    const raced = requestKey !== null && isUniqueViolation(error) ? await earlierCreation(deps, requestKey, input, now) : null;
    if (raced) return raced;
    throw error;
  }

  if (input.timing.kind === "at") return { ok: true, announcementId: announcement.id, recipients, status: "SCHEDULED" };
  const outcome = await sendAnnouncement(deps, { announcementId: announcement.id, now });
  return { ok: true, announcementId: announcement.id, recipients, status: outcome === "cancelled" ? "CANCELLED" : "SENT" };
}

/**
 * The result of the creation this request key already made, or null when it made none. A send the
 * first call did not get to (its process died after storing) is done now, as that call would have;
 * the recipients are those counted then, as the creation's audit entry records them.
 */
async function earlierCreation(
  deps: AnnouncementDeps,
  requestKey: string,
  input: CreateAnnouncementInput,
  now: Date,
): Promise<CreateResult | null> {
  const stored = await deps.db.announcement.findUnique({ where: { requestKey }, select: { id: true, authorId: true, status: true } });
  if (!stored) return null;
  // A key is one author's; somebody else's key leads to nothing of theirs.
  if (stored.authorId !== input.authorId) return NOT_ALLOWED;
  let status = stored.status;
  if (input.timing.kind === "now" && status === "SCHEDULED") {
    const outcome = await sendAnnouncement(deps, { announcementId: stored.id, now });
    if (outcome !== "skipped") status = outcome === "cancelled" ? "CANCELLED" : "SENT";
  }
  const audit = await deps.db.auditLog.findFirst({
    where: { action: CREATE_ACTION, targetType: "announcement", targetId: String(stored.id) },
    select: { details: true },
  });
  const details = JSON.parse(audit?.details ?? "{}") as { recipients?: unknown };
  const recipients = typeof details.recipients === "number" ? details.recipients : 0;
  return { ok: true, announcementId: stored.id, recipients, status: resultStatus(status) };
}

function resultStatus(status: AnnouncementStatus): "SCHEDULED" | "SENT" | "CANCELLED" {
  if (status === "SENDING" || status === "SENT") return "SENT";
  return status === "CANCELLED" ? "CANCELLED" : "SCHEDULED";
}

async function checkAudience(
  deps: AnnouncementDeps,
  spec: AudienceSpec,
  scopeUnitId: number | null,
  units: UnitNode[] | undefined,
): Promise<"empty-audience" | "unknown-unit" | "outside-scope" | null> {
  if (spec.kind !== "units") return null;
  if (spec.unitIds.length === 0) return "empty-audience";
  units ??= await loadUnits(deps);
  const known = new Set(units.map((unit) => unit.id));
  if (!spec.unitIds.every((unitId) => known.has(unitId))) return "unknown-unit";
  if ((await unitsOutsideScope(deps, spec, scopeUnitId, units)).length > 0) return "outside-scope";
  return null;
}

export type CancelResult =
  | { ok: true }
  | NotAllowed
  | { ok: false; code: "not-found" | "not-scheduled" };

/** The author (while still allowed to announce) or an admin cancels an announcement not yet sent. */
export async function cancelAnnouncement(
  deps: AnnouncementDeps,
  input: { announcementId: number; actorId: number; actorLabel?: string },
): Promise<CancelResult> {
  const now = deps.clock.now();
  const announcement = await deps.db.announcement.findUnique({
    where: { id: input.announcementId },
    select: { authorId: true, campaignId: true },
  });
  if (!announcement || announcement.campaignId !== null) return { ok: false, code: "not-found" };
  if (!(await mayManage(deps, input.actorId, announcement.authorId))) return NOT_ALLOWED;
  return deps.db.$transaction(async (tx) => {
    const cancelled = await tx.announcement.updateMany({
      where: { id: input.announcementId, status: "SCHEDULED" },
      data: { status: "CANCELLED", updatedAt: now },
    });
    if (cancelled.count === 0) return { ok: false as const, code: "not-scheduled" as const };
    await recordAudit(tx, {
      actorId: input.actorId,
      actorLabel: input.actorLabel ?? `employee:${input.actorId}`,
      action: CANCEL_ACTION,
      targetType: "announcement",
      targetId: input.announcementId,
      at: now,
    });
    return { ok: true as const };
  });
}
