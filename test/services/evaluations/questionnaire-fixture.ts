import type { Db } from "../../../src/db/client.js";
import type { Prisma } from "../../../src/generated/prisma/client.js";
import { AGREEMENT_LABELS, type ChoiceOptions } from "../../../src/services/evaluations/question-options.js";

/** Creates a questionnaire directly with Prisma, with one question of each given shape. */
export async function createQuestionnaire(
  db: Db,
  input: {
    code: string;
    version?: number;
    active?: boolean;
    anonymous?: boolean;
    respondentRole?: "PARTICIPANT" | "SUPERVISOR" | "ANY";
    questions?: Omit<Prisma.QuestionCreateWithoutQuestionnaireInput, "position">[];
  },
) {
  const questions = input.questions ?? [{ kind: "LIKERT", text: "Materi bermanfaat", options: JSON.stringify(AGREEMENT_LABELS) }];
  return db.questionnaire.create({
    data: {
      code: input.code,
      version: input.version ?? 1,
      title: `Kuesioner ${input.code} v${input.version ?? 1}`,
      level: input.code.startsWith("L3") ? "BEHAVIOUR" : "REACTION",
      respondentRole: input.respondentRole ?? "PARTICIPANT",
      anonymous: input.anonymous ?? false,
      active: input.active ?? true,
      questions: { create: questions.map((question, index) => ({ ...question, position: index + 1 })) },
    },
    include: { questions: { orderBy: { position: "asc" } } },
  });
}

export const TOPICS: ChoiceOptions = {
  choices: [
    { id: "materi", label: { id: "Materi", en: "Content" } },
    { id: "narasumber", label: { id: "Narasumber", en: "Speaker" } },
    { id: "tempat", label: { id: "Tempat", en: "Venue" } },
  ],
};
