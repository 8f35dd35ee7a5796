import type { types } from "@slack/bolt";
import { formatDateTime } from "../../../i18n/format-date.js";
import { escapeHtml } from "../../../i18n/html.js";
import { listAnnouncements, type AnnouncementSummary } from "../../../services/announcements/list.js";
import { announcerScope } from "../../../services/announcements/scope.js";
import type { SlackCaller } from "../../caller.js";
import type { SlackDeps } from "../../deps.js";
import { htmlToMrkdwn } from "../../mrkdwn.js";
import { actions, button, sections } from "../activities/blocks.js";
import { slackText, type SlackText } from "../activities/text.js";
import { COMPOSE_DATA, reportData } from "./callback-data.js";

/** Recent announcements on App Home, for those who may announce. */
const HOME_ITEMS = 5;

const percent = (part: number, whole: number) => (whole === 0 ? "-" : `${Math.round((part / whole) * 100)}%`);

function itemText(text: SlackText, item: AnnouncementSummary, viewerId: number): string {
  const when = item.sentAt ?? item.scheduledAt;
  const lines = [
    text.html("my-announcements-item", {
      id: String(item.id),
      status: text.html(`announcements-status-${item.status.toLowerCase()}`),
      at: when ? formatDateTime(when, text.locale, text.timezone) : "-",
    }),
    text.html("my-announcements-item-excerpt", { excerpt: escapeHtml(item.excerpt) }),
  ];
  if (item.authorId !== viewerId) lines.push(text.html("my-announcements-item-author", { author: escapeHtml(item.authorName) }));
  if (item.status === "SENT" || item.status === "SENDING") {
    lines.push(
      text.html("my-announcements-item-reach", {
        recipients: item.recipients,
        acknowledged: item.acknowledged,
        percent: percent(item.acknowledged, item.recipients),
        needsAck: item.needsAck ? "yes" : "no",
      }),
    );
  }
  if (item.hasPulse) lines.push(text.html("my-announcements-item-pulse"));
  return htmlToMrkdwn(lines.join("\n"));
}

/**
 * "📣 Pengumuman" for leaders and admins: their latest announcements (an admin's have everybody's) with
 * their reach and a report button, and "✍️ Buat pengumuman". Nothing for anybody else.
 */
export async function homeSection(deps: SlackDeps, caller: SlackCaller): Promise<types.KnownBlock[]> {
  const account = caller.account;
  if (!account?.active) return [];
  if (!(await announcerScope(deps, account.employeeId)).ok) return [];
  const listed = await listAnnouncements(deps, { viewerId: account.employeeId, limit: HOME_ITEMS });
  if (!listed.ok) return [];
  const text = slackText(deps, caller.locale);

  const blocks: types.KnownBlock[] = [...sections(text.mrkdwn("slack-announcements-home-title"))];
  if (listed.items.length === 0) blocks.push(...sections(text.mrkdwn("slack-announcements-home-empty")));
  for (const item of listed.items) {
    const [first] = sections(itemText(text, item, account.employeeId));
    const report = { text: text.plain("my-announcements-button-report", { id: String(item.id) }), value: reportData(item.id) };
    blocks.push({ ...first!, accessory: button(report, 0) });
  }
  blocks.push(actions([{ text: text.plain("compose-hub-new"), value: COMPOSE_DATA, style: "primary" }]));
  return blocks;
}
