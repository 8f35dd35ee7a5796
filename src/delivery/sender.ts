import type { DeliveryPayload } from "./payload.js";

export type SendResult =
  | { ok: true; messageRef: string }
  /** The platform asks everyone to slow down: pause all sending. */
  | { ok: false; kind: "rate-limited"; retryAfterMs: number; error: string }
  /** The user blocked the bot or deleted the account: stop sending to this chat. */
  | { ok: false; kind: "blocked"; error: string }
  /** Worth retrying later: server errors, network failures. */
  | { ok: false; kind: "transient"; error: string }
  /** Will never work as it is: bad request, chat not found, message too long. */
  | { ok: false; kind: "permanent"; error: string };

/** Carries one message to one chat on one platform. It never throws; it classifies. */
export interface Sender {
  send(chatId: string, payload: DeliveryPayload): Promise<SendResult>;
  /** Whether the chat is a group (paced per minute) rather than a private chat (paced per second). */
  isGroup(chatId: string): boolean;
}
