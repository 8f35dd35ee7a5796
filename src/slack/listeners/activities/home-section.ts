import type { types } from "@slack/bolt";
import type { SlackCaller } from "../../caller.js";
import type { SlackDeps } from "../../deps.js";

/** This category's part of the App Home tab for the caller (empty when there is nothing to show). */
export async function homeSection(_deps: SlackDeps, _caller: SlackCaller): Promise<types.KnownBlock[]> {
  return [];
}
