import type { Locale } from "../../../../i18n/index.js";

/**
 * Sizes, colours and number formats shared by the report charts. Charts are 1080 px wide (the width
 * a phone shows full screen) and grow in height with their rows, so text stays large enough to read
 * on a phone without zooming.
 */

export const FONT_FAMILY = "ReportSans";
export const CONDENSED_FONT_FAMILY = "ReportSansCondensed";

export const CHART_WIDTH = 1080;
export const MIN_HEIGHT = 1080;
/** Telegram takes photos up to 10000 px in width and height together. */
export const MAX_HEIGHT = 4000;

export const FONT = {
  title: 40,
  label: 28,
  tick: 26,
  value: 26,
  legend: 26,
} as const;

export const COLORS = {
  text: "#1F2933",
  muted: "#52606D",
  grid: "#D9E2EC",
  background: "#FFFFFF",
  reached: "#2F855A",
  below: "#DD6B20",
  target: "#1A202C",
  series: ["#2B6CB0", "#38A169", "#805AD5"],
  missing: "#E4E7EB",
} as const;

export interface ChartSize {
  width: number;
  height: number;
}

/** A chart's size for `rows` categories of `rowHeight` px each below `chrome` px of title, legend and axis. */
export function chartSize(rows: number, rowHeight: number, chrome: number): ChartSize {
  const height = Math.min(MAX_HEIGHT, Math.max(MIN_HEIGHT, Math.ceil(chrome + rows * rowHeight)));
  return { width: CHART_WIDTH, height };
}

const INTL_LOCALE: Record<Locale, string> = { id: "id-ID", en: "en-GB" };

/** "18,5" in Indonesian, "18.5" in English. */
export function formatNumber(value: number, locale: Locale, digits: number): string {
  return new Intl.NumberFormat(INTL_LOCALE[locale], { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value);
}

/** A 0..1 share as a whole percentage: "45%". */
export function formatShare(share: number, locale: Locale): string {
  return `${formatNumber(share * 100, locale, 0)}%`;
}
