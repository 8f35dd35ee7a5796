import type { IncomingMessage, ServerResponse } from "node:http";
import { badRequest, isRecord, type Payload } from "./fake-bot-api-limits.js";

/** How an uploaded file appears in a recorded payload. */
export interface UploadedFile {
  filename: string;
  size: number;
}

// The bytes stay out of the recorded payload but remain reachable for getFile/downloads.
const uploadBytes = new WeakMap<object, Buffer>();

export function isUploadedFile(value: unknown): value is UploadedFile {
  return typeof value === "object" && value !== null && uploadBytes.has(value);
}

export function uploadedBytes(file: UploadedFile): Buffer | undefined {
  return uploadBytes.get(file);
}

// Fields Telegram accepts as JSON-serialised strings (always so in multipart bodies).
const JSON_FIELDS = new Set([
  "reply_markup",
  "entities",
  "caption_entities",
  "media",
  "reply_parameters",
  "link_preview_options",
  "allowed_updates",
  "commands",
  "scope",
  "menu_button",
  "message_ids",
  "permissions",
  "options",
]);
const INTEGER_FIELDS = new Set([
  "message_id",
  "offset",
  "limit",
  "timeout",
  "reply_to_message_id",
  "message_thread_id",
  "cache_time",
  "max_connections",
  "user_id",
  "duration",
  "width",
  "height",
]);
const CHAT_FIELDS = new Set(["chat_id", "from_chat_id"]);
const BOOLEAN_FIELDS = new Set([
  "disable_notification",
  "protect_content",
  "allow_sending_without_reply",
  "drop_pending_updates",
  "show_alert",
  "has_spoiler",
  "show_caption_above_media",
  "disable_content_type_detection",
  "supports_streaming",
  "remove_caption",
]);

export async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

export function sendJson(res: ServerResponse, status: number, body: unknown, close = false): void {
  if (res.destroyed || res.writableEnded) return;
  const text = JSON.stringify(body);
  res.writeHead(status, {
    "content-type": "application/json",
    "content-length": Buffer.byteLength(text),
    ...(close ? { connection: "close" } : {}),
  });
  res.end(text);
}

/** Builds the method payload from the query string and a JSON, urlencoded or multipart body. */
export function parsePayload(contentType: string | undefined, body: Buffer, query: URLSearchParams): Payload {
  const fields: Payload = Object.fromEntries(query);
  const type = (contentType ?? "").toLowerCase();
  if (body.length > 0 && type.includes("application/json")) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(body.toString("utf8"));
    } catch {
      throw badRequest("can't parse JSON object");
    }
    if (!isRecord(parsed)) throw badRequest("can't parse JSON object");
    return normalise({ ...fields, ...parsed });
  }
  if (type.includes("application/x-www-form-urlencoded")) {
    Object.assign(fields, Object.fromEntries(new URLSearchParams(body.toString("utf8"))));
  } else if (type.includes("multipart/form-data")) {
    return normalise(parseMultipart(body, contentType ?? "", fields));
  }
  return normalise(fields);
}

function normalise(payload: Payload): Payload {
  for (const [name, value] of Object.entries(payload)) {
    if (typeof value !== "string") continue;
    if (JSON_FIELDS.has(name)) {
      try {
        payload[name] = JSON.parse(value);
      } catch {
        // left as a string; the method reports it the way Telegram would
      }
    } else if ((INTEGER_FIELDS.has(name) || CHAT_FIELDS.has(name)) && /^-?\d+$/.test(value)) {
      payload[name] = Number(value);
    } else if (BOOLEAN_FIELDS.has(name) && (value === "true" || value === "false")) {
      payload[name] = value === "true";
    }
  }
  return payload;
}

interface Part {
  name: string;
  filename?: string;
  data: Buffer;
}

/**
 * A lenient multipart/form-data reader: grammY writes part headers without spaces and
 * with unquoted file names, which the platform's FormData parser rejects.
 */
function parseMultipart(body: Buffer, contentType: string, fields: Payload): Payload {
  const boundary = /boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(contentType);
  const boundaryText = boundary?.[1] ?? boundary?.[2];
  if (!boundaryText) throw badRequest("can't parse multipart/form-data body");
  const parts: Part[] = [];
  const delimiter = Buffer.from(`--${boundaryText}`);
  const nextDelimiter = Buffer.from(`\r\n--${boundaryText}`);
  let position = body.indexOf(delimiter);
  while (position >= 0) {
    position += delimiter.length;
    if (body[position] === 0x2d && body[position + 1] === 0x2d) break; // closing "--"
    if (body[position] === 0x0d && body[position + 1] === 0x0a) position += 2;
    const headerEnd = body.indexOf("\r\n\r\n", position);
    if (headerEnd < 0) break;
    const end = body.indexOf(nextDelimiter, headerEnd + 4);
    if (end < 0) break;
    const part = parsePartHeaders(body.subarray(position, headerEnd).toString("utf8"));
    if (part) parts.push({ ...part, data: body.subarray(headerEnd + 4, end) });
    position = end + 2;
  }

  const attachments = new Map<string, UploadedFile>();
  for (const part of parts) {
    if (part.filename === undefined) {
      fields[part.name] = part.data.toString("utf8");
      continue;
    }
    const file: UploadedFile = { filename: part.filename, size: part.data.length };
    uploadBytes.set(file, Buffer.from(part.data));
    attachments.set(part.name, file);
    fields[part.name] = file;
  }
  const resolved = normalise(fields);
  // grammY names file parts randomly and references them as attach://<name> in other fields.
  for (const name of attachments.keys()) {
    if (Object.values(resolved).some((v) => JSON.stringify(v)?.includes(`attach://${name}`))) delete resolved[name];
  }
  return resolveAttachments(resolved, attachments) as Payload;
}

function parsePartHeaders(headers: string): Omit<Part, "data"> | undefined {
  const disposition = /content-disposition\s*:([^\r\n]*)/i.exec(headers)?.[1];
  if (!disposition) return undefined;
  const name = /(?:^|;)\s*name\s*=\s*(?:"([^"]*)"|([^;]*))/i.exec(disposition);
  const filename = /(?:^|;)\s*filename\s*=\s*(?:"([^"]*)"|(.*))$/i.exec(disposition);
  const partName = (name?.[1] ?? name?.[2] ?? "").trim();
  if (!partName) return undefined;
  const file = filename ? (filename[1] ?? filename[2] ?? "").trim() : undefined;
  return file === undefined ? { name: partName } : { name: partName, filename: file };
}

function resolveAttachments(value: unknown, attachments: Map<string, UploadedFile>): unknown {
  if (typeof value === "string" && value.startsWith("attach://")) {
    return attachments.get(value.slice("attach://".length)) ?? value;
  }
  if (Array.isArray(value)) return value.map((item) => resolveAttachments(item, attachments));
  if (isRecord(value) && !isUploadedFile(value)) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, resolveAttachments(v, attachments)]));
  }
  return value;
}
