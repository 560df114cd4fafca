// The briefing renderer in headless Chromium, on a minimal map page with known content: the
// PNG has the requested size; place circles sit where Web Mercator puts their coordinates;
// the legend swatches, scale bar and north arrow are drawn where the layout says; an Arabic
// title is drawn right-aligned with the width the browser's own text layout gives it.
import { beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PNG } from 'pngjs';
import { captureBriefing } from '../../src/cli/commands/screenshot.ts';
import { launchChromium } from '../../src/cli/chromium.ts';
import { serveStatic } from '../../src/cli/serve-static.ts';
import { metresPerPixel } from '../../src/app/briefing/scale-bar.ts';
import { buildFixtureApp, COUNTRY_COLOR, FIXTURE_BBOX, FIXTURE_PLACES, PLACE_COLOR } from './screenshot-fixture.ts';

const OUT = fileURLToPath(new URL('../out/screenshot/', import.meta.url));
const haveChromium = existsSync(process.env.CHROMIUM_PATH || '/usr/bin/chromium');

type Rgb = readonly [number, number, number];

function pixel(png: PNG, x: number, y: number): Rgb {
  const i = (Math.round(y) * png.width + Math.round(x)) * 4;
  return [png.data[i], png.data[i + 1], png.data[i + 2]];
}
const near = (a: Rgb, b: Rgb, tol = 30) => a.every((v, i) => Math.abs(v - b[i]) <= tol);
const isDark = (p: Rgb) => p[0] + p[1] + p[2] < 200;

/** Web Mercator: lon/lat to world pixels at `zoom` (512-px world at zoom 0, as MapLibre). */
function worldPixels(lon: number, lat: number, zoom: number): [number, number] {
  const size = 512 * 2 ** zoom;
  const phi = (lat * Math.PI) / 180;
  return [((lon + 180) / 360) * size, (0.5 - Math.log(Math.tan(Math.PI / 4 + phi / 2)) / (2 * Math.PI)) * size];
}

async function capture(name: string, hash: string, render: Parameters<typeof captureBriefing>[0]['render'], viewport = { width: 1200, height: 800 }) {
  const out = join(OUT, `${name}.png`);
  const report = await captureBriefing({ appDir, hash, viewport, render, out });
  return { report, png: PNG.sync.read(readFileSync(out)), out };
}

let appDir = '';

describe.skipIf(!haveChromium)('briefing render (fixture map page)', () => {
  beforeAll(async () => {
    mkdirSync(OUT, { recursive: true });
    appDir = await buildFixtureApp();
  });

  it('draws the map, legend, scale bar and north arrow where they belong (1×, fitted bbox)', async () => {
    const { report, png } = await capture('fixture-en', '#lang=en', { width: 1200, height: 800, pixelRatio: 1, bounds: FIXTURE_BBOX, date: '2026-11-22' });
    expect([png.width, png.height]).toEqual([1200, 800]);
    expect(report.notes).toEqual([]);
    const { frame, camera, legend, scaleBar } = report;

    // Place circles: project their coordinates with the rendered camera.
    const [cx, cy] = worldPixels(camera.center[0], camera.center[1], camera.zoom);
    for (const place of FIXTURE_PLACES) {
      const [wx, wy] = worldPixels(place.lon, place.lat, camera.zoom);
      const x = frame.map.x + frame.map.width / 2 + (wx - cx) * frame.unit;
      const y = frame.map.y + frame.map.height / 2 + (wy - cy) * frame.unit;
      expect(x).toBeGreaterThan(frame.map.x);
      expect(y).toBeLessThan(frame.map.y + frame.map.height);
      expect(pixel(png, x, y), `${place.name} at ${x.toFixed(0)},${y.toFixed(0)}`).toSatisfy((p: Rgb) => near(p, PLACE_COLOR));
      // Six pixels off the centre is still the circle (radius 9), fifteen is not.
      expect(near(pixel(png, x + 6, y), PLACE_COLOR)).toBe(true);
      expect(near(pixel(png, x + 15, y), PLACE_COLOR)).toBe(false);
    }

    // Legend: circle and fill swatches carry the symbol colours; the hatch has its purple lines.
    expect(legend).not.toBeNull();
    const [circle, fill, hatch] = legend!.rows;
    const mid = (b: { x: number; y: number; width: number; height: number }) => [b.x + b.width / 2, b.y + b.height / 2] as const;
    expect(near(pixel(png, ...mid(circle.swatch)), PLACE_COLOR)).toBe(true);
    expect(near(pixel(png, ...mid(fill.swatch)), COUNTRY_COLOR)).toBe(true);
    let purple = 0;
    for (let y = hatch.swatch.y; y < hatch.swatch.y + hatch.swatch.height; y++) {
      for (let x = hatch.swatch.x; x < hatch.swatch.x + hatch.swatch.width; x++) if (near(pixel(png, x, y), [0x7b, 0x32, 0x94], 40)) purple++;
    }
    expect(purple).toBeGreaterThan(30);
    // English frame: the legend sits at the bottom left of the map.
    expect(legend!.box.x).toBeLessThan(frame.map.width / 2);

    // Scale bar: its length is the nice distance at the map's scale; four segments, dark and
    // light alternating; the panel behind it just past its end.
    const mpp = metresPerPixel(camera.center[1], camera.zoom) / frame.unit;
    expect(scaleBar.widthPx).toBeCloseTo(scaleBar.metres / mpp, -0.5);
    expect(scaleBar.label).toMatch(/^\d+ km$/);
    const barY = scaleBar.y + 3;
    const at = (fraction: number) => isDark(pixel(png, scaleBar.x + scaleBar.widthPx * fraction, barY));
    expect([at(0.02), at(0.375), at(0.625), at(0.875)]).toEqual([true, false, true, false]);
    expect(isDark(pixel(png, scaleBar.x + scaleBar.widthPx - 1, barY))).toBe(true); // outline
    expect(isDark(pixel(png, scaleBar.x + scaleBar.widthPx + 3, barY))).toBe(false);

    // North arrow at bearing 0: the needle's dark half points up, its light half down.
    const arrow = frame.northArrow;
    const r = arrow.width / 2;
    expect(isDark(pixel(png, arrow.x + r, arrow.y + r - 0.1 * r))).toBe(true);
    expect(isDark(pixel(png, arrow.x + r, arrow.y + r + 0.3 * r))).toBe(false);

    // Header and footer are white paper with dark text, not map.
    expect(pixel(png, 2, 2)).toEqual([255, 255, 255]);
    let footerInk = 0;
    for (let x = 0; x < png.width; x++) if (pixel(png, x, frame.footerBaseline - 3).every((v) => v < 160)) footerInk++;
    expect(footerInk).toBeGreaterThan(20);
  });

  it('renders an Arabic title right to left, shaped like the browser lays it out', async () => {
    const title = 'سرت والجفرة: مواقع القتال';
    const { report, png } = await capture('fixture-ar', '#lang=ar', { width: 1200, height: 800, pixelRatio: 1, bounds: FIXTURE_BBOX, title, date: '2026-11-22' });
    const { frame } = report;
    // Ink extent of the title line.
    const top = frame.titleBaseline - frame.titleFontPx;
    const bottom = frame.titleBaseline + Math.round(frame.titleFontPx * 0.45);
    let minX = Infinity;
    let maxX = -Infinity;
    let ink = 0;
    for (let y = top; y < bottom; y++) {
      for (let x = 0; x < png.width; x++) {
        if (isDark(pixel(png, x, y))) {
          ink++;
          minX = Math.min(minX, x);
          maxX = Math.max(maxX, x);
        }
      }
    }
    expect(ink).toBeGreaterThan(400);
    // Right-aligned at the margin in RTL.
    expect(png.width - frame.margin - maxX).toBeLessThan(6);
    // Reference: the same text in the same font laid out by the browser's DOM text engine.
    const server = await serveStatic({ root: appDir });
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      await page.goto(server.url + '#lang=ar');
      await page.waitForFunction(() => Boolean(window.marsadBriefing));
      const width = await page.evaluate(
        async ({ title, px }) => {
          await window.marsadBriefing!.render({ width: 400, height: 300, pixelRatio: 1 }); // loads the frame fonts
          const span = document.createElement('span');
          Object.assign(span.style, { font: `700 ${px}px "Noto Sans Arabic"`, whiteSpace: 'nowrap', position: 'absolute', direction: 'rtl' });
          span.textContent = title;
          document.body.append(span);
          return span.getBoundingClientRect().width;
        },
        { title, px: frame.titleFontPx },
      );
      const inkWidth = maxX - minX + 1;
      // Ink is a little narrower than the advance width (side bearings); unshaped or
      // fallback-font text would differ by far more.
      expect(inkWidth / width).toBeGreaterThan(0.93);
      expect(inkWidth / width).toBeLessThan(1.02);
    } finally {
      await browser.close();
      await server.close();
    }
    // Arabic frame: legend at the bottom right, north arrow at the top left.
    expect(report.legend!.box.x).toBeGreaterThan(frame.map.width / 2);
    expect(frame.northArrow.x).toBeLessThan(frame.map.width / 2);
    expect(report.scaleBar.label).toMatch(/^\d+ كم$/);
  });

  it('renders the current view at 2× with the same ground extent', async () => {
    const viewport = { width: 800, height: 600 };
    const one = await capture('fixture-view1', '', { width: 800, height: 600, pixelRatio: 1, date: '2026-11-22' }, viewport);
    const two = await capture('fixture-view2', '', { width: 1600, height: 1200, pixelRatio: 2, date: '2026-11-22' }, viewport);
    expect([two.png.width, two.png.height]).toEqual([1600, 1200]);
    expect(two.report.camera.zoom).toBeCloseTo(one.report.camera.zoom, 2);
    expect(two.report.scaleBar.metres).toBe(one.report.scaleBar.metres);
    expect(two.report.scaleBar.widthPx).toBeCloseTo(one.report.scaleBar.widthPx * 2, 0);
  });
});
