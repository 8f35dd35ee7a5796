import type { types } from "@slack/bolt";
import { getActivityDetail } from "../../../services/activities/activity-detail.js";
import type { SlackDeps } from "../../deps.js";
import { actions, modal, sections } from "./blocks.js";
import { detailBlocks } from "./activity-detail.js";
import { cataloguePage } from "./catalogue-page.js";
import { filterPickerBlocks } from "./filter-picker.js";
import { CATALOGUE_VIEW_ID, metadataOf, noticeBlocks, type Notice, type Screen } from "./screen.js";
import type { SlackText } from "./text.js";

/** The catalogue modal showing one screen, with an outcome on top when there is one. */
export async function renderScreen(
  deps: SlackDeps,
  text: SlackText,
  employeeId: number,
  screen: Screen,
  notice?: Notice,
): Promise<types.ModalView> {
  let shown = screen;
  let body: types.KnownBlock[];
  switch (screen.kind) {
    case "page": {
      const page = await cataloguePage(deps, text, { employeeId, page: screen.page, filter: screen.filter });
      shown = { ...screen, page: page.page };
      if (page.gone && !notice) notice = { text: text.mrkdwn("catalogue-page-gone") };
      body = page.blocks;
      break;
    }
    case "filter":
      body = filterPickerBlocks(text, screen.filter);
      break;
    case "detail": {
      const detail = await getActivityDetail(deps, { employeeId, activityId: screen.activityId });
      body =
        "error" in detail
          ? [...sections(text.mrkdwn("catalogue-not-found")), actions([{ text: text.plain("catalogue-button-back"), value: screen.back }])]
          : detailBlocks(text, detail, screen.back);
      break;
    }
  }
  return modal({
    callbackId: CATALOGUE_VIEW_ID,
    title: text.plain("slack-activities-title"),
    close: text.plain("slack-activities-close"),
    blocks: [...noticeBlocks(notice), ...body],
    privateMetadata: metadataOf(shown),
  });
}
