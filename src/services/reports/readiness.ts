import { ADKAR_DIMENSIONS, type AdkarDimension } from "../pulse/adkar.js";
import { pulseResultsForScope, type PulseGroupResult, type PulseResults, type PulseResultsDeps } from "../pulse/results.js";
import { listPulseRounds } from "../pulse/rounds.js";
import { loadPulseScope, type PulseUnitRef } from "../pulse/scope.js";
import { reportAccess, type ReportAccessCode, type ReportViewerId } from "./access.js";
import type { ReportFilter } from "./filter.js";
import type { ReportLanguage } from "./language.js";
import { describeFilter, withUnit, type ReportDeps } from "./period.js";
import type { Cell, ColumnType, ReportColumn, ReportTable, ScopedReport } from "./report-table.js";

/**
 * Change readiness over time for leaders and admins: every pulse round sent in the period within the
 * viewer's scope, in time order, per unit (rolled up as the pulse results are). Each round's figures
 * come from the pulse results service itself, so the anonymity rules are exactly the ones the chat
 * shows: a unit with too few respondents has its name and no number in that round, small units are
 * pooled when together they are enough, and the overall row leaves out what could reveal them.
 *
 * Rows are grouped by unit, each unit's rounds in time order: first the whole scope, then the units
 * by name, then the pooled small units.
 */

export type ReadinessReportDeps = ReportDeps & Pick<PulseResultsDeps, "settings">;

export interface ReadinessReport extends ScopedReport {
  kind: "readiness";
  /** Rounds in time order, with the response counts of the scope. */
  rounds: Array<{ announcementId: number; sentAt: Date | null; requests: number; submitted: number; respondents: number }>;
}

export type ReadinessOutcome = { ok: true; report: ReadinessReport } | { ok: false; code: ReportAccessCode };

export const READINESS_TABLES = { units: "kesiapan-unit", rounds: "kesiapan-putaran" } as const;

type RowKind = "overall" | "unit" | "others";

interface TrendRow {
  kind: RowKind;
  unit: PulseUnitRef | null;
  round: PulseResults["round"];
  /** Null when the unit is not shown in this round. */
  figures: PulseGroupResult | null;
  note: string | null;
}

export async function readinessTrendReport(
  deps: ReadinessReportDeps,
  input: { viewerId: ReportViewerId; filter: ReportFilter; language: ReportLanguage },
): Promise<ReadinessOutcome> {
  const access = await reportAccess(deps, { viewerId: input.viewerId, report: "readiness", unitId: input.filter.unitId });
  if (!access.ok) return access;
  const filter = withUnit(input.filter, access.unitId);
  const scope = await loadPulseScope(deps, access.unitId);
  if (scope === null) return { ok: false, code: "unknown-unit" };
  const { t } = input.language;
  const min = deps.settings.pulseMinGroupSize;

  const inPeriod = (await listPulseRounds(deps, scope))
    .filter((round) => round.sentAt !== null && round.sentAt >= filter.from && round.sentAt < filter.to)
    .reverse();
  const results: PulseResults[] = [];
  for (const round of inPeriod) {
    const outcome = await pulseResultsForScope(deps, { scopeUnitId: access.unitId, announcementId: round.announcementId });
    if (outcome.ok) results.push(outcome.results);
  }

  const rows: TrendRow[] = [];
  for (const result of results) {
    const { round } = result;
    rows.push({
      kind: "overall",
      unit: null,
      round,
      figures: result.overall,
      note:
        result.overall === null
          ? t("report-readiness-note-too-few", { min })
          : result.excludedFromOverall > 0
            ? t("report-readiness-note-excluded", { count: result.excludedFromOverall })
            : null,
    });
    for (const unit of result.units) rows.push({ kind: "unit", unit: unit.unit, round, figures: unit, note: null });
    for (const unit of result.suppressed) {
      rows.push({ kind: "unit", unit, round, figures: null, note: t("report-readiness-note-suppressed", { min }) });
    }
    if (result.others) {
      rows.push({ kind: "others", unit: null, round, figures: result.others, note: t("report-readiness-note-pooled") });
    }
  }
  const position = new Map(results.map((result, index) => [result.round.announcementId, index]));
  const rank: Record<RowKind, number> = { overall: 0, unit: 1, others: 2 };
  rows.sort(
    (a, b) =>
      rank[a.kind] - rank[b.kind] ||
      (a.unit?.name ?? "").localeCompare(b.unit?.name ?? "", "id") ||
      (a.unit?.id ?? 0) - (b.unit?.id ?? 0) ||
      position.get(a.round.announcementId)! - position.get(b.round.announcementId)!,
  );

  const column = <K extends string>(key: K, header: string, type: ColumnType): ReportColumn<K> => ({ key, header, type });
  const dimensionName = (dimension: AdkarDimension) => t(`pulse-dimension-${dimension}`);
  const unitLabel = (row: TrendRow) =>
    row.kind === "overall" ? t("report-readiness-overall") : row.kind === "others" ? t("report-readiness-others") : row.unit!.name;
  const unitTable: ReportTable = {
    name: READINESS_TABLES.units,
    title: t("report-readiness-table-units"),
    columns: [
      column("unit", t("report-readiness-column-unit"), "text"),
      column("sentAt", t("report-readiness-column-sent-at"), "date"),
      column("round", t("report-readiness-column-round"), "integer"),
      column("respondents", t("report-readiness-column-respondents"), "integer"),
      ...ADKAR_DIMENSIONS.map((dimension) => column(dimension, dimensionName(dimension), "decimal")),
      column("barrier", t("report-readiness-column-barrier"), "text"),
      column("note", t("report-readiness-column-note"), "text"),
    ],
    rows: rows.map((row) => {
      const cells: Record<string, Cell> = {
        unit: unitLabel(row),
        sentAt: row.round.sentAt,
        round: row.round.announcementId,
        respondents: row.figures?.respondents ?? null,
      };
      for (const dimension of ADKAR_DIMENSIONS) cells[dimension] = row.figures?.means[dimension] ?? null;
      cells.barrier = row.figures?.barrier ? dimensionName(row.figures.barrier) : null;
      cells.note = row.note;
      return cells;
    }),
  };
  const roundTable: ReportTable = {
    name: READINESS_TABLES.rounds,
    title: t("report-readiness-table-rounds"),
    columns: [
      column("sentAt", t("report-readiness-column-sent-at"), "date"),
      column("round", t("report-readiness-column-round"), "integer"),
      column("requests", t("report-readiness-column-requests"), "integer"),
      column("submitted", t("report-readiness-column-submitted"), "integer"),
      column("responseRate", t("report-readiness-column-response-rate"), "percent"),
    ],
    rows: results.map((result) => ({
      sentAt: result.round.sentAt,
      round: result.round.announcementId,
      requests: result.requests,
      submitted: result.submitted,
      responseRate: result.responseRate,
    })),
  };

  return {
    ok: true,
    report: {
      kind: "readiness",
      title: t("report-readiness-title"),
      scope: await describeFilter(deps, filter, input.language),
      unitId: access.unitId,
      tables: [unitTable, roundTable],
      rounds: results.map((result) => ({
        announcementId: result.round.announcementId,
        sentAt: result.round.sentAt,
        requests: result.requests,
        submitted: result.submitted,
        respondents: result.respondents,
      })),
    },
  };
}
