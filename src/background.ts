import { Api } from "grammy";
import type { App } from "./app.js";
import { createDispatcher } from "./delivery/index.js";
import { createScheduler } from "./scheduler/index.js";

export interface BackgroundWork {
  stop(): Promise<void>;
}

/**
 * The delivery dispatcher and the scheduler: the only ways messages leave on the system's own
 * initiative. The dispatcher gets its own Api without auto-retry, because it handles 429s itself
 * by pausing every send, not only the one that was refused.
 */
export function startBackgroundWork(app: App, telegram: { token: string; apiRoot: string }): BackgroundWork {
  const dispatcher = createDispatcher({ ...app, telegram: new Api(telegram.token, { apiRoot: telegram.apiRoot }) });
  const scheduler = createScheduler({ deps: app, config: app.config, logger: app.logger });
  dispatcher.start();
  void scheduler.start();
  return {
    async stop() {
      await scheduler.stop();
      await dispatcher.stop();
    },
  };
}
