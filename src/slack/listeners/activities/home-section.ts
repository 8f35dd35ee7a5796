import type { types } from "@slack/bolt";
import { formatDateTime } from "../../../i18n/format-date.js";
import { escapeHtml } from "../../../i18n/html.js";
import { listMySchedule, type ScheduleItem } from "../../../services/activities/my-schedule.js";
import { listDecidableRequests } from "../../../services/activities/pending-approvals.js";
import type { SlackCaller } from "../../caller.js";
import type { SlackDeps } from "../../deps.js";
import { htmlToMrkdwn } from "../../mrkdwn.js";
import { actions, button, context, divider, sections } from "./blocks.js";
import { cancelButton } from "./activity-detail.js";
import { catalogueData, detailData } from "./callback-data.js";
import { keyPart, placeOf } from "./labels.js";
import { slackText, type SlackText } from "./text.js";

/** The home stays short (a message holds 50 blocks): the rest is a press away in the catalogue. */
const HOME_ITEMS = 5;
const HOME_APPROVALS = 3;

/** One registration: its text, with the cancel button beside it (or "Detail" once it can no longer be cancelled). */
function itemBlock(text: SlackText, item: ScheduleItem, number: number): types.SectionBlock {
  const entry = text.html("schedule-item", {
    number: String(number),
    title: escapeHtml(item.title),
    start: formatDateTime(item.startsAt, text.locale, text.timezone),
    place: escapeHtml(placeOf(item)),
    status: text.html(`schedule-status-${keyPart(item.status)}`, { rank: item.waitlistRank ?? 0 }),
  });
  const spec = item.cancellable
    ? cancelButton(text, { id: item.registrationId, status: item.status }, item, text.plain("slack-activities-button-cancel"))
    : { text: text.plain("slack-activities-button-detail"), value: detailData(item.activityId) };
  const [first] = sections(htmlToMrkdwn(entry));
  return { ...first!, accessory: button(spec, 0) };
}

async function scheduleBlocks(deps: SlackDeps, text: SlackText, employeeId: number): Promise<types.KnownBlock[]> {
  const schedule = await listMySchedule(deps, { employeeId, page: 1, pageSize: HOME_ITEMS });
  const items = "error" in schedule ? [] : schedule.items;
  const total = "error" in schedule ? 0 : schedule.total;
  const blocks: types.KnownBlock[] = [...sections(text.mrkdwn("schedule-title"))];
  if (items.length === 0) blocks.push(...sections(text.mrkdwn("schedule-empty")));
  items.forEach((item, index) => blocks.push(itemBlock(text, item, index + 1)));
  if (total > items.length) blocks.push(context(text.mrkdwn("slack-activities-home-more", { shown: items.length, total })));
  blocks.push(actions([{ text: text.plain("schedule-button-catalogue"), value: catalogueData(1), style: "primary" }]));
  return blocks;
}

/** For supervisors and admins: the oldest requests waiting for their decision, with the same buttons as the DM. */
async function approvalBlocks(deps: SlackDeps, text: SlackText, deciderId: number): Promise<types.KnownBlock[]> {
  const listed = await listDecidableRequests(deps, { deciderId, limit: HOME_APPROVALS });
  if (!listed.ok || listed.count === 0) return [];
  const blocks: types.KnownBlock[] = [divider(), ...sections(text.mrkdwn("approvals-title", { count: String(listed.count) }))];
  for (const request of listed.requests) {
    const lines = [
      text.html("approvals-item", {
        name: escapeHtml(request.employee.name),
        unit: escapeHtml(request.employee.unit.name),
        title: escapeHtml(request.activity.title),
        start: formatDateTime(request.activity.startsAt, text.locale, text.timezone),
      }),
    ];
    if (request.escalatedAt && request.employee.supervisorId !== deciderId && request.employee.supervisor) {
      lines.push(text.html("approvals-item-escalated", { supervisor: escapeHtml(request.employee.supervisor.name) }));
    }
    blocks.push(
      ...sections(htmlToMrkdwn(lines.join("\n"))),
      actions([
        { text: text.plain("approval-button-approve"), value: `apr:${request.id}:y`, style: "primary" },
        { text: text.plain("approval-button-reject"), value: `apr:${request.id}:n`, style: "danger" },
      ]),
    );
  }
  if (listed.count > listed.requests.length) {
    blocks.push(context(text.mrkdwn("approvals-more", { shown: String(listed.requests.length) })));
  }
  return blocks;
}

/**
 * "🗓 Jadwal saya" on App Home: upcoming registrations with their status and a cancel button, and the
 * catalogue; for supervisors and admins also the registrations waiting for their approval.
 */
export async function homeSection(deps: SlackDeps, caller: SlackCaller): Promise<types.KnownBlock[]> {
  const account = caller.account;
  if (!account?.active) return [];
  const text = slackText(deps, caller.locale);
  const blocks = await scheduleBlocks(deps, text, account.employeeId);
  if (caller.roles.supervisor || caller.roles.admin) blocks.push(...(await approvalBlocks(deps, text, account.employeeId)));
  return blocks;
}
