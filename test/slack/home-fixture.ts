import type { App, RespondArguments, types, ViewResponseAction } from "@slack/bolt";
import type { ManualClock } from "../../src/clock.js";
import { createConfig } from "../../src/config.js";
import { createLogger } from "../../src/logger.js";
import { createMessages } from "../../src/services/messages.js";
import { resolveSlackCaller } from "../../src/slack/caller.js";
import { SlackCallbacks, type ButtonPress } from "../../src/slack/callbacks.js";
import type { SlackDeps } from "../../src/slack/deps.js";
import { register as registerHome } from "../../src/slack/listeners/home/index.js";
import { register as registerIdentity } from "../../src/slack/listeners/identity/index.js";
import type { SlackWebClient } from "../../src/slack/web-client.js";
import type { TestDb } from "../kit/db.js";
import { checkMessage, checkView } from "../kit/slack/block-limits.js";

type Json = Record<string, unknown>;

export function slackDeps(testDb: TestDb, clock: ManualClock): SlackDeps {
  const config = createConfig({ DATABASE_URL: testDb.url, LOG_LEVEL: "silent" });
  return { db: testDb.db, clock, config, logger: createLogger("silent"), messages: createMessages(config) };
}

export interface FakeCall {
  method: string;
  args: Json;
}

/**
 * A Slack Web API client that records every call and answers like Slack: users.info from the
 * profiles given, and views and messages checked against Slack's limits (a refused call throws, as
 * the real client does).
 */
export class FakeSlackClient {
  readonly calls: FakeCall[] = [];
  private readonly profiles = new Map<string, { email?: string; realName?: string }>();

  setProfile(userId: string, profile: { email?: string; realName?: string }): this {
    this.profiles.set(userId, profile);
    return this;
  }

  callsTo(method: string): Json[] {
    return this.calls.filter((call) => call.method === method).map((call) => call.args);
  }

  /** The blocks of the App Home last published for the user. */
  home(userId: string): types.KnownBlock[] {
    const published = this.callsTo("views.publish").filter((args) => args.user_id === userId);
    const last = published.at(-1);
    if (!last) throw new Error(`no App Home was published for ${userId}`);
    return (last.view as { blocks: types.KnownBlock[] }).blocks;
  }

  readonly client = {
    users: {
      info: async (args: { user: string }) => {
        this.calls.push({ method: "users.info", args });
        const profile = this.profiles.get(args.user);
        if (!profile) throw new Error("An API error occurred: user_not_found");
        const realName = profile.realName ?? args.user;
        const slackProfile = { real_name: realName, ...(profile.email ? { email: profile.email } : {}) };
        return { ok: true, user: { id: args.user, name: args.user.toLowerCase(), real_name: realName, profile: slackProfile } };
      },
    },
    views: {
      publish: async (args: Json) => this.view("views.publish", args),
      open: async (args: Json) => this.view("views.open", args),
    },
    chat: {
      postMessage: async (args: Json) => {
        this.calls.push({ method: "chat.postMessage", args });
        const problem = checkMessage(args);
        if (problem) throw new Error(`An API error occurred: ${problem.error} ${problem.response_metadata.messages.join("; ")}`);
        return { ok: true, channel: args.channel, ts: `1765000000.${this.calls.length}` };
      },
    },
  } as unknown as SlackWebClient;

  private async view(method: string, args: Json) {
    this.calls.push({ method, args });
    const problem = checkView(args.view as Json);
    if (problem) throw new Error(`An API error occurred: ${problem.error} ${problem.response_metadata.messages.join("; ")}`);
    return { ok: true, view: args.view };
  }
}

/** A response URL's answers (replacing the pressed message or adding an ephemeral one). */
export type Responses = RespondArguments[];

export interface PressOptions {
  /** The App Home tab (default) or a message with a response URL (a DM or the /pembinaan answer). */
  from?: "home" | "message";
  responses?: Responses;
}

type ViewHandler = (args: { ack: (response?: ViewResponseAction) => Promise<void>; body: Json; view: Json; client: SlackWebClient }) => Promise<void>;
type EventHandler = (args: { event: Json; client: SlackWebClient }) => Promise<void>;
type CommandHandler = (args: { ack: () => Promise<void>; command: Json; respond: (message: RespondArguments) => Promise<unknown>; client: SlackWebClient }) => Promise<void>;

/**
 * The identity and home listeners registered as the app registers them, driven as plain functions:
 * a button press goes through the same callback registry the app's one action listener uses.
 */
export class HomeListeners {
  readonly callbacks = new SlackCallbacks();
  private readonly views = new Map<string, ViewHandler>();
  private readonly events = new Map<string, EventHandler>();
  private readonly commands = new Map<string, CommandHandler>();

  constructor(
    private readonly deps: SlackDeps,
    private readonly slack: FakeSlackClient,
  ) {
    const app = {
      view: (constraint: { callback_id: string }, handler: ViewHandler) => void this.views.set(constraint.callback_id, handler),
      event: (name: string, handler: EventHandler) => void this.events.set(name, handler),
      command: (name: string, handler: CommandHandler) => void this.commands.set(name, handler),
    } as unknown as App;
    registerIdentity(app, deps, this.callbacks);
    registerHome(app, deps, this.callbacks);
  }

  async openHome(userId: string, tab = "home"): Promise<void> {
    await this.events.get("app_home_opened")!({ event: { type: "app_home_opened", user: userId, tab }, client: this.slack.client });
  }

  /** Presses a button with this value; false when no handler knows the value (the app then says it is stale). */
  async press(userId: string, value: string, options: PressOptions = {}): Promise<boolean> {
    const found = this.callbacks.find(value);
    if (!found) return false;
    const from = options.from ?? "home";
    const responses = options.responses ?? [];
    const press = {
      ack: async () => {},
      respond: async (message: RespondArguments) => void responses.push(message),
      client: this.slack.client,
      action: { type: "button", action_id: "cb:0", value },
      body: {
        type: "block_actions",
        user: { id: userId, username: userId.toLowerCase() },
        trigger_id: `${userId}.trigger`,
        ...(from === "home"
          ? { container: { type: "view" }, view: { type: "home" } }
          : { container: { type: "message" }, response_url: "https://hooks.slack.com/actions/T0/1/abc" }),
      },
    } as unknown as ButtonPress;
    const caller = await resolveSlackCaller(this.deps, userId);
    await found.handle({ caller, data: value, match: found.match, press });
    return true;
  }

  /** Submits a modal with these `state.values` and returns what the app acknowledged with. */
  async submit(userId: string, callbackId: string, values: Json): Promise<ViewResponseAction | undefined> {
    const acks: (ViewResponseAction | undefined)[] = [];
    await this.views.get(callbackId)!({
      ack: async (response) => void acks.push(response),
      body: { type: "view_submission", user: { id: userId, username: userId.toLowerCase() } },
      view: { type: "modal", callback_id: callbackId, state: { values } },
      client: this.slack.client,
    });
    if (acks.length !== 1) throw new Error(`ack was called ${acks.length} times`);
    return acks[0];
  }

  /** Types the slash command and returns the ephemeral answer. */
  async command(userId: string, name = "/pembinaan"): Promise<CommandAnswer> {
    const responses: RespondArguments[] = [];
    let acked = 0;
    await this.commands.get(name)!({
      ack: async () => void (acked += 1),
      command: { command: name, user_id: userId, text: "" },
      respond: async (message) => void responses.push(message),
      client: this.slack.client,
    });
    if (acked !== 1 || responses.length !== 1) throw new Error(`acked ${acked} times, answered ${responses.length} times`);
    return responses[0] as CommandAnswer;
  }
}

export interface CommandAnswer {
  response_type?: string;
  text?: string;
  blocks?: types.KnownBlock[];
}

/** All the text blocks show, in order, for reading them like a person would. */
export function blocksText(blocks: readonly unknown[]): string {
  const texts: string[] = [];
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (node && typeof node === "object") {
      const object = node as Json;
      if (typeof object.text === "string") texts.push(object.text);
      for (const [key, value] of Object.entries(object)) if (key !== "text" || typeof value !== "string") visit(value);
    }
  };
  visit(blocks);
  return texts.join("\n");
}

/** The values of every button in the blocks, e.g. `["lang:id", "lang:en"]`. */
export function buttonValues(blocks: readonly unknown[]): string[] {
  const values: string[] = [];
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (node && typeof node === "object") {
      const object = node as Json;
      if (object.type === "button" && typeof object.value === "string") values.push(object.value);
      Object.values(object).forEach(visit);
    }
  };
  visit(blocks);
  return values;
}

/** The button with this value, to check its label and style. */
export function buttonWith(blocks: readonly unknown[], value: string): types.Button | undefined {
  let found: types.Button | undefined;
  const visit = (node: unknown): void => {
    if (found || !node || typeof node !== "object") return;
    if (Array.isArray(node)) return node.forEach(visit);
    const object = node as Json;
    if (object.type === "button" && object.value === value) found = object as unknown as types.Button;
    else Object.values(object).forEach(visit);
  };
  visit(blocks);
  return found;
}

/** The `state.values` of the NIP-plus-code modal as Slack sends them on submit. */
export function codeModalValues(nip: string, code: string): Json {
  return {
    link_nip: { value: { type: "plain_text_input", value: nip } },
    link_code: { value: { type: "plain_text_input", value: code } },
  };
}
