import type { Logger } from "../../../logger.js";
import type { SlackWebClient } from "../../web-client.js";

export interface SlackProfile {
  /** The profile's email (Slack verifies it); null when the app may not read it or there is none. */
  email: string | null;
  displayName: string | null;
  username: string | null;
}

/**
 * A Slack user's profile as `users.info` gives it (the email needs the `users:read.email` scope).
 * Bots and deactivated users have no usable profile; a failing call is logged and treated as "no
 * email", so the person can still link with NIP and code.
 */
export async function slackProfile(client: SlackWebClient, userId: string, logger: Logger): Promise<SlackProfile | null> {
  try {
    const { user } = await client.users.info({ user: userId });
    if (!user || user.deleted || user.is_bot) return null;
    const displayName = user.profile?.real_name || user.real_name || null;
    return { email: user.profile?.email?.trim() || null, displayName, username: user.name ?? null };
  } catch (error) {
    logger.warn({ err: error, slackUserId: userId }, "could not read the Slack profile");
    return null;
  }
}
