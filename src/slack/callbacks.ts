import type { AllMiddlewareArgs, BlockAction, SlackActionMiddlewareArgs } from "@slack/bolt";
import type { SlackCaller } from "./caller.js";

/**
 * Every Slack button carries its meaning in `value` (the same short ids as Telegram's callback data,
 * e.g. `ack:12`, `ev:7`) and an `action_id` starting with `cb:` (unique within its message). One
 * Bolt action listener resolves the caller and hands the press to the handler whose pattern matches
 * the value, so queue messages rendered by the Slack sender and the listeners' own buttons route alike.
 */
export const CALLBACK_ACTION_PREFIX = "cb:";

export type ButtonPress = SlackActionMiddlewareArgs<BlockAction> & AllMiddlewareArgs;

export interface CallbackArgs {
  caller: SlackCaller;
  /** The button's value. */
  data: string;
  match: RegExpExecArray;
  press: ButtonPress;
}

export type CallbackHandler = (args: CallbackArgs) => Promise<void>;

export class SlackCallbacks {
  private readonly handlers: Array<{ pattern: RegExp; handle: CallbackHandler }> = [];

  on(pattern: RegExp, handle: CallbackHandler): this {
    this.handlers.push({ pattern, handle });
    return this;
  }

  /** The handler for a value, or null when none matches (a stale or forged button). */
  find(data: string): { handle: CallbackHandler; match: RegExpExecArray } | null {
    for (const { pattern, handle } of this.handlers) {
      const match = pattern.exec(data);
      if (match) return { handle, match };
    }
    return null;
  }
}

/** A unique action id for the n-th button of a message. */
export function callbackActionId(index: number): string {
  return `${CALLBACK_ACTION_PREFIX}${index}`;
}
