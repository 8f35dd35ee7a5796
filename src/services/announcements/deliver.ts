import type { AnnouncementSettings } from "../../config.js";
import { enqueueMany, type EnqueueInput } from "../../delivery/enqueue.js";
import type { DeliveryPayload } from "../../delivery/payload.js";
import type { Locale } from "../../i18n/index.js";
import { localesOf, type NotifyDeps } from "../notify.js";
import { createPulseRequests } from "../pulse/requests.js";
import { contentOf, renderAnnouncement } from "./content.js";

export interface DeliverAnnouncementDeps extends NotifyDeps {
  settings: AnnouncementSettings;
}

/**
 * Puts one announcement (a one-off, or one message of a campaign) in the queue for each recipient,
 * rendered in their language, with the acknowledgement button when it needs one and, when a pulse is
 * attached, each recipient's own "answer the survey" button. Idempotent through `dedupeKeyOf`.
 */
export async function deliverAnnouncement(
  deps: DeliverAnnouncementDeps,
  input: { announcementId: number; employeeIds: number[]; dedupeKeyOf: (employeeId: number) => string; now: Date },
): Promise<{ enqueued: number }> {
  const employeeIds = [...new Set(input.employeeIds)];
  if (employeeIds.length === 0) return { enqueued: 0 };
  const announcement = await deps.db.announcement.findUniqueOrThrow({ where: { id: input.announcementId } });
  const content = contentOf(announcement);

  // Requests are created once and found again on a retry, so a resumed send carries the same buttons.
  const pulseRequests =
    announcement.pulseQuestionnaireId === null
      ? new Map<number, number>()
      : await createPulseRequests(deps, {
          announcementId: announcement.id,
          questionnaireId: announcement.pulseQuestionnaireId,
          employeeIds,
          now: input.now,
          dueDays: deps.settings.pulseDueDays,
        });

  const localeOf = await localesOf(deps, employeeIds);
  const shared = new Map<Locale, DeliveryPayload>();
  const payloadFor = (employeeId: number): DeliveryPayload => {
    const locale = localeOf(employeeId);
    const pulseRequestId = pulseRequests.get(employeeId);
    const render = () =>
      renderAnnouncement(deps.messages, locale, {
        content,
        announcementId: announcement.id,
        needsAck: announcement.needsAck,
        ...(pulseRequestId !== undefined ? { pulseRequestId } : {}),
      });
    if (pulseRequestId !== undefined) return render();
    if (!shared.has(locale)) shared.set(locale, render());
    return shared.get(locale)!;
  };

  const keys = employeeIds.map(input.dedupeKeyOf);
  const alreadyQueued = await countExisting(deps, keys);
  const inputs: EnqueueInput[] = employeeIds.map((employeeId, index) => ({
    recipient: { employeeId },
    payload: payloadFor(employeeId),
    priority: "bulk",
    dedupeKey: keys[index]!,
    notBefore: input.now,
    quietHours: true,
    announcementId: announcement.id,
  }));
  await enqueueMany(deps, inputs);
  return { enqueued: employeeIds.length - alreadyQueued };
}

async function countExisting(deps: NotifyDeps, keys: string[]): Promise<number> {
  let count = 0;
  for (let i = 0; i < keys.length; i += 500) {
    count += await deps.db.delivery.count({ where: { dedupeKey: { in: keys.slice(i, i + 500) } } });
  }
  return count;
}
