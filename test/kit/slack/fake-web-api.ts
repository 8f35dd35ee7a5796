import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { checkMessage, checkView } from "./block-limits.js";

export type SlackArgs = Record<string, unknown>;

export interface SlackCall {
  method: string;
  args: SlackArgs;
  /** The bearer token the call carried (none for response URLs). */
  token: string | undefined;
  /** Arrival time in ms (Date.now()), to check pacing. */
  at: number;
}

export interface SlackUser {
  email?: string;
  name?: string;
  realName?: string;
  deleted?: boolean;
  isBot?: boolean;
  tz?: string;
  locale?: string;
}

/** What one injected failure does to the next matching call. */
export type SlackFailure =
  /** HTTP 200 with `ok: false`, e.g. `channel_not_found`, `account_inactive`. */
  | { error: string }
  /** HTTP 429 with a Retry-After header, in seconds. */
  | { retryAfter: number }
  /** An HTTP status other than 200 and 429 (Slack's own trouble). */
  | { status: number };

interface PendingFailure {
  method: string;
  failure: SlackFailure;
  when: (args: SlackArgs) => boolean;
  times: number;
}

export const FAKE_TEAM_ID = "T0PEMBINA";
export const FAKE_BOT_USER_ID = "U0BOT0001";
const API_PREFIX = "/api/";
const RESPONSE_PREFIX = "/response/";
const UPLOAD_PREFIX = "/upload/";

/**
 * A Slack Web API on 127.0.0.1 for tests: records every call with its arguments, answers like Slack
 * (message timestamps, DM channels, views, user profiles from a table the test sets), refuses
 * messages and views over Slack's block limits, and fails calls on request (platform errors, 429
 * with Retry-After, 5xx). Response URLs given to the test receiver post here too, as method
 * `response_url` with the URL's name in `args.responseUrl`.
 */
export class FakeSlackApi {
  readonly calls: SlackCall[] = [];
  private readonly users = new Map<string, SlackUser>();
  private readonly failures: PendingFailure[] = [];
  private readonly waiters = new Set<() => void>();
  private seq = 0;

  private constructor(
    private readonly server: Server,
    readonly origin: string,
  ) {}

  static async start(): Promise<FakeSlackApi> {
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as AddressInfo;
    const api = new FakeSlackApi(server, `http://127.0.0.1:${port}`);
    server.on("request", (req, res) => void api.handle(req, res));
    return api;
  }

  /** The base URL for SLACK_API_URL / the WebClient's slackApiUrl. */
  get url(): string {
    return `${this.origin}${API_PREFIX}`;
  }

  /** A response URL for an injected interaction; what is posted to it is recorded under `name`. */
  responseUrl(name = `r${++this.seq}`): string {
    return `${this.origin}${RESPONSE_PREFIX}${name}`;
  }

  /** Sets (or replaces) the profile users.info and users.lookupByEmail answer for a user id. */
  setUser(userId: string, user: SlackUser): this {
    this.users.set(userId, user);
    return this;
  }

  /** The next `times` calls of `method` (matching `when`) fail as described. */
  fail(method: string, failure: SlackFailure, options: { times?: number; when?: (args: SlackArgs) => boolean } = {}): this {
    this.failures.push({ method, failure, when: options.when ?? (() => true), times: options.times ?? 1 });
    return this;
  }

  callsTo(method: string): SlackCall[] {
    return this.calls.filter((call) => call.method === method);
  }

  /** The arguments of the last call of `method`; throws when there was none. */
  last(method: string): SlackArgs {
    const call = this.callsTo(method).at(-1);
    if (!call) throw new Error(`no ${method} call was made (calls: ${this.calls.map((c) => c.method).join(", ") || "none"})`);
    return call.args;
  }

  /** Resolves once `method` has been called `count` times in all. */
  async waitFor(method: string, count = 1, timeoutMs = 5_000): Promise<SlackCall[]> {
    const deadline = Date.now() + timeoutMs;
    while (this.callsTo(method).length < count) {
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`timed out waiting for ${count} × ${method} (got ${this.callsTo(method).length})`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(done, left);
        function done() {
          clearTimeout(timer);
          resolve();
        }
        this.waiters.add(done);
      });
    }
    return this.callsTo(method);
  }

  /** Forgets the recorded calls (not the users or pending failures). */
  clear(): void {
    this.calls.length = 0;
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const body = await readBody(req);
    const path = new URL(req.url ?? "/", this.origin).pathname;
    let method: string;
    let args: SlackArgs;
    try {
      args = parseArgs(req.headers["content-type"], body);
    } catch {
      send(res, 200, { ok: false, error: "invalid_json" });
      return;
    }
    if (path.startsWith(UPLOAD_PREFIX)) {
      this.record({ method: "file_upload", args: { uploadId: path.slice(UPLOAD_PREFIX.length), size: body.length }, token: undefined, at: Date.now() });
      res.writeHead(200, { "content-type": "text/plain" });
      res.end(`OK - ${body.length}`);
      return;
    }
    if (path.startsWith(RESPONSE_PREFIX)) {
      method = "response_url";
      args = { ...args, responseUrl: path.slice(RESPONSE_PREFIX.length) };
    } else if (path.startsWith(API_PREFIX)) {
      method = path.slice(API_PREFIX.length);
    } else {
      send(res, 404, { ok: false, error: "unknown_method" });
      return;
    }
    const token = /^Bearer (.+)$/.exec(req.headers.authorization ?? "")?.[1] ?? (args.token as string | undefined);
    this.record({ method, args, token, at: Date.now() });
    const failure = this.takeFailure(method, args);
    if (failure) {
      if ("retryAfter" in failure) {
        send(res, 429, { ok: false, error: "ratelimited" }, { "retry-after": String(failure.retryAfter) });
      } else if ("status" in failure) {
        send(res, failure.status, { ok: false, error: "internal_error" });
      } else {
        send(res, 200, { ok: false, error: failure.error });
      }
      return;
    }
    if (method === "response_url") {
      send(res, 200, { ok: true });
      return;
    }
    if (!token && method !== "api.test") {
      send(res, 200, { ok: false, error: "not_authed" });
      return;
    }
    send(res, 200, this.answer(method, args));
  }

  private record(call: SlackCall): void {
    this.calls.push(call);
    for (const wake of [...this.waiters]) {
      this.waiters.delete(wake);
      wake();
    }
  }

  private takeFailure(method: string, args: SlackArgs): SlackFailure | undefined {
    const index = this.failures.findIndex((pending) => pending.method === method && pending.when(args));
    if (index < 0) return undefined;
    const pending = this.failures[index]!;
    pending.times -= 1;
    if (pending.times <= 0) this.failures.splice(index, 1);
    return pending.failure;
  }

  private nextTs(): string {
    this.seq += 1;
    return `1765000000.${String(this.seq).padStart(6, "0")}`;
  }

  private answer(method: string, args: SlackArgs): object {
    switch (method) {
      case "auth.test":
        return { ok: true, url: "https://pembinaan.slack.com/", team: "Pemkab Tebo", user: "pembinaan", team_id: FAKE_TEAM_ID, user_id: FAKE_BOT_USER_ID, bot_id: "B0PEMBINA" };
      case "chat.postMessage":
      case "chat.update": {
        const problem = checkMessage(args);
        if (problem) return problem;
        const channel = conversationOf(String(args.channel));
        const ts = method === "chat.update" ? String(args.ts) : this.nextTs();
        return { ok: true, channel, ts, message: { type: "message", text: args.text, blocks: args.blocks, bot_id: "B0PEMBINA", ts } };
      }
      case "chat.postEphemeral": {
        const problem = checkMessage(args);
        if (problem) return problem;
        if (!args.user) return { ok: false, error: "user_not_in_channel" };
        return { ok: true, message_ts: this.nextTs() };
      }
      case "chat.delete":
        return { ok: true, channel: args.channel, ts: args.ts };
      case "conversations.open": {
        const users = String(args.users ?? "");
        if (!users) return { ok: false, error: "users_list_not_supplied" };
        return { ok: true, channel: { id: conversationOf(users.split(",")[0]!) } };
      }
      case "users.info": {
        const id = String(args.user ?? "");
        const user = this.users.get(id);
        return user ? { ok: true, user: profileOf(id, user) } : { ok: false, error: "user_not_found" };
      }
      case "users.lookupByEmail": {
        const email = String(args.email ?? "").toLowerCase();
        const found = [...this.users].find(([, user]) => user.email?.toLowerCase() === email);
        return found ? { ok: true, user: profileOf(found[0], found[1]) } : { ok: false, error: "users_not_found" };
      }
      case "views.open":
      case "views.push":
      case "views.publish":
      case "views.update": {
        if ((method === "views.open" || method === "views.push") && !args.trigger_id) return { ok: false, error: "invalid_arguments" };
        if (method === "views.publish" && !args.user_id) return { ok: false, error: "invalid_arguments" };
        const view = (args.view ?? {}) as Record<string, unknown>;
        const problem = checkView(view);
        if (problem) return problem;
        const id = typeof args.view_id === "string" ? args.view_id : `V${String(++this.seq).padStart(8, "0")}`;
        return { ok: true, view: { ...view, id, team_id: FAKE_TEAM_ID, hash: `${this.seq}.hash`, state: { values: {} } } };
      }
      case "files.getUploadURLExternal":
        return { ok: true, upload_url: `${this.origin}${UPLOAD_PREFIX}${++this.seq}`, file_id: `F${this.seq}` };
      case "files.completeUploadExternal":
        return { ok: true, files: (args.files as unknown[] | undefined) ?? [] };
      default:
        return { ok: true };
    }
  }
}

/** A direct message sent "to a user" lands in the app's DM with them, whose id starts with D. */
function conversationOf(channel: string): string {
  return /^[UW]/.test(channel) ? `D${channel.slice(1)}` : channel;
}

function profileOf(id: string, user: SlackUser) {
  const realName = user.realName ?? user.name ?? id;
  return {
    id,
    team_id: FAKE_TEAM_ID,
    name: user.name ?? id.toLowerCase(),
    real_name: realName,
    deleted: user.deleted ?? false,
    is_bot: user.isBot ?? false,
    tz: user.tz ?? "Asia/Jakarta",
    locale: user.locale ?? "id-ID",
    profile: { real_name: realName, display_name: user.name ?? "", ...(user.email ? { email: user.email } : {}) },
  };
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** Slack clients send form fields with nested values as JSON strings; response URLs get JSON. */
function parseArgs(contentType: string | undefined, body: Buffer): SlackArgs {
  const text = body.toString("utf8");
  if (!text) return {};
  if ((contentType ?? "").includes("application/json")) return JSON.parse(text) as SlackArgs;
  if ((contentType ?? "").includes("multipart/form-data")) return { multipart: true, size: body.length };
  const args: SlackArgs = {};
  for (const [key, value] of new URLSearchParams(text)) {
    args[key] = /^[[{]/.test(value) ? safeJson(value) : value === "true" ? true : value === "false" ? false : value;
  }
  return args;
}

function safeJson(value: string): unknown {
  try {
    return JSON.parse(value);
  } catch {
    return value;
  }
}

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { "content-type": "application/json; charset=utf-8", "content-length": Buffer.byteLength(text), ...headers });
  res.end(text);
}
