import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { createCanvas, GlobalFonts, type SKRSContext2D } from "@napi-rs/canvas";
import {
  BarController,
  BarElement,
  BasicPlatform,
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  Title,
  type ChartConfiguration,
  type ChartType,
  type Plugin,
} from "chart.js";
import { fitLines } from "./canvas-text.js";
import { COLORS, CONDENSED_FONT_FAMILY, FONT, FONT_FAMILY, type ChartSize } from "./theme.js";

/**
 * Server-side chart rendering: chart.js drawing on a Skia canvas, no browser and no DOM. The fonts
 * come from an npm package and are registered once, so a chart looks the same on a bare server.
 */

let ready = false;

function setUp(): void {
  if (ready) return;
  const fontDir = join(dirname(createRequire(import.meta.url).resolve("dejavu-fonts-ttf/package.json")), "ttf");
  const faces: Array<[string, string]> = [
    ["DejaVuSans.ttf", FONT_FAMILY],
    ["DejaVuSans-Bold.ttf", FONT_FAMILY],
    ["DejaVuSansCondensed.ttf", CONDENSED_FONT_FAMILY],
    ["DejaVuSansCondensed-Bold.ttf", CONDENSED_FONT_FAMILY],
  ];
  for (const [file, family] of faces) {
    if (!GlobalFonts.registerFromPath(join(fontDir, file), family)) throw new Error(`Chart font ${file} could not be loaded`);
  }
  Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Title);
  Chart.defaults.font.family = FONT_FAMILY;
  Chart.defaults.font.size = FONT.tick;
  Chart.defaults.color = COLORS.text;
  ready = true;
}

/** Paints the canvas white first: a transparent PNG shows black in a dark chat theme. */
const whiteBackground: Plugin = {
  id: "reportBackground",
  beforeDraw(chart) {
    const { ctx, width, height } = chart;
    ctx.save();
    ctx.fillStyle = COLORS.background;
    ctx.fillRect(0, 0, width, height);
    ctx.restore();
  },
};

/** Renders a chart.js configuration to PNG. Animation and resizing are off; the chart is destroyed after. */
export async function renderChartJs<T extends ChartType>(config: ChartConfiguration<T>, size: ChartSize): Promise<Buffer> {
  setUp();
  const canvas = createCanvas(size.width, size.height);
  const chart = new Chart(canvas.getContext("2d"), {
    ...config,
    platform: BasicPlatform,
    options: {
      ...config.options,
      animation: false,
      responsive: false,
      maintainAspectRatio: false,
      devicePixelRatio: 1,
    },
    plugins: [whiteBackground, ...(config.plugins ?? [])],
  } as ChartConfiguration<T>);
  try {
    return await canvas.encode("png");
  } finally {
    chart.destroy();
  }
}

/** Renders a drawing made directly on the canvas (heat maps, the "no data" state) to PNG. */
export async function renderDrawing(size: ChartSize, draw: (ctx: SKRSContext2D) => void): Promise<Buffer> {
  setUp();
  const canvas = createCanvas(size.width, size.height);
  const ctx = canvas.getContext("2d");
  ctx.fillStyle = COLORS.background;
  ctx.fillRect(0, 0, size.width, size.height);
  draw(ctx);
  return canvas.encode("png");
}

/** A CSS font string in the charts' family (or its condensed cut, for tight columns). */
export function font(size: number, bold = false, condensed = false): string {
  return `${bold ? "bold " : ""}${size}px ${condensed ? CONDENSED_FONT_FAMILY : FONT_FAMILY}`;
}

let measuring: SKRSContext2D | null = null;

/** `text` in lines no wider than `maxWidth` px in the given font, at most `maxLines`, for chart.js labels. */
export function textLines(text: string, cssFont: string, maxWidth: number, maxLines: number): string[] {
  setUp();
  measuring ??= createCanvas(1, 1).getContext("2d");
  measuring.font = cssFont;
  const lines = fitLines(measuring, text, maxWidth, maxLines);
  return lines.length > 0 ? lines : [""];
}
