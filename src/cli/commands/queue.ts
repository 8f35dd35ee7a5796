import type { Command } from "commander";
import { getQueueOverview } from "../../services/queue-overview.js";
import { renderQueueOverview } from "../../services/queue-overview-text.js";
import type { CliContext } from "../context.js";

/** `queue status`: the operational view of the delivery queue and the scheduler. */
export function register(program: Command, context: CliContext): void {
  const { t, io } = context;
  program
    .command("queue")
    .description(t("queue-cli-description"))
    .command("status")
    .description(t("queue-cli-status-description"))
    .action(
      context.action(async () => {
        const overview = await getQueueOverview(await context.services());
        io.out(renderQueueOverview(t, overview, { locale: context.locale, timezone: context.config.timezone, detailed: true }));
      }),
    );
}
