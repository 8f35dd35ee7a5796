import type { types, ViewOutput } from "@slack/bolt";
import { escapeHtml } from "../../../i18n/html.js";
import type { Locale } from "../../../i18n/index.js";
import { truncate } from "../../../i18n/truncate.js";
import type { AnsweringQuestion } from "../../../services/evaluations/answering.js";
import { choicesOf, likertOf, localized, questionText, ratingOf } from "../../../services/evaluations/question-view.js";
import { DEFAULT_FREE_TEXT_MAX, type AnswerInput } from "../../../services/evaluations/submission.js";
import { htmlToPlainText } from "../../mrkdwn.js";

/**
 * One question as one input block of a modal, and the value a submission carries back for it. Each
 * kind gets Slack's natural element: radio buttons for Likert, yes/no and single choice, a select for
 * the 0–10 rating (radio buttons allow at most 10 options), checkboxes for multiple choice and a
 * multi-line text input for free text. The value is handed to the services' validation unchanged
 * in meaning, so a forged submission is judged like any other.
 */

type Translate = (key: string, vars?: Record<string, string | number>) => string;

/** Slack's limits: option text 75 characters, labels and hints 2000, a text input at most 3000. */
const OPTION_TEXT_MAX = 75;
const LABEL_MAX = 2000;
export const SLACK_TEXT_INPUT_MAX = 3000;

export const ANSWER_ACTION_ID = "answer";

export const blockIdOf = (questionId: number): string => `q:${questionId}`;

const plain = (text: string): types.PlainTextElement => ({ type: "plain_text", text });

function option(text: string, value: string): types.PlainTextOption {
  return { text: plain(truncate(text, OPTION_TEXT_MAX)), value };
}

/** The free-text limit shown and enforced in Slack: the question's, within Slack's input limit. */
export function freeTextLimit(q: AnsweringQuestion): number {
  return Math.min(q.maxLength ?? DEFAULT_FREE_TEXT_MAX, SLACK_TEXT_INPUT_MAX);
}

/**
 * The input block for a question, showing `current` (an answer given earlier in this modal) as
 * selected. A choice question whose options cannot be read gets a notice instead of an empty input.
 */
export function questionBlock(
  t: Translate,
  locale: Locale,
  q: AnsweringQuestion,
  number: number,
  current: AnswerInput | null | undefined,
): types.KnownBlock {
  const label = plain(truncate(`${number}. ${questionText(locale, q)}`, LABEL_MAX));
  const input = (element: types.InputBlockElement, hint?: string): types.InputBlock => ({
    type: "input",
    block_id: blockIdOf(q.id),
    label,
    optional: !q.required,
    element,
    ...(hint ? { hint: plain(truncate(hint, LABEL_MAX)) } : {}),
  });
  const selected = (options: types.PlainTextOption[]) => {
    const chosen = current === undefined || current === null ? undefined : options.find((o) => o.value === valueOf(current));
    return chosen ? { initial_option: chosen } : {};
  };
  const radio = (options: types.PlainTextOption[]): types.RadioButtons => ({
    type: "radio_buttons",
    action_id: ANSWER_ACTION_ID,
    options,
    ...selected(options),
  });

  switch (q.kind) {
    case "LIKERT":
      return input(radio(likertOf(q).labels.map((text, i) => option(`${i + 1} · ${localized(locale, text)}`, String(i + 1)))));
    case "RATING": {
      const { low, high } = ratingOf(q);
      const options = Array.from({ length: 11 }, (_, n) => option(String(n), String(n)));
      const hint = t("evaluation-hint-rating", {
        low: escapeHtml(low ? localized(locale, low) : t("evaluation-rating-low")),
        high: escapeHtml(high ? localized(locale, high) : t("evaluation-rating-high")),
      });
      return input(
        {
          type: "static_select",
          action_id: ANSWER_ACTION_ID,
          placeholder: plain(t("slack-evaluation-select-placeholder")),
          options,
          ...selected(options),
        },
        htmlToPlainText(hint),
      );
    }
    case "YES_NO":
      return input(radio([option(t("evaluation-yes"), "yes"), option(t("evaluation-no"), "no")]));
    case "SINGLE_CHOICE":
    case "MULTI_CHOICE": {
      const options = choicesOf(q).map((choice) => option(localized(locale, choice.label), choice.id));
      if (options.length === 0) {
        const problem = htmlToPlainText(t("evaluation-error-misconfigured"));
        return { type: "section", block_id: blockIdOf(q.id), text: plain(`${label.text}\n${problem}`) };
      }
      if (q.kind === "SINGLE_CHOICE") return input(radio(options));
      const ticked = Array.isArray(current) ? options.filter((o) => current.includes(o.value!)) : [];
      return input(
        { type: "checkboxes", action_id: ANSWER_ACTION_ID, options, ...(ticked.length > 0 ? { initial_options: ticked } : {}) },
        t("slack-evaluation-hint-multi"),
      );
    }
    case "FREE_TEXT": {
      const max = freeTextLimit(q);
      return input(
        {
          type: "plain_text_input",
          action_id: ANSWER_ACTION_ID,
          multiline: true,
          max_length: max,
          ...(typeof current === "string" ? { initial_value: current } : {}),
        },
        htmlToPlainText(t("evaluation-hint-text", { max: String(max) })),
      );
    }
  }
}

/** How an answer is spelled as an option value. */
function valueOf(answer: AnswerInput): string {
  if (typeof answer === "boolean") return answer ? "yes" : "no";
  return String(answer);
}

/**
 * The answer a submission carries for a question, in the form the services validate (see AnswerInput):
 * null when nothing was given. A value that does not fit the kind is passed on as it came, so the
 * validation names it (`wrong-type`).
 */
export function answerFromState(q: AnsweringQuestion, values: ViewOutput["state"]["values"]): AnswerInput | null {
  const state = values[blockIdOf(q.id)]?.[ANSWER_ACTION_ID];
  if (!state) return null;
  switch (q.kind) {
    case "LIKERT":
    case "RATING": {
      const value = state.selected_option?.value;
      if (value === undefined) return null;
      return /^\d{1,2}$/.test(value) ? Number(value) : value;
    }
    case "YES_NO": {
      const value = state.selected_option?.value;
      if (value === undefined) return null;
      return value === "yes" ? true : value === "no" ? false : value;
    }
    case "SINGLE_CHOICE":
      return state.selected_option?.value ?? null;
    case "MULTI_CHOICE":
      return (state.selected_options ?? []).map((selected) => selected.value);
    case "FREE_TEXT":
      return state.value ?? null;
  }
}
