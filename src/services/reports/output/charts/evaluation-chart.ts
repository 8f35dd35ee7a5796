import type { Locale } from "../../../../i18n/index.js";
import { categoryLabel, horizontalBarOptions } from "./horizontal-bars.js";
import { renderNoData } from "./no-data.js";
import { barValueLabels } from "./plugins.js";
import { renderChartJs } from "./renderer.js";
import { chartSize, COLORS, formatNumber } from "./theme.js";

/** Mean scores per activity on the 1..5 scale: reaction (L1) and behaviour by self and by supervisor (L3). */

export interface EvaluationChartInput {
  title: string;
  locale: Locale;
  /** Means on the 1..5 scale; null where no answers came in. */
  activities: Array<{ label: string; l1: number | null; l3Self: number | null; l3Supervisor: number | null }>;
  /** Texts in the reader's language. */
  labels: { axis: string; l1: string; l3Self: string; l3Supervisor: string; noData: string };
}

const SERIES = ["l1", "l3Self", "l3Supervisor"] as const;

export function evaluationChart(input: EvaluationChartInput): Promise<Buffer> {
  const { locale, labels } = input;
  const activities = input.activities.filter((activity) => SERIES.some((series) => activity[series] !== null));
  if (activities.length === 0) return renderNoData(input.title, labels.noData);

  return renderChartJs(
    {
      type: "bar",
      data: {
        labels: activities.map((activity) => categoryLabel(activity.label)),
        datasets: SERIES.map((series, index) => ({
          label: labels[series],
          data: activities.map((activity) => activity[series]),
          backgroundColor: COLORS.series[index],
          barPercentage: 0.9,
          categoryPercentage: 0.85,
        })),
      },
      options: horizontalBarOptions({
        title: input.title,
        axisTitle: labels.axis,
        min: 1,
        max: 5,
        stepSize: 1,
        tick: (value) => formatNumber(value, locale, 0),
      }),
      plugins: [
        barValueLabels((datasetIndex, index) => {
          const series = SERIES[datasetIndex];
          const value = series ? activities[index]?.[series] : null;
          return value === null || value === undefined ? null : formatNumber(value, locale, 1);
        }),
      ],
    },
    chartSize(activities.length, 132, 360),
  );
}
