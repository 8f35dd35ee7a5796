import { effectivenessReport } from "../../src/services/reports/effectiveness.js";
import type { ReportFilter } from "../../src/services/reports/filter.js";
import { jpComplianceReport } from "../../src/services/reports/jp-compliance.js";
import type { ReportLanguage } from "../../src/services/reports/language.js";
import { chartFor, type AnyReport } from "../../src/services/reports/package-charts.js";
import { partnerParticipationReport } from "../../src/services/reports/partners.js";
import { reachByUnitReport } from "../../src/services/reports/reach.js";
import { readinessTrendReport, type ReadinessReportDeps } from "../../src/services/reports/readiness.js";

/** The reports the benchmark times: adding a report is one line in `REPORTS`. */

/** Every report's dependencies together (the readiness report also needs the pulse settings). */
export type BenchReportDeps = ReadinessReportDeps;

export interface BenchReportInput {
  viewerId: number;
  filter: ReportFilter;
  language: ReportLanguage;
}

export interface BenchReport {
  name: string;
  run(deps: BenchReportDeps, input: BenchReportInput): Promise<{ ok: true; report: AnyReport } | { ok: false; code: string }>;
}

export const REPORTS: readonly BenchReport[] = [
  { name: "jp-compliance", run: jpComplianceReport },
  { name: "partners", run: partnerParticipationReport },
  { name: "effectiveness", run: effectivenessReport },
  { name: "reach", run: reachByUnitReport },
  { name: "readiness", run: readinessTrendReport },
];

export function findReport(name: string): BenchReport | undefined {
  return REPORTS.find((report) => report.name === name);
}

/** The report's chart as the product draws it (package-charts.ts), the PNG only. */
export async function reportChart(report: AnyReport, deps: BenchReportDeps, language: ReportLanguage): Promise<Buffer> {
  const chart = await chartFor(report, { language, timezone: deps.timezone, barrierThreshold: deps.settings.pulseBarrierThreshold });
  return chart.png;
}
