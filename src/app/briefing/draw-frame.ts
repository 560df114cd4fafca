// Draws the briefing frame around and over the rendered map with the canvas 2D API: title and
// subtitle, legend, scale bar, north arrow, attribution and export date. Text is drawn with
// `fillText`, never parsed as markup; Arabic is shaped by the browser with direction 'rtl'.

import type { FrameLayout, LegendLayout, Box } from './layout.ts';
import { legendLayout } from './layout.ts';
import type { ScaleBar } from './scale-bar.ts';
import type { LegendItem } from './types.ts';
import type { Lang } from '../hash.ts';
import { ATTRIBUTION, FRAME_FONT_FAMILY, FRAME_TEXT } from './frame-text.ts';

type Ctx = CanvasRenderingContext2D;

const INK = '#1b1f24';
const MUTED = '#4a5560';
const PANEL = 'rgba(255, 255, 255, 0.9)';
const RULE = '#c8ced4';

function font(px: number, weight = 400): string {
  return `${weight} ${px}px ${FRAME_FONT_FAMILY}`;
}

/** Direction of a piece of text: RTL when its first strong character is Arabic/Hebrew. */
export function textDirection(text: string): 'rtl' | 'ltr' {
  const m = /[\p{Script=Arabic}\p{Script=Hebrew}]|[A-Za-z\u00C0-\u024F]/u.exec(text);
  return m && /[\p{Script=Arabic}\p{Script=Hebrew}]/u.test(m[0]) ? 'rtl' : 'ltr';
}

/** Draws `text` with its start at `x` (the right edge when the frame is RTL). */
function drawText(ctx: Ctx, text: string, x: number, y: number, frameDir: 'rtl' | 'ltr', maxWidth?: number): void {
  ctx.direction = textDirection(text);
  ctx.textAlign = frameDir === 'rtl' ? 'right' : 'left';
  ctx.fillText(maxWidth ? fitText(ctx, text, maxWidth) : text, x, y);
}

/** Shortens text with an ellipsis until it fits `maxWidth`. */
function fitText(ctx: Ctx, text: string, maxWidth: number): string {
  if (ctx.measureText(text).width <= maxWidth) return text;
  const chars = [...text];
  while (chars.length > 1 && ctx.measureText(chars.join('') + '…').width > maxWidth) chars.pop();
  return chars.join('').trimEnd() + '…';
}

export function drawHeader(ctx: Ctx, frame: FrameLayout, title: string, subtitle: string): void {
  const maxWidth = frame.header.width - 2 * frame.margin;
  ctx.fillStyle = INK;
  // Long titles shrink to 70% before they are shortened.
  let px = frame.titleFontPx;
  ctx.font = font(px, 700);
  while (px > frame.titleFontPx * 0.7 && ctx.measureText(title).width > maxWidth) ctx.font = font((px = Math.round(px * 0.92)), 700);
  drawText(ctx, title, frame.textX, frame.titleBaseline, frame.direction, maxWidth);
  if (subtitle) {
    ctx.fillStyle = MUTED;
    ctx.font = font(frame.subtitleFontPx);
    drawText(ctx, subtitle, frame.textX, frame.subtitleBaseline, frame.direction, maxWidth);
  }
  ctx.fillStyle = RULE;
  ctx.fillRect(0, frame.map.y - Math.max(1, Math.round(frame.unit)), frame.header.width, Math.max(1, Math.round(frame.unit)));
}

export function drawFooter(ctx: Ctx, frame: FrameLayout, date: string, lang: Lang): void {
  const { footer, margin } = frame;
  ctx.fillStyle = RULE;
  ctx.fillRect(0, footer.y, footer.width, Math.max(1, Math.round(frame.unit)));
  ctx.fillStyle = MUTED;
  ctx.font = font(frame.footerFontPx);
  const exported = FRAME_TEXT[lang].exported(date);
  const exportedWidth = ctx.measureText(exported).width;
  // Attribution at the start edge, export date at the end edge.
  const endX = frame.direction === 'rtl' ? margin : footer.width - margin;
  ctx.direction = textDirection(exported);
  ctx.textAlign = frame.direction === 'rtl' ? 'left' : 'right';
  ctx.fillText(exported, endX, frame.footerBaseline);
  ctx.direction = 'ltr';
  ctx.textAlign = frame.direction === 'rtl' ? 'right' : 'left';
  const room = footer.width - 3 * margin - exportedWidth;
  ctx.fillText(fitText(ctx, ATTRIBUTION, room), frame.textX, frame.footerBaseline);
}

function drawSwatch(ctx: Ctx, item: LegendItem, box: Box, unit: number): void {
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  ctx.save();
  ctx.lineWidth = Math.max(1, 1.5 * unit);
  ctx.strokeStyle = item.stroke ?? item.color;
  ctx.fillStyle = item.color;
  switch (item.kind) {
    case 'circle': {
      const r = Math.min(box.width / 2, (item.radius ?? 6) * unit);
      ctx.beginPath();
      ctx.arc(cx, cy, r, 0, 2 * Math.PI);
      ctx.fill();
      if (item.stroke) ctx.stroke();
      break;
    }
    case 'fill':
    case 'hatch': {
      const inset = Math.round(2 * unit);
      const r = { x: box.x + inset, y: box.y + inset, w: box.width - 2 * inset, h: box.height - 2 * inset };
      if (item.kind === 'fill') {
        ctx.fillRect(r.x, r.y, r.w, r.h);
      } else {
        ctx.globalAlpha = 0.18;
        ctx.fillRect(r.x, r.y, r.w, r.h);
        ctx.globalAlpha = 1;
        ctx.beginPath();
        ctx.rect(r.x, r.y, r.w, r.h);
        ctx.clip();
        ctx.strokeStyle = item.color;
        ctx.beginPath();
        for (let d = -r.h; d < r.w; d += 5 * unit) {
          ctx.moveTo(r.x + d, r.y + r.h);
          ctx.lineTo(r.x + d + r.h, r.y);
        }
        ctx.stroke();
        ctx.restore();
        ctx.save();
        ctx.lineWidth = Math.max(1, 1.5 * unit);
      }
      ctx.strokeStyle = item.stroke ?? item.color;
      ctx.strokeRect(r.x, r.y, r.w, r.h);
      break;
    }
    case 'line': {
      ctx.lineWidth = Math.max(1, 2.5 * unit);
      ctx.beginPath();
      ctx.moveTo(box.x + unit, cy);
      ctx.lineTo(box.x + box.width - unit, cy);
      ctx.stroke();
      break;
    }
    case 'arrow': {
      const head = 6 * unit;
      ctx.lineWidth = Math.max(1, 2 * unit);
      ctx.beginPath();
      ctx.moveTo(box.x + unit, cy);
      ctx.lineTo(box.x + box.width - head, cy);
      ctx.stroke();
      ctx.beginPath();
      ctx.moveTo(box.x + box.width - unit, cy);
      ctx.lineTo(box.x + box.width - head, cy - head * 0.6);
      ctx.lineTo(box.x + box.width - head, cy + head * 0.6);
      ctx.closePath();
      ctx.fill();
      break;
    }
  }
  ctx.restore();
}

export function drawLegend(ctx: Ctx, frame: FrameLayout, items: LegendItem[], lang: Lang): LegendLayout | null {
  if (items.length === 0) return null;
  const heading = FRAME_TEXT[lang].legend;
  ctx.font = font(frame.legendFontPx, 700);
  const headingWidth = ctx.measureText(heading).width;
  ctx.font = font(frame.legendFontPx);
  const widths = items.map((item) => ctx.measureText(item.label).width);
  const legend = legendLayout(frame, widths, headingWidth);
  const { box } = legend;
  ctx.fillStyle = PANEL;
  ctx.fillRect(box.x, box.y, box.width, box.height);
  ctx.strokeStyle = RULE;
  ctx.lineWidth = Math.max(1, frame.unit);
  ctx.strokeRect(box.x, box.y, box.width, box.height);
  const pad = Math.round(8 * frame.unit);
  const startX = frame.direction === 'rtl' ? box.x + box.width - pad : box.x + pad;
  ctx.fillStyle = INK;
  ctx.font = font(frame.legendFontPx, 700);
  drawText(ctx, heading, startX, legend.titleBaseline, frame.direction);
  ctx.font = font(frame.legendFontPx);
  items.forEach((item, i) => {
    const row = legend.rows[i];
    drawSwatch(ctx, item, row.swatch, frame.unit);
    ctx.fillStyle = INK;
    drawText(ctx, item.label, row.labelX, row.baseline, frame.direction);
  });
  return legend;
}

/** Draws the bar with its left end at layout.scaleBar.x (RTL) or right-aligned in the slot (LTR). */
export function drawScaleBar(ctx: Ctx, frame: FrameLayout, bar: ScaleBar): { x: number; y: number; widthPx: number } {
  const slot = frame.scaleBar;
  const u = frame.unit;
  const width = Math.round(bar.widthPx);
  const x = frame.direction === 'rtl' ? slot.x : slot.x + slot.maxWidth - width;
  const thickness = Math.max(3, Math.round(6 * u));
  const labelPx = frame.legendFontPx;
  const pad = Math.round(6 * u);
  ctx.fillStyle = PANEL;
  ctx.fillRect(x - pad, slot.y - labelPx - 2 * pad, width + 2 * pad, labelPx + 3 * pad + thickness);
  // Outlined bar in four segments, dark and light alternating, as on printed maps.
  const line = Math.max(1, Math.round(u));
  ctx.fillStyle = INK;
  ctx.fillRect(x, slot.y, width, thickness);
  ctx.fillStyle = '#ffffff';
  for (const q of [1, 3]) {
    const from = x + Math.round((width * q) / 4);
    const to = q === 3 ? x + width - line : x + Math.round((width * (q + 1)) / 4);
    ctx.fillRect(from, slot.y + line, to - from, thickness - 2 * line);
  }
  ctx.fillStyle = INK;
  ctx.font = font(labelPx);
  ctx.textAlign = 'center';
  ctx.direction = textDirection(bar.label);
  ctx.fillText(bar.label, x + width / 2, slot.y - pad);
  return { x, y: slot.y, widthPx: width };
}

/**
 * North arrow in `box`: a compass needle (dark half to the north) with an upright "N" beyond
 * its tip, turned so it points to geographic north on a map rotated by `bearing`.
 */
export function drawNorthArrow(ctx: Ctx, box: Box, bearing: number, unit: number, letter: string): void {
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  const r = box.width / 2;
  const theta = (-bearing * Math.PI) / 180;
  ctx.save();
  ctx.fillStyle = PANEL;
  ctx.beginPath();
  ctx.arc(cx, cy, r, 0, 2 * Math.PI);
  ctx.fill();
  ctx.fillStyle = INK;
  ctx.font = font(Math.round(10 * unit), 700);
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  ctx.direction = 'ltr';
  ctx.fillText(letter, cx + 0.56 * r * Math.sin(theta), cy - 0.56 * r * Math.cos(theta));
  ctx.translate(cx, cy);
  ctx.rotate(theta);
  const tip = 0.3 * r;
  const tail = 0.66 * r;
  const half = 0.2 * r;
  ctx.lineWidth = Math.max(1, unit);
  ctx.strokeStyle = INK;
  ctx.lineJoin = 'round';
  ctx.beginPath(); // south half: light, outlined
  ctx.moveTo(-half, 0);
  ctx.lineTo(0, tail);
  ctx.lineTo(half, 0);
  ctx.closePath();
  ctx.fillStyle = '#ffffff';
  ctx.fill();
  ctx.stroke();
  ctx.beginPath(); // north half: dark
  ctx.moveTo(-half, 0);
  ctx.lineTo(0, -tip);
  ctx.lineTo(half, 0);
  ctx.closePath();
  ctx.fillStyle = INK;
  ctx.fill();
  ctx.stroke();
  ctx.restore();
}
