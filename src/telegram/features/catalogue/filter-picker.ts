import { InlineKeyboard, type CallbackQueryContext } from "grammy";
import type { Translate } from "../../../i18n/index.js";
import type { BotContext } from "../../context.js";
import { catalogueData, COMPETENCIES, KINDS, parseFilterData, type CatalogueFilter } from "./callback-data.js";
import { competencyName, filterText, kindName } from "./labels.js";
import { needLinkAnswer, showScreen } from "./screen.js";

/** The filter picker: one activity kind and one competency type; every choice goes back to page 1. */

function renderFilterPicker(t: Translate, filter: CatalogueFilter): { text: string; keyboard: InlineKeyboard } {
  const mark = (selected: boolean, label: string) => (selected ? `✅ ${label}` : label);
  const kinds = KINDS.map((kind) =>
    InlineKeyboard.text(mark(filter.kind === kind, kindName(t, kind)), catalogueData(1, { ...filter, kind })),
  );
  const rows = [
    kinds.slice(0, 3),
    kinds.slice(3),
    [InlineKeyboard.text(mark(filter.kind === null, t("catalogue-button-all-kinds")), catalogueData(1, { ...filter, kind: null }))],
    COMPETENCIES.map((competencyType) =>
      InlineKeyboard.text(
        mark(filter.competencyType === competencyType, competencyName(t, competencyType)),
        catalogueData(1, { ...filter, competencyType }),
      ),
    ),
    [
      InlineKeyboard.text(
        mark(filter.competencyType === null, t("catalogue-button-all-competencies")),
        catalogueData(1, { ...filter, competencyType: null }),
      ),
    ],
    [InlineKeyboard.text(t("catalogue-button-back"), catalogueData(1, filter))],
  ];
  return { text: t("catalogue-filter-title", filterText(t, filter)), keyboard: InlineKeyboard.from(rows) };
}

/** A press on the filter button (`catf:`): the picker for the current filters. */
export async function openFilterPicker(ctx: CallbackQueryContext<BotContext>): Promise<void> {
  if (!ctx.caller.account?.active) return needLinkAnswer(ctx);
  const filter = parseFilterData(ctx.callbackQuery.data);
  if (!filter) return void (await ctx.answerCallbackQuery({ text: ctx.t("catalogue-bad-button") }));
  await ctx.answerCallbackQuery();
  const { text, keyboard } = renderFilterPicker(ctx.t, filter);
  await showScreen(ctx, text, keyboard, true);
}
