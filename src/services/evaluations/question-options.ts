import { z } from "zod";

/** A label in both languages; English falls back to Indonesian when missing. */
export const bilingual = z.object({ id: z.string().min(1), en: z.string().min(1).optional() });
export type Bilingual = z.infer<typeof bilingual>;

/**
 * What `Question.options` holds (as JSON), per question kind:
 * - LIKERT: five labels, from 1 (lowest) to 5 (highest);
 * - RATING: 0..10, with optional labels for both ends;
 * - SINGLE_CHOICE / MULTI_CHOICE: choices with stable ids (answers store the ids);
 * - YES_NO and FREE_TEXT: no options (free text uses Question.maxLength).
 */
export const likertOptions = z.object({ labels: z.array(bilingual).length(5) });
export const ratingOptions = z.object({ low: bilingual.optional(), high: bilingual.optional() });
export const choiceOptions = z.object({
  choices: z
    .array(z.object({ id: z.string().regex(/^[a-z0-9_-]{1,20}$/), label: bilingual }))
    .min(2)
    .max(10)
    .refine((choices) => new Set(choices.map((c) => c.id)).size === choices.length, { message: "choice ids must be unique" }),
});

export type LikertOptions = z.infer<typeof likertOptions>;
export type RatingOptions = z.infer<typeof ratingOptions>;
export type ChoiceOptions = z.infer<typeof choiceOptions>;

/** Default Indonesian/English Likert labels (sangat tidak setuju .. sangat setuju). */
export const AGREEMENT_LABELS: LikertOptions = {
  labels: [
    { id: "Sangat tidak setuju", en: "Strongly disagree" },
    { id: "Tidak setuju", en: "Disagree" },
    { id: "Netral", en: "Neutral" },
    { id: "Setuju", en: "Agree" },
    { id: "Sangat setuju", en: "Strongly agree" },
  ],
};

/** Codes of the shipped default questionnaires (see defaults.ts). */
export const DEFAULT_QUESTIONNAIRES = {
  reaction: "L1-REAKSI",
  behaviourSelf: "L3-DIRI",
  behaviourSupervisor: "L3-ATASAN",
  /** The change-readiness pulse (ADKAR) sent with announcements, see src/services/pulse/. */
  changeReadiness: "PULSE-ADKAR",
} as const;
