import type { SKRSContext2D } from "@napi-rs/canvas";
import type { Locale } from "../../../../i18n/index.js";
import { fitLines, wrapToWidth } from "./canvas-text.js";
import { renderNoData } from "./no-data.js";
import { font, renderDrawing } from "./renderer.js";
import { chartSize, COLORS, FONT, formatNumber } from "./theme.js";

/**
 * Change readiness per unit as a heat map: a row per unit, a column per ADKAR element, each cell
 * coloured by its mean on the 1..5 scale (reds below the threshold, greens from it up) with the mean
 * printed, and the unit's barrier point framed. Units whose results are suppressed are not passed in.
 */

export const ADKAR_ELEMENTS = ["awareness", "desire", "knowledge", "ability", "reinforcement"] as const;
export type AdkarElement = (typeof ADKAR_ELEMENTS)[number];

export interface AdkarChartInput {
  title: string;
  locale: Locale;
  /** Means at or above it count as ready, e.g. 3. */
  threshold: number;
  units: Array<{
    label: string;
    /** Means on the 1..5 scale; null where nobody answered. */
    means: Record<AdkarElement, number | null>;
    /** The first element below the threshold, the one to work on; null when there is none. */
    barrier: AdkarElement | null;
  }>;
  /** Texts in the reader's language. */
  labels: {
    elements: Record<AdkarElement, string>;
    /** Legend caption of the colour scale, e.g. "Rata-rata (1–5)". */
    scale: string;
    /** Caption of the threshold mark, e.g. "Ambang 3,0". */
    threshold: string;
    /** Legend caption of the framed cell, e.g. "Titik hambatan". */
    barrier: string;
    noData: string;
  };
}

const MARGIN = 24;
const LABEL_COLUMN = 300;
const HEADER_HEIGHT = 96;
const LEGEND_HEIGHT = 210;
const TITLE_LINE = 52;
const MAX_ROW = 110;
const BARRIER_FRAME = 7;

const LOW = [198, 40, 40] as const;
const LOW_NEAR = [255, 214, 165] as const;
const HIGH_NEAR = [198, 239, 206] as const;
const HIGH = [27, 94, 32] as const;

export function adkarChart(input: AdkarChartInput): Promise<Buffer> {
  const { units, labels } = input;
  if (units.length === 0) return renderNoData(input.title, labels.noData);

  const chrome = 2 * MARGIN + 3 * TITLE_LINE + HEADER_HEIGHT + LEGEND_HEIGHT;
  const size = chartSize(units.length, 80, chrome);
  return renderDrawing(size, (ctx) => {
    const gridTop = drawTitle(ctx, input.title, size.width);
    const cellWidth = (size.width - 2 * MARGIN - LABEL_COLUMN) / ADKAR_ELEMENTS.length;
    const rowsTop = gridTop + HEADER_HEIGHT;
    const rowHeight = Math.min(MAX_ROW, (size.height - rowsTop - LEGEND_HEIGHT - MARGIN) / units.length);

    drawColumnHeaders(ctx, labels.elements, MARGIN + LABEL_COLUMN, gridTop, cellWidth);
    units.forEach((unit, row) => {
      const y = rowsTop + row * rowHeight;
      drawRowLabel(ctx, unit.label, y, rowHeight);
      ADKAR_ELEMENTS.forEach((element, column) => {
        const cell = { x: MARGIN + LABEL_COLUMN + column * cellWidth, y, width: cellWidth, height: rowHeight };
        drawCell(ctx, cell, unit.means[element], unit.barrier === element, input);
      });
    });
    drawLegend(ctx, input, rowsTop + units.length * rowHeight + 40, size.width);
  });
}

function drawTitle(ctx: SKRSContext2D, title: string, width: number): number {
  ctx.font = font(FONT.title, true);
  ctx.fillStyle = COLORS.text;
  ctx.textAlign = "left";
  ctx.textBaseline = "top";
  const lines = fitLines(ctx, title, width - 2 * MARGIN, 3);
  drawLeftLines(ctx, lines, MARGIN, MARGIN + 10, TITLE_LINE);
  return MARGIN + 10 + lines.length * TITLE_LINE + 20;
}

/**
 * Each element name wrapped onto at most two lines within its own column ("Knowledge" over
 * "(pengetahuan)"), in the largest font size at which every name fits, so names never overlap.
 */
function drawColumnHeaders(ctx: SKRSContext2D, names: Record<AdkarElement, string>, left: number, top: number, cellWidth: number): void {
  const room = cellWidth - 8;
  const fits = () =>
    ADKAR_ELEMENTS.every((element) => {
      const lines = wrapToWidth(ctx, names[element], room);
      return lines.length <= 2 && lines.every((line) => ctx.measureText(line).width <= room);
    });
  let size: number = FONT.label;
  for (; size > 14; size -= 1) {
    ctx.font = font(size, true, true);
    if (fits()) break;
  }
  ctx.font = font(size, true, true);
  const lineHeight = size * 1.3;
  const bottom = top + HEADER_HEIGHT - 10;
  ctx.textAlign = "center";
  ctx.textBaseline = "top";
  ctx.fillStyle = COLORS.text;
  ADKAR_ELEMENTS.forEach((element, column) => {
    const lines = fitLines(ctx, names[element], room, 2);
    const centre = left + column * cellWidth + cellWidth / 2;
    lines.forEach((line, index) => ctx.fillText(line, centre, bottom - (lines.length - index) * lineHeight));
  });
}

function drawRowLabel(ctx: SKRSContext2D, label: string, top: number, height: number): void {
  const size = Math.min(FONT.label, Math.max(18, Math.floor(height / 3)));
  ctx.font = font(size, false, true);
  ctx.fillStyle = COLORS.text;
  ctx.textAlign = "right";
  ctx.textBaseline = "middle";
  const lines = fitLines(ctx, label, LABEL_COLUMN - 16, height >= 2.4 * size ? 2 : 1);
  const lineHeight = size * 1.2;
  const first = top + height / 2 - ((lines.length - 1) * lineHeight) / 2;
  lines.forEach((line, index) => ctx.fillText(line, MARGIN + LABEL_COLUMN - 16, first + index * lineHeight));
}

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

function drawCell(ctx: SKRSContext2D, cell: Box, mean: number | null, barrier: boolean, input: AdkarChartInput): void {
  const fill = mean === null ? COLORS.missing : rgb(scaleColor(mean, input.threshold));
  ctx.fillStyle = fill;
  ctx.fillRect(cell.x + 2, cell.y + 2, cell.width - 4, cell.height - 4);
  if (barrier) {
    ctx.strokeStyle = COLORS.target;
    ctx.lineWidth = BARRIER_FRAME;
    ctx.strokeRect(cell.x + 2 + BARRIER_FRAME / 2, cell.y + 2 + BARRIER_FRAME / 2, cell.width - 4 - BARRIER_FRAME, cell.height - 4 - BARRIER_FRAME);
  }
  ctx.font = font(Math.min(FONT.value + 2, Math.max(16, Math.floor(cell.height / 2.6))), true);
  ctx.fillStyle = mean !== null && isDark(scaleColor(mean, input.threshold)) ? COLORS.background : COLORS.text;
  ctx.textAlign = "center";
  ctx.textBaseline = "middle";
  ctx.fillText(mean === null ? "–" : formatNumber(mean, input.locale, 1), cell.x + cell.width / 2, cell.y + cell.height / 2);
}

function drawLegend(ctx: SKRSContext2D, input: AdkarChartInput, top: number, width: number): void {
  const strip = { x: MARGIN + 20, y: top + 44, width: 560, height: 34 };
  ctx.font = font(FONT.legend, true);
  ctx.fillStyle = COLORS.text;
  ctx.textAlign = "left";
  ctx.textBaseline = "bottom";
  ctx.fillText(input.labels.scale, strip.x, strip.y - 8);

  const valueAt = (x: number) => 1 + ((x - strip.x) / strip.width) * 4;
  for (let x = strip.x; x < strip.x + strip.width; x += 2) {
    ctx.fillStyle = rgb(scaleColor(valueAt(x), input.threshold));
    ctx.fillRect(x, strip.y, 2, strip.height);
  }
  ctx.font = font(FONT.tick);
  ctx.fillStyle = COLORS.muted;
  ctx.textAlign = "center";
  ctx.textBaseline = "top";
  for (let value = 1; value <= 5; value += 1) {
    ctx.fillText(formatNumber(value, input.locale, 0), strip.x + ((value - 1) / 4) * strip.width, strip.y + strip.height + 8);
  }

  const thresholdX = strip.x + ((Math.min(5, Math.max(1, input.threshold)) - 1) / 4) * strip.width;
  ctx.strokeStyle = COLORS.target;
  ctx.lineWidth = 4;
  ctx.beginPath();
  ctx.moveTo(thresholdX, strip.y - 6);
  ctx.lineTo(thresholdX, strip.y + strip.height + 6);
  ctx.stroke();
  ctx.font = font(FONT.legend, true);
  ctx.fillStyle = COLORS.target;
  ctx.textBaseline = "top";
  ctx.fillText(input.labels.threshold, thresholdX, strip.y + strip.height + 44);

  const sample = { x: strip.x + strip.width + 60, y: strip.y - 6, width: 64, height: 46 };
  ctx.fillStyle = rgb(scaleColor(Math.max(1, input.threshold - 1), input.threshold));
  ctx.fillRect(sample.x, sample.y, sample.width, sample.height);
  ctx.strokeStyle = COLORS.target;
  ctx.lineWidth = BARRIER_FRAME;
  ctx.strokeRect(sample.x + BARRIER_FRAME / 2, sample.y + BARRIER_FRAME / 2, sample.width - BARRIER_FRAME, sample.height - BARRIER_FRAME);
  ctx.font = font(FONT.legend);
  ctx.fillStyle = COLORS.text;
  ctx.textAlign = "left";
  ctx.textBaseline = "top";
  const captionWidth = width - MARGIN - (sample.x + sample.width + 14);
  drawLeftLines(ctx, wrapToWidth(ctx, input.labels.barrier, captionWidth).slice(0, 3), sample.x + sample.width + 14, sample.y + 6, FONT.legend * 1.25);
}

function drawLeftLines(ctx: SKRSContext2D, lines: string[], x: number, top: number, lineHeight: number): void {
  lines.forEach((line, index) => ctx.fillText(line, x, top + index * lineHeight));
}

type Rgb = readonly [number, number, number];

/** Reds darkening from the threshold down to 1, greens darkening from the threshold up to 5. */
function scaleColor(mean: number, threshold: number): Rgb {
  if (mean < threshold) return mix(LOW_NEAR, LOW, clamp((threshold - mean) / Math.max(threshold - 1, 0.01)));
  return mix(HIGH_NEAR, HIGH, clamp((mean - threshold) / Math.max(5 - threshold, 0.01)));
}

function mix(from: Rgb, to: Rgb, t: number): Rgb {
  return [0, 1, 2].map((i) => Math.round(from[i]! + (to[i]! - from[i]!) * t)) as unknown as Rgb;
}

function clamp(t: number): number {
  return Math.min(1, Math.max(0, t));
}

function isDark([r, g, b]: Rgb): boolean {
  return 0.299 * r + 0.587 * g + 0.114 * b < 140;
}

function rgb([r, g, b]: Rgb): string {
  return `rgb(${r}, ${g}, ${b})`;
}
