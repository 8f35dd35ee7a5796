import type { ActivityKind, CompetencyType, JpSource, RegistrationStatus } from "../../generated/prisma/enums.js";
import { eligibilityProblem, unitCodesOf } from "../activities/eligibility.js";
import { fromLocal, toLocal } from "../activities/local-time.js";
import type { ServiceDeps } from "../deps.js";

/** Every ASN owes at least this many JP (hours of lessons) of competency development a year. */
export const JP_TARGET = 20;

export const COMPETENCY_TYPES = ["TEKNIS", "MANAJERIAL", "SOSIAL_KULTURAL"] as const satisfies readonly CompetencyType[];

export type JpByType = Record<CompetencyType, number>;

/** The year of the ledger is the calendar year in the district's time zone, not the server's. */
export interface LedgerDeps extends ServiceDeps {
  timezone: string;
}

export interface JpEntryView {
  /** The activity's title, or the note of a manual credit (null when it has none). */
  title: string | null;
  jp: number;
  competencyType: CompetencyType;
  source: JpSource;
  completedAt: Date;
}

export interface JpSummary {
  year: number;
  target: number;
  total: number;
  byType: JpByType;
  entries: JpEntryView[];
  /** JP the person should have by now to reach the target by the end of the year, pro rata. */
  expected: number;
  /** Fewer JP than `expected`: the person is falling behind the yearly target. */
  behind: boolean;
}

export interface SuggestedActivity {
  id: number;
  title: string;
  kind: ActivityKind;
  competencyType: CompetencyType;
  jp: number;
  startsAt: Date;
}

export interface TeamMemberJp {
  employeeId: number;
  name: string;
  total: number;
  byType: JpByType;
  behind: boolean;
}

export type TeamJpResult =
  | { ok: true; year: number; target: number; expected: number; members: TeamMemberJp[] }
  | { ok: false; error: "not-allowed" };

/** The calendar year of `now` in the configured time zone. */
export function ledgerYear(deps: Pick<LedgerDeps, "clock" | "timezone">): number {
  return toLocal(deps.clock.now(), deps.timezone).year;
}

/**
 * The pro-rata share of the target due by `now`: nothing for a year that has not begun, the whole
 * target for a year that has ended, and in between the part of the year elapsed, rounded down.
 */
export function expectedJp(year: number, now: Date, timezone: string, target = JP_TARGET): number {
  const start = fromLocal({ year, month: 1, day: 1, hour: 0, minute: 0, second: 0 }, timezone).getTime();
  const end = fromLocal({ year: year + 1, month: 1, day: 1, hour: 0, minute: 0, second: 0 }, timezone).getTime();
  const at = now.getTime();
  if (at <= start) return 0;
  if (at >= end) return target;
  return Math.floor((target * (at - start)) / (end - start));
}

function emptyByType(): JpByType {
  return { TEKNIS: 0, MANAJERIAL: 0, SOSIAL_KULTURAL: 0 };
}

/** One person's JP for a year: totals by competency type from one grouped query, and the credits. */
export async function jpSummary(deps: LedgerDeps, input: { employeeId: number; year?: number }): Promise<JpSummary> {
  const year = input.year ?? ledgerYear(deps);
  const where = { employeeId: input.employeeId, year };
  const [groups, rows] = await Promise.all([
    deps.db.jpEntry.groupBy({ by: ["competencyType"], where, _sum: { jp: true } }),
    deps.db.jpEntry.findMany({
      where,
      select: {
        id: true,
        jp: true,
        competencyType: true,
        source: true,
        note: true,
        createdAt: true,
        registration: { select: { completedAt: true, activity: { select: { title: true, endsAt: true } } } },
      },
    }),
  ]);
  const byType = emptyByType();
  for (const group of groups) byType[group.competencyType] += group._sum.jp ?? 0;
  const total = COMPETENCY_TYPES.reduce((sum, type) => sum + byType[type], 0);
  const entries = rows
    .map((row) => ({
      id: row.id,
      title: row.registration?.activity.title ?? row.note ?? null,
      jp: row.jp,
      competencyType: row.competencyType,
      source: row.source,
      completedAt: row.registration?.completedAt ?? row.registration?.activity.endsAt ?? row.createdAt,
    }))
    .sort((a, b) => a.completedAt.getTime() - b.completedAt.getTime() || a.id - b.id)
    .map(({ id: _id, ...entry }) => entry);
  const expected = expectedJp(year, deps.clock.now(), deps.timezone);
  return { year, target: JP_TARGET, total, byType, entries, expected, behind: total < expected };
}

/** Registrations that make an activity no longer worth suggesting (anything but a cancellation). */
const SETTLED_STATUSES: RegistrationStatus[] = [
  "PENDING_APPROVAL",
  "REGISTERED",
  "WAITLISTED",
  "REJECTED",
  "ATTENDED",
  "NO_SHOW",
  "COMPLETED",
];

/**
 * Upcoming published activities the person may join (the audience and registration-window rules
 * of the catalogue; a window that opens later still counts) and has not registered for. Competency
 * types in which they have the fewest JP this year come first, then the earliest.
 */
export async function suggestActivities(
  deps: LedgerDeps,
  input: { employeeId: number; limit: number },
): Promise<SuggestedActivity[]> {
  const now = deps.clock.now();
  const employee = await deps.db.employee.findUnique({ where: { id: input.employeeId } });
  if (!employee?.active || input.limit <= 0) return [];
  const withUnits = { ...employee, unitCodes: await unitCodesOf(deps.db, employee.unitId) };
  const year = ledgerYear(deps);
  const [groups, candidates] = await Promise.all([
    deps.db.jpEntry.groupBy({ by: ["competencyType"], where: { employeeId: employee.id, year }, _sum: { jp: true } }),
    deps.db.activity.findMany({
      where: {
        status: "PUBLISHED",
        startsAt: { gt: now },
        registrations: { none: { employeeId: employee.id, status: { in: SETTLED_STATUSES } } },
      },
      include: { audience: true },
      orderBy: [{ startsAt: "asc" }, { id: "asc" }],
      take: 200,
    }),
  ]);
  const byType = emptyByType();
  for (const group of groups) byType[group.competencyType] += group._sum.jp ?? 0;
  return candidates
    .filter((activity) => {
      const problem = eligibilityProblem(activity, withUnits, now);
      return problem === null || problem.code === "window-not-open";
    })
    .map((activity, order) => ({ activity, order }))
    .sort((a, b) => byType[a.activity.competencyType] - byType[b.activity.competencyType] || a.order - b.order)
    .slice(0, input.limit)
    .map(({ activity }) => ({
      id: activity.id,
      title: activity.title,
      kind: activity.kind,
      competencyType: activity.competencyType,
      jp: activity.jp,
      startsAt: activity.startsAt,
    }));
}

/**
 * The JP of each active direct subordinate, furthest behind first, from one grouped query for the
 * whole team. Only the supervisor themself may see it: anyone else, or somebody without an active
 * subordinate, is refused.
 */
export async function teamJpSummary(
  deps: LedgerDeps,
  input: { requesterId: number; supervisorId: number; year?: number },
): Promise<TeamJpResult> {
  if (input.requesterId !== input.supervisorId) return { ok: false, error: "not-allowed" };
  const supervisor = await deps.db.employee.findUnique({
    where: { id: input.supervisorId },
    select: { active: true, subordinates: { where: { active: true }, select: { id: true, name: true } } },
  });
  if (!supervisor?.active || supervisor.subordinates.length === 0) return { ok: false, error: "not-allowed" };

  const year = input.year ?? ledgerYear(deps);
  const groups = await deps.db.jpEntry.groupBy({
    by: ["employeeId", "competencyType"],
    where: { year, employeeId: { in: supervisor.subordinates.map((member) => member.id) } },
    _sum: { jp: true },
  });
  const totals = new Map<number, JpByType>();
  for (const group of groups) {
    const byType = totals.get(group.employeeId) ?? emptyByType();
    byType[group.competencyType] += group._sum.jp ?? 0;
    totals.set(group.employeeId, byType);
  }
  const expected = expectedJp(year, deps.clock.now(), deps.timezone);
  const members = supervisor.subordinates
    .map((member) => {
      const byType = totals.get(member.id) ?? emptyByType();
      const total = COMPETENCY_TYPES.reduce((sum, type) => sum + byType[type], 0);
      return { employeeId: member.id, name: member.name, total, byType, behind: total < expected };
    })
    .sort((a, b) => a.total - b.total || a.name.localeCompare(b.name, "id") || a.employeeId - b.employeeId);
  return { ok: true, year, target: JP_TARGET, expected, members };
}
