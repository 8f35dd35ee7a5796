import type { SKRSContext2D } from "@napi-rs/canvas";

/** Breaks `text` into lines no wider than `maxWidth` px in the context's current font. */
export function wrapToWidth(ctx: SKRSContext2D, text: string, maxWidth: number): string[] {
  const lines: string[] = [];
  let current = "";
  for (const word of text.trim().split(/\s+/)) {
    const candidate = current === "" ? word : `${current} ${word}`;
    if (current !== "" && ctx.measureText(candidate).width > maxWidth) {
      lines.push(current);
      current = word;
    } else current = candidate;
  }
  if (current !== "") lines.push(current);
  return lines;
}

/**
 * `text` wrapped to `maxWidth` px in at most `maxLines` lines; a line that is still too wide, or the
 * last one when the text goes on, is shortened with an ellipsis.
 */
export function fitLines(ctx: SKRSContext2D, text: string, maxWidth: number, maxLines: number): string[] {
  const lines = wrapToWidth(ctx, text, maxWidth);
  const shown = lines.slice(0, maxLines);
  return shown.map((line, index) => {
    const cut = index === maxLines - 1 && lines.length > maxLines;
    return cut || ctx.measureText(line).width > maxWidth ? ellipsis(ctx, line, maxWidth, cut) : line;
  });
}

function ellipsis(ctx: SKRSContext2D, line: string, maxWidth: number, always: boolean): string {
  let kept = line;
  while (kept.length > 1 && ctx.measureText(`${kept}…`).width > maxWidth) kept = kept.slice(0, -1);
  return always || kept !== line ? `${kept.trimEnd()}…` : line;
}

/** Draws lines centred on `x` from `top` down; returns the y below the last line. */
export function drawCentredLines(ctx: SKRSContext2D, lines: string[], x: number, top: number, lineHeight: number): number {
  ctx.textAlign = "center";
  ctx.textBaseline = "top";
  lines.forEach((line, index) => ctx.fillText(line, x, top + index * lineHeight));
  return top + lines.length * lineHeight;
}
