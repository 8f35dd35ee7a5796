import { CronExpressionParser, type CronExpression } from "cron-parser";

/**
 * A campaign's schedule: a five-field cron expression (minute hour day-of-month month day-of-week),
 * read in the configured time zone. Schedules that fire more than once an hour are refused: a
 * socialisation campaign every minute is a mistake, not a plan.
 */

export const CRON_FIELDS = ["minute", "hour", "day-of-month", "month", "day-of-week"] as const;
export type CronFieldName = (typeof CRON_FIELDS)[number];

const RANGES: Record<CronFieldName, { min: number; max: number }> = {
  minute: { min: 0, max: 59 },
  hour: { min: 0, max: 23 },
  "day-of-month": { min: 1, max: 31 },
  month: { min: 1, max: 12 },
  "day-of-week": { min: 0, max: 7 },
};

const MONTH_NAMES = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const DAY_NAMES = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"];

export type CronIssue =
  | { code: "empty" }
  | { code: "field-count"; count: number }
  | { code: "field"; field: CronFieldName; position: number; value: string; min: number; max: number }
  | { code: "never" }
  | { code: "too-frequent"; perHour: number }
  // The chat's simple choices.
  | { code: "time"; value: string }
  | { code: "weekday"; value: string };

/** What the schedule looks like, for explaining it in words. */
export type ScheduleShape =
  | { kind: "hourly"; minute: number }
  | { kind: "daily"; hour: number; minute: number }
  | { kind: "weekdays"; hour: number; minute: number }
  | { kind: "weekly"; days: number[]; hour: number; minute: number }
  | { kind: "monthly"; day: number; hour: number; minute: number }
  | { kind: "other" };

export interface CronSchedule {
  /** The five fields separated by single spaces, as stored. */
  expression: string;
  shape: ScheduleShape;
}

export type CronParseResult = { ok: true; schedule: CronSchedule } | { ok: false; issue: CronIssue };

/** Validates a five-field cron expression and works out its shape. */
export function parseCron(input: string): CronParseResult {
  const fields = input.trim().split(/\s+/).filter((field) => field !== "");
  if (fields.length === 0) return fail({ code: "empty" });
  if (fields.length !== CRON_FIELDS.length) return fail({ code: "field-count", count: fields.length });

  for (const [index, name] of CRON_FIELDS.entries()) {
    const value = fields[index]!;
    if (!fieldLooksValid(name, value) || !fieldParses(index, value)) {
      return fail({ code: "field", field: name, position: index + 1, value, ...RANGES[name] });
    }
  }

  const expression = fields.join(" ");
  let parsed: CronExpression;
  try {
    parsed = CronExpressionParser.parse(expression, { tz: "UTC" });
    parsed.next();
  } catch {
    return fail({ code: "never" });
  }
  const minutes = parsed.fields.minute.values;
  if (minutes.length > 1) return fail({ code: "too-frequent", perHour: minutes.length });
  return { ok: true, schedule: { expression, shape: shapeOf(parsed, fields) } };
}

function fail(issue: CronIssue): CronParseResult {
  return { ok: false, issue };
}

/**
 * Only plain cron syntax: numbers, `*`, lists, ranges, steps, English month and day names, and the
 * `L` / `#` forms for days. The parser's own extensions (hashed `H` values and the like) are refused.
 */
function fieldLooksValid(name: CronFieldName, value: string): boolean {
  const tokens = value.toLowerCase().split(/[,/-]/);
  const dayTokens = name === "day-of-week" ? tokens.flatMap((token) => token.split("#")) : tokens;
  return dayTokens.every((token) => {
    if (/^\d{1,2}$/.test(token) || token === "*") return true;
    if (token === "?") return name === "day-of-month" || name === "day-of-week";
    if (name === "month") return MONTH_NAMES.includes(token);
    if (name === "day-of-month") return token === "l";
    if (name === "day-of-week") return DAY_NAMES.includes(token) || /^[0-7]?l$/.test(token);
    return false;
  });
}

/** The field alone (others left open), so a problem is pinned to the field that has it. */
function fieldParses(index: number, value: string): boolean {
  const alone = CRON_FIELDS.map((_, i) => (i === index ? value : "*")).join(" ");
  try {
    CronExpressionParser.parse(alone, { tz: "UTC" });
    return true;
  } catch {
    return false;
  }
}

function shapeOf(parsed: CronExpression, raw: string[]): ScheduleShape {
  const { minute, hour, dayOfMonth, month, dayOfWeek } = parsed.fields;
  const [minuteValue] = minute.values;
  if (minuteValue === undefined || !month.isWildcard || /[l#]/i.test(raw[2]! + raw[4]!)) return { kind: "other" };
  const openDays = dayOfMonth.isWildcard && dayOfWeek.isWildcard;
  if (hour.isWildcard) return openDays ? { kind: "hourly", minute: minuteValue } : { kind: "other" };
  if (hour.values.length !== 1) return { kind: "other" };
  const time = { hour: Number(hour.values[0]), minute: minuteValue };
  if (openDays) return { kind: "daily", ...time };
  if (dayOfMonth.isWildcard) {
    // Weeks start on Monday here, so Sunday (0) comes last.
    const days = [...new Set(dayOfWeek.values.map((day) => Number(day) % 7))].sort((a, b) => ((a + 6) % 7) - ((b + 6) % 7));
    if (days.join() === "1,2,3,4,5") return { kind: "weekdays", ...time };
    return { kind: "weekly", days, ...time };
  }
  if (dayOfWeek.isWildcard && dayOfMonth.values.length === 1) {
    return { kind: "monthly", day: Number(dayOfMonth.values[0]), ...time };
  }
  return { kind: "other" };
}

function expressionAt(schedule: CronSchedule, at: Date, timezone: string): CronExpression {
  return CronExpressionParser.parse(schedule.expression, { tz: timezone, currentDate: at });
}

/** The latest time the schedule fires at or before `now`; null when it never has (in the parser's reach). */
export function latestSlot(schedule: CronSchedule, now: Date, timezone: string): Date | null {
  // The parser's `prev` excludes the current instant itself, so look back from just after it.
  const expression = expressionAt(schedule, new Date(now.getTime() + 1), timezone);
  if (!expression.hasPrev()) return null;
  const slot = expression.prev().toDate();
  return slot.getTime() <= now.getTime() ? slot : null;
}

/** The first time the schedule fires strictly after `now`; null when it never will. */
export function nextSlot(schedule: CronSchedule, now: Date, timezone: string): Date | null {
  const expression = expressionAt(schedule, now, timezone);
  if (!expression.hasNext()) return null;
  return expression.next().toDate();
}

/** The simple chat choices as cron, or a cron expression as typed. */
export type ScheduleChoice =
  | { kind: "daily"; time: string }
  | { kind: "weekly"; weekday: number; time: string }
  | { kind: "cron"; expression: string };

const TIME_PATTERN = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** Turns a chat choice ("weekly, Monday, 08:00") into a validated schedule. */
export function scheduleFromChoice(choice: ScheduleChoice): CronParseResult {
  if (choice.kind === "cron") return parseCron(choice.expression);
  const time = TIME_PATTERN.exec(choice.time.trim());
  if (!time) return { ok: false, issue: { code: "time", value: choice.time } };
  const [hour, minute] = [Number(time[1]), Number(time[2])];
  if (choice.kind === "daily") return parseCron(`${minute} ${hour} * * *`);
  if (!Number.isInteger(choice.weekday) || choice.weekday < 0 || choice.weekday > 6) {
    return { ok: false, issue: { code: "weekday", value: String(choice.weekday) } };
  }
  return parseCron(`${minute} ${hour} * * ${choice.weekday}`);
}
