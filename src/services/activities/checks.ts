import type { ParsedActivity } from "./activity-item.js";
import type { ActivityIssue } from "./issues.js";
import { formatLocalDateTime } from "./local-time.js";
import type { ActivityFields } from "./snapshot.js";

/**
 * The dates of one activity against each other, after the file's values are merged with the stored
 * ones: it ends after it starts, and registration opens before it closes and closes by the start.
 */
export function checkSchedule(line: number, fields: ActivityFields, timezone: string): ActivityIssue[] {
  const issues: ActivityIssue[] = [];
  const at = (date: Date) => formatForIssue(date, timezone);
  const { startsAt, endsAt, registrationOpensAt: opens, registrationClosesAt: closes } = fields;
  if (endsAt.getTime() <= startsAt.getTime()) {
    issues.push({ line, code: "ends-before-start", params: { startsAt: at(startsAt), endsAt: at(endsAt) } });
  }
  if (opens && closes && opens.getTime() >= closes.getTime()) {
    issues.push({ line, code: "registration-window-order", params: { opensAt: at(opens), closesAt: at(closes) } });
  }
  if (closes && closes.getTime() > startsAt.getTime()) {
    issues.push({ line, code: "registration-closes-after-start", params: { closesAt: at(closes), startsAt: at(startsAt) } });
  } else if (opens && opens.getTime() >= startsAt.getTime()) {
    issues.push({ line, code: "registration-opens-after-start", params: { opensAt: at(opens), startsAt: at(startsAt) } });
  }
  return issues;
}

/** Codes and attendance codes used twice in the file; the first use is fine, later ones are reported. */
export function checkDuplicates(items: readonly (ParsedActivity & { line: number })[]): ActivityIssue[] {
  const issues: ActivityIssue[] = [];
  const codes = new Map<string, number>();
  const attendanceCodes = new Map<string, number>();
  for (const item of items) {
    if (item.code !== null) {
      const first = codes.get(item.code);
      if (first !== undefined) issues.push({ line: item.line, code: "duplicate-code", params: { code: item.code, firstLine: first } });
      else codes.set(item.code, item.line);
    }
    if (item.attendanceCode !== null) {
      const first = attendanceCodes.get(item.attendanceCode);
      if (first !== undefined) {
        issues.push({
          line: item.line,
          code: "duplicate-attendance-code",
          params: { attendanceCode: item.attendanceCode, firstLine: first },
        });
      } else {
        attendanceCodes.set(item.attendanceCode, item.line);
      }
    }
  }
  return issues;
}

/** Dates in messages read like the files write them, in the configured zone. */
function formatForIssue(date: Date, timezone: string): string {
  return formatLocalDateTime(date, timezone);
}
