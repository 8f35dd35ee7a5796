import type { Locale } from "../../../../i18n/index.js";
import { categoryLabel, horizontalBarOptions } from "./horizontal-bars.js";
import { renderNoData } from "./no-data.js";
import { barValueLabels } from "./plugins.js";
import { renderChartJs } from "./renderer.js";
import { chartSize, COLORS, formatNumber, formatShare } from "./theme.js";

/** Per unit, the share of its ASN an announcement reached and the share who acknowledged it. */

export interface ReachChartInput {
  title: string;
  locale: Locale;
  units: Array<{
    label: string;
    /** Share (0..1) of the unit's recipients whose message was delivered. */
    deliveredShare: number;
    /** Share (0..1) who acknowledged; null when no acknowledgement was asked for. */
    acknowledgedShare: number | null;
    /** Recipients who blocked the bot; shown under the unit's name when there are any. */
    blocked: number;
  }>;
  /** Texts in the reader's language; `blocked` follows the count ("3 diblokir"). */
  labels: { axis: string; delivered: string; acknowledged: string; blocked: string; noData: string };
}

export function reachChart(input: ReachChartInput): Promise<Buffer> {
  const { units, locale, labels } = input;
  if (units.length === 0) return renderNoData(input.title, labels.noData);
  const percent = (share: number | null) => (share === null ? null : share * 100);
  const shares = [units.map((unit) => unit.deliveredShare), units.map((unit) => unit.acknowledgedShare)];

  return renderChartJs(
    {
      type: "bar",
      data: {
        labels: units.map((unit) =>
          unit.blocked > 0
            ? [...categoryLabel(unit.label), `${formatNumber(unit.blocked, locale, 0)} ${labels.blocked}`]
            : categoryLabel(unit.label),
        ),
        datasets: [
          { label: labels.delivered, data: shares[0]!.map(percent), backgroundColor: COLORS.series[0] },
          { label: labels.acknowledged, data: shares[1]!.map(percent), backgroundColor: COLORS.series[1] },
        ].map((dataset) => ({ ...dataset, barPercentage: 0.9, categoryPercentage: 0.8 })),
      },
      options: horizontalBarOptions({
        title: input.title,
        axisTitle: labels.axis,
        min: 0,
        max: 100,
        stepSize: 20,
        tick: (value) => `${formatNumber(value, locale, 0)}%`,
      }),
      plugins: [
        barValueLabels((datasetIndex, index) => {
          const share = shares[datasetIndex]?.[index];
          return share === null || share === undefined ? null : formatShare(share, locale);
        }),
      ],
    },
    chartSize(units.length, 110, 360),
  );
}
