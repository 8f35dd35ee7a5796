import { z } from "zod";

const DEFAULT_DATABASE_URL = "file:./data/pembinaan.db";

const commaList = z
  .string()
  .optional()
  .transform((value) =>
    (value ?? "")
      .split(",")
      .map((item) => item.trim())
      .filter((item) => item.length > 0),
  );

const emptyAsUndefined = (value: unknown) => (value === "" ? undefined : value);

const configSchema = z.object({
  DATABASE_URL: z.preprocess(
    emptyAsUndefined,
    z
      .string()
      .default(DEFAULT_DATABASE_URL)
      .refine((url) => /^(file:|postgres(ql)?:\/\/)/.test(url), {
        message: "must be a SQLite file URL such as file:./data/pembinaan.db or a PostgreSQL URL such as postgresql://user@host:5432/pembinaan",
      }),
  ),
  BOT_TOKEN: z.preprocess(
    emptyAsUndefined,
    z
      .string()
      .regex(/^\d+:[\w-]{20,}$/, { message: "does not look like a Telegram bot token (digits:secret from @BotFather)" })
      .optional(),
  ),
  TELEGRAM_API_ROOT: z.preprocess(emptyAsUndefined, z.url().default("https://api.telegram.org")),
  DEFAULT_LOCALE: z.preprocess(emptyAsUndefined, z.enum(["id", "en"]).default("id")),
  TIMEZONE: z.preprocess(
    emptyAsUndefined,
    z
      .string()
      .default("Asia/Jakarta")
      .refine(isKnownTimeZone, { message: "is not a known IANA time zone, e.g. Asia/Jakarta" }),
  ),
  ADMIN_TELEGRAM_IDS: commaList.pipe(
    z.array(z.string().regex(/^\d+$/, { message: "each Telegram id must be a number" })),
  ),
  ADMIN_NIPS: commaList.pipe(z.array(z.string().regex(/^\d{18}$/, { message: "each NIP must be 18 digits" }))),
  LOG_LEVEL: z.preprocess(
    emptyAsUndefined,
    z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  ),
  ACTIVATION_CODE_TTL_HOURS: z.preprocess(emptyAsUndefined, z.coerce.number().int().positive().default(72)),
  LINK_MAX_FAILED_ATTEMPTS: z.preprocess(emptyAsUndefined, z.coerce.number().int().positive().default(5)),
  LINK_LOCKOUT_MINUTES: z.preprocess(emptyAsUndefined, z.coerce.number().int().positive().default(15)),
  QUIET_HOURS: z.preprocess(
    emptyAsUndefined,
    z
      .string()
      .default("21:00-06:00")
      .refine((value) => value === "off" || /^([01]\d|2[0-3]):[0-5]\d-([01]\d|2[0-3]):[0-5]\d$/.test(value), {
        message: "must look like 21:00-06:00 (local time, start-end) or be off",
      }),
  ),
  DELIVERY_GLOBAL_PER_SECOND: positiveNumber(30),
  DELIVERY_PER_CHAT_PER_SECOND: positiveNumber(1),
  DELIVERY_PER_GROUP_PER_MINUTE: positiveNumber(20),
  DELIVERY_CONCURRENCY: positiveInt(4),
  DELIVERY_MAX_ATTEMPTS: positiveInt(5),
  DELIVERY_CLAIM_TTL_SECONDS: positiveInt(60),
  REMINDER_DAY_BEFORE_AT: z.preprocess(
    emptyAsUndefined,
    z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { message: "must be a local time like 15:00" }).default("15:00"),
  ),
  REMINDER_MINUTES_BEFORE: positiveInt(60),
  APPROVAL_ESCALATE_AFTER_HOURS: positiveInt(48),
  CHECKIN_GRACE_MINUTES: positiveInt(30),
  EVALUATION_L3_DELAY_DAYS: positiveInt(60),
  EVALUATION_DUE_DAYS: positiveInt(14),
  EVALUATION_NUDGE_BEFORE_DUE_DAYS: positiveInt(3),
  EVALUATION_EXPIRE_AFTER_DUE_DAYS: positiveInt(7),
  ANNOUNCE_ACK_REMINDER_AFTER_HOURS: positiveInt(24),
  ANNOUNCE_REPORT_AFTER_HOURS: positiveInt(48),
  PULSE_DUE_DAYS: positiveInt(7),
  PULSE_BARRIER_THRESHOLD: z.preprocess(emptyAsUndefined, z.coerce.number().min(1).max(5).default(3)),
  PULSE_MIN_GROUP_SIZE: positiveInt(5),
  BOT_MODE: z.preprocess(emptyAsUndefined, z.enum(["polling", "webhook"]).default("polling")),
  WEBHOOK_URL: z.preprocess(
    emptyAsUndefined,
    z
      .url()
      .refine((url) => url.startsWith("https://"), { message: "must be a public https URL, e.g. https://bot.example.go.id/telegram" })
      .optional(),
  ),
  WEBHOOK_SECRET: optionalSecret(
    /^[\w-]{1,256}$/,
    "must be 1-256 characters of A-Z, a-z, 0-9, _ and - (Telegram's rule for secret_token)",
  ),
  WEBHOOK_PORT: z.preprocess(emptyAsUndefined, z.coerce.number().int().min(1).max(65_535).default(8080)),
  WEBHOOK_HOST: z.preprocess(emptyAsUndefined, z.string().default("0.0.0.0")),
  WEBHOOK_DELETE_ON_SHUTDOWN: z.preprocess(
    emptyAsUndefined,
    z.enum(["true", "false"], { message: "must be true or false" }).default("false"),
  ),
  METRICS_TOKEN: optionalSecret(
    /^[\w.~+/=-]{16,256}$/,
    "must be 16-256 characters of A-Z, a-z, 0-9 and - . _ ~ + / = (e.g. openssl rand -hex 32)",
  ),
  SLACK_BOT_TOKEN: optionalSecret(/^xoxb-[\w-]+$/, "does not look like a Slack bot token (xoxb-...)"),
  SLACK_APP_TOKEN: optionalSecret(/^xapp-[\w-]+$/, "does not look like a Slack app-level token (xapp-...)"),
  SLACK_SIGNING_SECRET: optionalSecret(/^[\da-f]{16,}$/i, "does not look like a Slack signing secret (hexadecimal)"),
  SLACK_PORT: z.preprocess(emptyAsUndefined, z.coerce.number().int().min(1).max(65_535).default(3000)),
  SLACK_API_URL: z.preprocess(emptyAsUndefined, z.url().default("https://slack.com/api/")),
  SLACK_GLOBAL_PER_SECOND: positiveNumber(5),
  SLACK_PER_CHANNEL_PER_SECOND: positiveNumber(1),
});

function optionalSecret(pattern: RegExp, message: string) {
  return z.preprocess(emptyAsUndefined, z.string().trim().regex(pattern, { message }).optional());
}

function positiveNumber(fallback: number) {
  return z.preprocess(emptyAsUndefined, z.coerce.number().positive().default(fallback));
}

function positiveInt(fallback: number) {
  return z.preprocess(emptyAsUndefined, z.coerce.number().int().positive().default(fallback));
}

function isKnownTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

export type ConfigInput = Partial<Record<keyof z.input<typeof configSchema>, string | undefined>>;

export interface Config {
  databaseUrl: string;
  botToken: string | undefined;
  telegramApiRoot: string;
  defaultLocale: "id" | "en";
  timezone: string;
  adminTelegramIds: string[];
  adminNips: string[];
  logLevel: z.infer<typeof configSchema>["LOG_LEVEL"];
  activationCodeTtlHours: number;
  linkMaxFailedAttempts: number;
  linkLockoutMinutes: number;
  /** Local-time window in which non-urgent pushes are held; null when off. */
  quietHours: { start: string; end: string } | null;
  delivery: DeliveryLimits;
  activities: ActivitySettings;
  evaluations: EvaluationSettings & EvaluationNudgeSettings;
  announcements: AnnouncementSettings;
  /** Long polling, or the webhook settings when BOT_MODE=webhook. */
  telegramMode: "polling" | "webhook";
  webhook: WebhookSettings | null;
  /** The Slack adapter; null when Slack is not configured, and then nothing about Slack starts. */
  slack: SlackSettings | null;
}

export interface WebhookSettings {
  /** The public https URL Telegram posts to; its path is the one the server answers on. */
  url: string;
  /** Sent by Telegram in X-Telegram-Bot-Api-Secret-Token with every update. */
  secret: string;
  port: number;
  host: string;
  /** Removes the webhook at shutdown (for a planned move back to polling; not for restarts). */
  deleteOnShutdown: boolean;
  /** Lets a client that is not on this machine read /metrics and /readyz with `Authorization: Bearer <token>`. */
  metricsToken: string | null;
}

export interface SlackSettings {
  botToken: string;
  /** Socket Mode when set; otherwise HTTP, verified with the signing secret. */
  appToken: string | undefined;
  signingSecret: string | undefined;
  /** The port of the HTTP receiver (unused in Socket Mode). */
  port: number;
  /** Web API base URL, ending in a slash. */
  apiUrl: string;
  /** Delivery limits for Slack DMs: chat.postMessage is about one per second per channel, a few hundred per minute per workspace. */
  delivery: { globalPerSecond: number; perChannelPerSecond: number };
}

export interface AnnouncementSettings {
  /** Hours after sending when recipients who have not acknowledged get their one reminder. */
  ackReminderAfterHours: number;
  /** Hours after sending when the author gets the reach report automatically. */
  reportAfterHours: number;
  /** Days recipients have to answer a change-readiness pulse. */
  pulseDueDays: number;
  /** An ADKAR dimension whose mean falls below this (of 5) is the unit's barrier point. */
  pulseBarrierThreshold: number;
  /** Units with fewer pulse respondents than this are not shown separately. */
  pulseMinGroupSize: number;
}

export interface ActivitySettings {
  /** Local time on the day before an activity when its reminder goes out. */
  reminderDayBeforeAt: string;
  /** Minutes before the start for the second reminder. */
  reminderMinutesBefore: number;
  /** Hours a registration may wait for the supervisor before it is escalated. */
  approvalEscalateAfterHours: number;
  /** Minutes before the start and after the end in which check-in is accepted. */
  checkinGraceMinutes: number;
}

export interface EvaluationSettings {
  /** Days after an activity ends when the behaviour (L3) questionnaires go to the participant and the supervisor. */
  l3DelayDays: number;
  /** Days a respondent has to answer a default questionnaire once it is sent. */
  dueDays: number;
}

export interface EvaluationNudgeSettings {
  /** Days before the due date when an unanswered evaluation gets its reminder. */
  nudgeBeforeDueDays: number;
  /** Days past the due date (after the overdue reminder) when an unanswered request expires. */
  expireAfterDueDays: number;
}

export interface DeliveryLimits {
  globalPerSecond: number;
  perChatPerSecond: number;
  perGroupPerMinute: number;
  concurrency: number;
  maxAttempts: number;
  /** How long a dispatcher's claim on queued messages lasts before another one may take them over. */
  claimTtlSeconds: number;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((problem) => `  - ${problem}`).join("\n")}`);
    this.name = "ConfigError";
  }
}

/** Parses configuration from an explicit input, so tests never touch process.env. */
export function createConfig(input: ConfigInput | NodeJS.ProcessEnv): Config {
  const parsed = configSchema.safeParse(input);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => `${issue.path.join(".") || "(config)"}: ${issue.message}`),
    );
  }
  const env = parsed.data;
  const slack = slackSettings(env);
  const webhook = webhookSettings(env);
  return {
    databaseUrl: env.DATABASE_URL,
    botToken: env.BOT_TOKEN,
    telegramApiRoot: env.TELEGRAM_API_ROOT.replace(/\/+$/, ""),
    defaultLocale: env.DEFAULT_LOCALE,
    timezone: env.TIMEZONE,
    adminTelegramIds: env.ADMIN_TELEGRAM_IDS,
    adminNips: env.ADMIN_NIPS,
    logLevel: env.LOG_LEVEL,
    activationCodeTtlHours: env.ACTIVATION_CODE_TTL_HOURS,
    linkMaxFailedAttempts: env.LINK_MAX_FAILED_ATTEMPTS,
    linkLockoutMinutes: env.LINK_LOCKOUT_MINUTES,
    quietHours: parseQuietHours(env.QUIET_HOURS),
    delivery: {
      globalPerSecond: env.DELIVERY_GLOBAL_PER_SECOND,
      perChatPerSecond: env.DELIVERY_PER_CHAT_PER_SECOND,
      perGroupPerMinute: env.DELIVERY_PER_GROUP_PER_MINUTE,
      concurrency: env.DELIVERY_CONCURRENCY,
      maxAttempts: env.DELIVERY_MAX_ATTEMPTS,
      claimTtlSeconds: env.DELIVERY_CLAIM_TTL_SECONDS,
    },
    activities: {
      reminderDayBeforeAt: env.REMINDER_DAY_BEFORE_AT,
      reminderMinutesBefore: env.REMINDER_MINUTES_BEFORE,
      approvalEscalateAfterHours: env.APPROVAL_ESCALATE_AFTER_HOURS,
      checkinGraceMinutes: env.CHECKIN_GRACE_MINUTES,
    },
    evaluations: {
      l3DelayDays: env.EVALUATION_L3_DELAY_DAYS,
      dueDays: env.EVALUATION_DUE_DAYS,
      nudgeBeforeDueDays: env.EVALUATION_NUDGE_BEFORE_DUE_DAYS,
      expireAfterDueDays: env.EVALUATION_EXPIRE_AFTER_DUE_DAYS,
    },
    announcements: {
      ackReminderAfterHours: env.ANNOUNCE_ACK_REMINDER_AFTER_HOURS,
      reportAfterHours: env.ANNOUNCE_REPORT_AFTER_HOURS,
      pulseDueDays: env.PULSE_DUE_DAYS,
      pulseBarrierThreshold: env.PULSE_BARRIER_THRESHOLD,
      pulseMinGroupSize: env.PULSE_MIN_GROUP_SIZE,
    },
    telegramMode: env.BOT_MODE,
    webhook,
    slack,
  };
}

/** Webhook mode needs the public URL and the secret; in polling mode the webhook settings are ignored. */
function webhookSettings(env: z.infer<typeof configSchema>): WebhookSettings | null {
  if (env.BOT_MODE !== "webhook") return null;
  const problems: string[] = [];
  if (!env.WEBHOOK_URL) problems.push("WEBHOOK_URL: is required when BOT_MODE=webhook (the public https URL incl. path)");
  if (!env.WEBHOOK_SECRET) problems.push("WEBHOOK_SECRET: is required when BOT_MODE=webhook (1-256 of A-Z a-z 0-9 _ -)");
  if (!env.WEBHOOK_URL || !env.WEBHOOK_SECRET) throw new ConfigError(problems);
  return {
    url: env.WEBHOOK_URL,
    secret: env.WEBHOOK_SECRET,
    port: env.WEBHOOK_PORT,
    host: env.WEBHOOK_HOST,
    deleteOnShutdown: env.WEBHOOK_DELETE_ON_SHUTDOWN === "true",
    metricsToken: env.METRICS_TOKEN ?? null,
  };
}

/** Slack runs only with a bot token and a way to receive events; half a configuration is a mistake. */
function slackSettings(env: z.infer<typeof configSchema>): SlackSettings | null {
  const { SLACK_BOT_TOKEN: botToken, SLACK_APP_TOKEN: appToken, SLACK_SIGNING_SECRET: signingSecret } = env;
  if (!botToken && !appToken && !signingSecret) return null;
  if (!botToken) {
    const given = appToken ? "SLACK_APP_TOKEN" : "SLACK_SIGNING_SECRET";
    throw new ConfigError([`SLACK_BOT_TOKEN: is required when ${given} is set (the bot token, xoxb-...)`]);
  }
  if (!appToken && !signingSecret) {
    throw new ConfigError([
      "SLACK_APP_TOKEN: is required with SLACK_BOT_TOKEN for Socket Mode (xapp-...); or set SLACK_SIGNING_SECRET to receive events over HTTP",
    ]);
  }
  return {
    botToken,
    appToken,
    signingSecret,
    port: env.SLACK_PORT,
    apiUrl: env.SLACK_API_URL.endsWith("/") ? env.SLACK_API_URL : `${env.SLACK_API_URL}/`,
    delivery: { globalPerSecond: env.SLACK_GLOBAL_PER_SECOND, perChannelPerSecond: env.SLACK_PER_CHANNEL_PER_SECOND },
  };
}

function parseQuietHours(value: string): Config["quietHours"] {
  if (value === "off") return null;
  const [start, end] = value.split("-") as [string, string];
  return { start, end };
}
