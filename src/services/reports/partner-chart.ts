import type { Locale } from "../../i18n/index.js";
import { categoryLabel, horizontalBarOptions } from "./output/charts/horizontal-bars.js";
import { renderNoData } from "./output/charts/no-data.js";
import { barValueLabels } from "./output/charts/plugins.js";
import { renderChartJs } from "./output/charts/renderer.js";
import { chartSize, COLORS } from "./output/charts/theme.js";

/** Participants per partner as horizontal bars, each bar captioned with its participants and JP. */

export interface PartnerChartInput {
  title: string;
  locale: Locale;
  partners: Array<{ label: string; participants: number; jpDelivered: number }>;
  /** Texts in the reader's language; `value` writes a bar's caption from its figures. */
  labels: { axis: string; legend: string; noData: string; value: (participants: number, jpDelivered: number) => string };
}

export function partnerChart(input: PartnerChartInput): Promise<Buffer> {
  const { partners, labels } = input;
  if (partners.length === 0) return renderNoData(input.title, labels.noData);
  const highest = Math.max(1, ...partners.map((partner) => partner.participants));
  const step = niceStep(highest);
  const max = Math.ceil((highest * 1.35) / step) * step;

  return renderChartJs(
    {
      type: "bar",
      data: {
        labels: partners.map((partner) => categoryLabel(partner.label)),
        datasets: [
          {
            label: labels.legend,
            data: partners.map((partner) => partner.participants),
            backgroundColor: COLORS.series[0],
            barPercentage: 0.75,
            categoryPercentage: 0.9,
          },
        ],
      },
      options: horizontalBarOptions({
        title: input.title,
        axisTitle: labels.axis,
        min: 0,
        max,
        stepSize: step,
        tick: (value) => new Intl.NumberFormat(input.locale === "id" ? "id-ID" : "en-GB").format(value),
      }),
      plugins: [
        barValueLabels((_, index) => {
          const partner = partners[index];
          return partner ? labels.value(partner.participants, partner.jpDelivered) : null;
        }),
      ],
    },
    chartSize(partners.length, 80, 360),
  );
}

/** A round tick step giving about five ticks up to `highest`: 1, 2, 5, 10, 20, 50, … */
function niceStep(highest: number): number {
  const rough = highest / 5;
  const power = 10 ** Math.floor(Math.log10(Math.max(rough, 1)));
  const multiple = [1, 2, 5, 10].find((m) => m * power >= rough) ?? 10;
  return Math.max(1, multiple * power);
}
