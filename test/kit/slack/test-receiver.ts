import type { App, Receiver } from "@slack/bolt";
import { FAKE_TEAM_ID } from "./fake-web-api.js";

export type Body = Record<string, unknown>;

/** What the app did with an injected payload: whether it acknowledged it, and with what. */
export interface Acked {
  acked: boolean;
  /** The argument `ack` was called with, e.g. `{ response_action: "errors", errors: {...} }`. */
  response: unknown;
}

export interface ButtonPressInput {
  userId: string;
  /** The button's value, e.g. `ack:12`. */
  value: string;
  actionId?: string;
  text?: string;
  /** Where the button was: a message (DM by default) or a view (App Home tab or modal). */
  container?: { type: "message"; channelId?: string; messageTs?: string; responseUrl?: string } | { type: "view"; view: Body };
  /** Input values of the view the button sits in. */
  stateValues?: Body;
  triggerId?: string;
}

export interface ViewSubmissionInput {
  userId: string;
  callbackId: string;
  /** `state.values`: `{ [blockId]: { [actionId]: { type, value | selected_option | selected_options } } }`. */
  values: Body;
  privateMetadata?: string;
  viewId?: string;
  /** The submitted view's other fields (title, blocks, ...). */
  view?: Body;
}

export interface CommandInput {
  userId: string;
  command?: string;
  text?: string;
  channelId?: string;
  responseUrl?: string;
  triggerId?: string;
}

let sequence = 0;
const next = () => ++sequence;

/**
 * A Bolt receiver for tests: payloads shaped as Slack sends them go straight into the real app, and
 * each injection resolves once every listener has finished, with what `ack` was called with.
 */
export class TestReceiver implements Receiver {
  private app: App | undefined;

  init(app: App): void {
    this.app = app;
  }

  async start(): Promise<void> {}

  async stop(): Promise<void> {}

  /** Injects any payload (an interaction body or an Events API envelope). */
  async dispatch(body: Body): Promise<Acked> {
    if (!this.app) throw new Error("the receiver is not attached to an app");
    const result: Acked = { acked: false, response: undefined };
    await this.app.processEvent({
      body,
      ack: async (response?: unknown) => {
        if (result.acked) throw new Error("ack was called more than once");
        result.acked = true;
        result.response = response;
      },
    });
    return result;
  }

  pressButton(input: ButtonPressInput): Promise<Acked> {
    const actionTs = `${1765000000 + next()}.000100`;
    const container = input.container ?? { type: "message" };
    const user = { id: input.userId, username: input.userId.toLowerCase(), name: input.userId.toLowerCase(), team_id: FAKE_TEAM_ID };
    const action = {
      type: "button",
      action_id: input.actionId ?? "cb:0",
      block_id: `b${next()}`,
      text: { type: "plain_text", text: input.text ?? input.value, emoji: true },
      value: input.value,
      action_ts: actionTs,
    };
    const common = {
      type: "block_actions",
      team: { id: FAKE_TEAM_ID, domain: "pembinaan" },
      user,
      api_app_id: "A0PEMBINA",
      token: "legacy-verification-token",
      trigger_id: input.triggerId ?? `${next()}.trigger`,
      actions: [action],
      state: { values: input.stateValues ?? {} },
    };
    if (container.type === "view") {
      const view = { id: `V${next()}`, team_id: FAKE_TEAM_ID, type: "home", state: { values: input.stateValues ?? {} }, ...container.view };
      return this.dispatch({ ...common, container: { type: "view", view_id: view.id }, view });
    }
    const channelId = container.channelId ?? `D${input.userId.slice(1)}`;
    const messageTs = container.messageTs ?? actionTs;
    return this.dispatch({
      ...common,
      container: { type: "message", message_ts: messageTs, channel_id: channelId, is_ephemeral: false },
      channel: { id: channelId, name: "directmessage" },
      message: { type: "message", ts: messageTs, text: "", user: "U0BOT0001" },
      ...(container.responseUrl ? { response_url: container.responseUrl } : {}),
    });
  }

  submitView(input: ViewSubmissionInput): Promise<Acked> {
    const view = {
      id: input.viewId ?? `V${next()}`,
      team_id: FAKE_TEAM_ID,
      type: "modal",
      callback_id: input.callbackId,
      private_metadata: input.privateMetadata ?? "",
      title: { type: "plain_text", text: "Form" },
      blocks: [],
      hash: `${next()}.hash`,
      ...input.view,
      state: { values: input.values },
    };
    return this.dispatch({
      type: "view_submission",
      team: { id: FAKE_TEAM_ID, domain: "pembinaan" },
      user: { id: input.userId, username: input.userId.toLowerCase(), name: input.userId.toLowerCase(), team_id: FAKE_TEAM_ID },
      api_app_id: "A0PEMBINA",
      token: "legacy-verification-token",
      trigger_id: `${next()}.trigger`,
      view,
      response_urls: [],
    });
  }

  /** The user closed a modal (only delivered for views with notify_on_close). */
  closeView(input: { userId: string; callbackId: string; privateMetadata?: string }): Promise<Acked> {
    return this.dispatch({
      type: "view_closed",
      team: { id: FAKE_TEAM_ID, domain: "pembinaan" },
      user: { id: input.userId, team_id: FAKE_TEAM_ID },
      api_app_id: "A0PEMBINA",
      view: { id: `V${next()}`, type: "modal", callback_id: input.callbackId, private_metadata: input.privateMetadata ?? "", state: { values: {} } },
      is_cleared: false,
    });
  }

  command(input: CommandInput): Promise<Acked> {
    return this.dispatch({
      token: "legacy-verification-token",
      team_id: FAKE_TEAM_ID,
      team_domain: "pembinaan",
      channel_id: input.channelId ?? `D${input.userId.slice(1)}`,
      channel_name: "directmessage",
      user_id: input.userId,
      user_name: input.userId.toLowerCase(),
      command: input.command ?? "/pembinaan",
      text: input.text ?? "",
      api_app_id: "A0PEMBINA",
      is_enterprise_install: "false",
      response_url: input.responseUrl ?? "",
      trigger_id: input.triggerId ?? `${next()}.trigger`,
    });
  }

  /** An Events API event, wrapped in its envelope. */
  event(event: Body): Promise<Acked> {
    return this.dispatch({
      token: "legacy-verification-token",
      team_id: FAKE_TEAM_ID,
      api_app_id: "A0PEMBINA",
      event: { event_ts: `${1765000000 + next()}.000200`, ...event },
      type: "event_callback",
      event_id: `Ev${next()}`,
      event_time: 1765000000,
      authorizations: [{ team_id: FAKE_TEAM_ID, user_id: "U0BOT0001", is_bot: true, is_enterprise_install: false }],
      is_ext_shared_channel: false,
    });
  }

  openHome(userId: string): Promise<Acked> {
    return this.event({ type: "app_home_opened", user: userId, channel: `D${userId.slice(1)}`, tab: "home" });
  }

  /** A message the user typed in the app's Messages tab (their DM with the app). */
  directMessage(userId: string, text: string): Promise<Acked> {
    const ts = `${1765000000 + next()}.000300`;
    return this.event({ type: "message", channel_type: "im", channel: `D${userId.slice(1)}`, user: userId, text, ts });
  }
}
