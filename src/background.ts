import { Api } from "grammy";
import type { App } from "./app.js";
import type { Dispatcher } from "./delivery/dispatcher.js";
import { createDispatcher } from "./delivery/index.js";
import { createScheduler } from "./scheduler/index.js";

export interface BackgroundWork {
  stop(): Promise<void>;
}

/**
 * The delivery dispatcher and the scheduler: the only ways messages leave on the system's own
 * initiative. The dispatcher gets its own Telegram Api and Slack client, both without retries of
 * their own, because it handles 429s itself by pausing every send on that platform, not only the
 * one that was refused. Slack's client is loaded only when Slack is configured.
 */
export function startBackgroundWork(app: App, telegram: { token: string; apiRoot: string } | null): BackgroundWork {
  const scheduler = createScheduler({ deps: app, config: app.config, logger: app.logger });
  const dispatcher: Promise<Dispatcher> = (async () => {
    const settings = app.config.slack;
    const slack = settings && (await import("./slack/web-client.js")).createDeliveryWebClient(settings, app.logger);
    const started = createDispatcher({
      ...app,
      ...(telegram ? { telegram: new Api(telegram.token, { apiRoot: telegram.apiRoot }) } : {}),
      ...(slack ? { slack } : {}),
    });
    started.start();
    return started;
  })();
  void scheduler.start();
  return {
    async stop() {
      await scheduler.stop();
      await (await dispatcher).stop();
    },
  };
}
