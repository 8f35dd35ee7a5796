import type { RespondFn } from "@slack/bolt";
import type { SlackWebClient } from "./web-client.js";

/** The parts of an interaction payload that say who acted and where an answer can go. */
export interface InteractionBody {
  response_url?: string;
  user?: { id: string };
  user_id?: string;
}

export function userIdOf(body: InteractionBody): string | undefined {
  return body.user?.id ?? body.user_id;
}

/**
 * A short message for the person who acted: ephemeral under the message or command they used when
 * Slack gave a response URL (through Bolt's `respond` when the listener has it), otherwise (App Home,
 * modals) a direct message from the app.
 */
export async function tellUser(client: SlackWebClient, body: InteractionBody, text: string, respond?: RespondFn): Promise<void> {
  const answer = { response_type: "ephemeral" as const, replace_original: false, text };
  if (respond && body.response_url) {
    await respond(answer);
    return;
  }
  if (body.response_url) {
    const response = await fetch(body.response_url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(answer),
    });
    if (response.ok) return;
  }
  const userId = userIdOf(body);
  if (userId) await client.chat.postMessage({ channel: userId, text });
}
