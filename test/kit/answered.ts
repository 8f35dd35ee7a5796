import type { Message } from "grammy/types";
import { expect } from "vitest";
import type { Reply, TestChat } from "./scenario.js";

/** Every press must be answered exactly once, and nothing the bot sends may be refused by the server. */
export function answered(reply: Reply): Reply {
  expect(reply.callbackAnswers).toHaveLength(1);
  expect(reply.errors).toEqual([]);
  return reply;
}

/** Presses a button and checks it was answered. */
export const press = async (chat: TestChat, label: string | RegExp) => answered(await chat.press(label));

/** Sends raw callback data and checks it was answered. */
export const pressData = async (chat: TestChat, data: string, message?: Message) =>
  answered(await chat.pressData(data, message));
