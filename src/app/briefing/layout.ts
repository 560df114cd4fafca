// Where each part of the briefing frame goes, in device pixels of the output image. Sizes are
// chosen in CSS pixels and multiplied by the pixel ratio, so a 2× or 300 dpi export keeps the
// proportions of a 1× one. The map takes everything between the header and the footer; the
// legend, scale bar and north arrow sit on the map.

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export type TextDirection = 'rtl' | 'ltr';

export interface FrameLayout {
  /** Device pixels per CSS pixel. */
  unit: number;
  direction: TextDirection;
  header: Box;
  /** Baselines of the title and subtitle; `textX` is the start edge (right edge in RTL). */
  titleBaseline: number;
  subtitleBaseline: number;
  textX: number;
  titleFontPx: number;
  subtitleFontPx: number;
  map: Box;
  footer: Box;
  footerBaseline: number;
  footerFontPx: number;
  /** Square on the map's top end corner. */
  northArrow: Box;
  /** Scale bar: left end of the bar, its baseline, and the most it may span. */
  scaleBar: { x: number; y: number; maxWidth: number };
  legendFontPx: number;
  /** Inner margin between the map edge and the overlays. */
  margin: number;
}

export const CSS = {
  margin: 16,
  titleFont: 26,
  subtitleFont: 15,
  legendFont: 13,
  footerFont: 11,
  footerHeight: 26,
  northArrow: 48,
  scaleBarMax: 180,
} as const;

export function frameLayout(width: number, height: number, unit: number, direction: TextDirection, hasSubtitle: boolean): FrameLayout {
  const u = (css: number) => Math.round(css * unit);
  const margin = u(CSS.margin);
  const titleFontPx = u(CSS.titleFont);
  const subtitleFontPx = u(CSS.subtitleFont);
  const titleBaseline = margin + Math.round(titleFontPx * 1.05);
  const subtitleBaseline = titleBaseline + Math.round(subtitleFontPx * 1.6);
  const headerHeight = (hasSubtitle ? subtitleBaseline : titleBaseline) + Math.round(margin * 0.9);
  const footerHeight = u(CSS.footerHeight);
  const footerFontPx = u(CSS.footerFont);
  const map: Box = { x: 0, y: headerHeight, width, height: height - headerHeight - footerHeight };
  if (map.height < u(100)) throw new Error(`image ${width}×${height} is too small for the briefing frame`);
  const arrow = u(CSS.northArrow);
  const arrowX = direction === 'rtl' ? map.x + margin : map.x + map.width - margin - arrow;
  const scaleMax = Math.min(u(CSS.scaleBarMax), Math.round(map.width * 0.3));
  const scaleX = direction === 'rtl' ? map.x + margin : map.x + map.width - margin - scaleMax;
  return {
    unit,
    direction,
    header: { x: 0, y: 0, width, height: headerHeight },
    titleBaseline,
    subtitleBaseline,
    textX: direction === 'rtl' ? width - margin : margin,
    titleFontPx,
    subtitleFontPx,
    map,
    footer: { x: 0, y: height - footerHeight, width, height: footerHeight },
    footerBaseline: height - Math.round((footerHeight - footerFontPx) / 2) - Math.round(footerFontPx * 0.15),
    footerFontPx,
    northArrow: { x: arrowX, y: map.y + margin, width: arrow, height: arrow },
    scaleBar: { x: scaleX, y: map.y + map.height - margin - u(6), maxWidth: scaleMax },
    legendFontPx: u(CSS.legendFont),
    margin,
  };
}

export interface LegendLayout {
  box: Box;
  titleBaseline: number;
  /** Swatch box and label start of each item, in image pixels. */
  rows: { swatch: Box; labelX: number; baseline: number }[];
}

/**
 * Lays out the legend at the map's bottom start corner (bottom left in LTR, bottom right in
 * RTL), in as many columns as its height allows. `labelWidths` are measured label widths.
 */
export function legendLayout(frame: FrameLayout, labelWidths: number[], titleWidth: number): LegendLayout {
  const { unit, map, margin, direction } = frame;
  const u = (css: number) => Math.round(css * unit);
  const pad = u(8);
  const rowHeight = u(21);
  const titleHeight = u(22);
  const swatch = u(20);
  const gap = u(7);
  const columnGap = u(14);
  const maxHeight = Math.round(map.height * 0.6);
  const rowsPerColumn = Math.max(1, Math.floor((maxHeight - 2 * pad - titleHeight) / rowHeight));
  const n = labelWidths.length;
  const columns = Math.max(1, Math.ceil(n / rowsPerColumn));
  const columnWidth = swatch + gap + Math.ceil(Math.max(0, ...labelWidths));
  const width = Math.max(2 * pad + columns * columnWidth + (columns - 1) * columnGap, 2 * pad + Math.ceil(titleWidth));
  const height = 2 * pad + titleHeight + Math.min(n, rowsPerColumn) * rowHeight;
  const x = direction === 'rtl' ? map.x + map.width - margin - width : map.x + margin;
  const y = map.y + map.height - margin - height;
  const rows = labelWidths.map((_, i) => {
    const column = Math.floor(i / rowsPerColumn);
    const row = i % rowsPerColumn;
    const top = y + pad + titleHeight + row * rowHeight;
    // Columns run from the start edge: left to right in LTR, right to left in RTL.
    const colStart = direction === 'rtl' ? x + width - pad - column * (columnWidth + columnGap) : x + pad + column * (columnWidth + columnGap);
    const swatchX = direction === 'rtl' ? colStart - swatch : colStart;
    const labelX = direction === 'rtl' ? swatchX - gap : swatchX + swatch + gap;
    return {
      swatch: { x: swatchX, y: top + Math.round((rowHeight - swatch) / 2), width: swatch, height: swatch },
      labelX,
      baseline: top + Math.round(rowHeight * 0.72),
    };
  });
  return { box: { x, y, width, height }, titleBaseline: y + pad + Math.round(titleHeight * 0.7), rows };
}

/** Zoom at which a view of `from` CSS pixels, seen in a `to` box, shows the same ground extent. */
export function fitZoom(zoom: number, from: { width: number; height: number }, to: { width: number; height: number }): number {
  return zoom + Math.log2(Math.min(to.width / from.width, to.height / from.height));
}

/**
 * Pixel ratio to draw the map at: the requested one, or the largest that keeps the drawing
 * buffer within the GPU's limit (the image is then scaled up, and a note says so).
 */
export function mapPixelRatio(requested: number, mapBox: { width: number; height: number }, maxSide: number): { ratio: number; note?: string } {
  const longest = Math.max(mapBox.width, mapBox.height);
  if (longest <= maxSide) return { ratio: requested };
  const ratio = Math.floor(((requested * maxSide) / longest) * 100) / 100;
  return { ratio, note: `map drawn at ${Math.round((ratio / requested) * 100)}% resolution: the GPU allows at most ${maxSide}px per side` };
}
