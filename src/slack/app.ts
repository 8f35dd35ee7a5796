import { App, type BlockAction, type Receiver } from "@slack/bolt";
import type { ExtendedErrorHandlerArgs } from "@slack/bolt/dist/App.js";
import type { SlackSettings } from "../config.js";
import { resolveSlackCaller } from "./caller.js";
import { CALLBACK_ACTION_PREFIX, SlackCallbacks, type ButtonPress } from "./callbacks.js";
import { LINK_ACTION_PREFIX } from "./blocks.js";
import type { SlackDeps } from "./deps.js";
import { register as registerActivities } from "./listeners/activities/index.js";
import { register as registerAnnouncements } from "./listeners/announcements/index.js";
import { register as registerEvaluations } from "./listeners/evaluations/index.js";
import { register as registerHome } from "./listeners/home/index.js";
import { register as registerIdentity } from "./listeners/identity/index.js";
import { boltLogger } from "./logger.js";
import { htmlToMrkdwn } from "./mrkdwn.js";
import { tellUser, userIdOf, type InteractionBody } from "./notice.js";
import { slackClientOptions } from "./web-client.js";

export interface SlackAppOptions {
  /** Defaults to `deps.config.slack`. */
  settings?: SlackSettings;
  /** Tests inject events and actions through their own receiver. */
  receiver?: Receiver;
}

export interface SlackApp {
  app: App;
  callbacks: SlackCallbacks;
  /** "socket mode" or "http": how Slack reaches us. */
  mode: "socket mode" | "http" | "custom receiver";
}

const CATEGORIES = [registerIdentity, registerHome, registerActivities, registerEvaluations, registerAnnouncements];

/**
 * The Slack app: Socket Mode with an app token, otherwise HTTP verified by Bolt with the signing
 * secret (signature and a five-minute replay window). Every `cb:` button goes through one listener
 * that routes by the button's value; each listener category registers its own handlers.
 */
export function createSlackApp(deps: SlackDeps, options: SlackAppOptions = {}): SlackApp {
  const settings = options.settings ?? deps.config.slack;
  if (!settings) throw new Error("Slack is not configured (SLACK_BOT_TOKEN and SLACK_APP_TOKEN or SLACK_SIGNING_SECRET)");
  const socketMode = !options.receiver && Boolean(settings.appToken);
  const app = new App({
    token: settings.botToken,
    logger: boltLogger(deps.logger),
    clientOptions: slackClientOptions(settings, deps.logger),
    extendedErrorHandler: true,
    ...(options.receiver
      ? { receiver: options.receiver }
      : socketMode
        ? { socketMode: true, appToken: settings.appToken }
        : { signingSecret: settings.signingSecret, port: settings.port }),
  });
  const callbacks = new SlackCallbacks();

  app.action<BlockAction>({ action_id: new RegExp(`^${CALLBACK_ACTION_PREFIX}`) }, async (press) => {
    await press.ack();
    await routeButton(deps, callbacks, press);
  });
  // Link buttons open their URL in the browser; Slack still expects the press to be acknowledged.
  app.action({ action_id: new RegExp(`^${LINK_ACTION_PREFIX}`) }, async ({ ack }) => ack());
  for (const register of CATEGORIES) register(app, deps, callbacks);

  app.error(async ({ error, body }: ExtendedErrorHandlerArgs) => {
    const interaction = body as InteractionBody & { type?: string; command?: string; actions?: Array<{ value?: string }>; view?: { callback_id?: string } };
    // Which kind of payload and which button or form, never what was typed into it.
    const where = { payload: interaction.type ?? interaction.command, button: interaction.actions?.[0]?.value, form: interaction.view?.callback_id };
    deps.logger.error({ err: { name: error.name, code: error.code, message: error.message, stack: error.stack }, slack: where }, "Slack listener failed");
    if (!isInteraction(interaction)) return;
    try {
      const locale = await localeOf(deps, userIdOf(interaction));
      await tellUser(app.client, interaction, htmlToMrkdwn(deps.messages.t(locale, "error-generic")));
    } catch (notifyError) {
      deps.logger.warn({ err: notifyError }, "could not tell the Slack user about the failure");
    }
  });

  return { app, callbacks, mode: options.receiver ? "custom receiver" : socketMode ? "socket mode" : "http" };
}

async function routeButton(deps: SlackDeps, callbacks: SlackCallbacks, press: ButtonPress): Promise<void> {
  const caller = await resolveSlackCaller(deps, press.body.user.id);
  const data = valueOf(press.action);
  const found = data === undefined ? null : callbacks.find(data);
  if (!found || data === undefined) {
    const text = htmlToMrkdwn(deps.messages.t(caller.locale, "slack-callback-stale"));
    await tellUser(press.client, press.body, text, press.respond);
    return;
  }
  await found.handle({ caller, data, match: found.match, press });
}

/** A button's value, or the chosen option's value of a menu. */
function valueOf(action: ButtonPress["action"]): string | undefined {
  if ("value" in action && typeof action.value === "string") return action.value;
  if ("selected_option" in action && action.selected_option) return action.selected_option.value;
  return undefined;
}

/** Only people who pressed, submitted or typed something get told; events fail quietly into the log. */
function isInteraction(body: InteractionBody & { type?: string; command?: string }): boolean {
  return Boolean(body.command) || body.type === "block_actions" || body.type === "view_submission" || body.type === "shortcut";
}

async function localeOf(deps: SlackDeps, userId: string | undefined) {
  if (!userId) return deps.config.defaultLocale;
  try {
    return (await resolveSlackCaller(deps, userId)).locale;
  } catch {
    return deps.config.defaultLocale;
  }
}
