import type { AnnouncementSettings } from "../../config.js";
import type { NotifyDeps } from "../notify.js";

export interface DeliverAnnouncementDeps extends NotifyDeps {
  settings: AnnouncementSettings;
}

/**
 * Puts one announcement (a one-off, or one message of a campaign) in the queue for each recipient,
 * rendered in their language, with the acknowledgement button when it needs one and, when a pulse is
 * attached, each recipient's own "answer the survey" button. Idempotent through `dedupeKeyOf`.
 */
export async function deliverAnnouncement(
  _deps: DeliverAnnouncementDeps,
  _input: { announcementId: number; employeeIds: number[]; dedupeKeyOf: (employeeId: number) => string; now: Date },
): Promise<{ enqueued: number }> {
  throw new Error("not implemented yet");
}
