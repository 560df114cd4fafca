// Images the style refers to, drawn at run time (the style has no sprite): the zones' hatch
// pattern, the direction arrow of relative mentions (an SDF, so `icon-color` tints it) and a
// blank square that keeps labels off the markers.
import type { Map as MaplibreMap } from 'maplibre-gl';
import { ZONE_COLOR } from '../palette.ts';
import { BLANK_SIZE } from './style.ts';

function canvas(size: number): [HTMLCanvasElement, CanvasRenderingContext2D] {
  const c = document.createElement('canvas');
  c.width = c.height = size;
  return [c, c.getContext('2d', { willReadFrequently: true })!];
}

function imageData(c: HTMLCanvasElement, ctx: CanvasRenderingContext2D) {
  const d = ctx.getImageData(0, 0, c.width, c.height);
  return { width: d.width, height: d.height, data: new Uint8Array(d.data.buffer) };
}

/** Diagonal hatch on a faint tint; tiles seamlessly. */
export function drawHatch(size = 10, color: string = ZONE_COLOR): HTMLCanvasElement {
  const [c, ctx] = canvas(size);
  ctx.fillStyle = 'rgba(0,0,0,0.06)';
  ctx.fillRect(0, 0, size, size);
  ctx.strokeStyle = color;
  ctx.lineWidth = 1;
  ctx.beginPath();
  // The main diagonal plus the two corner pieces, so neighbouring tiles join into one line.
  for (const o of [-size, 0, size]) {
    ctx.moveTo(o, size);
    ctx.lineTo(o + size, 0);
  }
  ctx.stroke();
  return c;
}

/** An arrow pointing up (north). The style anchors it at its base on the place and rotates it
 * to the mention's bearing, so "west of Sirte" points left out of Sirte's circle. */
export function drawArrow(): HTMLCanvasElement {
  const c = document.createElement('canvas');
  c.width = 16;
  c.height = 24;
  const ctx = c.getContext('2d', { willReadFrequently: true })!;
  ctx.fillStyle = '#000';
  ctx.beginPath();
  ctx.moveTo(8, 1); // tip
  ctx.lineTo(15, 11);
  ctx.lineTo(10.5, 11);
  ctx.lineTo(10.5, 23);
  ctx.lineTo(5.5, 23);
  ctx.lineTo(5.5, 11);
  ctx.lineTo(1, 11);
  ctx.closePath();
  ctx.fill();
  return c;
}

export function addStyleImages(map: MaplibreMap): void {
  const hatch = drawHatch();
  const arrow = drawArrow();
  // Transparent, an SDF like the arrow so it shares the arrow's shader program.
  if (!map.hasImage('blank')) map.addImage('blank', { width: BLANK_SIZE, height: BLANK_SIZE, data: new Uint8Array(BLANK_SIZE * BLANK_SIZE * 4) }, { sdf: true, pixelRatio: 1 });
  if (!map.hasImage('hatch')) map.addImage('hatch', imageData(hatch, hatch.getContext('2d', { willReadFrequently: true })!), { pixelRatio: 1 });
  if (!map.hasImage('direction-arrow')) map.addImage('direction-arrow', imageData(arrow, arrow.getContext('2d', { willReadFrequently: true })!), { sdf: true, pixelRatio: 1 });
}
