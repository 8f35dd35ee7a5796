import { formatDateTime, formatTime } from "../../i18n/format-date.js";
import type { Locale, Translate } from "../../i18n/index.js";
import { nextSlot, type CronIssue, type CronSchedule } from "./cron-schedule.js";

export interface WordsContext {
  t: Translate;
  locale: Locale;
  timezone: string;
  now: Date;
}

/** "setiap Senin pukul 08.00 WIB", "every weekday (Monday–Friday) at 08:00 WIB", ... */
export function explainSchedule(schedule: CronSchedule, context: WordsContext): string {
  const { t, locale, timezone, now } = context;
  const next = nextSlot(schedule, now, timezone);
  const shape = schedule.shape;
  // The local time is read off the next run, so the zone label (WIB) comes out as the dates show it.
  const time = next ? formatTime(next, locale, timezone) : "";
  switch (shape.kind) {
    case "hourly":
      return t("campaign-schedule-hourly", { minute: String(shape.minute).padStart(2, "0") });
    case "daily":
      return t("campaign-schedule-daily", { time });
    case "weekdays":
      return t("campaign-schedule-weekdays", { time });
    case "weekly":
      return t("campaign-schedule-weekly", { days: joinWords(t, shape.days.map((day) => t(`campaign-weekday-${day}`))), time });
    case "monthly":
      return t("campaign-schedule-monthly", { day: shape.day, time });
    case "other":
      return t("campaign-schedule-other", {
        expression: schedule.expression,
        next: next ? formatDateTime(next, locale, timezone) : t("campaign-schedule-no-next"),
      });
  }
}

/** "Senin", "Senin dan Kamis", "Senin, Rabu dan Jumat". */
function joinWords(t: Translate, words: string[]): string {
  if (words.length <= 1) return words.join("");
  return `${words.slice(0, -1).join(", ")} ${t("campaign-schedule-and")} ${words.at(-1)}`;
}

/** What is wrong with a schedule, and how to write it instead. */
export function explainCronIssue(t: Translate, issue: CronIssue): string {
  switch (issue.code) {
    case "empty":
      return t("campaign-cron-empty");
    case "field-count":
      return t("campaign-cron-field-count", { count: issue.count });
    case "field":
      return t("campaign-cron-field", {
        position: issue.position,
        field: t(`campaign-cron-field-${issue.field}`),
        value: issue.value,
        min: issue.min,
        max: issue.max,
        kind: issue.field,
      });
    case "never":
      return t("campaign-cron-never");
    case "too-frequent":
      return t("campaign-cron-too-frequent", { count: issue.perHour });
    case "time":
      return t("campaign-cron-time", { value: issue.value });
    case "weekday":
      return t("campaign-cron-weekday", { value: issue.value });
  }
}
