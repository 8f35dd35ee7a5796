import type { App, ViewSubmitAction } from "@slack/bolt";
import type { SlackCallbacks } from "../../callbacks.js";
import type { SlackDeps } from "../../deps.js";
import { decide } from "./approvals.js";
import { cancel } from "./cancel-actions.js";
import { PATTERNS } from "./callback-data.js";
import { navigate } from "./navigate.js";
import { register as registerFor } from "./register-actions.js";
import { REJECT_VIEW_ID, submitRejection } from "./reject-reason.js";

/**
 * Activities in Slack: the catalogue modal (pages, filters, an activity's detail), registering and
 * cancelling, and supervisors deciding registrations from the request in their DMs. Every press goes
 * to the same services as on Telegram, which check it again.
 */
export function register(app: App, deps: SlackDeps, callbacks: SlackCallbacks): void {
  callbacks
    .on(PATTERNS.page, (args) => navigate(deps, args))
    .on(PATTERNS.filter, (args) => navigate(deps, args))
    .on(PATTERNS.detail, (args) => navigate(deps, args))
    .on(PATTERNS.register, (args) => registerFor(deps, args, false))
    .on(PATTERNS.registerDespiteClash, (args) => registerFor(deps, args, true))
    .on(PATTERNS.cancel, (args) => cancel(deps, args))
    .on(PATTERNS.decide, (args) => decide(deps, args));

  app.view<ViewSubmitAction>(REJECT_VIEW_ID, (submission) => submitRejection(deps, submission));
}
