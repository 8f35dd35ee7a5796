import type { Locale } from "../../i18n/index.js";
import type { AnsweringQuestion } from "./answering.js";
import {
  AGREEMENT_LABELS,
  choiceOptions,
  likertOptions,
  ratingOptions,
  type Bilingual,
  type ChoiceOptions,
  type LikertOptions,
  type RatingOptions,
} from "./question-options.js";

/**
 * A question as the chat adapters show it: its text and labels in the reader's language and its
 * stored options read leniently, so a question whose options cannot be read still shows (with the
 * default Likert labels, no rating end labels, or no choices).
 */

type Schema<T> = { safeParse(value: unknown): { success: true; data: T } | { success: false } };

function parseJson<T>(raw: string | null, schema: Schema<T>): T | null {
  if (raw === null) return null;
  try {
    const parsed = schema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export const likertOf = (q: AnsweringQuestion): LikertOptions => parseJson(q.options, likertOptions) ?? AGREEMENT_LABELS;
export const ratingOf = (q: AnsweringQuestion): RatingOptions => parseJson(q.options, ratingOptions) ?? {};
export const choicesOf = (q: AnsweringQuestion): ChoiceOptions["choices"] => parseJson(q.options, choiceOptions)?.choices ?? [];

/** A label in the reader's language; English falls back to Indonesian. */
export function localized(locale: Locale, text: Bilingual): string {
  return locale === "en" ? (text.en ?? text.id) : text.id;
}

export function questionText(locale: Locale, q: AnsweringQuestion): string {
  return locale === "en" ? (q.textEn ?? q.text) : q.text;
}
