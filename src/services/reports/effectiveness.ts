import type { ActivityKind, CompetencyType } from "../../generated/prisma/enums.js";
import { reportAccess, type ReportAccessCode, type ReportViewerId } from "./access.js";
import {
  ANONYMOUS_MIN_RESPONSES,
  effectivenessFigures,
  type ActivityFigures,
  type EffectivenessCounts,
} from "./effectiveness-figures.js";
import { addCounts, ratesOf, type EffectivenessRates } from "./effectiveness-tally.js";
import type { ReportFilter } from "./filter.js";
import type { ReportLanguage } from "./language.js";
import { describeFilter, withUnit, type ReportDeps } from "./period.js";
import type { Cell, ColumnType, ReportColumn, ReportTable, ScopedReport } from "./report-table.js";

/**
 * Activity effectiveness for leaders and admins: per activity of the period, then per activity kind,
 * partner and competency type. Which activities and participants count, and how a unit filter works,
 * is explained in effectiveness-figures.ts; how groups are weighted in effectiveness-tally.ts.
 */

export interface ActivityMention {
  code: string;
  title: string;
}

/** Key figures for captions, e.g. under a chart. */
export interface EffectivenessHeadline {
  activities: number;
  registrations: number;
  attended: number;
  noShows: number;
  /** Over every activity of the report, weighted as the group tables are. */
  rates: EffectivenessRates;
  /** The activities with the highest and the lowest L1 mean; `worstL1` is null unless two activities have one. */
  bestL1: (ActivityMention & { mean: number }) | null;
  worstL1: (ActivityMention & { mean: number }) | null;
  /** The activity whose supervisor and self L3 means differ most, either way. */
  biggestGap: (ActivityMention & { self: number; supervisor: number; gap: number }) | null;
}

export interface EffectivenessReport extends ScopedReport {
  kind: "effectiveness";
  headline: EffectivenessHeadline;
}

export type EffectivenessOutcome = { ok: true; report: EffectivenessReport } | { ok: false; code: ReportAccessCode };

export const EFFECTIVENESS_TABLES = {
  activities: "efektivitas-kegiatan",
  kinds: "efektivitas-jenis",
  partners: "efektivitas-mitra",
  competencies: "efektivitas-kompetensi",
} as const;

const KIND_ORDER: ActivityKind[] = ["TRAINING", "WORKSHOP", "SEMINAR", "INTERNSHIP", "COACHING", "E_LEARNING"];
const COMPETENCY_ORDER: CompetencyType[] = ["TEKNIS", "MANAJERIAL", "SOSIAL_KULTURAL"];

type FigureKey =
  | "registrations"
  | "attended"
  | "noShows"
  | "attendanceRate"
  | "l1Mean"
  | "l1ResponseRate"
  | "l3SelfMean"
  | "l3SupervisorMean"
  | "l3Gap"
  | "l3ResponseRate";

const FIGURE_COLUMNS: Array<[FigureKey, ColumnType]> = [
  ["registrations", "integer"],
  ["attended", "integer"],
  ["noShows", "integer"],
  ["attendanceRate", "percent"],
  ["l1Mean", "decimal"],
  ["l1ResponseRate", "percent"],
  ["l3SelfMean", "decimal"],
  ["l3SupervisorMean", "decimal"],
  ["l3Gap", "decimal"],
  ["l3ResponseRate", "percent"],
];

/** Fluent keys are lower case with dashes: l3SelfMean → l3-self-mean. */
const kebab = (key: string) => key.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
/** Enum values as catalogue keys: E_LEARNING → e-learning. */
const keyPart = (value: string) => value.toLowerCase().replace(/_/g, "-");

export async function effectivenessReport(
  deps: ReportDeps,
  input: { viewerId: ReportViewerId; filter: ReportFilter; language: ReportLanguage },
): Promise<EffectivenessOutcome> {
  const access = await reportAccess(deps, { viewerId: input.viewerId, report: "effectiveness", unitId: input.filter.unitId });
  if (!access.ok) return access;
  const filter = withUnit(input.filter, access.unitId);
  const figures = await effectivenessFigures(deps, { filter, unitIds: access.unitIds });
  const { t } = input.language;

  const column = <K extends string>(key: K, type: ColumnType): ReportColumn<K> => ({
    key,
    header: t(`report-effectiveness-column-${kebab(key)}`),
    type,
  });
  const figureColumns = FIGURE_COLUMNS.map(([key, type]) => column(key, type));
  const figureCells = (counts: EffectivenessCounts): Record<FigureKey, Cell> => {
    const rates = ratesOf(counts);
    return {
      registrations: counts.registrations,
      attended: counts.attended,
      noShows: counts.noShows,
      attendanceRate: rates.attendanceRate,
      l1Mean: rates.l1Mean,
      l1ResponseRate: rates.l1ResponseRate,
      l3SelfMean: rates.l3SelfMean,
      l3SupervisorMean: rates.l3SupervisorMean,
      l3Gap: rates.l3Gap,
      l3ResponseRate: rates.l3ResponseRate,
    };
  };
  const kindName = (kind: ActivityKind) => t(`catalogue-kind-${keyPart(kind)}`);
  const competencyName = (type: CompetencyType) => t(`catalogue-competency-${keyPart(type)}`);
  const partnerName = (name: string | null) => name ?? t("report-effectiveness-no-partner");

  const activities: ReportTable = {
    name: EFFECTIVENESS_TABLES.activities,
    title: t("report-effectiveness-table-activities"),
    columns: [
      column("code", "text"),
      column("title", "text"),
      column("kind", "text"),
      column("partner", "text"),
      column("competency", "text"),
      column("endsAt", "date"),
      ...figureColumns,
      column("note", "text"),
    ],
    rows: figures.map((activity) => ({
      code: activity.code,
      title: activity.title,
      kind: kindName(activity.kind),
      partner: partnerName(activity.partnerName),
      competency: competencyName(activity.competencyType),
      endsAt: activity.endsAt,
      ...figureCells(activity),
      note: activity.hiddenMeans.length === 0 ? null : t("report-effectiveness-note-hidden", { min: ANONYMOUS_MIN_RESPONSES }),
    })),
  };

  const groupTable = <G>(
    name: string,
    title: string,
    groupKey: "kind" | "partner" | "competency",
    groups: Array<{ key: G; label: string }>,
    keyOf: (activity: ActivityFigures) => G,
  ): ReportTable => ({
    name,
    title,
    columns: [column(groupKey, "text"), column("activities", "integer"), ...figureColumns],
    rows: groups.flatMap(({ key, label }) => {
      const members = figures.filter((activity) => keyOf(activity) === key);
      if (members.length === 0) return [];
      return [{ [groupKey]: label, activities: members.length, ...figureCells(addCounts(members)) }];
    }),
  });

  const partners = [...new Set(figures.map((activity) => activity.partnerName))].sort((a, b) =>
    a === null ? 1 : b === null ? -1 : a.localeCompare(b, "id"),
  );
  const total = addCounts(figures);
  return {
    ok: true,
    report: {
      kind: "effectiveness",
      title: t("report-effectiveness-title"),
      scope: await describeFilter(deps, filter, input.language),
      unitId: access.unitId,
      tables: [
        activities,
        groupTable(
          EFFECTIVENESS_TABLES.kinds,
          t("report-effectiveness-table-kinds"),
          "kind",
          KIND_ORDER.map((kind) => ({ key: kind, label: kindName(kind) })),
          (a) => a.kind,
        ),
        groupTable(
          EFFECTIVENESS_TABLES.partners,
          t("report-effectiveness-table-partners"),
          "partner",
          partners.map((name) => ({ key: name, label: partnerName(name) })),
          (a) => a.partnerName,
        ),
        groupTable(
          EFFECTIVENESS_TABLES.competencies,
          t("report-effectiveness-table-competencies"),
          "competency",
          COMPETENCY_ORDER.map((type) => ({ key: type, label: competencyName(type) })),
          (a) => a.competencyType,
        ),
      ],
      headline: {
        activities: figures.length,
        registrations: total.registrations,
        attended: total.attended,
        noShows: total.noShows,
        rates: ratesOf(total),
        ...extremes(figures),
      },
    },
  };
}

/** Best and worst L1 and the biggest L3 gap; ties go to the activity that ended first (then by code). */
function extremes(figures: ActivityFigures[]): Pick<EffectivenessHeadline, "bestL1" | "worstL1" | "biggestGap"> {
  const mention = (activity: ActivityFigures): ActivityMention => ({ code: activity.code, title: activity.title });

  let best: { activity: ActivityFigures; mean: number } | null = null;
  let worst: { activity: ActivityFigures; mean: number } | null = null;
  let gap: { activity: ActivityFigures; self: number; supervisor: number; gap: number } | null = null;
  for (const activity of figures) {
    const rates = ratesOf(activity);
    const mean = rates.l1Mean;
    if (mean !== null) {
      if (best === null || mean > best.mean) best = { activity, mean };
      if (worst === null || mean < worst.mean) worst = { activity, mean };
    }
    if (rates.l3Gap !== null && rates.l3SelfMean !== null && rates.l3SupervisorMean !== null) {
      if (gap === null || Math.abs(rates.l3Gap) > Math.abs(gap.gap)) {
        gap = { activity, self: rates.l3SelfMean, supervisor: rates.l3SupervisorMean, gap: rates.l3Gap };
      }
    }
  }
  return {
    bestL1: best && { ...mention(best.activity), mean: best.mean },
    worstL1: worst && worst.activity !== best?.activity ? { ...mention(worst.activity), mean: worst.mean } : null,
    biggestGap: gap && { ...mention(gap.activity), self: gap.self, supervisor: gap.supervisor, gap: gap.gap },
  };
}
