import type { Message } from "grammy/types";
import type { CurrentReplyKeyboard } from "./fake-bot-api-store.js";
import { inlineButtons, replyButtons, type PressableButton } from "./render.js";

/** What the terminal prints for a bot message. */
export function messageText(message: Message): string {
  return message.text ?? message.caption ?? (message.document ? `📎 ${message.document.file_name}` : "");
}

/** A message's inline buttons, plus the reply keyboard it brought while that keyboard is still shown. */
export function messageButtons(message: Message, keyboard: CurrentReplyKeyboard | undefined): PressableButton[] {
  return [
    ...inlineButtons(message),
    ...(keyboard && keyboard.messageId === message.message_id ? replyButtons(keyboard.markup.keyboard) : []),
  ];
}

export interface CatchUp {
  /** Bot messages newer than the last one shown, oldest first, at most `limit`. */
  unseen: Message[];
  /** Older unseen messages left out to keep the terminal readable. */
  skipped: number;
  /**
   * The latest bot message that has buttons, seen before or not: as in Telegram, its buttons can be
   * pressed. The terminal keeps one set of numbered buttons, so only this message's count.
   */
  pressable: { message: Message; buttons: PressableButton[] } | null;
  /** The id to remember as shown once `unseen` is printed. */
  lastId: number;
}

/**
 * What a persona finds in its chat when the user switches back to it: the bot's messages it received
 * while the user played someone else (an announcement, a reminder, an approval request) and the
 * buttons it can press now.
 */
export function catchUp(
  botMessages: readonly Message[],
  lastShownId: number,
  keyboard: CurrentReplyKeyboard | undefined,
  limit = 10,
): CatchUp {
  const ordered = [...botMessages].sort((a, b) => a.message_id - b.message_id);
  const newer = ordered.filter((message) => message.message_id > lastShownId);
  const unseen = newer.slice(Math.max(0, newer.length - limit));
  let pressable: CatchUp["pressable"] = null;
  for (let index = ordered.length - 1; index >= 0 && !pressable; index -= 1) {
    const buttons = messageButtons(ordered[index]!, keyboard);
    if (buttons.length > 0) pressable = { message: ordered[index]!, buttons };
  }
  return {
    unseen,
    skipped: newer.length - unseen.length,
    pressable,
    lastId: Math.max(lastShownId, ...newer.map((message) => message.message_id)),
  };
}
