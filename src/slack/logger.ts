import { LogLevel, type Logger as BoltLogger } from "@slack/bolt";
import type { Logger } from "../logger.js";

const LEVELS: Record<string, LogLevel> = {
  trace: LogLevel.DEBUG,
  debug: LogLevel.DEBUG,
  info: LogLevel.INFO,
  warn: LogLevel.WARN,
};

const CARRIES_CONTENT = /^(http request body|http request headers|\{)/;

/**
 * Bolt and the Web API client log through the application's pino logger. Their level follows
 * LOG_LEVEL: Bolt's attempts to set its own level are ignored.
 */
export function boltLogger(logger: Logger): BoltLogger {
  const slack = logger.child({ component: "slack" });
  const line = (parts: unknown[]) => parts.map((part) => (typeof part === "string" ? part : describe(part))).join(" ");
  return {
    debug: (...parts: unknown[]) => {
      // Request and event bodies carry what people typed (answers, codes): they never reach the log.
      if (typeof parts[0] === "string" && CARRIES_CONTENT.test(parts[0])) return;
      slack.debug(line(parts));
    },
    info: (...parts: unknown[]) => slack.info(line(parts)),
    warn: (...parts: unknown[]) => slack.warn(line(parts)),
    error: (...parts: unknown[]) => slack.error(line(parts)),
    setLevel: () => {},
    getLevel: () => LEVELS[slack.level] ?? LogLevel.ERROR,
    setName: () => {},
  };
}

function describe(part: unknown): string {
  if (part instanceof Error) return `${part.name}: ${part.message}`;
  try {
    return JSON.stringify(part);
  } catch {
    return String(part);
  }
}
