import { divider, type Block } from "./blocks.js";

/** Slack refuses a view (App Home, modal) with more blocks than this, and a message with more than 50. */
export const HOME_MAX_BLOCKS = 100;
export const MESSAGE_MAX_BLOCKS = 50;

export interface ViewParts {
  /** Always shown first (greeting, a notice). */
  head: Block[];
  /** Shown in order, each after a divider, as far as they fit. */
  sections: Block[][];
  /** Always shown last (settings). */
  tail: Block[];
}

/**
 * Joins the parts within `max` blocks. When the sections do not all fit, they are cut where the
 * budget ends and `cutNote` says that more was left out; head and tail stay whole.
 */
export function fitBlocks(parts: ViewParts, max: number, cutNote: Block): Block[] {
  const middle: Block[] = [];
  for (const blocks of parts.sections) if (blocks.length > 0) middle.push(divider(), ...blocks);
  const tail = parts.tail.length > 0 ? [divider(), ...parts.tail] : [];
  const budget = max - parts.head.length - tail.length;
  if (middle.length > budget) {
    middle.length = Math.max(0, budget - 1);
    while (middle.at(-1)?.type === "divider") middle.pop();
    middle.push(cutNote);
  }
  return [...parts.head, ...middle, ...tail];
}
