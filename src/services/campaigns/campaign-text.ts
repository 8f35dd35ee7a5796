import { formatDateTime } from "../../i18n/format-date.js";
import type { Translate } from "../../i18n/index.js";
import type { AudienceSpec } from "../announcements/audience.js";
import type { CampaignFileIssue } from "./campaign-file.js";
import type { CampaignListItem, CampaignDetail } from "./campaign-views.js";
import type { CampaignError } from "./campaigns.js";
import { explainCronIssue, explainSchedule, type WordsContext } from "./schedule-words.js";

/**
 * Campaigns in words, as plain text (the CLI prints it as is; a chat adapter escapes it for HTML).
 */

/** "#3 · aktif · Cara kerja baru · setiap Senin pukul 08.00 WIB · 1 dari 4 terkirim · ..." */
export function campaignListLine(context: WordsContext, item: CampaignListItem): string {
  const { t } = context;
  return t("campaign-list-item", {
    id: String(item.id),
    status: t(`campaign-status-${item.status.toLowerCase()}`),
    name: item.name,
    schedule: scheduleWords(context, item),
    sent: item.sent,
    total: item.total,
    next: item.nextRunAt ? formatDateTime(item.nextRunAt, context.locale, context.timezone) : "–",
    author: item.authorName,
  });
}

/** The campaign's card: schedule in words, audience, progress ("pesan 2 dari 4"), the next run and each message. */
export function campaignDetailLines(context: WordsContext, detail: CampaignDetail): string[] {
  const { t, locale, timezone } = context;
  const lines = [
    t("campaign-detail-title", { id: String(detail.id), name: detail.name, status: t(`campaign-status-${detail.status.toLowerCase()}`) }),
    t("campaign-detail-author", { author: detail.authorName }),
    t("campaign-detail-schedule", { schedule: scheduleWords(context, detail), cron: detail.cron }),
    t("campaign-detail-audience", { audience: audienceWords(t, detail.audience, detail.unitNames) }),
    t(detail.needsAck ? "campaign-detail-ack-yes" : "campaign-detail-ack-no"),
    t("campaign-detail-progress", { sent: detail.sent, total: detail.total }),
  ];
  if (detail.status === "ACTIVE" && detail.nextRunAt && detail.sent < detail.total) {
    lines.push(
      t("campaign-detail-next", {
        position: detail.sent + 1,
        total: detail.total,
        when: formatDateTime(detail.nextRunAt, locale, timezone),
      }),
    );
  }
  if (detail.status === "PAUSED") lines.push(t("campaign-detail-paused"));
  lines.push(t("campaign-detail-messages"));
  for (const message of detail.messages) {
    lines.push(
      t("campaign-detail-message", {
        position: message.position,
        excerpt: message.excerpt,
        state: message.sentAt
          ? t("campaign-detail-message-sent", { when: formatDateTime(message.sentAt, locale, timezone) })
          : t("campaign-detail-message-waiting"),
        pulse: message.hasPulse ? t("campaign-detail-message-pulse") : "",
      }),
    );
  }
  return lines;
}

function scheduleWords(context: WordsContext, item: Pick<CampaignListItem, "schedule">): string {
  return item.schedule ? explainSchedule(item.schedule, context) : context.t("campaign-schedule-unreadable");
}

export function audienceWords(t: Translate, audience: AudienceSpec | null, unitNames: string[]): string {
  if (audience === null) return t("campaign-audience-unreadable");
  switch (audience.kind) {
    case "all":
      return t("campaign-audience-all");
    case "supervisors":
      return t("campaign-audience-supervisors");
    case "role":
      return t(audience.role === "LEADER" ? "campaign-audience-leaders" : "campaign-audience-admins");
    case "units":
      return t("campaign-audience-units", { units: unitNames.join(", ") });
  }
}

/** Why a campaign could not be created or changed, in the reader's language. */
export function campaignErrorText(
  t: Translate,
  error: CampaignError | { ok: false; code: "unknown-author"; nip: string },
): string {
  switch (error.code) {
    case "schedule":
      return explainCronIssue(t, error.issue);
    case "content":
      return t("campaign-error-content", { position: error.position, problem: t(`campaign-content-${error.problem}`) });
    case "audience":
      return t("campaign-error-audience");
    case "unknown-author":
      return t("campaign-error-unknown-author", { nip: error.nip });
    default:
      return t(`campaign-error-${error.code}`);
  }
}

/** "messages.2.body: ..." or "berkas: ..." for the file as a whole. */
export function campaignFileIssueText(t: Translate, issue: CampaignFileIssue): string {
  const message = issue.code === "cron" ? explainCronIssue(t, issue.cron) : t(`campaign-file-${issue.code}`, issue.params);
  if (issue.path === "") return t("campaign-file-in-file", { message });
  return t("campaign-file-at", { path: issue.path, message });
}
