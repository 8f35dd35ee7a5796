import { formatCalendarDate } from "../../i18n/format-date.js";
import { ADKAR_DIMENSIONS, type AdkarDimension } from "../pulse/adkar.js";
import type { EffectivenessHeadline } from "./effectiveness.js";
import type { JpComplianceHeadline } from "./jp-compliance.js";
import type { ReportLanguage } from "./language.js";
import { formatNumber, formatShare } from "./output/charts/theme.js";
import type { PartnerHeadline } from "./partners.js";
import type { ReachHeadline } from "./reach.js";

/**
 * The one-line captions sent under the charts: the main finding in words, e.g. "62% pegawai mencapai
 * 20 JP (31 dari 50); terendah: Dinas PUPR (31%)". Parts are joined with "; " and the whole is kept
 * within Telegram's 1024 characters for a caption.
 */

export const CAPTION_LIMIT = 1024;

/** Parts joined into one line, newlines flattened, cut with an ellipsis at the caption limit. */
export function captionLine(parts: ReadonlyArray<string | null>): string {
  const line = parts
    .filter((part): part is string => part !== null && part.trim() !== "")
    .join("; ")
    .replace(/\s*\n\s*/g, " ");
  return line.length <= CAPTION_LIMIT ? line : `${line.slice(0, CAPTION_LIMIT - 1).trimEnd()}…`;
}

/** How many chart rows were left out, when a chart shows only part of the report's rows. */
export interface ChartCut {
  shown: number;
  total: number;
}

const cutWhen = (cut: ChartCut | null) => cut !== null && cut.total > cut.shown;

export function jpCaption(headline: JpComplianceHeadline, language: ReportLanguage, cut: ChartCut | null): string {
  const { t, locale } = language;
  if (headline.shareReached === null) return captionLine([t("reports-caption-jp-empty")]);
  const lowest = headline.lowestUnit;
  return captionLine([
    t("reports-caption-jp", {
      share: formatShare(headline.shareReached, locale),
      target: headline.target,
      reached: headline.reached,
      employees: headline.employees,
    }),
    // With a single unit its own share is the figure above.
    lowest && headline.highestUnit
      ? t("reports-caption-jp-lowest", { unit: lowest.name, share: formatShare(lowest.shareReached, locale) })
      : null,
    cutWhen(cut) ? t("reports-caption-jp-cut", { shown: cut!.shown, total: cut!.total }) : null,
  ]);
}

export function effectivenessCaption(headline: EffectivenessHeadline, language: ReportLanguage, cut: ChartCut | null): string {
  const { t, locale } = language;
  if (headline.activities === 0) return captionLine([t("reports-caption-effectiveness-empty")]);
  const mean = headline.rates.l1Mean;
  const gap = headline.biggestGap;
  return captionLine([
    mean === null
      ? t("reports-caption-effectiveness-no-l1", { activities: headline.activities })
      : t("reports-caption-effectiveness", { mean: formatNumber(mean, locale, 1), activities: headline.activities }),
    headline.bestL1 && headline.worstL1
      ? t("reports-caption-effectiveness-best", { title: headline.bestL1.title, mean: formatNumber(headline.bestL1.mean, locale, 1) })
      : null,
    gap
      ? t("reports-caption-effectiveness-gap", {
          title: gap.title,
          supervisor: formatNumber(gap.supervisor, locale, 1),
          self: formatNumber(gap.self, locale, 1),
        })
      : null,
    cutWhen(cut) ? t("reports-caption-effectiveness-cut", { shown: cut!.shown, total: cut!.total }) : null,
  ]);
}

export function reachCaption(headline: ReachHeadline, language: ReportLanguage): string {
  const { t, locale } = language;
  if (headline.announcements === 0 || headline.deliveredShare === null) return captionLine([t("reports-caption-reach-empty")]);
  const delivered = formatShare(headline.deliveredShare, locale);
  const lowest = headline.lowestDelivered;
  return captionLine([
    headline.ackShare === null
      ? t("reports-caption-reach-no-ack", { delivered, announcements: headline.announcements })
      : t("reports-caption-reach", { delivered, acknowledged: formatShare(headline.ackShare, locale), announcements: headline.announcements }),
    lowest ? t("reports-caption-reach-lowest", { unit: lowest.unit.name, share: formatShare(lowest.share, locale) }) : null,
  ]);
}

/** What the ADKAR chart shows: the units of the latest round, with their barrier points. */
export interface ReadinessFinding {
  /** When the latest round in the period was sent; null without any round. */
  latestRound: Date | null;
  /** Units shown in the chart (the overall and pooled rows not counted). */
  units: number;
  /** The units shown that have a barrier point, with it. */
  barriers: Array<{ unit: string; dimension: AdkarDimension }>;
  threshold: number;
}

/** A barrier shared by more units than this is counted rather than listed. */
const LISTED_UNITS = 2;

export function readinessCaption(finding: ReadinessFinding, language: ReportLanguage, timezone: string): string {
  const { t, locale } = language;
  if (finding.latestRound === null) return captionLine([t("reports-caption-readiness-empty")]);
  const date = formatCalendarDate(finding.latestRound, language.locale, timezone);
  if (finding.units === 0) return captionLine([t("reports-caption-readiness-too-few", { date })]);
  if (finding.barriers.length === 0) {
    return captionLine([
      t("reports-caption-readiness-no-barrier", { date, units: finding.units, threshold: formatNumber(finding.threshold, locale, 1) }),
    ]);
  }
  // In ADKAR order: the earlier a stage, the sooner the change is stuck there.
  const perStage = ADKAR_DIMENSIONS.flatMap((dimension) => {
    const units = finding.barriers.filter((barrier) => barrier.dimension === dimension).map((barrier) => barrier.unit);
    if (units.length === 0) return [];
    const name = t(`pulse-dimension-${dimension}`);
    return [
      units.length <= LISTED_UNITS
        ? t("reports-caption-readiness-barrier-units", { dimension: name, units: units.join(", ") })
        : t("reports-caption-readiness-barrier-count", { dimension: name, count: units.length }),
    ];
  });
  return captionLine([t("reports-caption-readiness", { date, units: finding.units, barriers: finding.barriers.length }), ...perStage]);
}

export function partnersCaption(headline: PartnerHeadline, language: ReportLanguage): string {
  const { t, locale } = language;
  if (headline.activities === 0) return captionLine([t("reports-caption-partners-empty")]);
  const top = headline.topPartner;
  return captionLine([
    t("reports-caption-partners", {
      partners: headline.partners,
      activities: headline.activities,
      participants: headline.participants,
      jp: headline.jpDelivered,
    }),
    top ? t("reports-caption-partners-top", { partner: top.name, participants: top.participants }) : null,
    headline.l1Mean === null ? null : t("reports-caption-partners-l1", { mean: formatNumber(headline.l1Mean, locale, 1) }),
  ]);
}
