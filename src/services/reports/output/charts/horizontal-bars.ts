import type { ChartOptions, LegendItem } from "chart.js";
import { font, textLines } from "./renderer.js";
import { CHART_WIDTH, COLORS, FONT } from "./theme.js";

/**
 * Options shared by the bar charts: bars run left to right so long unit and activity names fit as
 * category labels, with the title and legend on top and room on the right for the printed values.
 */

export interface HorizontalBarLayout {
  title: string;
  axisTitle: string;
  min: number;
  max: number;
  stepSize: number;
  tick: (value: number) => string;
  /** Legend entries drawn instead of one per dataset. */
  legendItems?: LegendItem[];
  /** Room between the title and the plot, e.g. for a reference line's caption. */
  gapBelowTitle?: number;
}

const PADDING = { top: 8, right: 150, bottom: 16, left: 16 };
/** chart.js squeezes a title wider than the chart inside its padding; wrap before that. */
const TITLE_WIDTH = CHART_WIDTH - PADDING.left - PADDING.right - 8;
const CATEGORY_WIDTH = 340;
const AXIS_TITLE_WIDTH = 500;

/** Category labels of unit and activity names: at most two lines beside the bars. */
export function categoryLabel(text: string): string[] {
  return textLines(text, font(FONT.label), CATEGORY_WIDTH, 2);
}

export function horizontalBarOptions(layout: HorizontalBarLayout): ChartOptions<"bar"> {
  return {
    indexAxis: "y",
    layout: { padding: PADDING },
    plugins: {
      title: {
        display: true,
        text: textLines(layout.title, font(FONT.title, true), TITLE_WIDTH, 3),
        align: "start",
        font: { size: FONT.title, weight: "bold" },
        color: COLORS.text,
        padding: { top: 24, bottom: layout.gapBelowTitle ?? 16 },
      },
      legend: {
        display: true,
        position: "bottom",
        labels: {
          // Point styles only for custom entries, which may include a line (the target).
          usePointStyle: layout.legendItems !== undefined,
          pointStyleWidth: 40,
          font: { size: FONT.legend },
          color: COLORS.text,
          boxWidth: 36,
          boxHeight: 24,
          padding: 20,
          ...(layout.legendItems ? { generateLabels: () => layout.legendItems ?? [] } : {}),
        },
      },
      tooltip: { enabled: false },
    },
    scales: {
      x: {
        min: layout.min,
        max: layout.max,
        ticks: { stepSize: layout.stepSize, font: { size: FONT.tick }, color: COLORS.muted, callback: (value) => layout.tick(Number(value)) },
        grid: { color: COLORS.grid },
        title: { display: true, text: textLines(layout.axisTitle, font(FONT.tick), AXIS_TITLE_WIDTH, 3), font: { size: FONT.tick }, color: COLORS.muted, padding: { top: 12 } },
      },
      y: {
        ticks: { font: { size: FONT.label }, color: COLORS.text, autoSkip: false },
        grid: { display: false },
      },
    },
  };
}
