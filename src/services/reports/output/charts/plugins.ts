import type { Chart, Plugin } from "chart.js";
import { font } from "./renderer.js";
import { COLORS, FONT } from "./theme.js";

/**
 * Small chart.js plugins for the report charts, written here rather than added as packages: values
 * printed at the end of horizontal bars, and a vertical reference line (the JP target).
 */

/** Prints each bar's value just past its end; `text` returns null to print nothing. */
export function barValueLabels(text: (datasetIndex: number, index: number) => string | null): Plugin<"bar"> {
  return {
    id: "reportBarValues",
    afterDatasetsDraw(chart: Chart<"bar">) {
      const { ctx } = chart;
      ctx.save();
      ctx.font = font(FONT.value, true);
      ctx.fillStyle = COLORS.text;
      // A white halo keeps a value readable where it crosses a grid or reference line.
      ctx.strokeStyle = COLORS.background;
      ctx.lineWidth = 6;
      ctx.lineJoin = "round";
      ctx.textAlign = "left";
      ctx.textBaseline = "middle";
      chart.data.datasets.forEach((_, datasetIndex) => {
        const meta = chart.getDatasetMeta(datasetIndex);
        if (meta.hidden) return;
        meta.data.forEach((bar, index) => {
          const label = text(datasetIndex, index);
          if (label === null) return;
          const { x, y, base } = bar.getProps(["x", "y", "base"], true) as { x: number; y: number; base: number };
          const left = Math.max(x, base) + 10;
          ctx.strokeText(label, left, y);
          ctx.fillText(label, left, y);
        });
      });
      ctx.restore();
    },
  };
}

/** A dashed vertical line at `value` on the x axis, captioned at the top of the plot area. */
export function verticalReferenceLine(value: number, caption: string): Plugin<"bar"> {
  return {
    id: "reportReferenceLine",
    afterDatasetsDraw(chart: Chart<"bar">) {
      const scale = chart.scales.x;
      if (!scale) return;
      const { ctx, chartArea } = chart;
      const x = scale.getPixelForValue(value);
      ctx.save();
      ctx.strokeStyle = COLORS.target;
      ctx.lineWidth = 4;
      ctx.setLineDash([14, 8]);
      ctx.beginPath();
      ctx.moveTo(x, chartArea.top - 6);
      ctx.lineTo(x, chartArea.bottom);
      ctx.stroke();
      ctx.setLineDash([]);
      ctx.font = font(FONT.value, true);
      ctx.fillStyle = COLORS.target;
      ctx.textBaseline = "bottom";
      const width = ctx.measureText(caption).width;
      // Captioned beside the line, on whichever side has room.
      const left = x + 8 + width <= chart.width - 8;
      ctx.textAlign = left ? "left" : "right";
      ctx.fillText(caption, left ? x + 8 : x - 8, chartArea.top - 8);
      ctx.restore();
    },
  };
}
