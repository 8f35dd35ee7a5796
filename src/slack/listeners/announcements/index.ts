import type { App, ViewSubmitAction } from "@slack/bolt";
import type { SlackCallbacks } from "../../callbacks.js";
import type { SlackDeps } from "../../deps.js";
import { acknowledgeAnnouncement } from "./acknowledgement.js";
import { ACK_PATTERN, COMPOSE_PATTERN, REPORT_PATTERN } from "./callback-data.js";
import { COMPOSE_VIEW_ID, openCompose } from "./compose-view.js";
import { submitCompose } from "./compose-submit.js";
import { showReachReport } from "./reach-report.js";

/**
 * Announcements in Slack: the acknowledgement button under delivered announcements, and for leaders
 * and admins the reach report and the compose modal. The pulse button (`ev:`) belongs to evaluations.
 */
export function register(app: App, deps: SlackDeps, callbacks: SlackCallbacks): void {
  callbacks
    .on(ACK_PATTERN, (args) => acknowledgeAnnouncement(deps, args))
    .on(REPORT_PATTERN, (args) => showReachReport(deps, args))
    .on(COMPOSE_PATTERN, (args) => openCompose(deps, args));

  app.view<ViewSubmitAction>(COMPOSE_VIEW_ID, (submission) => submitCompose(deps, submission));
}
