import type { AnnouncementSettings } from "../../config.js";
import type { ReportAccessCode, ReportKind, ReportViewerId } from "./access.js";
import { effectivenessReport } from "./effectiveness.js";
import type { ReportFilter } from "./filter.js";
import { jpComplianceReport } from "./jp-compliance.js";
import type { ReportLanguage } from "./language.js";
import { reportToCsvFiles } from "./output/csv.js";
import { localDateIso } from "./output/local-date.js";
import { reportToXlsx } from "./output/xlsx.js";
import { chartFor, type AnyReport, type ReportChart } from "./package-charts.js";
import { partnerParticipationReport } from "./partners.js";
import type { ReportDeps } from "./period.js";
import { reachByUnitReport } from "./reach.js";
import { readinessTrendReport } from "./readiness.js";
import type { Report } from "./report-table.js";

/**
 * A report as people receive it, whatever the channel: the report itself, its chart(s) as PNG with a
 * one-line caption of the main finding, the XLSX workbook and a CSV file per table. Chat sends them as
 * photos and documents, the CLI writes them to files. Access is the report services' own: a refused
 * viewer gets the refusal and nothing is drawn or written.
 *
 * "reach-readiness" is one package of two reports (the chat offers them together): both charts, and
 * both reports' tables in one workbook.
 */

export const PACKAGE_KINDS = ["jp-compliance", "effectiveness", "reach-readiness", "reach", "readiness", "partners"] as const;
export type PackageKind = (typeof PACKAGE_KINDS)[number];

/** The reports in each package, in the order of their charts and tables. */
export const PACKAGE_REPORTS: Record<PackageKind, readonly ReportKind[]> = {
  "jp-compliance": ["jp-compliance"],
  effectiveness: ["effectiveness"],
  "reach-readiness": ["reach", "readiness"],
  reach: ["reach"],
  readiness: ["readiness"],
  partners: ["partners"],
};

/** File names start with these (ASCII, the programme's language, the same for every reader). */
const FILE_STEMS: Record<PackageKind, string> = {
  "jp-compliance": "kepatuhan-jp",
  effectiveness: "efektivitas-kegiatan",
  "reach-readiness": "jangkauan-kesiapan",
  reach: "jangkauan",
  readiness: "kesiapan",
  partners: "partisipasi-mitra",
};

export interface ReportPackageDeps extends ReportDeps {
  settings: Pick<AnnouncementSettings, "pulseBarrierThreshold" | "pulseMinGroupSize">;
}

export interface ReportFile {
  filename: string;
  content: Buffer;
}

export interface PackagedChart extends ReportChart {
  filename: string;
}

export interface ReportPackage {
  kind: PackageKind;
  /** The report, or for a package of several, their tables together under the package's title. */
  report: Report;
  /** File names without extension, e.g. "kepatuhan-jp-2026-DINKES". */
  fileStem: string;
  /** The period and unit part of the file names, e.g. "2026-DINKES". */
  fileSuffix: string;
  charts: PackagedChart[];
  xlsx: ReportFile | null;
  /** One file per table, in the order of the report's tables. */
  csv: ReportFile[];
}

export interface PackageOutputs {
  charts: boolean;
  xlsx: boolean;
  csv: boolean;
}

const EVERYTHING: PackageOutputs = { charts: true, xlsx: true, csv: true };

export type ReportPackageOutcome = { ok: true; package: ReportPackage } | { ok: false; code: ReportAccessCode };

export async function buildReportPackage(
  deps: ReportPackageDeps,
  input: {
    kind: PackageKind;
    viewerId: ReportViewerId;
    filter: ReportFilter;
    language: ReportLanguage;
    /** Which outputs to make; everything by default. */
    outputs?: Partial<PackageOutputs>;
  },
): Promise<ReportPackageOutcome> {
  const outputs = { ...EVERYTHING, ...input.outputs };
  const reports: AnyReport[] = [];
  for (const kind of PACKAGE_REPORTS[input.kind]) {
    const outcome = await runReport(deps, kind, input);
    if (!outcome.ok) return outcome;
    reports.push(outcome.report);
  }
  const report = combine(input.kind, reports, input.language);
  // A leader asking for "everything" gets their own unit's subtree: the files are named after it.
  const suffix = await fileSuffix(deps, { ...input.filter, unitId: reports[0]!.unitId });
  const fileStem = `${FILE_STEMS[input.kind]}-${suffix}`;

  const charts: PackagedChart[] = [];
  if (outputs.charts) {
    const context = { language: input.language, timezone: deps.timezone, barrierThreshold: deps.settings.pulseBarrierThreshold };
    for (const one of reports) {
      const chart = await chartFor(one, context);
      charts.push({ ...chart, filename: `${chart.name}-${suffix}.png` });
    }
  }
  const xlsx = outputs.xlsx
    ? {
        filename: `${fileStem}.xlsx`,
        content: await reportToXlsx(report, { timezone: deps.timezone, locale: input.language.locale, generatedAt: deps.clock.now() }),
      }
    : null;
  const csv = outputs.csv
    ? reportToCsvFiles(report, { timezone: deps.timezone }).map((file) => ({ filename: file.filename, content: Buffer.from(file.content, "utf8") }))
    : [];
  return { ok: true, package: { kind: input.kind, report, fileStem, fileSuffix: suffix, charts, xlsx, csv } };
}

type ReportInput = { viewerId: ReportViewerId; filter: ReportFilter; language: ReportLanguage };

async function runReport(
  deps: ReportPackageDeps,
  kind: ReportKind,
  input: ReportInput,
): Promise<{ ok: true; report: AnyReport } | { ok: false; code: ReportAccessCode }> {
  const { viewerId, filter, language } = input;
  const request = { viewerId, filter, language };
  switch (kind) {
    case "jp-compliance":
      return jpComplianceReport(deps, request);
    case "effectiveness":
      return effectivenessReport(deps, request);
    case "reach":
      return reachByUnitReport(deps, request);
    case "readiness":
      return readinessTrendReport(deps, request);
    case "partners":
      return partnerParticipationReport(deps, request);
  }
}

function combine(kind: PackageKind, reports: AnyReport[], language: ReportLanguage): Report {
  if (reports.length === 1) return reports[0]!;
  return {
    kind,
    title: language.t(`reports-package-title-${kind}`),
    scope: reports[0]!.scope,
    tables: reports.flatMap((report) => report.tables),
  };
}

/** "2026", or "20260101-20260630" for a range (its last day included); then the unit's code if any. */
async function fileSuffix(deps: ReportPackageDeps, filter: ReportFilter): Promise<string> {
  const period =
    filter.year !== null
      ? String(filter.year)
      : `${compactDate(filter.from, deps.timezone)}-${compactDate(new Date(filter.to.getTime() - 1), deps.timezone)}`;
  if (filter.unitId === null) return period;
  const unit = await deps.db.unit.findUnique({ where: { id: filter.unitId }, select: { code: true } });
  const code = (unit?.code ?? String(filter.unitId)).replace(/[^A-Za-z0-9_-]+/g, "-").replace(/^-+|-+$/g, "");
  return code === "" ? period : `${period}-${code}`;
}

const compactDate = (date: Date, timezone: string) => localDateIso(date, timezone).replace(/-/g, "");
