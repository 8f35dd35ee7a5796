import type { types } from "@slack/bolt";
import type { ButtonPress } from "../../callbacks.js";
import { actions, divider, sections, type ButtonSpec } from "./blocks.js";
import {
  catalogueData,
  detailData,
  filterData,
  idOf,
  NO_FILTER,
  parseCatalogueData,
  parseFilterData,
  PATTERNS,
  type CatalogueFilter,
} from "./callback-data.js";

/**
 * The catalogue lives in one modal whose content changes in place, as Telegram edits its message: a
 * page, the filter picker or an activity's detail. The modal remembers what it shows (as button data)
 * so that after registering or cancelling the same screen is drawn again with the outcome on top.
 */

export const CATALOGUE_VIEW_ID = "sact_catalogue";

export type Screen =
  | { kind: "page"; page: number; filter: CatalogueFilter }
  | { kind: "filter"; filter: CatalogueFilter }
  /** `back` is the catalogue page to return to, as button data. */
  | { kind: "detail"; activityId: number; back: string };

/** An outcome shown above the screen: mrkdwn text and, for a clash, buttons to decide. */
export interface Notice {
  text: string;
  buttons?: ButtonSpec[];
}

export const FIRST_PAGE: Screen = { kind: "page", page: 1, filter: NO_FILTER };

export function screenData(screen: Screen): string {
  switch (screen.kind) {
    case "page":
      return catalogueData(screen.page, screen.filter);
    case "filter":
      return filterData(screen.filter);
    case "detail":
      return detailData(screen.activityId);
  }
}

/** A screen from button data; `back` is used for a detail. */
export function parseScreen(data: string, back: string = catalogueData(1)): Screen | null {
  const page = parseCatalogueData(data);
  if (page) return { kind: "page", ...page };
  const filter = parseFilterData(data);
  if (filter) return { kind: "filter", filter };
  const activityId = idOf(data, PATTERNS.detail);
  if (activityId !== null) return { kind: "detail", activityId, back: parseCatalogueData(back) ? back : catalogueData(1) };
  return null;
}

interface Metadata {
  screen: string;
  back: string;
}

export function metadataOf(screen: Screen): string {
  const data: Metadata = { screen: screenData(screen), back: screen.kind === "detail" ? screen.back : screenData(screen) };
  return JSON.stringify(data);
}

/** The catalogue modal the button was pressed in, or null when it was pressed elsewhere. */
function catalogueModalOf(press: ButtonPress) {
  const view = press.body.view;
  return view?.type === "modal" && view.callback_id === CATALOGUE_VIEW_ID ? view : null;
}

/** What the pressed catalogue modal shows now; null outside the catalogue modal. */
export function currentScreen(press: ButtonPress): Screen | null {
  const view = catalogueModalOf(press);
  if (!view) return null;
  try {
    const metadata = JSON.parse(view.private_metadata) as Partial<Metadata>;
    return typeof metadata.screen === "string" ? parseScreen(metadata.screen, metadata.back) : null;
  } catch {
    return null;
  }
}

/** The catalogue page a detail opened from the pressed screen returns to. */
export function backFrom(press: ButtonPress): string {
  const screen = currentScreen(press);
  if (!screen) return catalogueData(1);
  if (screen.kind === "detail") return screen.back;
  return catalogueData(screen.kind === "page" ? screen.page : 1, screen.filter);
}

export function noticeBlocks(notice: Notice | undefined): types.KnownBlock[] {
  if (!notice) return [];
  return [...sections(notice.text), ...(notice.buttons?.length ? [actions(notice.buttons)] : []), divider()];
}

/**
 * Shows a catalogue view: in place when the press came from the catalogue modal, on top of another
 * modal when it came from one, otherwise (App Home, a message) in a new modal.
 */
export async function showView(press: ButtonPress, view: types.ModalView): Promise<void> {
  const current = press.body.view;
  if (current && catalogueModalOf(press)) {
    await press.client.views.update({ view_id: current.id, view });
  } else if (current?.type === "modal") {
    await press.client.views.push({ trigger_id: press.body.trigger_id, view });
  } else {
    await press.client.views.open({ trigger_id: press.body.trigger_id, view });
  }
}
