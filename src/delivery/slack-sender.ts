import { basename } from "node:path";
import type { types, webApi } from "@slack/bolt";
import { keyboardBlocks, sectionBlocks } from "../slack/blocks.js";
import { escapeMrkdwn, htmlToMrkdwn } from "../slack/mrkdwn.js";
import type { SlackWebClient } from "../slack/web-client.js";
import type { DeliveryPayload } from "./payload.js";
import type { Sender, SendResult } from "./sender.js";

/**
 * The Web API client's error codes (its ErrorCode enum). Spelled out so that loading the delivery
 * queue does not load Slack's libraries when Slack is not configured.
 */
const ERROR_CODE = {
  RequestError: "slack_webapi_request_error",
  HTTPError: "slack_webapi_http_error",
  PlatformError: "slack_webapi_platform_error",
  RateLimitedError: "slack_webapi_rate_limited_error",
} as const satisfies { [K in "RequestError" | "HTTPError" | "PlatformError" | "RateLimitedError"]: `${(typeof webApi.ErrorCode)[K]}` };

/** Slack's answers that mean this person cannot be reached any more: stop sending to them. */
const UNREACHABLE = new Set(["account_inactive", "user_not_found", "channel_not_found", "not_in_channel", "cannot_dm_bot", "user_disabled"]);
/** Slack's answers that mean trouble on its side: worth retrying later. */
const SLACK_TROUBLE = new Set(["internal_error", "fatal_error", "service_unavailable", "request_timeout"]);

/**
 * Sends queue messages as Slack DMs. A Slack chat id is the user's id (or a conversation id): a
 * message "to a user" goes to the app's DM with them. The reference kept is `<channel>:<ts>`, which
 * is what chat.update needs to edit the message later.
 */
export function createSlackSender(client: SlackWebClient): Sender {
  return {
    // Channels (C…) and private channels (G…) are conversations; users (U…, W…) and DMs (D…) are private.
    isGroup: (chatId) => /^[CG]/.test(chatId),
    async send(chatId, payload): Promise<SendResult> {
      try {
        const attachment = payload.attachment;
        if (attachment && "path" in attachment.source) return await upload(client, chatId, payload, attachment.source.path);
        const message = renderSlackMessage(payload);
        // A Telegram file id means nothing to Slack; its text (sent as a part of its own) still arrives.
        if (message.blocks.length === 0 && !message.text) return { ok: true, messageRef: "" };
        const result = await client.chat.postMessage({
          channel: chatId,
          ...message,
          text: message.text || "📎",
          ...(payload.disableLinkPreview ? { unfurl_links: false, unfurl_media: false } : {}),
        });
        return { ok: true, messageRef: `${result.channel ?? chatId}:${result.ts ?? ""}` };
      } catch (error) {
        return classifySlackError(error);
      }
    },
  };
}

/** The notification text (mrkdwn, also what screen readers read) and the blocks of one message. */
export function renderSlackMessage(payload: DeliveryPayload): { text: string; blocks: types.KnownBlock[] } {
  const text = payload.parseMode === "HTML" ? htmlToMrkdwn(payload.text) : escapeMrkdwn(payload.text);
  const blocks: types.KnownBlock[] = [];
  const attachment = payload.attachment;
  if (attachment && "url" in attachment.source) {
    const url = attachment.source.url;
    const name = attachment.filename || basename(new URL(url).pathname) || url;
    blocks.push(
      attachment.kind === "photo"
        ? { type: "image", image_url: url, alt_text: name }
        : { type: "section", text: { type: "mrkdwn", text: `📎 <${url}|${escapeMrkdwn(name)}>` } },
    );
  }
  blocks.push(...sectionBlocks(text));
  if (payload.keyboard) blocks.push(...keyboardBlocks(payload.keyboard));
  return { text, blocks };
}

/** A local file goes up into the DM with its text as the comment; buttons follow in a message of their own. */
async function upload(client: SlackWebClient, chatId: string, payload: DeliveryPayload, path: string): Promise<SendResult> {
  // Uploads need a conversation id; a user id is turned into the DM with them.
  const channel = /^[UW]/.test(chatId) ? ((await client.conversations.open({ users: chatId })).channel?.id ?? chatId) : chatId;
  const { text } = renderSlackMessage({ ...payload, attachment: undefined, keyboard: undefined });
  await client.filesUploadV2({
    channel_id: channel,
    file: path,
    filename: payload.attachment?.filename ?? basename(path),
    ...(text ? { initial_comment: text } : {}),
  });
  if (!payload.keyboard) return { ok: true, messageRef: `${channel}:` };
  const result = await client.chat.postMessage({ channel, text: text || "📎", blocks: keyboardBlocks(payload.keyboard) });
  return { ok: true, messageRef: `${result.channel ?? channel}:${result.ts ?? ""}` };
}

/** Slack's errors mapped to what the dispatcher should do next. */
export function classifySlackError(error: unknown): SendResult {
  const coded = error as { code?: string; retryAfter?: number; statusCode?: number; data?: { error?: string } };
  switch (coded.code) {
    case ERROR_CODE.RateLimitedError:
      return { ok: false, kind: "rate-limited", retryAfterMs: Math.max(1, coded.retryAfter ?? 1) * 1000, error: `429: rate limited for ${coded.retryAfter ?? 1} s` };
    case ERROR_CODE.PlatformError: {
      const reason = coded.data?.error ?? "unknown_error";
      if (reason === "ratelimited") return { ok: false, kind: "rate-limited", retryAfterMs: 1000, error: reason };
      if (UNREACHABLE.has(reason)) return { ok: false, kind: "blocked", error: reason };
      if (SLACK_TROUBLE.has(reason)) return { ok: false, kind: "transient", error: reason };
      return { ok: false, kind: "permanent", error: reason };
    }
    case ERROR_CODE.HTTPError: {
      const status = coded.statusCode ?? 0;
      return { ok: false, kind: status >= 500 || status === 408 ? "transient" : "permanent", error: `HTTP ${status}` };
    }
    case ERROR_CODE.RequestError:
      return { ok: false, kind: "transient", error: `network: ${(error as Error).message}` };
    default:
      return { ok: false, kind: "transient", error: error instanceof Error ? error.message : String(error) };
  }
}
