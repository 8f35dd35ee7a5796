import { plainExcerpt } from "../announcements/content.js";
import { loadPulseScope, type PulseUnitRef } from "../pulse/scope.js";
import { reportAccess, type ReportAccessCode, type ReportViewerId } from "./access.js";
import type { ReportFilter } from "./filter.js";
import type { ReportLanguage } from "./language.js";
import { describeFilter, withUnit, type ReportDeps } from "./period.js";
import { addReach, reachFigures, type ReachTally } from "./reach-figures.js";
import type { Cell, ColumnType, ReportColumn, ScopedReport } from "./report-table.js";

/**
 * Reach of announcements and campaign messages for leaders and admins: per unit, rolled up like the
 * change-readiness results to the first level below the scope's root (the OPD for the whole district,
 * the units directly below a leader's own), and per message. Counted as explained in reach-figures.ts.
 * Shares: delivered of all messages to recipients; acknowledged of the delivered messages that asked
 * for it, so a unit is not blamed for messages that needed no confirmation.
 */

export interface UnitReachShare {
  unit: PulseUnitRef;
  share: number;
}

export interface ReachHeadline extends ReachTally {
  announcements: number;
  deliveredShare: number | null;
  ackShare: number | null;
  /** The units with the lowest shares; null without any. */
  lowestDelivered: UnitReachShare | null;
  lowestAck: UnitReachShare | null;
}

export interface ReachByUnitReport extends ScopedReport {
  kind: "reach";
  headline: ReachHeadline;
}

export type ReachByUnitOutcome = { ok: true; report: ReachByUnitReport } | { ok: false; code: ReportAccessCode };

export const REACH_TABLES = { units: "jangkauan-unit", announcements: "jangkauan-pengumuman" } as const;

const share = (part: number, whole: number): number | null => (whole === 0 ? null : part / whole);

export async function reachByUnitReport(
  deps: ReportDeps,
  input: { viewerId: ReportViewerId; filter: ReportFilter; language: ReportLanguage },
): Promise<ReachByUnitOutcome> {
  const access = await reportAccess(deps, { viewerId: input.viewerId, report: "reach", unitId: input.filter.unitId });
  if (!access.ok) return access;
  const filter = withUnit(input.filter, access.unitId);
  const scope = await loadPulseScope(deps, access.unitId);
  if (scope === null) return { ok: false, code: "unknown-unit" };
  const figures = await reachFigures(deps, { filter, unitIds: access.unitIds });
  const { t } = input.language;

  const groups = new Map<number, { unit: PulseUnitRef; tallies: ReachTally[] }>();
  for (const [unitId, tally] of figures.units) {
    const unit = scope.groupOf.get(unitId);
    if (!unit) continue;
    const group = groups.get(unit.id) ?? { unit, tallies: [] };
    group.tallies.push(tally);
    groups.set(unit.id, group);
  }
  const units = [...groups.values()]
    .map((group) => ({ unit: group.unit, tally: addReach(group.tallies) }))
    .sort((a, b) => a.unit.name.localeCompare(b.unit.name, "id") || a.unit.id - b.unit.id);

  const column = <K extends string>(key: K, header: string, type: ColumnType): ReportColumn<K> => ({
    key,
    header: t(`report-reach-column-${header}`),
    type,
  });
  const tallyCells = (tally: ReachTally): Record<string, Cell> => ({
    recipients: tally.recipients,
    delivered: tally.delivered,
    pending: tally.pending,
    failed: tally.failed,
    blocked: tally.blocked,
    deliveredShare: share(tally.delivered, tally.recipients),
    ackExpected: tally.ackExpected,
    acknowledged: tally.acknowledged,
    ackShare: share(tally.acknowledged, tally.ackExpected),
  });

  const unitTable = {
    name: REACH_TABLES.units,
    title: t("report-reach-table-units"),
    columns: [
      column("unit", "unit", "text"),
      column("recipients", "recipients", "integer"),
      column("delivered", "delivered", "integer"),
      column("pending", "pending", "integer"),
      column("failed", "failed", "integer"),
      column("blocked", "blocked", "integer"),
      column("deliveredShare", "delivered-share", "percent"),
      column("ackExpected", "ack-expected", "integer"),
      column("acknowledged", "acknowledged", "integer"),
      column("ackShare", "ack-share", "percent"),
    ],
    rows: units.map(({ unit, tally }) => ({ unit: unit.name, ...tallyCells(tally) })),
  };
  const announcementTable = {
    name: REACH_TABLES.announcements,
    title: t("report-reach-table-announcements"),
    columns: [
      column("sentAt", "sent-at", "date"),
      column("campaign", "campaign", "text"),
      column("excerpt", "excerpt", "text"),
      column("needsAck", "needs-ack", "text"),
      column("recipients", "audience", "integer"),
      column("delivered", "delivered", "integer"),
      column("blocked", "blocked", "integer"),
      column("deliveredShare", "delivered-share", "percent"),
      column("acknowledged", "acknowledged", "integer"),
      column("ackShare", "ack-share", "percent"),
    ],
    rows: figures.announcements.map((row) => ({
      sentAt: row.sentAt,
      campaign: row.campaignName,
      excerpt: plainExcerpt(row.body),
      needsAck: t(row.needsAck ? "report-yes" : "report-no"),
      recipients: row.recipients,
      delivered: row.delivered,
      blocked: row.blocked,
      deliveredShare: share(row.delivered, row.recipients),
      acknowledged: row.needsAck ? row.acknowledged : null,
      ackShare: row.needsAck ? share(row.acknowledged, row.ackExpected) : null,
    })),
  };

  const total = addReach(units.map((entry) => entry.tally));
  const lowest = (shareOf: (tally: ReachTally) => number | null): UnitReachShare | null => {
    let found: UnitReachShare | null = null;
    for (const { unit, tally } of units) {
      const value = shareOf(tally);
      if (value !== null && (found === null || value < found.share)) found = { unit, share: value };
    }
    return found;
  };
  return {
    ok: true,
    report: {
      kind: "reach",
      title: t("report-reach-title"),
      scope: await describeFilter(deps, filter, input.language),
      unitId: access.unitId,
      tables: [unitTable, announcementTable],
      headline: {
        announcements: figures.announcements.length,
        ...total,
        deliveredShare: share(total.delivered, total.recipients),
        ackShare: share(total.acknowledged, total.ackExpected),
        lowestDelivered: lowest((tally) => share(tally.delivered, tally.recipients)),
        lowestAck: lowest((tally) => share(tally.acknowledged, tally.ackExpected)),
      },
    },
  };
}
