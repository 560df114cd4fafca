// Renders a briefing image: the map at the requested size, framed with title, subtitle, legend,
// scale bar, north arrow, attribution and export date. Browser only (WebGL + canvas 2D).

import '@fontsource/noto-sans-arabic/400.css';
import '@fontsource/noto-sans-arabic/700.css';
import type { LegendItem, MarsadApp } from './types.ts';
import { frameLayout, fitZoom, mapPixelRatio, type FrameLayout, type LegendLayout } from './layout.ts';
import { metresPerPixel, scaleBar } from './scale-bar.ts';
import { isoDate } from './file-name.ts';
import { FRAME_FONT_FAMILY, FRAME_TEXT } from './frame-text.ts';
import { drawFooter, drawHeader, drawLegend, drawNorthArrow, drawScaleBar } from './draw-frame.ts';
import { maxDrawingBufferSide, renderOffscreen, type Camera } from './offscreen-map.ts';

export interface BriefingOptions {
  /** Output size in device pixels. */
  width: number;
  height: number;
  /** Device pixels per CSS pixel (1, 2, 3, or 300/96 for print sheets). */
  pixelRatio: number;
  /** Defaults: the app's default title and subtitle. */
  title?: string;
  subtitle?: string;
  /** Ground extent [W, S, E, N] to fit; default: the app's current view. */
  bounds?: [number, number, number, number];
  /** Export date shown in the footer (YYYY-MM-DD); default: today. */
  date?: string;
}

export interface BriefingRender {
  canvas: HTMLCanvasElement;
  frame: FrameLayout;
  legend: LegendLayout | null;
  /** The legend entries drawn, in the order of `legend.rows`. */
  legendItems: LegendItem[];
  scaleBar: { x: number; y: number; widthPx: number; metres: number; label: string };
  /** Camera of the rendered map; its CSS size is frame.map / frame.unit. */
  camera: Camera;
  /** Things the reader of the image should know (e.g. a reduced resolution). */
  notes: string[];
  /**
   * Milliseconds: the off-screen map until idle, then the frame (which includes waiting for the
   * GPU to finish the map, as copying its canvas does).
   */
  timings: { map: number; frame: number };
}

async function loadFrameFonts(): Promise<void> {
  const family = FRAME_FONT_FAMILY.split(',')[0];
  // Both weights, Arabic and Latin subsets: the font loads per unicode-range on demand.
  await Promise.all(
    ['400', '700'].flatMap((w) => [document.fonts.load(`${w} 16px ${family}`, 'مرصد'), document.fonts.load(`${w} 16px ${family}`, 'Marsad')]),
  );
  await document.fonts.ready;
}

export async function renderBriefing(app: MarsadApp, options: BriefingOptions): Promise<BriefingRender> {
  const { width, height, pixelRatio } = options;
  if (!(width > 0 && height > 0 && pixelRatio > 0)) throw new Error(`invalid export size ${width}×${height} @${pixelRatio}`);
  await app.whenIdle();
  await loadFrameFonts();
  const lang = app.lang;
  const title = options.title ?? app.defaultTitle();
  const subtitle = options.subtitle ?? app.subtitle();
  const frame = frameLayout(width, height, pixelRatio, lang === 'ar' ? 'rtl' : 'ltr', subtitle.length > 0);
  const notes: string[] = [];

  // Draw the map at the requested pixel ratio unless the GPU cannot hold a buffer that large.
  const maxSide = maxDrawingBufferSide(app.map);
  const { ratio: mapRatio, note } = mapPixelRatio(pixelRatio, frame.map, maxSide);
  if (note) notes.push(note);
  const cssSize = { width: frame.map.width / pixelRatio, height: frame.map.height / pixelRatio };
  const source = app.map;
  const sourceCanvas = source.getCanvas();
  const view = options.bounds
    ? { bounds: options.bounds }
    : {
        camera: {
          center: source.getCenter().toArray() as [number, number],
          zoom: fitZoom(source.getZoom(), { width: sourceCanvas.clientWidth, height: sourceCanvas.clientHeight }, cssSize),
          bearing: source.getBearing(),
          pitch: source.getPitch(),
        },
      };
  const mapStart = performance.now();
  const rendered = await renderOffscreen(source, cssSize, mapRatio, view, maxSide);
  const frameStart = performance.now();
  try {
    if (rendered.pixelRatio < mapRatio - 1e-6) {
      notes.push(`map drawn at pixel ratio ${rendered.pixelRatio.toFixed(2)} instead of ${mapRatio.toFixed(2)}`);
    }
    const canvas = document.createElement('canvas');
    canvas.width = width;
    canvas.height = height;
    // CPU-backed 2D canvas: one read-back of the map, then drawing and PNG encoding without GPU round trips.
    const ctx = canvas.getContext('2d', { willReadFrequently: true });
    if (!ctx) throw new Error('canvas 2D is not available');
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, width, height);
    ctx.imageSmoothingQuality = 'high';
    ctx.drawImage(rendered.canvas, frame.map.x, frame.map.y, frame.map.width, frame.map.height);

    drawHeader(ctx, frame, title, subtitle);
    const legendItems = app.legendItems();
    const legend = drawLegend(ctx, frame, legendItems, lang);
    const { camera } = rendered;
    const perDevicePx = metresPerPixel(camera.center[1], camera.zoom) / pixelRatio;
    const bar = scaleBar(perDevicePx, frame.scaleBar.maxWidth, lang);
    const drawnBar = drawScaleBar(ctx, frame, bar);
    if (camera.pitch > 0) notes.push('the map is tilted: the scale bar holds at the centre of the map only');
    drawNorthArrow(ctx, frame.northArrow, camera.bearing, frame.unit, FRAME_TEXT[lang].north);
    drawFooter(ctx, frame, options.date ?? isoDate(new Date()), lang);
    const timings = { map: frameStart - mapStart, frame: performance.now() - frameStart };
    return { canvas, frame, legend, legendItems, scaleBar: { ...drawnBar, metres: bar.metres, label: bar.label }, camera, notes, timings };
  } finally {
    rendered.remove();
  }
}

export function canvasToPngBlob(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('the browser could not encode the PNG'))), 'image/png'),
  );
}
