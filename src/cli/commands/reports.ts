import { mkdir, writeFile } from "node:fs/promises";
import { basename, dirname, extname, join } from "node:path";
import type { Command } from "commander";
import { accessRefusalKey, SYSTEM_VIEWER } from "../../services/reports/access.js";
import { buildReportPackage, type PackageKind, type PackageOutputs } from "../../services/reports/package.js";
import type { ReportFilter } from "../../services/reports/filter.js";
import { currentYearFilter, periodErrorKey, reportFilter, type PeriodInput } from "../../services/reports/period.js";
import type { CliContext } from "../context.js";

/**
 * `report <jp|effectiveness|reach|readiness|partners> [--year Y | --from D --to D] [--unit CODE] --out PATH`.
 * The extension of PATH decides what is written: `.xlsx` the workbook with every table, `.csv` one
 * file per table (PATH's name plus the table's), `.png` the chart (PATH's name plus the chart's when a
 * report has several). Like the other commands the CLI is trusted: it acts as the system, with an
 * admin's view of the whole district, which `--unit` narrows.
 */

const KINDS: Record<string, PackageKind> = {
  jp: "jp-compliance",
  effectiveness: "effectiveness",
  reach: "reach",
  readiness: "readiness",
  partners: "partners",
};

type Format = "xlsx" | "csv" | "png";
const OUTPUTS: Record<Format, Partial<PackageOutputs>> = {
  xlsx: { charts: false, csv: false },
  csv: { charts: false, xlsx: false },
  png: { xlsx: false, csv: false },
};

interface ReportOptions {
  year?: string;
  from?: string;
  to?: string;
  unit?: string;
  out: string;
}

export function register(program: Command, context: CliContext): void {
  const { t, io, config } = context;
  const fail = (key: string, params: Record<string, string | number> = {}): void => {
    io.err(t(key, params));
    context.exitCode = 1;
  };

  program
    .command("report")
    .description(t("reports-cli-description"))
    .argument("<kind>", t("reports-cli-kind-argument"))
    .option("--year <year>", t("reports-cli-year-option"))
    .option("--from <date>", t("reports-cli-from-option"))
    .option("--to <date>", t("reports-cli-to-option"))
    .option("--unit <code>", t("reports-cli-unit-option"))
    .requiredOption("--out <path>", t("reports-cli-out-option"))
    .action(
      context.action(async (kindName: string, options: ReportOptions) => {
        const kind = KINDS[kindName.trim().toLowerCase()];
        if (kind === undefined) return fail("reports-cli-unknown-kind", { kind: kindName });
        const format = extname(options.out).slice(1).toLowerCase();
        if (!(format in OUTPUTS)) return fail("reports-cli-bad-out", { path: options.out });
        if (options.year !== undefined && (options.from !== undefined || options.to !== undefined)) return fail("reports-cli-period-conflict");
        if ((options.from === undefined) !== (options.to === undefined)) return fail("reports-cli-range-incomplete");

        const services = await context.services();
        let unitId: number | null = null;
        if (options.unit !== undefined) {
          const code = options.unit.trim().toUpperCase();
          const unit = await services.db.unit.findUnique({ where: { code }, select: { id: true } });
          if (!unit) return fail("reports-cli-unknown-unit", { code });
          unitId = unit.id;
        }
        let filter: ReportFilter;
        if (options.year === undefined && options.from === undefined) {
          filter = currentYearFilter(services.clock, config.timezone, unitId);
        } else {
          const period: PeriodInput =
            options.year !== undefined
              ? { year: /^\d{4}$/.test(options.year.trim()) ? Number(options.year.trim()) : Number.NaN }
              : { from: options.from!, to: options.to! };
          const checked = reportFilter(period, { unitId, timezone: config.timezone });
          if (!checked.ok) return fail(periodErrorKey(checked.code));
          filter = checked.filter;
        }

        const deps = { ...services, timezone: config.timezone, settings: config.announcements };
        const outcome = await buildReportPackage(deps, {
          kind,
          viewerId: SYSTEM_VIEWER,
          filter,
          language: { locale: context.locale, t },
          outputs: OUTPUTS[format as Format],
        });
        if (!outcome.ok) return fail(accessRefusalKey(outcome.code));
        const pack = outcome.package;
        io.out(t("reports-cli-heading", { title: pack.report.title, scope: pack.report.scope }));

        const out = options.out;
        const stem = join(dirname(out), basename(out, extname(out)));
        await mkdir(dirname(out), { recursive: true });
        if (format === "xlsx" && pack.xlsx) {
          await writeFile(out, pack.xlsx.content);
          io.out(t("reports-cli-written-xlsx", { path: out, sheets: pack.report.tables.length }));
        }
        if (format === "csv") {
          for (const [index, file] of pack.csv.entries()) {
            const path = `${stem}-${file.filename}`;
            await writeFile(path, file.content);
            io.out(t("reports-cli-written-csv", { path, rows: pack.report.tables[index]!.rows.length }));
          }
        }
        if (format === "png") {
          for (const chart of pack.charts) {
            const path = pack.charts.length === 1 ? out : `${stem}-${chart.name}.png`;
            await writeFile(path, chart.png);
            io.out(t("reports-cli-written-png", { path, caption: chart.caption }));
          }
        }
      }),
    );
}
