import type { ViewOutput, ViewResponseAction } from "@slack/bolt";
import type { SlackWebClient } from "../../web-client.js";

/**
 * What a view submission listener uses of Bolt's arguments; Bolt's own arguments fit, and tests pass
 * plain fakes.
 */
export interface ViewSubmission {
  ack(response?: ViewResponseAction): Promise<void>;
  body: { user: { id: string } };
  view: Pick<ViewOutput, "private_metadata" | "state">;
  client: SlackWebClient;
}

type StateValue = ViewSubmission["view"]["state"]["values"][string][string];

/** The value of the element `actionId` in the input block `blockId`, if any. */
export function stateOf(view: ViewSubmission["view"], blockId: string, actionId = blockId): StateValue | undefined {
  return view.state.values[blockId]?.[actionId];
}
