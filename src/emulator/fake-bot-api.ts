import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { Message, Update, User, UserFromGetMe } from "grammy/types";
import type { Clock } from "../clock.js";
import { parsePayload, readBody, sendJson } from "./fake-bot-api-http.js";
import { BotApiError, blockedByUser, isRecord, tooManyRequests, type ChatId, type ErrorParameters, type Payload } from "./fake-bot-api-limits.js";
import { isSendMethod, METHODS, type BotSettings, type MethodContext } from "./fake-bot-api-methods.js";
import { RateLimiter, StatsCollector, type FakeBotApiStats, type RateLimits } from "./fake-bot-api-rate.js";
import { FileStore, MessageStore, type CurrentReplyKeyboard, type StoredFile } from "./fake-bot-api-store.js";
import { UpdateQueue, type NewUpdate, type PollParams } from "./fake-bot-api-updates.js";

export { BotApiError, type ChatId, type Payload } from "./fake-bot-api-limits.js";
export { TELEGRAM_RATE_LIMITS, type FakeBotApiStats, type RateLimits } from "./fake-bot-api-rate.js";
export type { CurrentReplyKeyboard, StoredFile } from "./fake-bot-api-store.js";
export type { NewUpdate } from "./fake-bot-api-updates.js";
export type { UploadedFile } from "./fake-bot-api-http.js";

export interface FakeBotApiOptions {
  token?: string;
  botInfo?: Partial<UserFromGetMe>;
  /** Enforce Telegram-like flood limits on send methods (default: off). */
  rateLimits?: RateLimits | false;
  /** Source of message dates (default: the system clock). */
  clock?: Clock;
  /** First update_id handed out by pushUpdate (default: 1). */
  firstUpdateId?: number;
  port?: number;
}

export interface RecordedCall {
  method: string;
  /** The request parameters as the server understood them; uploads appear as `{ filename, size }`. */
  payload: Payload;
  chatId?: ChatId;
  /** Arrival time in ms. */
  at: number;
  /** The update the bot was handling when the call arrived (exact with sequential polling). */
  updateId?: number;
  /** Filled in when the call is answered. */
  status?: number;
  result?: unknown;
  error?: { error_code: number; description: string; parameters?: ErrorParameters };
  /** True if the connection was dropped on purpose (see `failNetwork`). */
  networkFailure?: boolean;
}

export interface InjectedFailure {
  /** Method to fail; when omitted any method except getUpdates matches. */
  method?: string;
  chatId?: ChatId;
  /** How many matching calls fail (default 1). */
  times?: number;
  errorCode: number;
  description: string;
  retryAfter?: number;
}

export type CallListener = (call: RecordedCall) => void;

const DEFAULT_TOKEN = "123456:TEST";
const METHOD_NAMES = new Map(Object.keys(METHODS).concat("getUpdates").map((name) => [name.toLowerCase(), name]));

function defaultBotInfo(token: string): UserFromGetMe {
  const id = Number(token.split(":")[0]) || 123456;
  return {
    id,
    is_bot: true,
    first_name: "Pembinaan ASN",
    username: "pembinaan_asn_bot",
    can_join_groups: true,
    can_read_all_group_messages: false,
    supports_inline_queries: false,
    can_connect_to_business: false,
    has_main_web_app: false,
    has_topics_enabled: false,
    allows_users_to_create_topics: false,
    can_manage_bots: false,
    supports_join_request_queries: false,
  };
}

/** The chat an update is about, used to attribute calls to updates and callback answers to chats. */
function updateChatId(update: Update): ChatId | undefined {
  for (const [key, value] of Object.entries(update)) {
    if (key === "update_id" || !isRecord(value)) continue;
    const chat = value.chat ?? (isRecord(value.message) ? value.message.chat : undefined);
    if (isRecord(chat) && (typeof chat.id === "number" || typeof chat.id === "string")) return chat.id;
    if (isRecord(value.from) && typeof value.from.id === "number") return value.from.id;
  }
  return undefined;
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * A local stand-in for the Telegram Bot API. Point grammY at it with
 * `new Bot(api.token, { client: { apiRoot: api.apiRoot } })`.
 */
export class FakeBotApi {
  readonly token: string;
  readonly botInfo: UserFromGetMe;
  readonly calls: RecordedCall[] = [];
  apiRoot = "";

  private readonly server: Server;
  private readonly store = new MessageStore();
  private readonly files = new FileStore();
  private readonly updates: UpdateQueue;
  private readonly stats_ = new StatsCollector();
  private readonly listeners = new Set<CallListener>();
  private readonly failures: Array<InjectedFailure & { remaining: number }> = [];
  private readonly blocked = new Set<string>();
  private readonly context: MethodContext;
  private limiter: RateLimiter | undefined;
  private latency: [number, number] = [0, 0];
  private networkFailures: { remaining: number; method?: string } = { remaining: 0 };
  private closing = false;

  static async start(options: FakeBotApiOptions = {}): Promise<FakeBotApi> {
    const api = new FakeBotApi(options);
    await new Promise<void>((resolve, reject) => {
      api.server.once("error", reject);
      api.server.listen(options.port ?? 0, "127.0.0.1", () => resolve());
    });
    const { port } = api.server.address() as AddressInfo;
    api.apiRoot = `http://127.0.0.1:${port}`;
    return api;
  }

  private constructor(options: FakeBotApiOptions) {
    this.token = options.token ?? DEFAULT_TOKEN;
    this.botInfo = { ...defaultBotInfo(this.token), ...options.botInfo };
    this.updates = new UpdateQueue(options.firstUpdateId ?? 1);
    this.limiter = options.rateLimits ? new RateLimiter(options.rateLimits) : undefined;
    const settings: BotSettings = { webhookUrl: "", commands: new Map(), menuButtons: new Map(), texts: new Map() };
    const clock = options.clock;
    this.context = {
      bot: this.botInfo,
      store: this.store,
      files: this.files,
      updates: this.updates,
      settings,
      callbackQueries: new Map(),
      now: () => (clock ? clock.now().getTime() : Date.now()),
    };
    this.server = createServer((req, res) => {
      this.handle(req, res).catch((error: unknown) => {
        sendJson(res, 500, { ok: false, error_code: 500, description: `Internal Server Error: ${String(error)}` });
      });
    });
  }

  // --- recorded calls -------------------------------------------------------

  callsTo(method: string): RecordedCall[] {
    return this.calls.filter((call) => call.method === method);
  }

  clearCalls(): void {
    this.calls.length = 0;
  }

  /** Called after each call is answered (or its connection dropped); returns an unsubscribe function. */
  onCall(listener: CallListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  // --- updates --------------------------------------------------------------

  /** Queues an update and resolves with it (id assigned) once the bot has confirmed it. */
  async pushUpdate(update: NewUpdate): Promise<Update> {
    const queued = this.enqueueUpdate(update);
    await this.updates.confirmation(queued.update_id);
    return queued;
  }

  /** Queues an update without waiting; see `waitForConfirmation`. */
  enqueueUpdate(input: NewUpdate): Update {
    const update = this.ingest(input);
    return this.updates.push(update);
  }

  waitForConfirmation(updateId: number): Promise<void> {
    return this.updates.confirmation(updateId);
  }

  /** Updates not yet confirmed by the bot. */
  get pendingUpdates(): number {
    return this.updates.size;
  }

  /** Resolves when a long-polling getUpdates request is waiting. */
  waitForPoll(): Promise<void> {
    return this.updates.waitForPoll();
  }

  // --- failure injection ----------------------------------------------------

  injectFailure(failure: InjectedFailure): void {
    this.failures.push({ ...failure, remaining: failure.times ?? 1 });
  }

  clearFailures(): void {
    this.failures.length = 0;
  }

  blockChat(chatId: ChatId): void {
    this.blocked.add(String(chatId));
  }

  unblockChat(chatId: ChatId): void {
    this.blocked.delete(String(chatId));
  }

  /** Random delay per call (getUpdates excluded); `setLatency(0)` turns it off. */
  setLatency(minMs: number, maxMs = minMs): void {
    this.latency = [minMs, Math.max(minMs, maxMs)];
  }

  /** Drops the connection of the next `times` calls (optionally only of one method). */
  failNetwork(times = 1, method?: string): void {
    this.networkFailures = method === undefined ? { remaining: times } : { remaining: times, method };
  }

  setRateLimits(limits: RateLimits | false): void {
    this.limiter = limits ? new RateLimiter(limits) : undefined;
  }

  stats(): FakeBotApiStats {
    return this.stats_.snapshot();
  }

  resetStats(): void {
    this.stats_.reset();
  }

  // --- chat state -----------------------------------------------------------

  /** Every stored message of a chat (user and bot), oldest first, as currently edited. */
  messages(chatId: ChatId): Message[] {
    return this.store.list(chatId);
  }

  botMessages(chatId: ChatId): Message[] {
    return this.store.list(chatId).filter((message) => message.from?.id === this.botInfo.id);
  }

  message(chatId: ChatId, messageId: number): Message | undefined {
    return this.store.get(chatId, messageId);
  }

  /** The reply keyboard the user currently sees in a chat, if any. */
  replyKeyboard(chatId: ChatId): CurrentReplyKeyboard | undefined {
    return this.store.replyKeyboard(chatId);
  }

  /** Registers a file as if a user had uploaded it; download it at `${apiRoot}/file/bot${token}/${file_path}`. */
  addFile(content: Buffer | string, meta: { file_name?: string; mime_type?: string } = {}): StoredFile {
    const data = typeof content === "string" ? Buffer.from(content, "utf8") : content;
    return this.files.register("document", { ...meta, data });
  }

  async close(): Promise<void> {
    if (this.closing) return;
    this.closing = true;
    this.updates.close();
    await new Promise<void>((resolve) => {
      this.server.close(() => resolve());
      this.server.closeIdleConnections();
      // Keep-alive sockets still finishing a response get a short grace period.
      setTimeout(() => this.server.closeAllConnections(), 100).unref();
    });
  }

  // --- request handling -----------------------------------------------------

  private ingest(input: NewUpdate): NewUpdate {
    const update: NewUpdate = { ...input };
    for (const field of ["message", "channel_post", "business_message"] as const) {
      const message = update[field];
      if (message) Object.assign(update, { [field]: this.store.acceptIncoming(message) });
    }
    const query = update.callback_query;
    if (query) {
      this.store.rememberUser(query.from);
      this.context.callbackQueries.set(query.id, query.message?.chat.id ?? query.from.id);
    }
    for (const value of Object.values(update)) {
      if (isRecord(value) && isRecord(value.from)) this.store.rememberUser(value.from as unknown as User);
    }
    return update;
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? "/", "http://localhost");
    const route = /^\/(file\/)?bot([^/]+)\/(.+)$/.exec(url.pathname);
    if (!route) return sendJson(res, 404, { ok: false, error_code: 404, description: "Not Found" });
    const [, isFile, token, rest = ""] = route;
    if (token !== this.token) return sendJson(res, 401, { ok: false, error_code: 401, description: "Unauthorized" });
    if (isFile) return this.serveFile(decodeURIComponent(rest), res);

    const body = await readBody(req);
    const method = METHOD_NAMES.get(rest.toLowerCase()) ?? rest;
    let payload: Payload = {};
    let parseError: BotApiError | undefined;
    try {
      payload = parsePayload(req.headers["content-type"], body, url.searchParams);
    } catch (error) {
      parseError = error instanceof BotApiError ? error : new BotApiError(400, "Bad Request: can't parse request");
    }
    const call = this.record(method, payload);

    if (this.takeNetworkFailure(method)) {
      call.networkFailure = true;
      this.stats_.count("networkFailures");
      req.socket.destroy();
      return this.emit(call);
    }
    const [min, max] = this.latency;
    if (max > 0 && method !== "getUpdates") await sleep(min + Math.random() * (max - min));

    let outcome: unknown;
    try {
      if (parseError) throw parseError;
      outcome = await this.execute(call, res);
    } catch (error) {
      if (!(error instanceof BotApiError)) throw error;
      outcome = error;
    }
    this.answer(call, res, outcome);
  }

  private record(method: string, payload: Payload): RecordedCall {
    const at = Date.now();
    let chatId: ChatId | undefined;
    const rawChat = payload.chat_id;
    if (typeof rawChat === "number" || typeof rawChat === "string") chatId = rawChat;
    else if (typeof payload.callback_query_id === "string") chatId = this.context.callbackQueries.get(payload.callback_query_id);
    const call: RecordedCall = { method, payload, at };
    if (chatId !== undefined) call.chatId = chatId;
    const updateId = method === "getUpdates" ? undefined : this.attribute(call);
    if (updateId !== undefined) call.updateId = updateId;
    this.calls.push(call);
    this.stats_.countCall(method);
    return call;
  }

  /** With several updates in flight, prefer the one about the same chat or callback query. */
  private attribute(call: RecordedCall): number | undefined {
    const inProgress = this.updates.inProgress();
    const queryId = call.payload.callback_query_id;
    const match =
      inProgress.find((u) => queryId !== undefined && u.callback_query?.id === queryId) ??
      inProgress.find((u) => call.chatId !== undefined && String(updateChatId(u)) === String(call.chatId)) ??
      inProgress[0];
    return match?.update_id;
  }

  private takeNetworkFailure(method: string): boolean {
    const pending = this.networkFailures;
    if (pending.remaining <= 0 || (pending.method !== undefined && pending.method !== method)) return false;
    pending.remaining -= 1;
    return true;
  }

  private takeInjectedFailure(call: RecordedCall): BotApiError | undefined {
    const index = this.failures.findIndex(
      (f) =>
        (f.method === undefined ? call.method !== "getUpdates" : f.method === call.method) &&
        (f.chatId === undefined || String(f.chatId) === String(call.chatId)),
    );
    const failure = this.failures[index];
    if (!failure) return undefined;
    failure.remaining -= 1;
    if (failure.remaining <= 0) this.failures.splice(index, 1);
    this.stats_.count("injectedFailures");
    const parameters = failure.retryAfter === undefined ? undefined : { retry_after: failure.retryAfter };
    return new BotApiError(failure.errorCode, failure.description, parameters);
  }

  private async execute(call: RecordedCall, res: ServerResponse): Promise<unknown> {
    const injected = this.takeInjectedFailure(call);
    if (injected) throw injected;
    const { method, payload, chatId } = call;
    if (method === "getUpdates") return this.getUpdates(payload, res);
    const handler = METHODS[method];
    if (!handler) throw new BotApiError(404, "Not Found: method not found");

    const sends = isSendMethod(method);
    if ((sends || method === "sendChatAction") && chatId !== undefined && this.blocked.has(String(chatId))) {
      this.stats_.count("blocked");
      throw blockedByUser();
    }
    const now = Date.now();
    if (sends && chatId !== undefined && this.limiter) {
      const retryAfter = this.limiter.check(chatId, now);
      if (retryAfter !== undefined) {
        this.stats_.count("tooManyRequests");
        throw tooManyRequests(retryAfter);
      }
    }
    const result = handler(this.context, payload);
    if (sends && chatId !== undefined) {
      this.limiter?.record(chatId, now);
      this.stats_.countDelivery(chatId, now);
    }
    return result;
  }

  private async getUpdates(payload: Payload, res: ServerResponse): Promise<Update[]> {
    if (this.context.settings.webhookUrl) {
      throw new BotApiError(409, "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first");
    }
    const abort = new AbortController();
    res.once("close", () => abort.abort());
    const params: PollParams = { allowed_updates: payload.allowed_updates };
    for (const field of ["offset", "limit", "timeout"] as const) {
      if (typeof payload[field] === "number") params[field] = payload[field];
    }
    const result = await this.updates.poll(params, abort.signal);
    if (result instanceof BotApiError) throw result;
    return result;
  }

  private answer(call: RecordedCall, res: ServerResponse, outcome: unknown): void {
    if (outcome instanceof BotApiError) {
      const body = outcome.toBody();
      call.status = outcome.errorCode;
      call.error = { error_code: body.error_code, description: body.description };
      if (body.parameters) call.error.parameters = body.parameters;
      this.emit(call);
      sendJson(res, outcome.errorCode, body, this.closing);
    } else {
      call.status = 200;
      call.result = outcome;
      this.emit(call);
      sendJson(res, 200, { ok: true, result: outcome }, this.closing);
    }
  }

  private emit(call: RecordedCall): void {
    for (const listener of this.listeners) {
      try {
        listener(call);
      } catch {
        // a faulty listener must not break the bot under test
      }
    }
  }

  private serveFile(path: string, res: ServerResponse): void {
    const file = this.files.getByPath(path);
    if (!file) return sendJson(res, 404, { ok: false, error_code: 404, description: "Not Found" });
    const data = file.data ?? Buffer.alloc(file.file_size ?? 0);
    res.writeHead(200, { "content-type": file.mime_type ?? "application/octet-stream", "content-length": data.length });
    res.end(data);
  }
}
