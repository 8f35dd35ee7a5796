import { pino, type Logger } from "pino";

export type { Logger };

// Phone numbers and answers must never reach the logs, even by accident inside a payload.
const REDACT = ["*.phone", "*.phone_number", "*.contact", "*.answers", "*.code", "*.text"];

export function createLogger(level: string, pretty = false): Logger {
  return pino({
    level,
    redact: { paths: REDACT, censor: "[redacted]" },
    ...(pretty ? { transport: { target: "pino-pretty", options: { colorize: true, translateTime: "SYS:HH:MM:ss" } } } : {}),
  });
}
