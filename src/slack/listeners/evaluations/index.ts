import type { App, ViewClosedAction, ViewSubmitAction } from "@slack/bolt";
import type { SlackCallbacks } from "../../callbacks.js";
import type { SlackDeps } from "../../deps.js";
import { refreshHome } from "../home/refresh.js";
import { EVALUATION_PAGE_CALLBACK } from "./modal-views.js";
import { openEvaluationModal } from "./open-modal.js";
import { closeEvaluationModal, submitEvaluationPage } from "./submit-page.js";

/** Questionnaires answered in a modal: `ev:<requestId>` opens it, each page's submit is validated inline. */
export function register(app: App, deps: SlackDeps, callbacks: SlackCallbacks): void {
  callbacks.on(/^ev:(\d{1,9})$/, ({ caller, match, press }) =>
    openEvaluationModal(deps, { caller, requestId: Number(match[1]), triggerId: press.body.trigger_id, client: press.client }),
  );
  app.view<ViewSubmitAction>({ callback_id: EVALUATION_PAGE_CALLBACK, type: "view_submission" }, (args) =>
    submitEvaluationPage(deps, args, {
      // The home lists open evaluations: once one is sent, the tab is published anew.
      afterSubmit: async (slackUserId) => {
        try {
          await refreshHome(deps, args.client, slackUserId);
        } catch (error) {
          deps.logger.warn({ err: error }, "could not refresh the Slack App Home after an evaluation");
        }
      },
    }),
  );
  app.view<ViewClosedAction>({ callback_id: EVALUATION_PAGE_CALLBACK, type: "view_closed" }, (args) => closeEvaluationModal(deps, args));
}
