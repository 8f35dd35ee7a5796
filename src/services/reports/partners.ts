import type { PartnerKind } from "../../generated/prisma/enums.js";
import { reportAccess, type ReportAccessCode, type ReportViewerId } from "./access.js";
import type { ReportFilter } from "./filter.js";
import type { ReportLanguage } from "./language.js";
import { partnerFigures, type PartnerActivityFigures, type Sum } from "./partners-figures.js";
import { describeFilter, withUnit, type ReportDeps } from "./period.js";
import type { ColumnType, ReportColumn, ReportTable, ScopedReport } from "./report-table.js";

/**
 * Participation by partner, for the collaboration review: what each university, NGO or institute
 * delivered in the period (activities, participants, JP, mean L1), then the same per activity.
 * Leaders and admins only; which activities, people and answers count is in partners-figures.ts.
 * Every partner is listed, also one with nothing in the period: that is a finding of the review too.
 */

export const PARTNER_TABLES = {
  partners: "partisipasi-mitra",
  activities: "partisipasi-mitra-kegiatan",
} as const;

/** Key figures for captions, e.g. under a chart. */
export interface PartnerHeadline {
  /** Partners with at least one activity in the period. */
  partners: number;
  activities: number;
  participants: number;
  jpDelivered: number;
  /** Over every mean that is shown; null when none is. */
  l1Mean: number | null;
  /** The partner with the most participants (then the most JP, then by name); null when nobody took part. */
  topPartner: { name: string; participants: number; jpDelivered: number } | null;
}

export interface PartnerReport extends ScopedReport {
  kind: "partners";
  headline: PartnerHeadline;
}

export type PartnerOutcome = { ok: true; report: PartnerReport } | { ok: false; code: ReportAccessCode };

/** Fluent keys are lower case with dashes: jpDelivered → jp-delivered, TRAINING_INSTITUTE → training-institute. */
const kebab = (key: string) => key.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
const keyPart = (value: PartnerKind) => value.toLowerCase().replace(/_/g, "-");

const add = (a: Sum, b: Sum): Sum => ({ sum: a.sum + b.sum, count: a.count + b.count });
const meanOf = (sum: Sum) => (sum.count === 0 ? null : sum.sum / sum.count);

export async function partnerParticipationReport(
  deps: ReportDeps,
  input: { viewerId: ReportViewerId; filter: ReportFilter; language: ReportLanguage },
): Promise<PartnerOutcome> {
  const access = await reportAccess(deps, { viewerId: input.viewerId, report: "partners", unitId: input.filter.unitId });
  if (!access.ok) return access;
  const filter = withUnit(input.filter, access.unitId);
  const [partners, scope] = await Promise.all([
    partnerFigures(deps, { filter, unitIds: access.unitIds }),
    describeFilter(deps, filter, input.language),
  ]);
  const { t } = input.language;
  const column = <K extends string>(key: K, type: ColumnType): ReportColumn<K> => ({
    key,
    header: t(`report-partners-column-${kebab(key)}`),
    type,
  });

  const totals = partners
    .map((partner) => {
      const sumOf = (pick: (activity: PartnerActivityFigures) => number) => partner.activities.reduce((sum, activity) => sum + pick(activity), 0);
      return {
        partner,
        participants: sumOf((activity) => activity.participants),
        jpDelivered: sumOf((activity) => activity.jpDelivered),
        l1: partner.activities.reduce((sum, activity) => add(sum, activity.l1), { sum: 0, count: 0 }),
      };
    })
    .sort((a, b) => a.partner.name.localeCompare(b.partner.name, "id"));

  const partnersTable: ReportTable = {
    name: PARTNER_TABLES.partners,
    title: t("report-partners-table-partners"),
    columns: [
      column("partner", "text"),
      column("kind", "text"),
      column("activities", "integer"),
      column("participants", "integer"),
      column("jpDelivered", "integer"),
      column("l1Mean", "decimal"),
    ],
    rows: totals.map(({ partner, participants, jpDelivered, l1 }) => ({
      partner: partner.name,
      kind: t(`report-partners-kind-${keyPart(partner.kind)}`),
      activities: partner.activities.length,
      participants,
      jpDelivered,
      l1Mean: meanOf(l1),
    })),
  };

  const activitiesTable: ReportTable = {
    name: PARTNER_TABLES.activities,
    title: t("report-partners-table-activities"),
    columns: [
      column("partner", "text"),
      column("code", "text"),
      column("title", "text"),
      column("endsAt", "date"),
      column("participants", "integer"),
      column("jpDelivered", "integer"),
      column("l1Responses", "integer"),
      column("l1Mean", "decimal"),
    ],
    rows: totals.flatMap(({ partner }) =>
      partner.activities.map((activity) => ({
        partner: partner.name,
        code: activity.code,
        title: activity.title,
        endsAt: activity.endsAt,
        participants: activity.participants,
        jpDelivered: activity.jpDelivered,
        l1Responses: activity.l1Responses,
        l1Mean: meanOf(activity.l1),
      })),
    ),
  };

  const top = [...totals]
    .filter((total) => total.participants > 0)
    .sort((a, b) => b.participants - a.participants || b.jpDelivered - a.jpDelivered || a.partner.name.localeCompare(b.partner.name, "id"))[0];
  const headline: PartnerHeadline = {
    partners: totals.filter((total) => total.partner.activities.length > 0).length,
    activities: totals.reduce((sum, total) => sum + total.partner.activities.length, 0),
    participants: totals.reduce((sum, total) => sum + total.participants, 0),
    jpDelivered: totals.reduce((sum, total) => sum + total.jpDelivered, 0),
    l1Mean: meanOf(totals.reduce((sum, total) => add(sum, total.l1), { sum: 0, count: 0 })),
    topPartner: top ? { name: top.partner.name, participants: top.participants, jpDelivered: top.jpDelivered } : null,
  };

  return {
    ok: true,
    report: {
      kind: "partners",
      title: t("report-partners-title"),
      scope,
      unitId: access.unitId,
      tables: [partnersTable, activitiesTable],
      headline,
    },
  };
}
