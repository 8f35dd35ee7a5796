import { ADKAR_DIMENSIONS, barrierPoint, type PerDimension } from "../pulse/adkar.js";
import {
  effectivenessCaption,
  jpCaption,
  partnersCaption,
  reachCaption,
  readinessCaption,
  type ChartCut,
} from "./captions.js";
import { EFFECTIVENESS_TABLES, type EffectivenessReport } from "./effectiveness.js";
import { JP_COMPLIANCE_TABLES, type JpComplianceReport } from "./jp-compliance.js";
import type { ReportLanguage } from "./language.js";
import { adkarChart, evaluationChart, jpComplianceChart, reachChart } from "./output/charts/index.js";
import { formatNumber } from "./output/charts/theme.js";
import { partnerChart } from "./partner-chart.js";
import { PARTNER_TABLES, type PartnerReport } from "./partners.js";
import { REACH_TABLES, type ReachByUnitReport } from "./reach.js";
import { READINESS_TABLES, type ReadinessReport } from "./readiness.js";
import type { Cell, Report, ReportTable } from "./report-table.js";

/**
 * The chart (a PNG) and its one-line caption for each report, drawn from the report's own tables so
 * that a number is computed once. Every label comes from the reader's language.
 */

export type AnyReport = JpComplianceReport | EffectivenessReport | ReachByUnitReport | ReadinessReport | PartnerReport;

export interface ReportChart {
  /** Names the chart in file names, e.g. "kepatuhan-jp". */
  name: string;
  png: Buffer;
  /** One line, at most 1024 characters. */
  caption: string;
}

export interface ChartContext {
  language: ReportLanguage;
  timezone: string;
  /** The ADKAR threshold: a stage whose mean is below it is a barrier point. */
  barrierThreshold: number;
}

/** More bars than these would not fit a phone-sized picture; the caption says what was left out. */
export const MAX_CHART_UNITS = 40;
export const MAX_CHART_ACTIVITIES = 15;

export async function chartFor(report: AnyReport, context: ChartContext): Promise<ReportChart> {
  switch (report.kind) {
    case "jp-compliance":
      return jpChart(report, context);
    case "effectiveness":
      return effectivenessChart(report, context);
    case "reach":
      return reachByUnitChart(report, context);
    case "readiness":
      return readinessChart(report, context);
    case "partners":
      return partnersChart(report, context);
  }
}

const numberCell = (cell: Cell | undefined): number | null => (typeof cell === "number" && Number.isFinite(cell) ? cell : null);
const textCell = (cell: Cell | undefined): string => (typeof cell === "string" ? cell : "");

function tableNamed(report: Report, name: string): ReportTable {
  const table = report.tables.find((candidate) => candidate.name === name);
  if (!table) throw new Error(`Report ${report.kind} has no table ${name}`);
  return table;
}

const chartTitle = (title: string, report: Report) => `${title} · ${report.scope}`;

async function jpChart(report: JpComplianceReport, { language }: ChartContext): Promise<ReportChart> {
  const { t, locale } = language;
  const target = report.headline.target;
  const all = tableNamed(report, JP_COMPLIANCE_TABLES.units).rows.map((row) => ({
    label: textCell(row.unit),
    meanJp: numberCell(row.jpMean) ?? 0,
    shareReached: numberCell(row.reachedShare) ?? 0,
  }));
  // When there are too many, the units furthest behind are the ones to show.
  const lowestFirst = [...all].sort((a, b) => a.meanJp - b.meanJp || a.label.localeCompare(b.label, "id"));
  const units = lowestFirst.slice(0, MAX_CHART_UNITS).reverse();
  const png = await jpComplianceChart({
    title: chartTitle(report.title, report),
    locale,
    target,
    units,
    labels: {
      axis: t("reports-chart-jp-axis", { target }),
      target: t("reports-chart-jp-target", { target }),
      reached: t("reports-chart-jp-reached"),
      below: t("reports-chart-jp-below"),
      noData: t("reports-chart-jp-no-data"),
    },
  });
  const cut: ChartCut = { shown: units.length, total: all.length };
  return { name: "kepatuhan-jp", png, caption: jpCaption(report.headline, language, cut) };
}

async function effectivenessChart(report: EffectivenessReport, { language }: ChartContext): Promise<ReportChart> {
  const { t, locale } = language;
  const rated = tableNamed(report, EFFECTIVENESS_TABLES.activities)
    .rows.map((row) => ({
      label: textCell(row.title),
      registrations: numberCell(row.registrations) ?? 0,
      l1: numberCell(row.l1Mean),
      l3Self: numberCell(row.l3SelfMean),
      l3Supervisor: numberCell(row.l3SupervisorMean),
    }))
    .filter((row) => row.l1 !== null || row.l3Self !== null || row.l3Supervisor !== null);
  // Many activities: those with the most participants, whose scores weigh most.
  const activities = [...rated]
    .sort((a, b) => b.registrations - a.registrations || a.label.localeCompare(b.label, "id"))
    .slice(0, MAX_CHART_ACTIVITIES);
  const png = await evaluationChart({
    title: chartTitle(t("reports-chart-evaluation-title"), report),
    locale,
    activities,
    labels: {
      axis: t("reports-chart-evaluation-axis"),
      l1: t("reports-chart-evaluation-l1"),
      l3Self: t("reports-chart-evaluation-l3-self"),
      l3Supervisor: t("reports-chart-evaluation-l3-supervisor"),
      noData: t("reports-chart-evaluation-no-data"),
    },
  });
  const cut: ChartCut = { shown: activities.length, total: rated.length };
  return { name: "efektivitas-l1-l3", png, caption: effectivenessCaption(report.headline, language, cut) };
}

async function reachByUnitChart(report: ReachByUnitReport, { language }: ChartContext): Promise<ReportChart> {
  const { t, locale } = language;
  const units = tableNamed(report, REACH_TABLES.units).rows.map((row) => ({
    label: textCell(row.unit),
    deliveredShare: numberCell(row.deliveredShare) ?? 0,
    acknowledgedShare: numberCell(row.ackShare),
    blocked: numberCell(row.blocked) ?? 0,
  }));
  const png = await reachChart({
    title: chartTitle(report.title, report),
    locale,
    units: units.slice(0, MAX_CHART_UNITS),
    labels: {
      axis: t("reports-chart-reach-axis"),
      delivered: t("reports-chart-reach-delivered"),
      acknowledged: t("reports-chart-reach-acknowledged"),
      blocked: t("reports-chart-reach-blocked"),
      noData: t("reports-chart-reach-no-data"),
    },
  });
  return { name: "jangkauan", png, caption: reachCaption(report.headline, language) };
}

/**
 * Per unit, its row of the latest round in the period. A unit left out of that round for having too
 * few respondents is left out of the chart too, rather than shown with older figures.
 */
async function readinessChart(report: ReadinessReport, { language, timezone, barrierThreshold }: ChartContext): Promise<ReportChart> {
  const { t, locale } = language;
  const overall = t("report-readiness-overall");
  const pooled = t("report-readiness-others");
  // Rows come grouped by unit, each unit's rounds in time order: the last one seen is the latest.
  const latest = new Map<string, Record<string, Cell>>();
  for (const row of tableNamed(report, READINESS_TABLES.units).rows) latest.set(textCell(row.unit), row);
  const units = [...latest.entries()]
    .filter(([, row]) => numberCell(row.respondents) !== null)
    .map(([label, row]) => {
      const means = Object.fromEntries(ADKAR_DIMENSIONS.map((dimension) => [dimension, numberCell(row[dimension])])) as PerDimension<
        number | null
      >;
      return { label, means, barrier: barrierPoint(means, barrierThreshold) };
    });
  const png = await adkarChart({
    title: chartTitle(t("reports-chart-adkar-title"), report),
    locale,
    threshold: barrierThreshold,
    units,
    labels: {
      elements: Object.fromEntries(ADKAR_DIMENSIONS.map((dimension) => [dimension, t(`pulse-dimension-${dimension}`)])) as PerDimension<string>,
      scale: t("reports-chart-adkar-scale"),
      threshold: t("reports-chart-adkar-threshold", { threshold: formatNumber(barrierThreshold, locale, 1) }),
      barrier: t("reports-chart-adkar-barrier"),
      noData: t("reports-chart-adkar-no-data"),
    },
  });
  const separate = units.filter((unit) => unit.label !== overall && unit.label !== pooled);
  const latestRound = report.rounds.reduce<Date | null>(
    (last, round) => (round.sentAt !== null && (last === null || round.sentAt > last) ? round.sentAt : last),
    null,
  );
  const caption = readinessCaption(
    {
      latestRound,
      units: separate.length,
      barriers: separate.flatMap((unit) => (unit.barrier ? [{ unit: unit.label, dimension: unit.barrier }] : [])),
      threshold: barrierThreshold,
    },
    language,
    timezone,
  );
  return { name: "kesiapan-adkar", png, caption };
}

async function partnersChart(report: PartnerReport, { language }: ChartContext): Promise<ReportChart> {
  const { t, locale } = language;
  const partners = tableNamed(report, PARTNER_TABLES.partners)
    .rows.filter((row) => (numberCell(row.activities) ?? 0) > 0)
    .map((row) => ({
      label: textCell(row.partner),
      participants: numberCell(row.participants) ?? 0,
      jpDelivered: numberCell(row.jpDelivered) ?? 0,
    }))
    .sort((a, b) => b.participants - a.participants || a.label.localeCompare(b.label, "id"))
    .slice(0, MAX_CHART_UNITS);
  const png = await partnerChart({
    title: chartTitle(report.title, report),
    locale,
    partners,
    labels: {
      axis: t("reports-chart-partners-axis"),
      legend: t("reports-chart-partners-legend"),
      noData: t("reports-chart-partners-no-data"),
      value: (participants, jp) => t("reports-chart-partners-value", { participants, jp }),
    },
  });
  return { name: "partisipasi-mitra", png, caption: partnersCaption(report.headline, language) };
}
