import type { types, ViewOutput, ViewResponseAction, ViewStateValue } from "@slack/bolt";
import type { ManualClock } from "../../src/clock.js";
import { createConfig } from "../../src/config.js";
import type { Db } from "../../src/db/client.js";
import { createLogger } from "../../src/logger.js";
import { createMessages } from "../../src/services/messages.js";
import type { SlackDeps } from "../../src/slack/deps.js";
import type { TestDb } from "../kit/db.js";
import { createQuestionnaire } from "../services/evaluations/questionnaire-fixture.js";

/** What a person picks or types per question id: an option value ("4", "yes", "materi"), ticked values, or text. */
export type ModalAnswers = Record<number, string | string[]>;

export function slackDeps(testDb: TestDb, clock: ManualClock): SlackDeps {
  const config = createConfig({ DATABASE_URL: testDb.url, LOG_LEVEL: "silent" });
  return { db: testDb.db, clock, config, logger: createLogger("silent"), messages: createMessages(config) };
}

let seq = 0;

/** A questionnaire with the given questions and one open request for it, due (by default) Monday 21 December 2026, 23:59 WIB. */
export async function evaluationRequest(
  db: Db,
  input: {
    respondentId: number;
    questions: NonNullable<Parameters<typeof createQuestionnaire>[1]["questions"]>;
    anonymous?: boolean;
    subjectId?: number;
    activityId?: number;
    dueAt?: Date;
  },
) {
  seq += 1;
  const questionnaire = await createQuestionnaire(db, {
    code: `L1-SLACK-${seq}`,
    anonymous: input.anonymous ?? false,
    questions: input.questions,
  });
  const request = await db.evaluationRequest.create({
    data: {
      dedupeKey: `slack-test:${seq}`,
      questionnaireId: questionnaire.id,
      respondentId: input.respondentId,
      subjectId: input.subjectId ?? null,
      activityId: input.activityId ?? null,
      dueAt: input.dueAt ?? new Date("2026-12-21T16:59:00Z"),
      createdAt: new Date("2026-12-14T10:00:00Z"),
    },
  });
  return { questionnaire, request };
}

/** A Slack client that records the modals it is asked to open. */
export function fakeViewsClient() {
  const opened: { trigger_id: string; view: types.ModalView }[] = [];
  return {
    opened,
    client: {
      views: {
        open: async (args: { trigger_id: string; view: types.ModalView }) => {
          opened.push(args);
          return { ok: true };
        },
      },
    },
  };
}

/** An `ack` that remembers what it was called with. */
export function fakeAck() {
  const calls: (ViewResponseAction | undefined)[] = [];
  return {
    calls,
    ack: async (response?: ViewResponseAction) => void calls.push(response),
    get response(): ViewResponseAction | undefined {
      if (calls.length !== 1) throw new Error(`ack was called ${calls.length} times`);
      return calls[0];
    },
  };
}

type Json = Record<string, unknown>;

/**
 * The `state.values` Slack sends when the given view is submitted with these answers: every input
 * block is present, unanswered ones empty, as Slack reports them.
 */
export function stateFor(view: { blocks: readonly unknown[] }, answers: ModalAnswers): ViewOutput["state"]["values"] {
  const values: ViewOutput["state"]["values"] = {};
  for (const raw of view.blocks) {
    const block = raw as Json;
    if (block.type !== "input") continue;
    const element = block.element as { type: string; action_id: string; options?: { text: types.PlainTextElement; value: string }[] };
    const questionId = Number(String(block.block_id).replace(/^q:/, ""));
    const answer = answers[questionId];
    const optionFor = (value: string) =>
      element.options?.find((o) => o.value === value) ?? { text: { type: "plain_text" as const, text: value }, value };
    let state: ViewStateValue;
    switch (element.type) {
      case "radio_buttons":
      case "static_select":
        state = { type: element.type, selected_option: typeof answer === "string" ? optionFor(answer) : null };
        break;
      case "checkboxes":
        state = { type: element.type, selected_options: Array.isArray(answer) ? answer.map(optionFor) : [] };
        break;
      default:
        state = { type: element.type, value: typeof answer === "string" ? answer : null };
    }
    values[String(block.block_id)] = { [element.action_id]: state };
  }
  return values;
}

/** All the text a view shows, for reading it like a person would. */
export function viewText(view: { blocks: readonly unknown[] }): string {
  const texts: string[] = [];
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (node && typeof node === "object") {
      const object = node as Json;
      if (typeof object.text === "string") texts.push(object.text);
      for (const [key, value] of Object.entries(object)) if (key !== "text" || typeof value !== "string") visit(value);
    }
  };
  visit(view.blocks);
  return texts.join("\n");
}

export const inputBlocks = (view: { blocks: readonly unknown[] }) =>
  view.blocks.filter((block): block is types.InputBlock => (block as Json).type === "input");
