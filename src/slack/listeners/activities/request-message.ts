import type { SlackDeps } from "../../deps.js";
import type { SlackWebClient } from "../../web-client.js";
import { sections } from "./blocks.js";

/** Where an approval request was posted, to replace it with the decision. */
export interface RequestMessage {
  channel: string;
  ts: string;
}

const GONE = new Set(["message_not_found", "cant_update_message", "channel_not_found", "edit_window_closed"]);

/** The Web API error code of a failed call, e.g. `message_not_found`. */
export function platformError(error: unknown): string | undefined {
  const data = (error as { data?: { error?: unknown } } | null)?.data;
  return typeof data?.error === "string" ? data.error : undefined;
}

/**
 * Replaces a request message with its outcome, which also removes its buttons. A message that is
 * gone or can no longer be edited is left alone: the decision is recorded anyway.
 */
export async function replaceRequestMessage(
  deps: Pick<SlackDeps, "logger">,
  client: SlackWebClient,
  message: RequestMessage,
  text: string,
): Promise<void> {
  try {
    await client.chat.update({ channel: message.channel, ts: message.ts, text, blocks: sections(text) });
  } catch (error) {
    const code = platformError(error);
    if (!code || !GONE.has(code)) throw error;
    deps.logger.debug({ code }, "approval request message not updated");
  }
}
