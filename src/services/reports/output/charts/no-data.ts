import { drawCentredLines, wrapToWidth } from "./canvas-text.js";
import { font, renderDrawing } from "./renderer.js";
import { CHART_WIDTH, COLORS, FONT, MIN_HEIGHT } from "./theme.js";

/** The picture sent when a chart has nothing to show: its title and the caller's "no data" text. */
export function renderNoData(title: string, message: string): Promise<Buffer> {
  const size = { width: CHART_WIDTH, height: MIN_HEIGHT };
  return renderDrawing(size, (ctx) => {
    const margin = 60;
    ctx.fillStyle = COLORS.text;
    ctx.font = font(FONT.title, true);
    drawCentredLines(ctx, wrapToWidth(ctx, title, size.width - 2 * margin), size.width / 2, margin, FONT.title * 1.3);

    const box = { x: margin, y: size.height * 0.3, width: size.width - 2 * margin, height: size.height * 0.45 };
    ctx.strokeStyle = COLORS.grid;
    ctx.lineWidth = 4;
    ctx.setLineDash([18, 12]);
    ctx.strokeRect(box.x, box.y, box.width, box.height);
    ctx.setLineDash([]);

    ctx.fillStyle = COLORS.muted;
    ctx.font = font(FONT.title);
    const lines = wrapToWidth(ctx, message, box.width - 80);
    const lineHeight = FONT.title * 1.3;
    drawCentredLines(ctx, lines, size.width / 2, box.y + (box.height - lines.length * lineHeight) / 2, lineHeight);
  });
}
