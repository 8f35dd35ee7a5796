import { createHmac } from "node:crypto";

/**
 * The headers Slack sends with a request, signed as Slack documents:
 * v0=hex(HMAC-SHA256(secret, "v0:" + timestamp + ":" + body)).
 */
export function signSlackRequest(secret: string, body: string, timestampSeconds = Math.floor(Date.now() / 1000)) {
  const base = `v0:${timestampSeconds}:${body}`;
  return {
    "x-slack-request-timestamp": String(timestampSeconds),
    "x-slack-signature": `v0=${createHmac("sha256", secret).update(base).digest("hex")}`,
  };
}
