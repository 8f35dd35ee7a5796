import type { ActivitySettings } from "../../config.js";
import type { RegistrationStatus } from "../../generated/prisma/enums.js";
import { recordAudit } from "../audit.js";
import { readCsvTable, type CsvIssueCode } from "../csv/table.js";
import type { ServiceDeps } from "../deps.js";
import { normalizeNip } from "../roster/nip.js";

/**
 * Attendance: participants check in themselves with the activity's attendance code while its window
 * is open; admins can also mark attendance from a list (CSV with a `nip` column).
 */

export interface AttendanceDeps extends ServiceDeps {
  settings: Pick<ActivitySettings, "checkinGraceMinutes">;
}

/** Wrong codes allowed per employee within the window below, before check-in is refused for a while. */
export const CHECKIN_MAX_FAILED_ATTEMPTS = 10;
export const CHECKIN_FAILED_WINDOW_MS = 60 * 60 * 1000;

export const CHECKIN_ACTION = "attendance.checked-in";
export const CHECKIN_FAILED_ACTION = "attendance.code-rejected";
export const ATTENDANCE_MARKED_ACTION = "attendance.marked";

/** Completed activities whose code is still recognised, to answer "too late" rather than "wrong code". */
const RECENT_COMPLETED_MS = 30 * 24 * 60 * 60 * 1000;

export type CheckInResult =
  | { status: "checked-in"; activityId: number; title: string; checkedInAt: Date }
  | { status: "already"; activityId: number; title: string; checkedInAt: Date | null }
  | { status: "wrong-code"; attemptsLeft: number }
  | { status: "too-early"; activityId: number; title: string; opensAt: Date }
  | { status: "too-late"; activityId: number; title: string; closedAt: Date }
  /** The code is right but the person holds no seat: waitlisted, awaiting approval, cancelled, never registered. */
  | { status: "not-registered"; activityId: number; title: string; registrationStatus: RegistrationStatus | null }
  | { status: "locked"; retryAt: Date };

/** What people type: any case, with or without spaces and dashes ("tbo 7k2m" is TBO-7K2M). */
export function attendanceCodeKey(code: string): string {
  return code.replace(/[\s\-‐‑–—]+/g, "").toUpperCase();
}

export function checkInWindow(activity: { startsAt: Date; endsAt: Date }, graceMinutes: number): { opensAt: Date; closesAt: Date } {
  const grace = graceMinutes * 60_000;
  return {
    opensAt: new Date(activity.startsAt.getTime() - grace),
    closesAt: new Date(activity.endsAt.getTime() + grace),
  };
}

type Candidate =
  | { rank: 0; result: Extract<CheckInResult, { status: "checked-in" }>; registrationId: number; code: string }
  | { rank: 1 | 2 | 3 | 4; result: CheckInResult };

/**
 * Checks the employee in with an attendance code. Among the activities with this code, the one the
 * person is registered for and whose window (start − grace … end + grace) is open wins. A code that
 * matches no activity counts as a failed attempt; after CHECKIN_MAX_FAILED_ATTEMPTS within an hour,
 * every attempt is refused until the oldest of them is an hour old.
 */
export async function checkIn(deps: AttendanceDeps, input: { employeeId: number; code: string }): Promise<CheckInResult> {
  const { db } = deps;
  const now = deps.clock.now();
  const since = new Date(now.getTime() - CHECKIN_FAILED_WINDOW_MS);
  const failures = await db.auditLog.findMany({
    where: { action: CHECKIN_FAILED_ACTION, actorId: input.employeeId, createdAt: { gt: since } },
    orderBy: { createdAt: "desc" },
    take: CHECKIN_MAX_FAILED_ATTEMPTS,
    select: { createdAt: true },
  });
  if (failures.length >= CHECKIN_MAX_FAILED_ATTEMPTS) {
    const oldest = failures.at(-1)!.createdAt;
    return { status: "locked", retryAt: new Date(oldest.getTime() + CHECKIN_FAILED_WINDOW_MS) };
  }

  const key = attendanceCodeKey(input.code);
  const activities =
    key === ""
      ? []
      : (
          await db.activity.findMany({
            where: {
              attendanceCode: { not: null },
              OR: [
                { status: "PUBLISHED" },
                { status: "COMPLETED", endsAt: { gte: new Date(now.getTime() - RECENT_COMPLETED_MS) } },
              ],
            },
            select: { id: true, code: true, title: true, status: true, startsAt: true, endsAt: true, attendanceCode: true },
          })
        ).filter((activity) => attendanceCodeKey(activity.attendanceCode!) === key);

  if (activities.length === 0) {
    await recordAudit(db, {
      actorId: input.employeeId,
      actorLabel: `employee:${input.employeeId}`,
      action: CHECKIN_FAILED_ACTION,
      at: now,
    });
    return { status: "wrong-code", attemptsLeft: Math.max(0, CHECKIN_MAX_FAILED_ATTEMPTS - failures.length - 1) };
  }

  const registrations = await db.registration.findMany({
    where: { employeeId: input.employeeId, activityId: { in: activities.map((activity) => activity.id) } },
  });
  const byActivity = new Map(registrations.map((registration) => [registration.activityId, registration]));
  const candidates: Candidate[] = activities.map((activity) => {
    const registration = byActivity.get(activity.id);
    const { opensAt, closesAt } = checkInWindow(activity, deps.settings.checkinGraceMinutes);
    const about = { activityId: activity.id, title: activity.title };
    const status = registration?.status ?? null;
    if (status === "ATTENDED" || status === "COMPLETED") {
      return { rank: 1, result: { status: "already", ...about, checkedInAt: registration?.checkedInAt ?? null } };
    }
    if (status === "REGISTERED" || status === "NO_SHOW") {
      const closed = status === "NO_SHOW" || activity.status !== "PUBLISHED" || now > closesAt;
      if (closed) return { rank: 3, result: { status: "too-late", ...about, closedAt: closesAt < now ? closesAt : now } };
      if (now < opensAt) return { rank: 2, result: { status: "too-early", ...about, opensAt } };
      return {
        rank: 0,
        result: { status: "checked-in", ...about, checkedInAt: now },
        registrationId: registration!.id,
        code: activity.code,
      };
    }
    return { rank: 4, result: { status: "not-registered", ...about, registrationStatus: status } };
  });
  candidates.sort((a, b) => a.rank - b.rank || soonest(a.result) - soonest(b.result));
  const best = candidates[0]!;
  if (best.rank !== 0) return best.result;

  const { registrationId, code } = best;
  return db.$transaction(async (tx): Promise<CheckInResult> => {
    // Conditional: of two messages sent at once, only one checks in; the other reads "already".
    const claimed = await tx.registration.updateMany({
      where: { id: registrationId, status: "REGISTERED" },
      data: { status: "ATTENDED", checkedInAt: now, updatedAt: now },
    });
    if (claimed.count === 0) {
      const current = await tx.registration.findUniqueOrThrow({ where: { id: registrationId } });
      const about = { activityId: best.result.activityId, title: best.result.title };
      return current.status === "ATTENDED" || current.status === "COMPLETED"
        ? { status: "already", ...about, checkedInAt: current.checkedInAt }
        : { status: "not-registered", ...about, registrationStatus: current.status };
    }
    await recordAudit(tx, {
      actorId: input.employeeId,
      actorLabel: `employee:${input.employeeId}`,
      action: CHECKIN_ACTION,
      targetType: "Registration",
      targetId: registrationId,
      details: { activity: code, via: "code" },
      at: now,
    });
    return best.result;
  });
}

/** Among results of the same kind, the activity happening soonest (or most recently) comes first. */
function soonest(result: CheckInResult): number {
  if (result.status === "too-early") return result.opensAt.getTime();
  if (result.status === "too-late") return -result.closedAt.getTime();
  return 0;
}

export type AttendanceIssueCode =
  // The file as a whole.
  | CsvIssueCode
  | "no-rows"
  // One row.
  | "bad-nip"
  | "unknown-nip"
  | "duplicate-nip"
  | "not-registered"
  | "already-attended";

export interface AttendanceIssue {
  /** Line in the file (the header is line 1). */
  line: number;
  code: AttendanceIssueCode;
  params: Record<string, string>;
}

export type MarkAttendanceResult =
  | { ok: true; dryRun: boolean; marked: number; activity: { code: string; title: string } }
  | { ok: false; error: "activity-not-found"; activityCode: string }
  | { ok: false; error: "activity-not-open"; activityCode: string; status: string }
  | { ok: false; error: "activity-not-started"; activityCode: string; opensAt: Date }
  | { ok: false; error: "invalid-rows"; issues: AttendanceIssue[] };

/** Rolls a write transaction back when validation inside it finds problems. */
class InvalidRows extends Error {
  constructor(readonly issues: AttendanceIssue[]) {
    super("attendance list has problems");
  }
}

const MARKABLE: RegistrationStatus[] = ["REGISTERED", "NO_SHOW"];

/**
 * Marks attendance from a list of NIPs (CSV, `nip` column), e.g. a signed paper attendance list.
 * Every row is checked first (bad NIP, unknown NIP, duplicate, not registered, already attended),
 * each problem reported with its line; nothing is written if there is any. Otherwise all listed
 * registrations become ATTENDED in one transaction. A NO_SHOW (the activity was already closed)
 * may be corrected this way; the completion job then credits the JP.
 */
export async function markAttendanceFromCsv(
  deps: AttendanceDeps,
  input: { activityCode: string; csvText: string; actorLabel: string; actorId?: number | null; dryRun: boolean },
): Promise<MarkAttendanceResult> {
  const { db } = deps;
  const now = deps.clock.now();
  const activityCode = input.activityCode.trim().toUpperCase();
  const activity = await db.activity.findUnique({ where: { code: activityCode } });
  if (!activity) return { ok: false, error: "activity-not-found", activityCode: input.activityCode.trim() };
  if (activity.status !== "PUBLISHED" && activity.status !== "COMPLETED") {
    return { ok: false, error: "activity-not-open", activityCode: activity.code, status: activity.status };
  }
  const { opensAt } = checkInWindow(activity, deps.settings.checkinGraceMinutes);
  if (now < opensAt) return { ok: false, error: "activity-not-started", activityCode: activity.code, opensAt };

  const table = readCsvTable(input.csvText, ["nip"] as const, new Set(["nip"] as const));
  const fileIssues: AttendanceIssue[] = table.issues.map((issue) => ({
    line: issue.line,
    code: issue.code,
    params: Object.fromEntries(Object.entries(issue.params).map(([key, value]) => [key, String(value)])),
  }));
  if (table.rows.length === 0 && fileIssues.length === 0) fileIssues.push({ line: 1, code: "no-rows", params: {} });

  const validate = async (reader: Pick<typeof db, "employee" | "registration">) => {
    const issues = [...fileIssues];
    const registrationIds: number[] = [];
    const firstLine = new Map<string, number>();
    const rows = table.rows.map((row) => ({ line: row.line, raw: row.cells.nip.trim(), nip: normalizeNip(row.cells.nip) }));
    const nips = [...new Set(rows.map((row) => row.nip).filter((nip) => /^\d{18}$/.test(nip)))];
    const employees = new Map<string, { id: number; name: string }>();
    for (let i = 0; i < nips.length; i += 500) {
      for (const employee of await reader.employee.findMany({
        where: { nip: { in: nips.slice(i, i + 500) } },
        select: { id: true, nip: true, name: true },
      })) {
        employees.set(employee.nip, employee);
      }
    }
    const employeeIds = [...employees.values()].map((employee) => employee.id);
    const registrations = new Map<number, { id: number; status: RegistrationStatus }>();
    for (let i = 0; i < employeeIds.length; i += 500) {
      for (const registration of await reader.registration.findMany({
        where: { activityId: activity.id, employeeId: { in: employeeIds.slice(i, i + 500) } },
        select: { id: true, employeeId: true, status: true },
      })) {
        registrations.set(registration.employeeId, registration);
      }
    }
    for (const row of rows) {
      const fail = (code: AttendanceIssueCode, params: Record<string, string> = {}) =>
        issues.push({ line: row.line, code, params: { nip: row.raw, ...params } });
      if (!/^\d{18}$/.test(row.nip)) {
        fail("bad-nip");
        continue;
      }
      const seen = firstLine.get(row.nip);
      if (seen !== undefined) {
        fail("duplicate-nip", { first: String(seen) });
        continue;
      }
      firstLine.set(row.nip, row.line);
      const employee = employees.get(row.nip);
      if (!employee) {
        fail("unknown-nip");
        continue;
      }
      const registration = registrations.get(employee.id);
      if (registration?.status === "ATTENDED" || registration?.status === "COMPLETED") {
        fail("already-attended", { name: employee.name });
        continue;
      }
      if (!registration || !MARKABLE.includes(registration.status)) {
        fail("not-registered", { name: employee.name, status: registration?.status ?? "" });
        continue;
      }
      registrationIds.push(registration.id);
    }
    issues.sort((a, b) => a.line - b.line);
    return { issues, registrationIds };
  };

  const summary = { code: activity.code, title: activity.title };
  if (input.dryRun) {
    const checked = await validate(db);
    if (checked.issues.length > 0) return { ok: false, error: "invalid-rows", issues: checked.issues };
    return { ok: true, dryRun: true, marked: checked.registrationIds.length, activity: summary };
  }

  try {
    const marked = await db.$transaction(async (tx) => {
      // Writing the activity row first takes the write lock: check-ins wait until the list is in.
      await tx.activity.update({ where: { id: activity.id }, data: { updatedAt: now } });
      const checked = await validate(tx);
      if (checked.issues.length > 0) throw new InvalidRows(checked.issues);
      for (let i = 0; i < checked.registrationIds.length; i += 500) {
        await tx.registration.updateMany({
          where: { id: { in: checked.registrationIds.slice(i, i + 500) }, status: { in: MARKABLE } },
          data: { status: "ATTENDED", checkedInAt: now, updatedAt: now },
        });
      }
      await recordAudit(tx, {
        actorId: input.actorId ?? null,
        actorLabel: input.actorLabel,
        action: ATTENDANCE_MARKED_ACTION,
        targetType: "activity",
        targetId: activity.id,
        details: { code: activity.code, marked: checked.registrationIds.length, registrations: checked.registrationIds },
        at: now,
      });
      return checked.registrationIds.length;
    });
    return { ok: true, dryRun: false, marked, activity: summary };
  } catch (error) {
    if (error instanceof InvalidRows) return { ok: false, error: "invalid-rows", issues: error.issues };
    throw error;
  }
}
