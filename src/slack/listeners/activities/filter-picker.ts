import type { types } from "@slack/bolt";
import { htmlToMrkdwn, htmlToPlainText } from "../../mrkdwn.js";
import { actions, sections } from "./blocks.js";
import { catalogueData, COMPETENCIES, KINDS, type CatalogueFilter } from "./callback-data.js";
import { competencyName, filterText, kindName } from "./labels.js";
import type { SlackText } from "./text.js";

/** The filter picker: one activity kind and one competency type; every choice goes back to page 1. */
export function filterPickerBlocks(text: SlackText, filter: CatalogueFilter): types.KnownBlock[] {
  const mark = (selected: boolean, label: string) => (selected ? `✅ ${label}` : label);
  const plain = htmlToPlainText;
  return [
    ...sections(htmlToMrkdwn(text.html("catalogue-filter-title", filterText(text, filter)))),
    actions([
      ...KINDS.map((kind) => ({
        text: mark(filter.kind === kind, plain(kindName(text, kind))),
        value: catalogueData(1, { ...filter, kind }),
      })),
      { text: mark(filter.kind === null, text.plain("catalogue-button-all-kinds")), value: catalogueData(1, { ...filter, kind: null }) },
    ]),
    actions([
      ...COMPETENCIES.map((competencyType) => ({
        text: mark(filter.competencyType === competencyType, plain(competencyName(text, competencyType))),
        value: catalogueData(1, { ...filter, competencyType }),
      })),
      {
        text: mark(filter.competencyType === null, text.plain("catalogue-button-all-competencies")),
        value: catalogueData(1, { ...filter, competencyType: null }),
      },
    ]),
    actions([{ text: text.plain("catalogue-button-back"), value: catalogueData(1, filter) }]),
  ];
}
