import type { Locale } from "../../../../i18n/index.js";
import { categoryLabel, horizontalBarOptions } from "./horizontal-bars.js";
import { renderNoData } from "./no-data.js";
import { barValueLabels, verticalReferenceLine } from "./plugins.js";
import { renderChartJs } from "./renderer.js";
import { chartSize, COLORS, formatNumber, formatShare } from "./theme.js";

/** Mean JP per unit as bars against the yearly target, each bar coloured by whether it reaches it. */

export interface JpComplianceChartInput {
  title: string;
  locale: Locale;
  /** The yearly JP target per ASN, e.g. 20. */
  target: number;
  units: Array<{
    label: string;
    /** Mean JP per ASN of the unit in the period. */
    meanJp: number;
    /** Share (0..1) of the unit's ASN who reached the target; printed beside the bar in brackets. */
    shareReached: number;
  }>;
  /** Texts in the reader's language. */
  labels: {
    /** Axis title, e.g. "Rata-rata JP per ASN (dalam kurung: % ASN yang mencapai target)". */
    axis: string;
    /** Caption of the target line, e.g. "Target 20 JP". */
    target: string;
    reached: string;
    below: string;
    noData: string;
  };
}

export function jpComplianceChart(input: JpComplianceChartInput): Promise<Buffer> {
  const { units, target, locale, labels } = input;
  if (units.length === 0) return renderNoData(input.title, labels.noData);

  const highest = Math.max(target, ...units.map((unit) => unit.meanJp));
  const step = highest <= 40 ? 5 : 10;
  const max = Math.ceil((highest * 1.1) / step) * step;
  const colors = units.map((unit) => (unit.meanJp >= target ? COLORS.reached : COLORS.below));

  return renderChartJs(
    {
      type: "bar",
      data: {
        labels: units.map((unit) => categoryLabel(unit.label)),
        datasets: [{ data: units.map((unit) => unit.meanJp), backgroundColor: colors, barPercentage: 0.75, categoryPercentage: 0.9 }],
      },
      options: horizontalBarOptions({
        title: input.title,
        axisTitle: labels.axis,
        min: 0,
        max,
        stepSize: step,
        tick: (value) => formatNumber(value, locale, 0),
        gapBelowTitle: 52,
        legendItems: [
          { text: labels.reached, fillStyle: COLORS.reached, strokeStyle: COLORS.reached, lineWidth: 0, pointStyle: "rect", datasetIndex: 0 },
          { text: labels.below, fillStyle: COLORS.below, strokeStyle: COLORS.below, lineWidth: 0, pointStyle: "rect", datasetIndex: 0 },
          { text: labels.target, fillStyle: COLORS.target, strokeStyle: COLORS.target, lineWidth: 4, lineDash: [14, 8], pointStyle: "line", datasetIndex: 0 },
        ],
      }),
      plugins: [
        verticalReferenceLine(target, labels.target),
        barValueLabels((_, index) => {
          const unit = units[index];
          return unit ? `${formatNumber(unit.meanJp, locale, 1)} (${formatShare(unit.shareReached, locale)})` : null;
        }),
      ],
    },
    chartSize(units.length, 72, 360),
  );
}
