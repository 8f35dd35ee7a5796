import type { ServiceDeps } from "../../../services/deps.js";
import { reportAccess, type ReportAccessCode } from "../../../services/reports/access.js";
import { PACKAGE_REPORTS, type PackageKind, type ReportPackageDeps } from "../../../services/reports/package.js";
import type { BotDeps } from "../../deps.js";
import type { ReportCode } from "./callback-data.js";

/** The reports with charts and spreadsheets offered in chat, by their code in callback data. */
export const CHAT_REPORTS: Record<ReportCode, { kind: PackageKind; label: string }> = {
  jp: { kind: "jp-compliance", label: "reports-item-jp-compliance" },
  ef: { kind: "effectiveness", label: "reports-item-effectiveness" },
  rr: { kind: "reach-readiness", label: "reports-item-reach-readiness" },
  pa: { kind: "partners", label: "reports-item-partners" },
};

export function reportDeps(deps: BotDeps): ReportPackageDeps {
  return { db: deps.db, clock: deps.clock, timezone: deps.config.timezone, settings: deps.config.announcements };
}

/**
 * Whether the viewer may open the report for the unit (null: their whole scope), asked of the report
 * services before anything is prepared; building the report asks again.
 */
export async function reportRefusal(
  deps: ServiceDeps,
  input: { viewerId: number; report: ReportCode; unitId: number | null },
): Promise<ReportAccessCode | null> {
  for (const report of PACKAGE_REPORTS[CHAT_REPORTS[input.report].kind]) {
    const access = await reportAccess(deps, { viewerId: input.viewerId, report, unitId: input.unitId });
    if (!access.ok) return access.code;
  }
  return null;
}

/**
 * Whether the hub lists the report: for leaders and admins. A supervisor's own access is to their
 * team's JP, which 👥 Tim saya offers; the hub stays theirs to be refused.
 */
export async function listedInHub(deps: ServiceDeps, input: { viewerId: number; report: ReportCode }): Promise<boolean> {
  for (const report of PACKAGE_REPORTS[CHAT_REPORTS[input.report].kind]) {
    const access = await reportAccess(deps, { viewerId: input.viewerId, report, unitId: null });
    if (!access.ok || access.team !== null) return false;
  }
  return true;
}
