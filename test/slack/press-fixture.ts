import type { App, RespondArguments, ViewResponseAction } from "@slack/bolt";
import { ManualClock } from "../../src/clock.js";
import { createConfig } from "../../src/config.js";
import { createLogger } from "../../src/logger.js";
import { createMessages } from "../../src/services/messages.js";
import { resolveSlackCaller } from "../../src/slack/caller.js";
import { SlackCallbacks, type ButtonPress } from "../../src/slack/callbacks.js";
import type { SlackDeps } from "../../src/slack/deps.js";
import { register as registerActivities } from "../../src/slack/listeners/activities/index.js";
import { register as registerAnnouncements } from "../../src/slack/listeners/announcements/index.js";
import type { ViewSubmission } from "../../src/slack/listeners/activities/view-submission.js";
import type { SlackWebClient } from "../../src/slack/web-client.js";
import { createTestDb, type TestDb } from "../kit/db.js";
import { seedRoster, type PersonKey } from "../kit/roster-fixture.js";
import { checkMessage, checkView } from "../kit/slack/block-limits.js";
import { linkSlackAccount } from "../kit/slack/harness.js";

/**
 * The activities and announcements listeners driven as plain functions: button presses go through
 * the same callback registry as the app's one action listener, with a fake Web API client that
 * records every call and refuses what Slack would refuse.
 */

type Json = Record<string, unknown>;

export function slackDeps(testDb: TestDb, clock: ManualClock): SlackDeps {
  const config = createConfig({ DATABASE_URL: testDb.url, LOG_LEVEL: "silent", QUIET_HOURS: "off" });
  return { db: testDb.db, clock, config, logger: createLogger("silent"), messages: createMessages(config) };
}

export interface ShownView {
  id: string;
  callback_id: string;
  private_metadata: string;
  blocks: unknown[];
  title: { text: string };
}

export class FakeSlack {
  readonly calls: Array<{ method: string; args: Json }> = [];
  /** The modal on screen: the last one opened, pushed or updated. */
  modal: ShownView | null = null;
  private seq = 0;

  callsTo(method: string): Json[] {
    return this.calls.filter((call) => call.method === method).map((call) => call.args);
  }

  /** The blocks of the App Home last published for the user. */
  home(userId: string): unknown[] {
    const last = this.callsTo("views.publish").filter((args) => args.user_id === userId).at(-1);
    if (!last) throw new Error(`no App Home was published for ${userId}`);
    return (last.view as { blocks: unknown[] }).blocks;
  }

  readonly client = {
    views: {
      open: async (args: Json) => this.view("views.open", args),
      push: async (args: Json) => this.view("views.push", args),
      update: async (args: Json) => this.view("views.update", args),
      publish: async (args: Json) => this.view("views.publish", args),
    },
    chat: {
      postMessage: async (args: Json) => this.message("chat.postMessage", args),
      update: async (args: Json) => this.message("chat.update", args),
    },
  } as unknown as SlackWebClient;

  private async message(method: string, args: Json) {
    this.calls.push({ method, args });
    const problem = checkMessage(args);
    if (problem) throw new Error(`An API error occurred: ${problem.error} ${problem.response_metadata.messages.join("; ")}`);
    return { ok: true, channel: args.channel, ts: typeof args.ts === "string" ? args.ts : `1765000000.${++this.seq}` };
  }

  private async view(method: string, args: Json) {
    this.calls.push({ method, args });
    const view = args.view as Json;
    const problem = checkView(view);
    if (problem) throw new Error(`An API error occurred: ${problem.error} ${problem.response_metadata.messages.join("; ")}`);
    if ((method === "views.open" || method === "views.push") && !args.trigger_id) throw new Error("invalid_arguments");
    const id = typeof args.view_id === "string" ? args.view_id : `V${++this.seq}`;
    if (method !== "views.publish") this.modal = { ...(view as unknown as ShownView), id, private_metadata: (view.private_metadata as string) ?? "" };
    return { ok: true, view: { ...view, id } };
  }
}

/** Where the button was: App Home, a DM from the app (optionally a given message), or the modal on screen. */
export type Where =
  | { from: "home" }
  /** `ephemeral`: the /pembinaan menu, shown only to the user, which cannot be edited. */
  | { from: "dm"; message?: { ts: string; text?: string; blocks: unknown[] }; ephemeral?: boolean }
  | { from: "modal" };

export const DM_RESPONSE_URL = "https://hooks.slack.com/actions/T0PEMBINA/1/abc";

export class Listeners {
  readonly callbacks = new SlackCallbacks();
  private readonly views = new Map<string, (submission: ViewSubmission) => Promise<void>>();

  constructor(
    private readonly deps: SlackDeps,
    readonly slack: FakeSlack,
  ) {
    const app = {
      view: (constraint: string | { callback_id: string }, handler: (submission: ViewSubmission) => Promise<void>) =>
        void this.views.set(typeof constraint === "string" ? constraint : constraint.callback_id, handler),
      event: () => {},
      command: () => {},
      action: () => {},
    } as unknown as App;
    registerActivities(app, deps, this.callbacks);
    registerAnnouncements(app, deps, this.callbacks);
  }

  /**
   * Presses a button with this value as the app's action listener would, and returns the ephemeral
   * answers given through the response URL. Throws when no handler knows the value.
   */
  async press(userId: string, value: string, where: Where = { from: "dm" }): Promise<RespondArguments[]> {
    const found = this.callbacks.find(value);
    if (!found) throw new Error(`no handler for ${value}`);
    const responses: RespondArguments[] = [];
    const body: Json = {
      type: "block_actions",
      user: { id: userId, username: userId.toLowerCase() },
      trigger_id: `${userId}.trigger`,
      actions: [{ type: "button", action_id: "cb:0", value }],
    };
    if (where.from === "home") Object.assign(body, { container: { type: "view" }, view: { id: "VHOME", type: "home", private_metadata: "" } });
    else if (where.from === "modal") {
      const modal = this.slack.modal;
      if (!modal) throw new Error("no modal is open");
      Object.assign(body, { container: { type: "view", view_id: modal.id }, view: { ...modal, type: "modal", state: { values: {} } } });
    } else {
      const message = where.message ?? { ts: "1765000000.000001", text: "", blocks: [] };
      Object.assign(body, {
        container: { type: "message", message_ts: message.ts, channel_id: `D${userId.slice(1)}`, is_ephemeral: where.ephemeral ?? false },
        channel: { id: `D${userId.slice(1)}`, name: "directmessage" },
        message: { type: "message", ...message },
        response_url: DM_RESPONSE_URL,
      });
    }
    const press = {
      ack: async () => {},
      respond: async (message: RespondArguments) => void responses.push(message),
      client: this.slack.client,
      action: (body.actions as unknown[])[0],
      body,
    } as unknown as ButtonPress;
    const caller = await resolveSlackCaller(this.deps, userId);
    await found.handle({ caller, data: value, match: found.match, press });
    return responses;
  }

  /** Submits a modal with these `state.values`; returns what the listener acknowledged with (exactly once). */
  async submit(userId: string, callbackId: string, values: Json, privateMetadata = ""): Promise<ViewResponseAction | undefined> {
    const handler = this.views.get(callbackId);
    if (!handler) throw new Error(`no view listener for ${callbackId}`);
    const acks: Array<ViewResponseAction | undefined> = [];
    await handler({
      ack: async (response) => void acks.push(response),
      body: { user: { id: userId } },
      view: { private_metadata: privateMetadata, state: { values } } as ViewSubmission["view"],
      client: this.slack.client,
    });
    if (acks.length !== 1) throw new Error(`ack was called ${acks.length} times`);
    return acks[0];
  }
}

/** Every text in some blocks, in order, for reading them as a person would. */
export function textOf(blocks: unknown): string {
  const texts: string[] = [];
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (!node || typeof node !== "object") return;
    const object = node as Json;
    if (typeof object.text === "string") texts.push(object.text);
    for (const [key, value] of Object.entries(object)) if (key !== "text" || typeof value !== "string") visit(value);
  };
  visit(blocks);
  return texts.join("\n");
}

/** Every button in some blocks, as label and value. */
export function buttonsOf(blocks: unknown): Array<{ text: string; value: string }> {
  const found: Array<{ text: string; value: string }> = [];
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (!node || typeof node !== "object") return;
    const object = node as Json;
    if (object.type === "button" && typeof object.value === "string") {
      found.push({ text: (object.text as { text: string }).text, value: object.value });
      return;
    }
    Object.values(object).forEach(visit);
  };
  visit(blocks);
  return found;
}

/** The one modal on screen, read like a person would. */
export function modalText(slack: FakeSlack): string {
  if (!slack.modal) throw new Error("no modal is open");
  return textOf(slack.modal.blocks);
}

export interface SlackListenersSetup {
  testDb: TestDb;
  deps: SlackDeps;
  ids: Record<PersonKey, number>;
  slack: FakeSlack;
  listeners: Listeners;
}

/**
 * A fresh database with the fixture roster, these people linked to these Slack users, and the
 * listeners ready to be pressed, on Monday 7 December 2026, 09:00 WIB: a week before the activity
 * fixture's activities. The caller disposes of `testDb`.
 */
export async function startSlackListeners(slackUsers: Partial<Record<PersonKey, string>>): Promise<SlackListenersSetup> {
  const testDb = await createTestDb();
  const deps = slackDeps(testDb, new ManualClock("2026-12-07T02:00:00Z"));
  const ids = await seedRoster(testDb.db);
  for (const [person, userId] of Object.entries(slackUsers)) await linkSlackAccount(testDb.db, ids[person as PersonKey], userId!);
  const slack = new FakeSlack();
  return { testDb, deps, ids, slack, listeners: new Listeners(deps, slack) };
}
