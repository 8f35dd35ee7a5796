import type { User } from "grammy/types";
import { afterEach, beforeEach } from "vitest";
import { startTestBot, type TestBot } from "./bot-harness.js";
import { PEOPLE, seedRoster, type PersonKey } from "./roster-fixture.js";
import type { TestChat } from "./scenario.js";

/** A new chat linked to the person's roster entry by sharing their phone number. */
export async function linkedChat(t: TestBot, person: PersonKey, from: Partial<User> = {}): Promise<TestChat> {
  const chat = t.chat(from);
  await chat.shareContact(PEOPLE[person].phone);
  return chat;
}

export interface BotWithRoster {
  /** The bot of the running test. */
  t: TestBot;
  /** Employee ids of the fixture roster in the running test's database. */
  ids: Record<PersonKey, number>;
  linkedChat(person: PersonKey, from?: Partial<User>): Promise<TestChat>;
}

/**
 * For every test of the file: a fresh test bot with the fixture roster seeded, stopped afterwards.
 * `t` and `ids` are filled in anew before each test, so they can be taken apart once at the top of
 * the file. Register this before any beforeEach that uses them.
 */
export function useBotWithRoster(): BotWithRoster {
  const t = {} as TestBot;
  const ids = {} as Record<PersonKey, number>;
  beforeEach(async () => {
    Object.assign(t, await startTestBot());
    Object.assign(ids, await seedRoster(t.db));
  });
  afterEach(async () => t.stop());
  return { t, ids, linkedChat: (person, from) => linkedChat(t, person, from) };
}
